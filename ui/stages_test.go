package ui

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// widgetsIn finds the widgets of type T inside o, in the order they are laid out.
func widgetsIn[T fyne.CanvasObject](o fyne.CanvasObject) []T {
	var out []T
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if o == nil {
			return
		}
		if x, ok := o.(T); ok {
			out = append(out, x)
			return
		}
		switch x := o.(type) {
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(x).Objects() {
				walk(c)
			}
		}
	}
	walk(o)
	return out
}

// buttonIn is the button with that text inside o.
func buttonIn(t *testing.T, o fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	for _, b := range widgetsIn[*widget.Button](o) {
		if b.Text == text {
			return b
		}
	}
	t.Fatalf("no button %q", text)
	return nil
}

// addRow taps "+" under a row list and returns the new row's widgets.
func addRow[T any](l *rowList[T]) fyne.CanvasObject {
	test.Tap(l.addButton)
	return l.rows[len(l.rows)-1].object
}

// typeRupiah focuses a rupiah field as a click would and types s.
func (h *harness) typeRupiah(e *rupiahEntry, s string) {
	h.win.Canvas().Focus(e)
	test.Type(e, s)
}

func entriesIn(o fyne.CanvasObject) []*widget.Entry { return widgetsIn[*widget.Entry](o) }

// shown is the partnership screen of the Kemitraan section.
func (h *harness) shown() *partnershipView {
	h.t.Helper()
	v := h.g.partnerships.detail
	if v == nil {
		h.t.Fatal("no partnership shown")
	}
	return v
}

// advance taps Lanjut and checks the partnership reached stage want.
func (h *harness) advance(want model.Stage) *partnershipView {
	h.t.Helper()
	test.Tap(h.shown().advanceButton)
	v := h.shown()
	if v.stored.Stage != want {
		h.t.Fatalf("after Lanjut the partnership is at stage %d, want %d; screen shows:\n%s",
			v.stored.Stage, want, strings.Join(h.texts(), "\n"))
	}
	if v.shown != want {
		h.t.Errorf("after Lanjut the screen shows stage %d, want %d", v.shown, want)
	}
	return v
}

// save taps Simpan and fails when the screen does not say it saved.
func (h *harness) save() {
	h.t.Helper()
	v := h.shown()
	test.Tap(v.saveButton)
	if v := h.shown(); v.saveStatus.Text != "Tersimpan." {
		h.t.Fatalf("Simpan says %q; screen shows:\n%s", v.saveStatus.Text, strings.Join(h.texts(), "\n"))
	}
}

// startPartnership fills stage 1 of a new partnership and saves it.
func (h *harness) startPartnership(title string) *partnershipView {
	h.t.Helper()
	h.g.show(tabKemitraan)
	test.Tap(h.g.partnerships.newButton)
	v := h.shown()
	h.typeInto(v.need.title, title)
	v.need.category.SetSelected(needLabel(model.NeedProfesional))
	h.typeInto(v.need.need, "Guru membutuhkan pelatihan pemanfaatan perangkat digital dalam pembelajaran.")
	v.need.benefit.SetSelected([]string{"Siswa", "Guru"})
	v.need.priority.SetSelected("Tinggi")
	h.save()
	return h.shown()
}

