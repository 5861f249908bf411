package model_test

import (
	"testing"
	"time"

	"github.com/kemitraan/kemitraan/model"
)

func TestNoteAndMeeting(t *testing.T) {
	ps := complete(model.StageImplementasi)
	n := model.NewNote(ps, "Buku tahap kedua datang terlambat.", ruleNow)
	if n.PartnershipID != ps.ID || n.Kind != model.EventNote || n.Stage != model.StageImplementasi ||
		!n.Time.Equal(ruleNow) || n.Text != "Buku tahap kedua datang terlambat." || n.Participants != "" {
		t.Errorf("note %+v", n)
	}
	when := ruleNow.Add(-48 * time.Hour)
	m := model.NewMeeting(ps, when, "Rapat koordinasi", "Kepala sekolah; Ketua yayasan", "Disepakati jadwal baru.")
	if m.PartnershipID != ps.ID || m.Kind != model.EventMeeting || m.Stage != model.StageImplementasi || !m.Time.Equal(when) ||
		m.Text != "Rapat koordinasi" || m.Participants != "Kepala sekolah; Ketua yayasan" || m.Minutes != "Disepakati jadwal baru." {
		t.Errorf("meeting %+v", m)
	}
}

func TestEventLabels(t *testing.T) {
	kinds := []model.EventKind{model.EventCreated, model.EventEdited, model.EventStageMoved, model.EventReopened,
		model.EventNote, model.EventMeeting, model.EventActivity, model.EventEvaluation, model.EventDocument,
		model.EventAttachmentAdded, model.EventAttachmentRemoved, model.EventExtended}
	seen := map[string]bool{}
	for _, k := range kinds {
		l := k.Label()
		if l == "" || seen[l] {
			t.Errorf("kind %q has label %q (empty or repeated)", k, l)
		}
		seen[l] = true
	}
	if model.EventKind("lain").Label() != "" {
		t.Errorf("unknown kind has a label")
	}
}

// Events recorded before they carried a phrase get one when their text is a sentence
// the program wrote (a window says them in its language); anything else stays as it is.
func TestWithPhraseReadsOlderEvents(t *testing.T) {
	day := time.Date(2026, 12, 5, 0, 0, 0, 0, time.Local)
	for _, c := range []struct {
		e    model.Event
		ph   model.Phrase
		args model.EventArgs
	}{
		{model.Event{Kind: model.EventCreated, Text: "Kemitraan dibuat"}, model.PhraseCreated, model.EventArgs{}},
		{model.Event{Kind: model.EventAttachmentAdded, Text: "Lampiran ditambahkan: pindaian PKS.pdf"}, model.PhraseAttachmentAdded, model.EventArgs{Name: "pindaian PKS.pdf"}},
		{model.Event{Kind: model.EventAttachmentRemoved, Text: "Lampiran dihapus: foto.jpg"}, model.PhraseAttachmentRemoved, model.EventArgs{Name: "foto.jpg"}},
		{model.Event{Kind: model.EventDocument, Text: "PKS dibuat, kode 8F3A-07C2-91DE"}, model.PhraseDocumentMade, model.EventArgs{Doc: model.DocPKS, Code: "8F3A-07C2-91DE"}},
		{model.Event{Kind: model.EventDocument, Text: "Surat permohonan dibuat, kode 1234-5678-9ABC"}, model.PhraseDocumentMade, model.EventArgs{Doc: model.DocRequest, Code: "1234-5678-9ABC"}},
		{model.Event{Kind: model.EventDocument, Text: "Surat permohonan dibuat, nomor 015/421.3/SMPN1-BDG/XI/2026"}, model.PhraseLetterNumbered, model.EventArgs{Number: "015/421.3/SMPN1-BDG/XI/2026"}},
		{model.Event{Kind: model.EventEdited, Text: "Tahap 2 diubah: Penjajakan dan Identifikasi Mitra"}, model.PhraseStagesEdited, model.EventArgs{Stages: model.NewStageSet(model.StagePenjajakan)}},
		{model.Event{Kind: model.EventStageMoved, Text: "Lanjut dari tahap 1 (Identifikasi Kebutuhan) ke tahap 2 (Penjajakan dan Identifikasi Mitra)"}, model.PhraseStageMoved, model.EventArgs{From: 1, To: 2}},
		{model.Event{Kind: model.EventReopened, Text: "Dibuka kembali dari tahap 3 (Pengembangan Proposal) ke tahap 1 (Identifikasi Kebutuhan): Kebutuhan berubah (lagi)"}, model.PhraseReopened, model.EventArgs{From: 3, To: 1, Reason: "Kebutuhan berubah (lagi)"}},
		{model.Event{Kind: model.EventActivity, Text: "Kegiatan terlaksana: Lomba resensi"}, model.PhraseActivityDone, model.EventArgs{Title: "Lomba resensi"}},
		{model.Event{Kind: model.EventEvaluation, Text: "Evaluasi dicatat: 5 Desember 2026"}, model.PhraseEvaluationRecorded, model.EventArgs{Date: day}},
		{model.Event{Kind: model.EventExtended, Text: "Periode baru dari perpanjangan kemitraan sebelumnya"}, model.PhraseNewPeriod, model.EventArgs{}},
		// not the program's sentences: left alone
		{model.Event{Kind: model.EventNote, Text: "Kemitraan dibuat"}, "", model.EventArgs{}},
		{model.Event{Kind: model.EventCreated, Text: "Dibuat lewat impor"}, "", model.EventArgs{}},
		{model.Event{Kind: model.EventEdited, Text: "Tahap 2 diubah: sesuatu yang lain"}, "", model.EventArgs{}},
	} {
		got := model.WithPhrase(c.e)
		if got.Phrase != c.ph || !got.Args.Date.Equal(c.args.Date) || got.Args.Stages != c.args.Stages || got.Args.From != c.args.From ||
			got.Args.To != c.args.To || got.Args.Reason != c.args.Reason || got.Args.Name != c.args.Name || got.Args.Title != c.args.Title ||
			got.Args.Doc != c.args.Doc || got.Args.Code != c.args.Code || got.Args.Number != c.args.Number {
			t.Errorf("%q: phrase %q %+v, want %q %+v", c.e.Text, got.Phrase, got.Args, c.ph, c.args)
		}
		if got.Text != c.e.Text {
			t.Errorf("%q: the text changed to %q", c.e.Text, got.Text)
		}
	}
}
