package model_test

import (
	"encoding/json"
	"reflect"
	"slices"
	"testing"
	"time"

	"github.com/kemitraan/kemitraan/model"
)

// eventTexts are the events' texts, in order.
func eventTexts(events []model.Event) []string {
	out := make([]string, len(events))
	for i, e := range events {
		out[i] = e.Text
	}
	return out
}

func TestEditNamesTheStagesChanged(t *testing.T) {
	old := complete(model.StageProposal)
	edited := old
	edited.Need.Description += " Perpustakaan sepi."
	edited.Proposal.Objectives = "Meningkatkan minat baca dan menulis siswa."
	p, events := model.Edit(old, edited, ruleNow)
	if want := []string{"Tahap 1, 3 diubah: Identifikasi Kebutuhan; Pengembangan Proposal"}; !reflect.DeepEqual(eventTexts(events), want) {
		t.Fatalf("events %q, want %q", eventTexts(events), want)
	}
	e := events[0]
	if e.Kind != model.EventEdited || e.Stage != model.StageProposal || e.PartnershipID != old.ID || !e.Time.IsZero() {
		t.Errorf("event %+v", e)
	}
	if e.Phrase != model.PhraseStagesEdited || !slices.Equal(e.Args.Stages.List(), []model.Stage{1, 3}) {
		t.Errorf("phrase %q args %+v", e.Phrase, e.Args)
	}
	if p.Need.Description != edited.Need.Description || p.Proposal.Objectives != edited.Proposal.Objectives || p.Status != old.Status {
		t.Errorf("the partnership to store lost the edit: %+v", p)
	}

	// nothing changed: nothing to record; an empty list is no change from none
	same := old
	same.Proposal.SchoolRoles = append([]string(nil), old.Proposal.SchoolRoles...)
	same.Candidates[0].Approaches = append([]model.Approach{}, old.Candidates[0].Approaches...)
	if _, events := model.Edit(old, same, ruleNow); len(events) != 0 {
		t.Errorf("an unchanged partnership records %q", eventTexts(events))
	}
	noActs := old
	noActs.Activities = nil
	emptyActs := old
	emptyActs.Activities = []model.Activity{}
	if got := model.ChangedStages(noActs, emptyActs); len(got) != 0 {
		t.Errorf("no activities and an empty list differ in %v", got)
	}
	if got := model.ChangedStages(old, noActs); !slices.Equal(got, []model.Stage{model.StageImplementasi}) {
		t.Errorf("removing the activities changes %v", got)
	}
}

func TestEditRecordsActivitiesAndEvaluations(t *testing.T) {
	old := complete(model.StageMonev)
	edited := old
	edited.Activities = append([]model.Activity(nil), old.Activities...)
	edited.Activities[1].Status = model.ActivityDone // Lomba resensi took place
	edited.Activities = append(edited.Activities, model.Activity{Date: utcDay(2026, 11, 20), Title: "Bedah buku", Status: model.ActivityDone},
		model.Activity{Date: utcDay(2026, 12, 20), Title: "Pameran", Status: model.ActivityPlanned})
	edited.Evaluations = append([]model.Evaluation(nil), old.Evaluations...)
	edited.Evaluations[0].Findings = "Baik sekali"
	edited.Evaluations = append(edited.Evaluations, model.Evaluation{Date: utcDay(2026, 11, 25), Findings: "Meningkat"})
	before := slices.Clone(edited.Activities)

	p, events := model.Edit(old, edited, ruleNow)
	want := []string{
		"Tahap 5, 6 diubah: Implementasi; Monitoring dan Evaluasi",
		"Kegiatan terlaksana: Lomba resensi",
		"Kegiatan terlaksana: Bedah buku",
		"Evaluasi diubah: 30 Oktober 2026",
		"Evaluasi dicatat: 25 November 2026",
	}
	if !reflect.DeepEqual(eventTexts(events), want) {
		t.Fatalf("events\n%q\nwant\n%q", eventTexts(events), want)
	}
	kinds := []model.EventKind{model.EventEdited, model.EventActivity, model.EventActivity, model.EventEvaluation, model.EventEvaluation}
	phrases := []model.Phrase{model.PhraseStagesEdited, model.PhraseActivityDone, model.PhraseActivityDone,
		model.PhraseEvaluationChanged, model.PhraseEvaluationRecorded}
	for i, e := range events {
		if e.Kind != kinds[i] || e.Phrase != phrases[i] {
			t.Errorf("event %d: kind %q phrase %q", i, e.Kind, e.Phrase)
		}
	}
	if events[2].Args.Title != "Bedah buku" || !events[4].Args.Date.Equal(utcDay(2026, 11, 25)) {
		t.Errorf("args %+v, %+v", events[2].Args, events[4].Args)
	}
	// the new activity and evaluation get IDs; what the form gave is not written into
	if !p.Activities[2].ID.Valid() || !p.Activities[3].ID.Valid() || !p.Evaluations[1].ID.Valid() ||
		p.Activities[0].ID != old.Activities[0].ID {
		t.Errorf("IDs %q %q %q", p.Activities[2].ID, p.Activities[3].ID, p.Evaluations[1].ID)
	}
	if !reflect.DeepEqual(edited.Activities, before) || edited.Evaluations[1].ID != "" {
		t.Error("Edit wrote into the edited partnership's lists")
	}
	// saving again records nothing more
	if _, again := model.Edit(p, p, ruleNow); len(again) != 0 {
		t.Errorf("saving again records %q", eventTexts(again))
	}
}

