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

	"github.com/kemitraan/kemitraan/model"
)

// settingsScreen (Pengaturan) edits the school's profile: what the letterhead and the
// signature blocks print, and how letters are numbered.
type settingsScreen struct {
	g      *gui
	stored model.School // as last loaded or saved
	clean  model.School // the form's values as last loaded or saved (see dirty)

	form          *fieldSet
	name          *widget.Entry
	npsn          *widget.Entry
	address       *widget.Entry
	city          *widget.Entry
	phone         *widget.Entry
	email         *widget.Entry
	website       *widget.Entry
	level         *widget.Select
	kompetensi    *rowList[string] // an SMK's kompetensi keahlian (smk_profile.go)
	status        *widget.RadioGroup
	government    *widget.Entry
	agency        *widget.Entry
	foundation    *widget.Entry
	principalName *widget.Entry
	principalNIP  *widget.Entry
	letterCode    *widget.Entry
	shortName     *widget.Entry
	pattern       *widget.Entry
	example       *widget.Label
	paper         *widget.RadioGroup
	face          *widget.RadioGroup
	subjectLabel  *widget.RadioGroup
	tembusan      *widget.Entry
	committee     *widget.Entry
	paraf         *widget.Check
	school        logoPicker // the school's logo
	region        logoPicker // the regional emblem or the foundation's logo
	saveButton    *widget.Button
	saved         *widget.Label
	dataFile      *widget.Label
	nextSeq       int

	tabs    *container.AppTabs
	content fyne.CanvasObject
}

var paperSizes = []model.Paper{model.PaperA4, model.PaperF4}

func paperLabel(p model.Paper) string { return lang.L("paper." + strings.ToLower(string(p))) }

var (
	statuses = []model.Ownership{model.StatusNegeri, model.StatusSwasta}
	faces    = []model.Face{model.FaceSans, model.FaceSerif}
)

