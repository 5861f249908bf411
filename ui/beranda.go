package ui

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// homeScreen (Beranda) greets the school and counts its partnerships.
type homeScreen struct {
	g *gui

	greeting    *widget.Label
	prompt      *fyne.Container // shown while the profile is empty
	stageCounts []*widget.Label
	statusCount []*widget.Label
	partners    *widget.Label
	total       *widget.Label
	content     fyne.CanvasObject
}

func newHomeScreen(g *gui) *homeScreen {
	h := &homeScreen{g: g}
	h.greeting = widget.NewLabel("")
	h.greeting.TextStyle = fyne.TextStyle{Bold: true}
	h.greeting.SizeName = theme.SizeNameSubHeadingText
	h.greeting.Wrapping = fyne.TextWrapWord

	promptText := widget.NewLabel(lang.L("home.profileempty"))
	promptText.Wrapping = fyne.TextWrapWord
	toSettings := widget.NewButton(lang.L("home.fillprofile"), func() { g.show(tabPengaturan) })
	toSettings.Importance = widget.HighImportance
	h.prompt = container.NewVBox(promptText, container.NewHBox(toSettings))

	stages := container.New(layout.NewFormLayout())
	for _, s := range model.Stages {
		n := widget.NewLabel("0")
		h.stageCounts = append(h.stageCounts, n)
		stages.Add(widget.NewLabel(stageLabel(s)))
		stages.Add(n)
	}
	statuses := container.New(layout.NewFormLayout())
	for _, s := range model.Statuses {
		n := widget.NewLabel("0")
		h.statusCount = append(h.statusCount, n)
		statuses.Add(widget.NewLabel(statusLabel(s)))
		statuses.Add(n)
	}
	h.partners = widget.NewLabel("")
	h.total = widget.NewLabel("")

	newPS := widget.NewButton(lang.L("home.newpartnership"), g.newPartnership)
	cards := container.NewGridWithColumns(2,
		widget.NewCard(lang.L("home.perstage"), "", stages),
		container.NewVBox(
			widget.NewCard(lang.L("home.perstatus"), "", statuses),
			widget.NewCard(lang.L("home.summary"), "", container.NewVBox(h.total, h.partners)),
		),
	)
	h.content = container.NewVScroll(container.NewVBox(h.greeting, h.prompt, cards, container.NewHBox(newPS)))
	return h
}

func (h *homeScreen) object() fyne.CanvasObject { return h.content }

// refresh reads the store again.
func (h *homeScreen) refresh() {
	school, err := h.g.db.School()
	if err != nil {
		h.greeting.SetText(lang.L("error.read", map[string]string{"Err": errText(err)}))
		return
	}
	if school.IsZero() {
		h.greeting.SetText(lang.L("home.welcome"))
		h.prompt.Show()
	} else {
		h.greeting.SetText(lang.L("home.greeting", map[string]string{"School": school.Name}))
		h.prompt.Hide()
	}

	ps, err := h.g.db.Partnerships()
	if err != nil {
		h.total.SetText(lang.L("error.read", map[string]string{"Err": errText(err)}))
		return
	}
	perStage := map[model.Stage]int{}
	perStatus := map[model.Status]int{}
	for _, p := range ps {
		perStage[p.Stage]++
		perStatus[p.Status]++
	}
	for i, s := range model.Stages {
		h.stageCounts[i].SetText(strconv.Itoa(perStage[s]))
	}
	for i, s := range model.Statuses {
		h.statusCount[i].SetText(strconv.Itoa(perStatus[s]))
	}
	h.total.SetText(lang.L("home.partnerships", map[string]int{"Count": len(ps)}))

	partners, err := h.g.db.Partners()
	if err != nil {
		h.partners.SetText(lang.L("error.read", map[string]string{"Err": errText(err)}))
		return
	}
	h.partners.SetText(lang.L("home.partners", map[string]int{"Count": len(partners)}))
}
