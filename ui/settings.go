package ui

import (
	"bytes"
	"errors"
	"image"
	_ "image/jpeg" // logos may be JPEG
	_ "image/png"  // or PNG
	"io"
	"reflect"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/assets"
	"github.com/kemitraan/kemitraan/model"
)

// settingsScreen (Pengaturan) edits the school's profile: what the letterhead and the
// signature blocks print, and how letters are numbered.
type settingsScreen struct {
	g      *gui
	school model.School // as last loaded or saved
	logo   []byte       // the logo in the form
	clean  model.School // the form's values as last loaded or saved (see dirty)

	form          *fieldSet
	name          *widget.Entry
	npsn          *widget.Entry
	address       *widget.Entry
	city          *widget.Entry
	phone         *widget.Entry
	email         *widget.Entry
	website       *widget.Entry
	letterhead    *widget.Entry
	principalName *widget.Entry
	principalNIP  *widget.Entry
	letterCode    *widget.Entry
	shortName     *widget.Entry
	pattern       *widget.Entry
	example       *widget.Label
	paper         *widget.RadioGroup
	logoImage     *canvas.Image
	logoNote      *widget.Label
	logoRemove    *widget.Button
	saveButton    *widget.Button
	status        *widget.Label
	dataFile      *widget.Label
	nextSeq       int

	tabs    *container.AppTabs
	content fyne.CanvasObject
}

var paperSizes = []model.Paper{model.PaperA4, model.PaperF4}

func paperLabel(p model.Paper) string { return lang.L("paper." + strings.ToLower(string(p))) }

func newSettingsScreen(g *gui) *settingsScreen {
	s := &settingsScreen{g: g, form: newFieldSet()}
	f := s.form
	s.name = f.entry("name", lang.L("school.name"), "")
	s.npsn = f.entry("npsn", lang.L("school.npsn"), lang.L("school.npsn.hint"))
	s.address = f.multiEntry("address", lang.L("school.address"), "", 2)
	s.city = f.entry("city", lang.L("school.city"), lang.L("school.city.hint"))
	s.phone = f.entry("phone", lang.L("school.phone"), "")
	s.email = f.entry("email", lang.L("school.email"), "")
	s.website = f.entry("website", lang.L("school.website"), "")
	s.letterhead = f.multiEntry("letterhead_lines", lang.L("school.letterhead"), lang.L("school.letterhead.hint"), 2)
	s.principalName = f.entry("principal_name", lang.L("school.principal"), "")
	s.principalNIP = f.entry("principal_nip", lang.L("school.nip"), lang.L("school.nip.hint"))
	s.letterCode = f.entry("letter_code", lang.L("school.lettercode"), lang.L("school.lettercode.hint"))
	s.shortName = f.entry("short_name", lang.L("school.shortname"), lang.L("school.shortname.hint"))

	s.pattern = f.entry("letter_pattern", lang.L("school.pattern"), lang.L("school.pattern.hint"))
	patternField := f.field("letter_pattern")
	s.example = widget.NewLabel("")
	s.example.TextStyle = fyne.TextStyle{Bold: true}
	patternField.cell.Add(s.example)
	s.pattern.OnChanged = clearOnChange(patternField, func(string) { s.updateExample() })
	s.letterCode.OnChanged = clearOnChange(f.field("letter_code"), func(string) { s.updateExample() })
	s.shortName.OnChanged = clearOnChange(f.field("short_name"), func(string) { s.updateExample() })

	s.paper = widget.NewRadioGroup(labelsOf(paperSizes, paperLabel), nil)
	s.paper.Horizontal = true
	s.paper.Required = true
	f.add("paper", lang.L("school.paper"), s.paper, "")

	s.logoImage = canvas.NewImageFromResource(fyne.NewStaticResource("logo-placeholder.png", assets.LogoPlaceholder))
	s.logoImage.FillMode = canvas.ImageFillContain
	s.logoImage.SetMinSize(fyne.NewSize(96, 96))
	s.logoNote = widget.NewLabel("")
	choose := widget.NewButton(lang.L("school.logo.choose"), s.chooseLogo)
	s.logoRemove = widget.NewButton(lang.L("school.logo.remove"), func() { s.setLogo(nil) })
	f.add("logo", lang.L("school.logo"), container.NewHBox(s.logoImage,
		container.NewVBox(s.logoNote, container.NewHBox(choose, s.logoRemove))), lang.L("school.logo.hint"))

	s.saveButton = widget.NewButton(lang.L("action.save"), func() { s.save() })
	s.saveButton.Importance = widget.HighImportance
	s.status = widget.NewLabel("")
	s.dataFile = widget.NewLabel("")
	s.dataFile.Wrapping = fyne.TextWrapBreak
	s.dataFile.Importance = widget.LowImportance

	profile := container.NewBorder(nil, container.NewVBox(widget.NewSeparator(), container.NewHBox(s.saveButton, s.status), s.dataFile), nil, nil,
		container.NewVScroll(f.object()))
	// Pengaturan has one tab per concern; each panel lives in its own file.
	s.tabs = container.NewAppTabs(container.NewTabItem(lang.L("settings.profile"), profile))
	for _, p := range settingsPanels(g) {
		s.tabs.Append(container.NewTabItem(p.title, p.object))
	}
	s.content = s.tabs
	return s
}