func ownershipLabel(s model.Ownership) string { return lang.L("school.status." + string(s)) }
func faceLabel(f model.Face) string           { return lang.L("school.face." + string(f)) }
func levelLabel(l model.Level) string         { return lang.L("school.level." + strings.ToLower(string(l))) }

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
	s.level = widget.NewSelect(labelsOf(model.Levels, levelLabel), nil)
	s.level.PlaceHolder = lang.L("school.level.choose")
	f.add("level", lang.L("school.level"), s.level, "")
	s.addKompetensiField()
	s.status = widget.NewRadioGroup(labelsOf(statuses, ownershipLabel), nil)
	s.status.Horizontal = true
	s.status.Required = true
	f.add("status", lang.L("school.status"), s.status, "")
	s.government = f.entry("government", lang.L("school.government"), lang.L("school.government.hint"))
	s.agency = f.entry("agency", lang.L("school.agency"), lang.L("school.agency.hint"))
	s.foundation = f.entry("foundation", lang.L("school.foundation"), lang.L("school.foundation.hint"))
	s.status.OnChanged = func(string) { s.showKopFields() }
	s.principalName = f.entry("principal_name", lang.L("school.principal"), "")
	s.principalNIP = f.entry("principal_nip", lang.L("school.nip"), lang.L("school.nip.hint"))
	s.committee = f.entry("committee_chair", lang.L("school.committee"), lang.L("school.committee.hint"))
	s.letterCode = f.entry("letter_code", lang.L("school.lettercode"), lang.L("school.lettercode.hint"))
	s.shortName = f.entry("short_name", lang.L("school.shortname"), lang.L("school.shortname.hint"))
	s.level.OnChanged = func(string) { s.onLevelChanged() }

	s.pattern = f.entry("letter_pattern", lang.L("school.pattern"), lang.L("school.pattern.hint"))
	patternField := f.field("letter_pattern")
	s.example = widget.NewLabel("")
	s.example.TextStyle = fyne.TextStyle{Bold: true}
	patternField.cell.Add(s.example)
	s.pattern.OnChanged = clearOnChange(patternField, func(string) { s.updateExample() })
	s.letterCode.OnChanged = clearOnChange(f.field("letter_code"), func(string) { s.updateExample() })
	s.shortName.OnChanged = clearOnChange(f.field("short_name"), func(string) { s.updateExample() })

	s.subjectLabel = widget.NewRadioGroup(model.SubjectLabels, nil)
	s.subjectLabel.Horizontal = true
	s.subjectLabel.Required = true
	f.add("subject_label", lang.L("school.subject"), s.subjectLabel, lang.L("school.subject.hint"))
	s.tembusan = f.multiEntry("tembusan", lang.L("school.tembusan"), lang.L("school.tembusan.hint"), 2)

	s.paper = widget.NewRadioGroup(labelsOf(paperSizes, paperLabel), nil)
	s.paper.Horizontal = true
	s.paper.Required = true
	f.add("paper", lang.L("school.paper"), s.paper, "")
	s.face = widget.NewRadioGroup(labelsOf(faces, faceLabel), nil)
	s.face.Horizontal = true
	s.face.Required = true
	f.add("face", lang.L("school.face"), s.face, lang.L("school.face.hint"))
	s.paraf = widget.NewCheck(lang.L("school.paraf.check"), nil)
	f.add("no_paraf", lang.L("school.paraf"), s.paraf, "")

	s.school = newLogoPicker(s, "logo", lang.L("school.logo.none"))
	f.add("logo", lang.L("school.logo"), s.school.object(), lang.L("school.logo.hint"))
	s.region = newLogoPicker(s, "region_logo", lang.L("school.regionlogo.none"))
	f.add("region_logo", lang.L("school.regionlogo"), s.region.object(), lang.L("school.regionlogo.hint"))

	s.saveButton = widget.NewButton(lang.L("action.save"), func() { s.save() })
	s.saveButton.Importance = widget.HighImportance
	s.saved = widget.NewLabel("")
	s.dataFile = widget.NewLabel("")
	s.dataFile.Wrapping = fyne.TextWrapBreak
	s.dataFile.Importance = widget.LowImportance

	profile := container.NewBorder(nil, container.NewVBox(widget.NewSeparator(), container.NewHBox(s.saveButton, s.saved), s.dataFile), nil, nil,
		newFormScroll(f.object()))
	// Pengaturan has one tab per concern; each panel lives in its own file.
	s.tabs = container.NewAppTabs(container.NewTabItem(lang.L("settings.profile"), profile))
	for _, p := range settingsPanels(g) {
		// a tab taller than the window scrolls inside it: it never makes the window taller
		obj := p.object
		if _, ok := obj.(*container.Scroll); !ok {
			obj = container.NewVScroll(obj)
		}
		s.tabs.Append(container.NewTabItem(p.title, obj))
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
	for _, build := range []func(*gui) (settingsPanel, bool){templatesPanel, registerPanel, dataPanel, displayPanel} {
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
	s.stored = school
	s.nextSeq = s.nextLetterSequence()
	s.fill(school)
	s.form.clear()
	s.saved.SetText("")
	s.dataFile.SetText(lang.L("settings.datafile", map[string]string{"Path": s.g.db.Path()}))
	s.clean = s.fromForm()
}

// fill puts the profile school in the form (the profile read, or a draft of it).
func (s *settingsScreen) fill(school model.School) {
	s.name.SetText(school.Name)
	s.npsn.SetText(school.NPSN)
	s.address.SetText(school.Address)
	s.city.SetText(school.City)
	s.phone.SetText(school.Phone)
	s.email.SetText(school.Email)
	s.website.SetText(school.Website)
	selectValue(s.level, model.Levels, school.Level)
	s.kompetensi.setValues(school.KompetensiKeahlian)
	s.showKompetensi()
	status := school.Status
	if status != model.StatusSwasta {
		status = model.StatusNegeri
	}
	s.status.SetSelected(ownershipLabel(status))
	government, agency, foundation := school.Government, school.Agency, school.Foundation
	if government == "" && agency == "" && foundation == "" {
		// a profile saved before these fields: its kop lines, in their places
		lines := school.KopLines()
		switch {
		case status == model.StatusSwasta && len(lines) > 0:
			foundation = strings.Join(lines, " ")
		case len(lines) > 0:
			government = lines[0]
			agency = strings.Join(lines[1:], " ")
		}
	}
	s.government.SetText(government)
	s.agency.SetText(agency)
	s.foundation.SetText(foundation)
	s.principalName.SetText(school.PrincipalName)
	s.principalNIP.SetText(school.PrincipalNIP)
	s.committee.SetText(school.CommitteeChair)
	s.letterCode.SetText(school.LetterCode)
	s.shortName.SetText(school.ShortName)
	pattern := school.LetterPattern
	if pattern == "" {
		pattern = model.DefaultLetterPattern
	}
	s.pattern.SetText(pattern)
	s.subjectLabel.SetSelected(school.Subject())
	s.tembusan.SetText(strings.Join(school.Tembusan, "\n"))
	paper := school.Paper
	if indexOf(paperSizes, paper) < 0 {
		paper = model.PaperA4
	}
	s.paper.SetSelected(paperLabel(paper))
	s.face.SetSelected(faceLabel(school.Face.OrDefault()))
	s.paraf.SetChecked(!school.NoParaf)
	s.school.set(school.Logo)
	s.region.set(school.RegionLogo)
	s.showKopFields()
	s.updateExample()
}

// showKopFields shows the kop's lines of the school's status: the regional
// government and agency of a public school, the foundation of a private one.
func (s *settingsScreen) showKopFields() {
	private := s.status.Selected == ownershipLabel(model.StatusSwasta)
	for name, show := range map[string]bool{"government": !private, "agency": !private, "foundation": private} {
		f := s.form.field(name)
		if show {
			f.label.Show()
			f.cell.Show()
		} else {
			f.label.Hide()
			f.cell.Hide()
		}
	}
	s.region.caption(private)
}

// onLevelChanged puts the level's letter code in the form, unless the school typed a
// code of its own.
func (s *settingsScreen) onLevelChanged() {
	level := selectedOf(s.level, model.Levels)
	if code := level.LetterCode(); code != "" && model.IsLevelCode(strings.TrimSpace(s.letterCode.Text)) {
		s.letterCode.SetText(code)
	}
	s.form.field("level").setError("")
	s.showKompetensi()
}

// dirty reports whether the profile in the form differs from the one last loaded or saved.
func (s *settingsScreen) dirty() bool { return !reflect.DeepEqual(s.fromForm(), s.clean) }

// discard puts the stored profile back in the form.
func (s *settingsScreen) discard() {
	s.g.dropDraft(draftSchool)
	s.load()
}

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
	school := s.stored
	school.Name = strings.TrimSpace(s.name.Text)
	school.NPSN = strings.TrimSpace(s.npsn.Text)
	school.Address = strings.TrimSpace(s.address.Text)
	school.City = strings.TrimSpace(s.city.Text)
	school.Phone = strings.TrimSpace(s.phone.Text)
	school.Email = strings.TrimSpace(s.email.Text)
	school.Website = strings.TrimSpace(s.website.Text)
	school.Level = selectedOf(s.level, model.Levels)
	school.KompetensiKeahlian = texts(s.kompetensi)
	if i := indexOf(labelsOf(statuses, ownershipLabel), s.status.Selected); i >= 0 {
		school.Status = statuses[i]
	}
	school.Government = strings.TrimSpace(s.government.Text)
	school.Agency = strings.TrimSpace(s.agency.Text)
	school.Foundation = strings.TrimSpace(s.foundation.Text)
	// the kop is kept in the fields above from now on
	school.LetterheadLines = nil
	school.PrincipalName = strings.TrimSpace(s.principalName.Text)
	school.PrincipalNIP = strings.TrimSpace(s.principalNIP.Text)
	school.CommitteeChair = strings.TrimSpace(s.committee.Text)
	school.LetterCode = strings.TrimSpace(s.letterCode.Text)
	school.ShortName = strings.TrimSpace(s.shortName.Text)
	school.LetterPattern = strings.TrimSpace(s.pattern.Text)
	school.SubjectLabel = s.subjectLabel.Selected
	school.Tembusan = nil
	for _, l := range strings.Split(s.tembusan.Text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			school.Tembusan = append(school.Tembusan, l)
		}
	}
	if i := indexOf(labelsOf(paperSizes, paperLabel), s.paper.Selected); i >= 0 {
		school.Paper = paperSizes[i]
	} else {
		school.Paper = ""
	}
	if i := indexOf(labelsOf(faces, faceLabel), s.face.Selected); i >= 0 {
		school.Face = faces[i]
	}
	school.NoParaf = !s.paraf.Checked
	school.Logo = s.school.data
	school.RegionLogo = s.region.data
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
	s.saved.SetText("")
	if problems := school.Validate(); len(problems) > 0 {
		rest := s.placeKompetensi(s.form.show(problems))
		s.saved.SetText(lang.L("form.fixfields"))
		s.saved.Importance = widget.DangerImportance
		s.saved.Refresh()
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
		s.stored = saved
	} else {
		s.stored = school
	}
	s.saved.Importance = widget.SuccessImportance
	s.saved.SetText(lang.L("settings.saved"))
	s.clean = s.fromForm()
	s.g.dropDraft(draftSchool)
	s.g.home.refresh()
	s.g.partnerships.updatePrintState()
	s.g.schoolLevelChanged()
	return true
}

