package ui

import (
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/kemitraan/kemitraan/model"
)

// showTimeline stores a partnership at stage 2 and shows its timeline alone in the window.
func showTimeline(h *harness) (timelinePanel, model.Partnership) {
	h.t.Helper()
	p := h.mustPartnership("Pelatihan Literasi Digital Guru", "", model.NeedProfesional, "Pelatihan", model.StagePenjajakan, model.StatusDraft)
	tp := newTimelinePanel(h.db, h.win, p.ID, h.g.opts.Now)
	h.win.SetContent(tp.object())
	return tp, p
}

func TestTimelineNoteAndMeeting(t *testing.T) {
	h := newHarness(t)
	tp, p := showTimeline(h)
	if len(tp.events) != 1 || tp.events[0].Kind != model.EventCreated {
		t.Fatalf("a new partnership's timeline: %+v", tp.events)
	}
	h.mustShow("Dibuat · Tahap 2")

	// an empty note is refused, and the dialog stays
	test.Tap(tp.addNote)
	h.typeInto(tp.noteText, "   ")
	test.Tap(h.overlayButton("Simpan"))
	h.mustShow("Catatan masih kosong. Tulis isinya dulu.")
	if events, _ := h.db.Events(p.ID); len(events) != 1 {
		t.Errorf("an empty note was stored: %+v", events)
	}
	h.typeInto(tp.noteText, "Mitra bersedia bertemu minggu depan.")
	test.Tap(h.overlayButton("Simpan"))
	if h.win.Canvas().Overlays().Top() != nil {
		t.Error("the note dialog is still open")
	}

	// a meeting, dated earlier this year
	test.Tap(tp.addMeeting)
	tp.meetingDate.SetText("")
	h.typeInto(&tp.meetingDate.Entry, "15/01/2026")
	h.replace(tp.meetingTime, "09.30")
	h.typeInto(tp.meetingSubject, "Penjajakan dengan PT Maju Bersama")
	h.typeInto(tp.meetingPeople, "Dra. Siti Aminah, Budi Santoso")
	h.typeLines(tp.meetingMinutes, "Mitra tertarik mendukung pelatihan.", "Proposal dikirim akhir bulan.")
	test.Tap(h.overlayButton("Simpan"))
	if top := h.win.Canvas().Overlays().Top(); top != nil {
		t.Fatalf("the meeting dialog is still open; it shows:\n%s", strings.Join(h.texts(), "\n"))
	}

	// a second note, later than the first
	test.Tap(tp.addNote)
	h.typeInto(tp.noteText, "Proposal sudah dikirim.")
	test.Tap(h.overlayButton("Simpan"))

	events, err := h.db.Events(p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(events) != 4 {
		t.Fatalf("stored %d events: %+v", len(events), events)
	}
	meeting := events[0] // the store keeps time order: the meeting was in January
	wantWhen := time.Date(2026, time.January, 15, 9, 30, 0, 0, time.Local)
	if meeting.Kind != model.EventMeeting || !meeting.Time.Equal(wantWhen) || meeting.Text != "Penjajakan dengan PT Maju Bersama" ||
		meeting.Participants != "Dra. Siti Aminah, Budi Santoso" || meeting.Minutes != "Mitra tertarik mendukung pelatihan.\nProposal dikirim akhir bulan." ||
		meeting.Stage != model.StagePenjajakan {
		t.Errorf("stored meeting %+v", meeting)
	}

	// the list: newest first
	var kinds []model.EventKind
	for _, e := range tp.events {
		kinds = append(kinds, e.Kind)
	}
	wantKinds := []model.EventKind{model.EventNote, model.EventNote, model.EventCreated, model.EventMeeting}
	if strings.Join(kindStrings(kinds), ",") != strings.Join(kindStrings(wantKinds), ",") {
		t.Errorf("timeline shows %v, want %v", kinds, wantKinds)
	}
	if tp.events[0].Text != "Proposal sudah dikirim." || tp.events[1].Text != "Mitra bersedia bertemu minggu depan." {
		t.Errorf("notes in order %q, %q", tp.events[0].Text, tp.events[1].Text)
	}
	h.mustShow("15 Januari 2026 09.30 · Rapat · Tahap 2")
	h.mustShow("Penjajakan dengan PT Maju Bersama · Peserta: Dra. Siti Aminah, Budi Santoso")

	// a meeting's row opens its minutes
	tp.list.Select(3)
	h.mustShow("Notulen")
	h.mustShow("Mitra tertarik mendukung pelatihan.\nProposal dikirim akhir bulan.")
}

func TestTimelineMeetingNeedsSubjectAndDate(t *testing.T) {
	h := newHarness(t)
	tp, p := showTimeline(h)
	test.Tap(tp.addMeeting)
	test.Tap(h.overlayButton("Simpan"))
	h.mustShow("Isi pokok bahasan rapat.")
	h.typeInto(tp.meetingSubject, "Rapat koordinasi")
	h.replace(tp.meetingTime, "25.99")
	test.Tap(h.overlayButton("Simpan"))
	h.mustShow("Pukul tidak valid, contoh: 09.30.")
	h.replace(tp.meetingTime, "")
	tp.meetingDate.SetText("bukan tanggal")
	test.Tap(h.overlayButton("Simpan"))
	h.mustShow("Isi tanggal rapat, contoh: 26/11/2026.")
	if events, _ := h.db.Events(p.ID); len(events) != 1 {
		t.Errorf("stored %+v", events)
	}
	test.Tap(h.overlayButton("Batal"))
	if h.win.Canvas().Overlays().Top() != nil {
		t.Error("Batal left the dialog open")
	}
}

func TestEventKindsTranslated(t *testing.T) {
	id, en := readTranslations(t, "id"), readTranslations(t, "en")
	for _, k := range []model.EventKind{model.EventCreated, model.EventEdited, model.EventStageMoved, model.EventReopened,
		model.EventNote, model.EventMeeting, model.EventActivity, model.EventEvaluation, model.EventDocument,
		model.EventAttachmentAdded, model.EventAttachmentRemoved, model.EventExtended, model.EventSigned} {
		if id["event."+string(k)] != k.Label() {
			t.Errorf("id event.%s = %v, model says %q", k, id["event."+string(k)], k.Label())
		}
		if en["event."+string(k)] == nil {
			t.Errorf("en lacks event.%s", k)
		}
	}
	for _, c := range []struct{ in, h, m string }{{"9.30", "9", "30"}, {"09:05", "9", "5"}, {"14", "14", "0"}, {"", "0", "0"}} {
		hh, mm, ok := parseClock(c.in)
		if !ok || strconv.Itoa(hh) != c.h || strconv.Itoa(mm) != c.m {
			t.Errorf("parseClock(%q) = %d, %d, %v", c.in, hh, mm, ok)
		}
	}
	for _, bad := range []string{"24.00", "9.60", "jam 9", "9.3.1x"} {
		if _, _, ok := parseClock(bad); ok {
			t.Errorf("parseClock(%q) accepted", bad)
		}
	}
}

func kindStrings(ks []model.EventKind) []string {
	out := make([]string, len(ks))
	for i, k := range ks {
		out[i] = string(k)
	}
	return out
}

// modelEvents are events of every phrase, as the model's rules and a store make them.
func modelEvents(t *testing.T) []model.Event {
	t.Helper()
	day := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 0, 0, 0, 0, time.UTC) }
	old := model.NewPartnership()
	old.ID, old.Title, old.Stage, old.Status = "01JDEMOPARTNERSHIP01", "Pojok Baca", model.StageMonev, model.StatusBerjalan
	old.Need = model.Need{Category: model.NeedAkademik, Description: "Minat baca rendah"}
	old.Activities = []model.Activity{{ID: "01JDEMOACTIVITY00001", Title: `Lomba "resensi" & puisi <kelas 7> {{.Title}}`, Status: model.ActivityPlanned}}
	old.Evaluations = []model.Evaluation{{ID: "01JDEMOEVALUATION001", Date: day(time.October, 30)}}
	edited := old
	edited.Title = "Pojok Baca Kelas"
	edited.Activities = []model.Activity{{ID: "01JDEMOACTIVITY00001", Title: `Lomba "resensi" & puisi <kelas 7> {{.Title}}`, Status: model.ActivityDone}}
	edited.Evaluations = []model.Evaluation{{ID: "01JDEMOEVALUATION001", Date: day(time.October, 30), Findings: "Baik"},
		{Date: day(time.December, 5)}}
	p, events := model.Edit(old, edited, testNow)

	reopened := p
	ev, err := reopened.Reopen(model.StageProposal, "Anggaran berubah", testNow)
	if err != nil {
		t.Fatal(err)
	}
	events = append(events, ev)
	first := model.NewPartnership()
	first.Need = old.Need
	if ev, err = first.Advance(nil, testNow); err != nil {
		t.Fatal(err)
	}
	events = append(events, ev)
	ending := p
	ending.Stage, ending.Review = model.StagePeninjauan, model.Review{Decision: model.DecisionExtend, Date: day(time.December, 1)}
	_, more, err := ending.Extend(testNow)
	if err != nil {
		t.Fatal(err)
	}
	events = append(events, more...)
	// and those a store writes
	events = append(events, model.CreatedEvent(p.ID, 1, testNow), model.AttachmentEvent(p.ID, 3, "scan.pdf", true, testNow),
		model.AttachmentEvent(p.ID, 3, "scan.pdf", false, testNow), model.DocumentEvent(p.ID, 4, model.DocPKS, "8F3A-07C2-91DE", testNow),
		model.WithPhrase(model.Event{Kind: model.EventDocument, Text: "Surat permohonan dibuat, nomor 015/421.3/SMPN1-BDG/XI/2026"}))
	seen := map[model.Phrase]bool{}
	for _, e := range events {
		seen[e.Phrase] = true
	}
	for _, ph := range model.Phrases {
		if !seen[ph] {
			t.Fatalf("no event says %q", ph)
		}
	}
	return events
}