func TestWalkThroughSevenStages(t *testing.T) {
	h := newHarness(t)
	h.fillSchool()
	partner := h.addPartner("PT Maju Bersama", model.KindBisnis)

	// 1 Identifikasi Kebutuhan
	v := h.startPartnership("Pelatihan Literasi Digital Guru")
	if v.stored.ID == "" {
		t.Fatal("the new partnership was not saved")
	}
	h.mustShow("2 dari 2 terpenuhi")
	v = h.advance(model.StagePenjajakan)

	// 2 Penjajakan: Lanjut before a partner is chosen lists what is missing
	h.mustShow("0 dari 3 terpenuhi")
	test.Tap(v.advanceButton)
	h.mustShow("Tahap belum lengkap")
	h.mustShow("Mitra belum dipilih")
	h.mustShow("Narahubung mitra belum diisi")
	test.Tap(h.overlayButton("OK"))
	if v.stored.Stage != model.StagePenjajakan {
		t.Fatalf("an incomplete stage moved on to %d", v.stored.Stage)
	}
	row := addRow(v.cand.candidates)
	widgetsIn[*widget.Select](row)[0].SetSelected(partnerOption(partner))
	h.typeInto(entriesIn(row)[0], "Punya program CSR pendidikan")
	test.Tap(buttonIn(t, row, "Tambah pendekatan"))
	widgetsIn[*dateEntry](row)[0].SetText("20/10/2026")
	h.typeInto(entriesIn(row)[1], "Kunjungan ke kantor; disambut baik")
	v.cand.chosen.SetSelected(partnerOption(partner))
	h.mustShow("Narahubung: Budi Santoso")
	h.mustShow("Penanda tangan: Ir. Hendra Wijaya, Direktur Utama")
	h.mustShow("3 dari 3 terpenuhi")
	h.save()
	v = h.advance(model.StageProposal)

	// 3 Pengembangan Proposal
	p := v.proposal
	h.typeInto(p.background, "Banyak guru belum memanfaatkan perangkat digital.")
	h.typeInto(p.objectives, "Meningkatkan literasi digital guru.")
	h.typeInto(p.targets, "30 guru mata pelajaran")
	h.typeInto(p.activities, "Pelatihan dan pendampingan")
	h.typeInto(entriesIn(addRow(p.schoolRoles))[0], "Menyediakan ruang dan peserta")
	h.typeInto(entriesIn(addRow(p.partnerRoles))[0], "Menyediakan pelatih")
	row = addRow(p.schedule)
	widgetsIn[*dateEntry](row)[0].SetText("02/11/2026")
	h.typeInto(entriesIn(row)[0], "Pelatihan tahap 1")
	h.typeInto(entriesIn(row)[1], "Wakasek Kurikulum")
	row = addRow(p.budget)
	h.typeInto(entriesIn(row)[0], "Honor pelatih")
	h.typeRupiah(widgetsIn[*rupiahEntry](row)[0], "Rp5.000.000")
	widgetsIn[*widget.Select](row)[0].SetSelected("Mitra")
	row = addRow(p.budget)
	h.typeInto(entriesIn(row)[0], "Konsumsi")
	h.typeRupiah(widgetsIn[*rupiahEntry](row)[0], "1250000")
	if got, want := p.totals.Text, "Jumlah Rp6.250.000 · sekolah Rp1.250.000 · mitra Rp5.000.000"; got != want {
		t.Errorf("budget totals %q, want %q", got, want)
	}
	h.typeInto(p.evalPlan, "Angket sebelum dan sesudah pelatihan")
	row = addRow(p.indicators)
	h.typeInto(entriesIn(row)[0], "Guru mengikuti pelatihan")
	h.typeInto(entriesIn(row)[1], "30")
	h.typeInto(entriesIn(row)[2], "orang")
	h.mustShow("5 dari 5 terpenuhi")
	h.save()
	v = h.advance(model.StagePerjanjian)

	// 4 Negosiasi dan Perjanjian: the signatories come from the profile and the partner
	a := v.agree
	if a.schoolSign[0].Text != "Dra. Siti Aminah, M.Pd." || a.schoolSign[2].Text != "196805121994032005" {
		t.Errorf("school's signatory prefilled %q %q", a.schoolSign[0].Text, a.schoolSign[2].Text)
	}
	if a.partnerSign[0].Text != "Ir. Hendra Wijaya" || a.partnerSign[1].Text != "Direktur Utama" {
		t.Errorf("partner's signatory prefilled %q %q", a.partnerSign[0].Text, a.partnerSign[1].Text)
	}
	a.kind.SetSelected("Perjanjian Kerja Sama (PKS)")
	h.typeInto(a.schoolSign[3], "Keputusan Wali Kota Bandung Nomor 821/123-BKPSDM/2024")
	h.typeInto(a.partnerSign[3], "Surat Kuasa Direktur Utama Nomor 12/SK/2026")
	h.typeInto(a.schoolNumber, "421.3/015/SMPN1/XI/2026")
	h.typeInto(a.partnerNumber, "PKS/MB/112/2026")
	a.date.SetText("25/11/2026")
	h.typeInto(a.placeEntry, "Bandung")
	a.start.SetText("01/11/2026")
	a.end.SetText("31/10/2027")
	h.typeInto(a.noticeDays, "30")
	h.typeInto(entriesIn(addRow(a.schoolObligations))[0], "Menyediakan ruang pelatihan")
	h.typeInto(entriesIn(addRow(a.partnerObligation))[0], "Menyediakan pelatih bersertifikat")
	// the money: the proposal's budget, line by line, offered as the agreement's
	test.Tap(a.money.fromPlan)
	if lines, _ := a.money.rows.peek(); len(lines) != 2 || lines[0].Amount != 5_000_000 || lines[0].Kind != model.ContribBantuan ||
		lines[1].From != model.GiverSchool {
		t.Errorf("lines from the budget %+v", lines)
	}
	// an amount typed in the funding words is refused at the field
	h.typeInto(a.funding, "Ditanggung bersama sebesar Rp5.000.000")
	test.Tap(v.saveButton)
	h.mustShow("Jangan menulis jumlah uang di sini")
	a.funding.SetText("")
	h.typeInto(a.funding, "Disalurkan melalui rekening sekolah")
	h.typeInto(a.dispute, "Musyawarah untuk mufakat")
	h.typeInto(a.forceMajeure, "Bencana alam, wabah, kebijakan pemerintah")
	a.personalData.SetSelected("Tidak")
	a.meterai.SetChecked(true)
	h.mustShow("14 dari 15 terpenuhi")
	// Tandai ditandatangani asks the day, offering the agreement's date, and saves
	offered := dateOf(a.date)
	test.Tap(v.signButton)
	if when := widgetsIn[*dateEntry](h.win.Canvas().Overlays().Top()); len(when) != 1 || !sameDay(dateOf(when[0]), offered) {
		t.Fatalf("the signing dialog does not offer the agreement's date %v", offered)
	}
	test.Tap(h.overlayButton("Tandai ditandatangani"))
	if v.stored.Agreement.SignedDate.IsZero() || !sameDay(v.stored.Agreement.SignedDate, offered) {
		t.Fatalf("signing recorded as %v, want %v; status %q", v.stored.Agreement.SignedDate, offered, v.saveStatus.Text)
	}
	if evs, _ := h.db.Events(v.stored.ID); !hasPhrase(evs, model.PhraseSigned) {
		t.Errorf("the timeline does not say the PKS was signed: %+v", evs)
	}
	if s, p := v.stored.Agreement.SchoolSignatory, v.stored.Agreement.PartnerSignatory; s.Authority != "Keputusan Wali Kota Bandung Nomor 821/123-BKPSDM/2024" ||
		p.Authority != "Surat Kuasa Direktur Utama Nomor 12/SK/2026" {
		t.Errorf("signing authorities saved as %q and %q", s.Authority, p.Authority)
	}
	v = h.advance(model.StageImplementasi)
	if v.stored.Status != model.StatusBerjalan {
		t.Errorf("after the agreement the status is %q", v.stored.Status)
	}

	// 5 Implementasi
	row = addRow(v.acts.list)
	widgetsIn[*dateEntry](row)[0].SetText("02/12/2026")
	h.typeInto(entriesIn(row)[0], "Pelatihan tahap 1")
	h.typeInto(entriesIn(row)[1], "Pengenalan perangkat digital")
	h.typeInto(entriesIn(row)[2], "30 guru, 2 pelatih")
	widgetsIn[*widget.Select](row)[0].SetSelected("Terlaksana")
	h.save()
	v = h.advance(model.StageMonev)

	// 6 Monitoring dan Evaluasi: the dialog measures the proposal's indicator
	test.Tap(v.evals.list.addButton)
	h.mustShow("Guru mengikuti pelatihan")
	h.mustShow("Target 30 orang")
	e := v.evals
	h.typeInto(e.dlgValues[0], "28")
	for b, r := range []int{4, 5, 4, 3, 4} {
		e.dlgRatings[b].SetSelected(ratingLabel(r))
	}
	h.typeInto(e.dlgFindings, "Guru antusias")
	h.typeInto(e.dlgFollowUp, "Pendampingan bulanan")
	test.Tap(h.overlayButton("Catat evaluasi"))
	h.save()
	v = h.advance(model.StagePeninjauan)

	// 7 Peninjauan: ending it makes it selesai
	h.typeInto(v.review.summary, "Tujuan tercapai; guru memakai perangkat digital di kelas.")
	v.review.decision.SetSelected("Akhiri")
	v.review.date.SetText("30/11/2027")
	h.save()
	v = h.shown()

	// the stored partnership holds every stage
	got, err := h.db.Partnership(v.stored.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Stage != model.StagePeninjauan || got.Status != model.StatusSelesai || got.Progress() != 7 {
		t.Errorf("stored stage %d status %q progress %d", got.Stage, got.Status, got.Progress())
	}
	if got.Title != "Pelatihan Literasi Digital Guru" || got.Need.Category != model.NeedProfesional ||
		!reflect.DeepEqual(got.Need.Beneficiaries, []model.Beneficiary{model.BenefitSiswa, model.BenefitGuru}) ||
		got.Need.Priority != model.PriorityTinggi {
		t.Errorf("need %q %+v", got.Title, got.Need)
	}
	if len(got.Candidates) != 1 || got.Candidates[0].PartnerID != partner.ID || len(got.Candidates[0].Approaches) != 1 ||
		got.Candidates[0].Approaches[0].Date.Day() != 20 || got.PartnerID != partner.ID {
		t.Errorf("candidates %+v, partner %q", got.Candidates, got.PartnerID)
	}
	pr := got.Proposal
	if pr.Objectives == "" || len(pr.SchoolRoles) != 1 || len(pr.PartnerRoles) != 1 || len(pr.Schedule) != 1 ||
		pr.Schedule[0].PIC != "Wakasek Kurikulum" || len(pr.Indicators) != 1 || pr.Indicators[0].Target != 30 {
		t.Errorf("proposal %+v", pr)
	}
	if want := []model.BudgetItem{{Item: "Honor pelatih", Amount: 5000000, PaidBy: model.PartyPartner},
		{Item: "Konsumsi", Amount: 1250000, PaidBy: model.PartySchool}}; !reflect.DeepEqual(pr.Budget, want) {
		t.Errorf("budget %+v", pr.Budget)
	}
	ag := got.Agreement
	if ag.Kind != model.AgreementPKS || ag.Start.Day() != 1 || ag.End.Year() != 2027 || ag.NoticeDays != 30 ||
		len(ag.Contributions) != 2 || ag.Contributions[0].Amount != 5000000 || ag.Contributions[0].ID == "" ||
		ag.PersonalData != model.AnswerNo || !ag.Meterai || ag.Originals != 2 || !sameDay(ag.SignedDate, ag.Date) ||
		ag.SchoolSignatory.Position != "Kepala Sekolah" {
		t.Errorf("agreement %+v", ag)
	}
	if len(got.Activities) != 1 || got.Activities[0].Status != model.ActivityDone || got.Activities[0].ID == "" {
		t.Errorf("activities %+v", got.Activities)
	}
	if len(got.Evaluations) != 1 || got.Evaluations[0].Values[0].Achieved != 28 ||
		got.Evaluations[0].Ratings != [model.NumBenefits]int{4, 5, 4, 3, 4} || got.Evaluations[0].FollowUp != "Pendampingan bulanan" {
		t.Errorf("evaluations %+v", got.Evaluations)
	}
	if got.Review.Decision != model.DecisionEnd || got.Review.Date.Year() != 2027 {
		t.Errorf("review %+v", got.Review)
	}

	// the timeline: created, the six moves in order, the edits, the activity and the evaluation
	events, err := h.db.Events(got.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(events) == 0 || events[0].Kind != model.EventCreated {
		t.Fatalf("timeline %+v", events)
	}
	var moves []model.Stage
	kinds := map[model.EventKind]int{}
	var edits []string
	for _, e := range events {
		kinds[e.Kind]++
		switch e.Kind {
		case model.EventStageMoved:
			moves = append(moves, e.Stage)
		case model.EventEdited:
			edits = append(edits, e.Text)
		}
	}
	if want := []model.Stage{2, 3, 4, 5, 6, 7}; !reflect.DeepEqual(moves, want) {
		t.Errorf("stage moves %v, want %v", moves, want)
	}
	if kinds[model.EventActivity] != 1 || kinds[model.EventEvaluation] != 1 {
		t.Errorf("events by kind %v", kinds)
	}
	if !strings.Contains(strings.Join(edits, "\n"), "Tahap 3 diubah: Pengembangan Proposal") {
		t.Errorf("edit events %q", edits)
	}

	// the stepper shows 7/7, every stage done
	for i, s := range v.steps {
		if s.state != stepDone {
			t.Errorf("step %d is %d, want done", i+1, s.state)
		}
	}
	if v.progress.Value != 7 {
		t.Errorf("progress %v", v.progress.Value)
	}
	h.mustShow("7/7 tahap selesai")
	h.mustShow("Selesai · Tahap 7/7 Peninjauan dan Perpanjangan")
}

// stageThree makes a partnership at stage 3 through the screens.
func (h *harness) stageThree() *partnershipView {
	h.t.Helper()
	partner := h.addPartner("PT Maju Bersama", model.KindBisnis)
	h.startPartnership("Pelatihan Literasi Digital Guru")
	v := h.advance(model.StagePenjajakan)
	v.cand.chosen.SetSelected(partnerOption(partner))
	h.save()
	return h.advance(model.StageProposal)
}

func TestReopenNeedsReason(t *testing.T) {
	h := newHarness(t)
	v := h.stageThree()
	test.Tap(v.reopenButton)
	h.mustShow("Buka kembali tahap")
	v.reopenStage.SetSelected(stageLabel(model.StageKebutuhan))
	confirm := h.overlayButton("Buka kembali")
	test.Tap(confirm) // no reason: refused
	if v.stored.Stage != model.StageProposal {
		t.Fatalf("reopened without a reason, to %d", v.stored.Stage)
	}
	if got := v.reopen(model.StageKebutuhan, "  "); got {
		t.Error("the screen reopened with a blank reason")
	}
	test.Tap(h.overlayButton("OK")) // the refusal
	h.typeInto(v.reopenReason, "Kebutuhan berubah setelah rapat komite")
	test.Tap(h.overlayButton("Buka kembali"))
	v = h.shown()
	if v.stored.Stage != model.StageKebutuhan || v.shown != model.StageKebutuhan {
		t.Fatalf("after reopening: stage %d, shown %d", v.stored.Stage, v.shown)
	}
	stored, _ := h.db.Partnership(v.stored.ID)
	if stored.Stage != model.StageKebutuhan {
		t.Errorf("stored stage %d", stored.Stage)
	}
	events, _ := h.db.Events(v.stored.ID)
	last := events[len(events)-1]
	if last.Kind != model.EventReopened || !strings.Contains(last.Text, "Kebutuhan berubah setelah rapat komite") {
		t.Errorf("last event %+v", last)
	}
	if v.steps[0].state != stepCurrent || v.steps[1].state != stepNotYet {
		t.Errorf("steps %d %d", v.steps[0].state, v.steps[1].state)
	}
}

func TestExtendCreatesLinkedPeriod(t *testing.T) {
	h := newHarness(t)
	partner := h.addPartner("PT Maju Bersama", model.KindBisnis)
	// a partnership at stage 7, made in the store
	p := model.NewPartnership()
	p.Title = "Pelatihan Literasi Digital Guru"
	p.Need = model.Need{Category: model.NeedProfesional, Description: "Pelatihan guru"}
	p.PartnerID = partner.ID
	p.Stage = model.StagePeninjauan
	p.Status = model.StatusBerjalan
	p.Agreement = model.Agreement{Kind: model.AgreementPKS, SchoolNumber: "1", PartnerNumber: "2", Place: "Bandung",
		Date:  time.Date(2025, 11, 20, 0, 0, 0, 0, time.Local),
		Start: time.Date(2025, 12, 1, 0, 0, 0, 0, time.Local), End: time.Date(2026, 11, 30, 0, 0, 0, 0, time.Local),
		SchoolObligations: []string{"Ruang"}, PartnerObligations: []string{"Pelatih"}, Dispute: "Musyawarah",
		SignedDate: time.Date(2025, 11, 25, 0, 0, 0, 0, time.Local)}
	if err := h.db.SavePartnership(&p); err != nil {
		t.Fatal(err)
	}
	h.g.show(tabKemitraan)
	h.g.partnerships.refresh()
	h.g.partnerships.showPartnership(p.ID)
	v := h.shown()
	if v.shown != model.StagePeninjauan || !v.extendButton.Disabled() {
		t.Fatalf("shown %d, extend enabled before a decision", v.shown)
	}
	h.typeInto(v.review.summary, "Berjalan baik")
	v.review.decision.SetSelected("Perpanjang")
	v.review.date.SetText("26/11/2026")
	h.save()
	v = h.shown()
	if v.extendButton.Disabled() {
		t.Fatal("Buat periode baru stays disabled after deciding to extend")
	}
	test.Tap(v.extendButton)

	next := h.shown()
	if next.stored.ID == p.ID || next.stored.PreviousID != p.ID || next.stored.Stage != model.StagePerjanjian {
		t.Fatalf("shown after extending: %+v", next.stored)
	}
	old, err := h.db.Partnership(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	stored, err := h.db.Partnership(next.stored.ID)
	if err != nil {
		t.Fatal(err)
	}
	if old.NextID != stored.ID || old.Status != model.StatusSelesai {
		t.Errorf("old period: next %q status %q", old.NextID, old.Status)
	}
	if stored.Agreement.Signed() || stored.Agreement.Dispute != "Musyawarah" || stored.Agreement.Start.Year() != 2026 ||
		stored.Agreement.Start.Month() != time.December {
		t.Errorf("new agreement %+v", stored.Agreement)
	}
	if !next.prevLink.Visible() || next.nextLink.Visible() {
		t.Error("the new period does not link back")
	}
	test.Tap(next.prevLink)
	if h.shown().stored.ID != p.ID || !h.shown().nextLink.Visible() {
		t.Error("Periode sebelumnya does not open the old period")
	}
}

func TestRupiahField(t *testing.T) {
	for _, ok := range []string{"Rp1.250.000", "1250000", "Rp 1.250.000,00"} {
		e := newRupiahEntry(nil)
		e.SetText(ok)
		if r, err := e.amount(); err != nil || r != 1250000 {
			t.Errorf("%q: %v %v", ok, r, err)
		}
	}
	h := newHarness(t)
	v := h.stageThree()
	p := v.proposal
	for _, bad := range []string{"seribu", "-5"} {
		row := addRow(p.budget)
		h.typeInto(entriesIn(row)[0], "Konsumsi "+bad)
		h.typeRupiah(widgetsIn[*rupiahEntry](row)[0], bad)
	}
	test.Tap(v.saveButton)
	if got := p.budget.rowError(0); got != "Jumlah rupiah tidak valid, contoh: Rp1.250.000." {
		t.Errorf("row 1 says %q", got)
	}
	if got := p.budget.rowError(1); got != "Jumlah rupiah tidak boleh negatif." {
		t.Errorf("row 2 says %q", got)
	}
	if stored, _ := h.db.Partnership(v.stored.ID); len(stored.Proposal.Budget) != 0 {
		t.Errorf("saved budget %+v", stored.Proposal.Budget)
	}
	// fixed amounts save, and the totals follow
	fix := widgetsIn[*rupiahEntry](p.budget.rows[0].object)[0]
	fix.SetText("")
	h.typeRupiah(fix, "Rp1.250.000")
	p.budget.remove(1)
	if got := p.totals.Text; got != "Jumlah Rp1.250.000 · sekolah Rp1.250.000 · mitra Rp0" {
		t.Errorf("totals %q", got)
	}
	h.save()
	if stored, _ := h.db.Partnership(v.stored.ID); len(stored.Proposal.Budget) != 1 || stored.Proposal.Budget[0].Amount != 1250000 {
		t.Errorf("saved budget %+v", stored.Proposal.Budget)
	}
	// the field shows the amount as Rupiah once left
	e := widgetsIn[*rupiahEntry](h.shown().proposal.budget.rows[0].object)[0]
	if e.Text != "Rp1.250.000" {
		t.Errorf("amount shows %q", e.Text)
	}
}

func TestEndBeforeStartRefused(t *testing.T) {
	h := newHarness(t)
	v := h.stageThree()
	// reach stage 4 through the store, then edit it on the screen
	p := v.stored
	p.Stage = model.StagePerjanjian
	if err := h.db.SavePartnership(&p); err != nil {
		t.Fatal(err)
	}
	h.g.partnerships.showPartnership(p.ID)
	v = h.shown()
	before, _ := h.db.Partnership(p.ID)
	v.agree.start.SetText("01/12/2026")
	v.agree.end.SetText("30/11/2026")
	test.Tap(v.saveButton)
	if got := v.agree.fs.field("agreement.end").errorText(); got != "Tanggal berakhir harus sesudah tanggal mulai." {
		t.Errorf("end date says %q", got)
	}
	if v.shown != model.StagePerjanjian {
		t.Errorf("the screen shows stage %d", v.shown)
	}
	after, _ := h.db.Partnership(p.ID)
	if !after.UpdatedAt.Equal(before.UpdatedAt) || !after.Agreement.Start.IsZero() {
		t.Errorf("saved although the end is before the start: %+v", after.Agreement)
	}
	if v.agree.end.Text != "30/11/2026" {
		t.Errorf("the field lost what was typed: %q", v.agree.end.Text)
	}
	// a bad date is refused at its field too
	v.agree.end.SetText("31/02/2027")
	test.Tap(v.saveButton)
	if got := v.agree.fs.field("agreement.end").errorText(); got != "Februari 2027 hanya sampai tanggal 28." {
		t.Errorf("end date says %q", got)
	}
}

func TestRowEditor(t *testing.T) {
	useTestApp()
	changes := 0
	l := newTextRows("", func() { changes++ })
	for _, s := range []string{"satu", "dua", "tiga"} {
		test.Type(entriesIn(addRow(l))[0], s)
	}
	if got := texts(l); !reflect.DeepEqual(got, []string{"satu", "dua", "tiga"}) {
		t.Fatalf("rows %v", got)
	}
	if !l.rows[0].up.Disabled() || !l.rows[2].down.Disabled() || l.rows[1].up.Disabled() {
		t.Error("the first row moves up or the last down")
	}
	test.Tap(l.rows[2].up) // tiga ↑
	if got := texts(l); !reflect.DeepEqual(got, []string{"satu", "tiga", "dua"}) {
		t.Errorf("after ↑: %v", got)
	}
	test.Tap(l.rows[0].down) // satu ↓
	if got := texts(l); !reflect.DeepEqual(got, []string{"tiga", "satu", "dua"}) {
		t.Errorf("after ↓: %v", got)
	}
	test.Tap(l.rows[1].rm) // × satu
	if got := texts(l); !reflect.DeepEqual(got, []string{"tiga", "dua"}) {
		t.Errorf("after ×: %v", got)
	}
	if l.rows[0].number.Text != "1." || l.rows[1].number.Text != "2." {
		t.Errorf("numbers %q %q", l.rows[0].number.Text, l.rows[1].number.Text)
	}
	if changes == 0 {
		t.Error("no change reported")
	}
	test.Tap(l.rows[0].rm)
	test.Tap(l.rows[0].rm)
	if l.len() != 0 || !l.empty.Visible() {
		t.Error("an empty list does not say so")
	}
}

func TestUnsavedEditsOfPartnership(t *testing.T) {
	h := newHarness(t)
	v := h.startPartnership("Ekstrakurikuler Robotik")
	if v.dirty() {
		t.Fatal("a partnership just saved is dirty")
	}
	h.typeInto(v.need.need, " Tambahan.")
	if !v.dirty() || !h.g.partnerships.dirty() {
		t.Fatal("an edit is not dirty")
	}
	h.mustShow("Belum disimpan")
	h.g.partnerships.discard()
	if v := h.shown(); v.dirty() || strings.HasSuffix(v.need.need.Text, "Tambahan.") {
		t.Error("discard kept the edit")
	}
	h.typeInto(h.shown().need.need, " Lagi.")
	if !h.g.partnerships.save() {
		t.Fatal("save failed")
	}
	stored, _ := h.db.Partnership(h.shown().stored.ID)
	if !strings.HasSuffix(stored.Need.Description, "Lagi.") {
		t.Errorf("stored need %q", stored.Need.Description)
	}
	events, _ := h.db.Events(stored.ID)
	if last := events[len(events)-1]; last.Kind != model.EventEdited || last.Text != "Tahap 1 diubah: Identifikasi Kebutuhan" {
		t.Errorf("last event %+v", last)
	}
}

// After "+ Tambah" the cursor is in the new row: what the person types next lands
// there, not on the button (where a space would add another row).
func TestTambahPutsTheCursorInTheNewRow(t *testing.T) {
	useTestApp()
	l := newTextRows("", func() {})
	w := test.NewWindow(l.object())
	defer w.Close()
	test.Tap(l.addButton)
	focused := w.Canvas().Focused()
	if focused == nil {
		t.Fatal("nothing has the keyboard after Tambah")
	}
	test.Type(focused, "Menyediakan ruang")
	if got := texts(l); !reflect.DeepEqual(got, []string{"Menyediakan ruang"}) {
		t.Errorf("rows %q after Tambah and typing", got)
	}
}

// hasPhrase reports whether one of evs says ph.
func hasPhrase(evs []model.Event, ph model.Phrase) bool {
	for _, e := range evs {
		if e.Phrase == ph {
			return true
		}
	}
	return false
}