// setLogo shows data (nil: no logo) as the school's logo.
func (s *settingsScreen) setLogo(data []byte) { s.school.set(data) }

// logoPicker is a logo of the profile: its preview, what it is, Choose and Remove.
type logoPicker struct {
	s      *settingsScreen
	name   string // the model's field name
	none   string // said when there is no logo
	data   []byte
	image  *canvas.Image
	note   *widget.Label
	remove *widget.Button
	choose *widget.Button
}

func newLogoPicker(s *settingsScreen, name, none string) logoPicker {
	l := logoPicker{s: s, name: name, none: none}
	l.image = canvas.NewImageFromResource(nil)
	l.image.FillMode = canvas.ImageFillContain
	l.image.SetMinSize(fyne.NewSize(72, 72))
	l.note = widget.NewLabel("")
	l.note.Wrapping = fyne.TextWrapWord
	return l
}

// object is the picker's row; the buttons are made here, where the picker has its
// final address in the screen.
func (l *logoPicker) object() fyne.CanvasObject {
	l.choose = widget.NewButton(lang.L("school.logo.choose"), l.chooseFile)
	l.remove = widget.NewButton(lang.L("school.logo.remove"), func() { l.set(nil) })
	return container.NewBorder(nil, nil, l.image, nil,
		container.NewVBox(l.note, container.NewHBox(l.choose, l.remove)))
}