// The timeline says what the model recorded in the user's language; in Bahasa
// Indonesia exactly as the record's text, which documents and exports show.
func TestTimelineTextsFollowTheLanguage(t *testing.T) {
	events := modelEvents(t)
	for _, e := range events {
		if got := eventText(e); got != e.Text {
			t.Errorf("%s in Bahasa Indonesia: %q, the record says %q", e.Phrase, got, e.Text)
		}
	}
	note := model.Event{Kind: model.EventNote, Text: "Mitra datang terlambat."}
	old := model.Event{Kind: model.EventEdited, Text: "Tahap 2 diubah: Penjajakan dan Identifikasi Mitra"} // recorded before phrases

	if err := SelectLanguage(LanguageEnglish); err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := SelectLanguage(LanguageIndonesian); err != nil {
			t.Fatal(err)
		}
	}()
	want := map[model.Phrase]string{
		model.PhraseStagesEdited:       "Edited in stage 1, 5, 6: Needs Identification; Implementation; Monitoring and Evaluation",
		model.PhraseActivityDone:       `Activity carried out: Lomba "resensi" & puisi <kelas 7> {{.Title}}`,
		model.PhraseEvaluationChanged:  "Evaluation changed: 30 October 2026",
		model.PhraseEvaluationRecorded: "Evaluation recorded: 5 December 2026",
		model.PhraseReopened:           "Reopened from stage 6 (Monitoring and Evaluation) back to stage 3 (Proposal Development): Anggaran berubah",
		model.PhraseStageMoved:         "Moved on from stage 1 (Needs Identification) to stage 2 (Partner Exploration and Identification)",
		model.PhraseExtended:           "Extended: the next period was made as a draft agreement",
		model.PhraseNewPeriod:          "New period, extending the previous one",
		model.PhraseCreated:            "Partnership created",
		model.PhraseAttachmentAdded:    "Attachment added: scan.pdf",
		model.PhraseAttachmentRemoved:  "Attachment removed: scan.pdf",
		model.PhraseDocumentMade:       "PKS made, code 8F3A-07C2-91DE",
		model.PhraseLetterNumbered:     "Request letter made, number 015/421.3/SMPN1-BDG/XI/2026",
	}
	for _, e := range events {
		if got := eventText(e); got != want[e.Phrase] {
			t.Errorf("%s in English: %q, want %q", e.Phrase, got, want[e.Phrase])
		}
	}
	if got := eventText(note); got != note.Text {
		t.Errorf("a note says %q, not its text %q", got, note.Text)
	}
	// the program's sentences recorded before phrases, and those the store writes,
	// follow the language too
	for e, want := range map[model.Event]string{
		old: "Edited in stage 2: Partner Exploration and Identification",
		{Kind: model.EventCreated, Text: "Kemitraan dibuat"}:                           "Partnership created",
		{Kind: model.EventDocument, Text: "PKS dibuat, kode 8F3A-07C2-91DE"}:           "PKS made, code 8F3A-07C2-91DE",
		{Kind: model.EventAttachmentAdded, Text: "Lampiran ditambahkan: pindaian.pdf"}: "Attachment added: pindaian.pdf",
		model.AttachmentEvent("x", 4, "foto kegiatan.jpg", false, testNow):             "Attachment removed: foto kegiatan.jpg",
		model.DocumentEvent("x", 2, model.DocRequest, "1234-5678-9ABC", testNow):       "Request letter made, code 1234-5678-9ABC",
		{Kind: model.EventNote, Text: "Kemitraan dibuat"}:                              "Kemitraan dibuat",
	} {
		if got := eventText(e); got != want {
			t.Errorf("%q in English: %q, want %q", e.Text, got, want)
		}
	}
}
