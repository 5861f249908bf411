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