func TestEditOfNewPartnership(t *testing.T) {
	edited := complete(model.StageImplementasi)
	edited.ID = ""
	edited.Activities[0].ID = ""
	p, events := model.Edit(model.Partnership{}, edited, ruleNow)
	if events != nil {
		t.Errorf("a new partnership records %q (the store records its creation)", eventTexts(events))
	}
	if !p.Activities[0].ID.Valid() {
		t.Errorf("a new partnership's activity has ID %q", p.Activities[0].ID)
	}
}

// TestStatusFollowsTheStages: one rule, whoever changes the partnership.
func TestStatusFollowsTheStages(t *testing.T) {
	// deciding to end at stage 7 makes it selesai
	old := complete(model.StagePeninjauan)
	old.Review.Decision = model.DecisionAddendum
	ended := old
	ended.Review.Decision = model.DecisionEnd
	p, _ := model.Edit(old, ended, ruleNow)
	if p.Status != model.StatusSelesai {
		t.Fatalf("ending it leaves %q", p.Status)
	}
	// taking the decision back makes it run again
	again := p
	again.Review.Decision = model.DecisionAddendum
	if q, _ := model.Edit(p, again, ruleNow); q.Status != model.StatusBerjalan {
		t.Errorf("taking back the end leaves %q", q.Status)
	}
	// so does reopening an earlier stage
	reopened := p
	if _, err := reopened.Reopen(model.StageImplementasi, "Masih ada kegiatan", ruleNow); err != nil || reopened.Status != model.StatusBerjalan {
		t.Errorf("reopening an ended partnership: %v, %q", err, reopened.Status)
	}
	// other edits of an ended one keep it ended
	edited := p
	edited.Review.Summary = "Tujuan tercapai."
	if q, _ := model.Edit(p, edited, ruleNow); q.Status != model.StatusSelesai {
		t.Errorf("editing the summary leaves %q", q.Status)
	}
	// a partnership ended before its last stage (an old record) stays ended when edited
	early := complete(model.StageImplementasi)
	early.Status = model.StatusSelesai
	edited = early
	edited.Need.Description = "Diubah."
	if q, _ := model.Edit(early, edited, ruleNow); q.Status != model.StatusSelesai {
		t.Errorf("editing a partnership ended at stage 5 leaves %q", q.Status)
	}
	// an extended period is over, whatever its review says
	ext := complete(model.StagePeninjauan)
	if _, _, err := ext.Extend(ruleNow); err != nil || ext.Status != model.StatusSelesai {
		t.Fatalf("extended: %v, %q", err, ext.Status)
	}
	edited = ext
	edited.Review.Decision = model.DecisionAddendum
	if q, _ := model.Edit(ext, edited, ruleNow); q.Status != model.StatusSelesai {
		t.Errorf("an extended period edited is %q", q.Status)
	}
	// a draft runs once it is past its agreement; cancelled stays cancelled
	draft := complete(model.StagePerjanjian)
	if _, err := draft.Advance(nil, ruleNow); err != nil || draft.Status != model.StatusBerjalan {
		t.Errorf("past stage 4: %v, %q", err, draft.Status)
	}
	cancelled := complete(model.StagePerjanjian)
	cancelled.Status = model.StatusDibatalkan
	if _, err := cancelled.Advance(nil, ruleNow); err != nil || cancelled.Status != model.StatusDibatalkan {
		t.Errorf("a cancelled one past stage 4: %v, %q", err, cancelled.Status)
	}
}