// settingsPanel is one tab of Pengaturan beside Profil Sekolah.
type settingsPanel struct {
	title  string
	object fyne.CanvasObject
}

// settingsPanels are the tabs after Profil Sekolah, in order.
func settingsPanels(g *gui) []settingsPanel {
	var panels []settingsPanel
	for _, build := range []func(*gui) (settingsPanel, bool){templatesPanel, dataPanel, displayPanel} {
		if p, ok := build(g); ok {
			panels = append(panels, p)
		}
	}
	return panels
}

func (s *settingsScreen) object() fyne.CanvasObject { return s.content }

// load fills the form from the store.
func (s *settingsScreen) load() {
	school, err := s.g.db.School()
	if err != nil {
		s.g.showError("error.read", err)
		return
	}
	s.school = school
	s.nextSeq = s.nextLetterSequence()
	s.name.SetText(school.Name)
	s.npsn.SetText(school.NPSN)
	s.address.SetText(school.Address)
	s.city.SetText(school.City)
	s.phone.SetText(school.Phone)
	s.email.SetText(school.Email)
	s.website.SetText(school.Website)
	s.letterhead.SetText(strings.Join(school.LetterheadLines, "\n"))
	s.principalName.SetText(school.PrincipalName)
	s.principalNIP.SetText(school.PrincipalNIP)
	s.letterCode.SetText(school.LetterCode)
	s.shortName.SetText(school.ShortName)
	pattern := school.LetterPattern
	if pattern == "" {
		pattern = model.DefaultLetterPattern
	}
	s.pattern.SetText(pattern)
	paper := school.Paper
	if indexOf(paperSizes, paper) < 0 {
		paper = model.PaperA4
	}
	s.paper.SetSelected(paperLabel(paper))
	s.setLogo(school.Logo)
	s.form.clear()
	s.status.SetText("")
	s.dataFile.SetText(lang.L("settings.datafile", map[string]string{"Path": s.g.db.Path()}))
	s.updateExample()
	s.clean = s.fromForm()
}

// dirty reports whether the profile in the form differs from the one last loaded or saved.
func (s *settingsScreen) dirty() bool { return !reflect.DeepEqual(s.fromForm(), s.clean) }

// discard puts the stored profile back in the form.
func (s *settingsScreen) discard() { s.load() }

// nextLetterSequence is the number the next letter of this year will get, for the
// example; 1 when the counter cannot be read (the example is only an example).
func (s *settingsScreen) nextLetterSequence() int {
	n, err := s.g.db.NextLetterSequence(s.g.opts.Now().Year())
	if err != nil {
		return 1
	}
	return n
}