// caption says whose logo the regional picker holds: the foundation's for a private
// school.
func (l *logoPicker) caption(private bool) {
	if l.name != "region_logo" {
		return
	}
	f := l.s.form.field(l.name)
	key := "school.regionlogo"
	if private {
		key = "school.foundationlogo"
	}
	f.label.SetText(lang.L(key))
}

// chooseFile lets the person pick a PNG or JPEG file from disk.
func (l *logoPicker) chooseFile() {
	f := l.s.form.field(l.name)
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			f.setError(lang.L("school.logo.unreadable"))
			return
		}
		if r == nil {
			return // cancelled
		}
		defer r.Close()
		data, err := io.ReadAll(io.LimitReader(r, model.MaxLogoBytes+1))
		if err != nil {
			f.setError(lang.L("school.logo.unreadable"))
			return
		}
		if err := checkLogo(data); err != nil {
			f.setError(err.Error())
			return
		}
		l.set(data)
	}, l.s.g.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".png", ".jpg", ".jpeg", ".PNG", ".JPG", ".JPEG"}))
	d.Show()
}

// set shows data (nil: no logo) in the preview.
func (l *logoPicker) set(data []byte) {
	l.data = data
	l.s.form.field(l.name).setError("")
	if len(data) == 0 {
		l.image.Resource = nil
		l.image.Hide()
		l.note.SetText(l.none)
		l.remove.Disable()
	} else {
		l.image.Resource = fyne.NewStaticResource(l.name, data)
		l.image.Show()
		l.note.SetText(lang.L("school.logo.size", map[string]int{"KB": (len(data) + 1023) / 1024}))
		l.remove.Enable()
	}
	l.image.Image = nil
	l.image.Refresh()
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