func TestEventArgsJSON(t *testing.T) {
	e := model.Event{Kind: model.EventEdited, Text: "x", Phrase: model.PhraseStagesEdited,
		Args: model.EventArgs{Stages: model.NewStageSet(model.StagePeninjauan, model.StageKebutuhan)}}
	data, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"partnership_id":"","time":"0001-01-01T00:00:00Z","kind":"diubah","stage":0,"text":"x","phrase":"stages_edited","args":{"stages":[1,7]}}`
	if string(data) != want {
		t.Errorf("JSON\n%s\nwant\n%s", data, want)
	}
	var back model.Event
	if err := json.Unmarshal(data, &back); err != nil || back != e {
		t.Errorf("read back %+v, %v", back, err)
	}
	// an event recorded before phrases existed reads as one without
	var old model.Event
	if err := json.Unmarshal([]byte(`{"kind":"catatan","text":"Catatan lama"}`), &old); err != nil || old.Phrase != "" || old.Args != (model.EventArgs{}) {
		t.Errorf("old event %+v, %v", old, err)
	}
	if err := json.Unmarshal([]byte(`{"args":{"stages":[8]}}`), &old); err == nil {
		t.Error("stage 8 read without an error")
	}
}

// #15: an SMK's link and match is edited with the agreement, in stage 4: a change is
// a change of stage 4, recorded on the timeline and asked about before leaving.
func TestLinkMatchIsPartOfStage4(t *testing.T) {
	old := complete(model.StageImplementasi)
	edited := old
	edited.LinkMatch = []model.LinkMatch{{Kompetensi: "Teknik Komputer dan Jaringan",
		Components: []model.LinkMatchComponent{model.LinkPKL, model.LinkGuruTamu}}}
	if got := model.ChangedStages(old, edited); !slices.Equal(got, []model.Stage{model.StagePerjanjian}) {
		t.Fatalf("adding link and match changes stages %v, want [4]", got)
	}
	p, events := model.Edit(old, edited, ruleNow)
	if len(events) != 1 || !slices.Equal(events[0].Args.Stages.List(), []model.Stage{model.StagePerjanjian}) {
		t.Errorf("events %q", eventTexts(events))
	}
	if !reflect.DeepEqual(p.LinkMatch, edited.LinkMatch) {
		t.Errorf("the partnership to store lost the link and match: %+v", p.LinkMatch)
	}
	if got := model.ChangedStages(edited, p); len(got) != 0 {
		t.Errorf("the same link and match differs in %v", got)
	}
}

// The day an agreement is signed is on the timeline, once: "PKS ditandatangani pada …".
func TestEditRecordsTheSigning(t *testing.T) {
	old := complete(model.StagePerjanjian)
	old.Agreement.SignedDate = time.Time{}
	edited := old
	edited.Agreement.SignedDate = day(2026, 11, 25)
	_, events := model.Edit(old, edited, ruleNow)
	want := []string{"Tahap 4 diubah: Negosiasi dan Perjanjian", "PKS ditandatangani pada 25 November 2026"}
	if !reflect.DeepEqual(eventTexts(events), want) {
		t.Fatalf("events %q, want %q", eventTexts(events), want)
	}
	if e := events[1]; e.Kind != model.EventSigned || e.Phrase != model.PhraseSigned || e.Args.Doc != model.DocPKS {
		t.Errorf("event %+v", e)
	}
	// signed already: a later edit of the day says only that stage 4 changed
	again := edited
	again.Agreement.SignedDate = day(2026, 11, 26)
	if _, events := model.Edit(edited, again, ruleNow); len(events) != 1 || events[0].Phrase != model.PhraseStagesEdited {
		t.Errorf("events %q", eventTexts(events))
	}
}