// fromForm is the profile as the form holds it.
func (s *settingsScreen) fromForm() model.School {
	school := s.school
	school.Name = strings.TrimSpace(s.name.Text)
	school.NPSN = strings.TrimSpace(s.npsn.Text)
	school.Address = strings.TrimSpace(s.address.Text)
	school.City = strings.TrimSpace(s.city.Text)
	school.Phone = strings.TrimSpace(s.phone.Text)
	school.Email = strings.TrimSpace(s.email.Text)
	school.Website = strings.TrimSpace(s.website.Text)
	school.LetterheadLines = nil
	for _, l := range strings.Split(s.letterhead.Text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			school.LetterheadLines = append(school.LetterheadLines, l)
		}
	}
	school.PrincipalName = strings.TrimSpace(s.principalName.Text)
	school.PrincipalNIP = strings.TrimSpace(s.principalNIP.Text)
	school.LetterCode = strings.TrimSpace(s.letterCode.Text)
	school.ShortName = strings.TrimSpace(s.shortName.Text)
	school.LetterPattern = strings.TrimSpace(s.pattern.Text)
	if i := indexOf(labelsOf(paperSizes, paperLabel), s.paper.Selected); i >= 0 {
		school.Paper = paperSizes[i]
	} else {
		school.Paper = ""
	}
	school.Logo = s.logo
	return school
}

// updateExample shows the number the next letter would get with the pattern typed.
func (s *settingsScreen) updateExample() {
	school := s.fromForm()
	if p := model.CheckLetterPattern(school.LetterPattern); p != nil {
		s.example.SetText(lang.L("school.pattern.example", map[string]string{"Number": "—"}))
		return
	}
	n := model.FormatLetterNumber(school, s.nextSeq, s.g.opts.Now())
	s.example.SetText(lang.L("school.pattern.example", map[string]string{"Number": n}))
}

// save validates the profile, shows each problem at its field, and saves it when
// there is none; it reports whether it saved.
func (s *settingsScreen) save() bool {
	school := s.fromForm()
	s.status.SetText("")
	if problems := school.Validate(); len(problems) > 0 {
		rest := s.form.show(problems)
		s.status.SetText(lang.L("form.fixfields"))
		s.status.Importance = widget.DangerImportance
		s.status.Refresh()
		if len(rest) > 0 {
			s.g.showError("error.invalid", rest)
		}
		return false
	}
	s.form.clear()
	if err := s.g.db.SaveSchool(school); err != nil {
		s.g.showError("error.save", err)
		return false
	}
	if saved, err := s.g.db.School(); err == nil {
		s.school = saved
	} else {
		s.school = school
	}
	s.status.Importance = widget.SuccessImportance
	s.status.SetText(lang.L("settings.saved"))
	s.clean = s.fromForm()
	s.g.home.refresh()
	s.g.partnerships.updatePrintState()
	return true
}

// chooseLogo lets the person pick a PNG or JPEG file from disk.
func (s *settingsScreen) chooseLogo() {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			s.form.field("logo").setError(lang.L("school.logo.unreadable"))
			return
		}
		if r == nil {
			return // cancelled
		}
		defer r.Close()
		data, err := io.ReadAll(io.LimitReader(r, model.MaxLogoBytes+1))
		if err != nil {
			s.form.field("logo").setError(lang.L("school.logo.unreadable"))
			return
		}
		if err := checkLogo(data); err != nil {
			s.form.field("logo").setError(err.Error())
			return
		}
		s.setLogo(data)
	}, s.g.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".png", ".jpg", ".jpeg", ".PNG", ".JPG", ".JPEG"}))
	d.Show()
}

// checkLogo refuses files too large for the data file or that are no PNG or JPEG image.
func checkLogo(data []byte) error {
	if len(data) > model.MaxLogoBytes {
		return errors.New(lang.X("validation.logo", "Logo terlalu besar (maksimal 2 MB)."))
	}
	_, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil || (format != "png" && format != "jpeg") {
		return errors.New(lang.L("school.logo.notimage"))
	}
	if _, _, err := image.Decode(bytes.NewReader(data)); err != nil {
		return errors.New(lang.L("school.logo.notimage"))
	}
	return nil
}

// setLogo shows data (nil: no logo) in the preview.
func (s *settingsScreen) setLogo(data []byte) {
	s.logo = data
	s.form.field("logo").setError("")
	if len(data) == 0 {
		s.logoImage.Resource = fyne.NewStaticResource("logo-placeholder.png", assets.LogoPlaceholder)
		s.logoNote.SetText(lang.L("school.logo.none"))
		s.logoRemove.Disable()
	} else {
		s.logoImage.Resource = fyne.NewStaticResource("logo", data)
		s.logoNote.SetText(lang.L("school.logo.size", map[string]int{"KB": (len(data) + 1023) / 1024}))
		s.logoRemove.Enable()
	}
	s.logoImage.Image = nil
	s.logoImage.Refresh()
}
