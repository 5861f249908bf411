package model

import (
	"bytes"
	"encoding/json"
	"time"
)

// Edit is the rule of saving a partnership edited in a form over the one stored (old;
// its ID is "" when it was never saved): it returns the partnership to store and the
// timeline events that record what changed.
//
//   - New activities, evaluations and contribution lines get their IDs (made at now).
//   - The status follows the stages (see settleStatus): deciding at stage 7 to end
//     the partnership makes it selesai; taking that decision back makes it berjalan.
//   - One event names the stages whose part changed ("Tahap 1, 3 diubah: …"), one
//     each activity newly done, and one each evaluation recorded or changed. A new
//     partnership gets none: the store records its creation.
//
// The events have no time: the store stamps them when it saves, with the time it
// gives the partnership, so that the timeline keeps its order. Edit never writes into
// the slices of edited.
//
// Import does not apply this rule: it takes records as another copy of the program
// saved them, with the events that copy recorded.
func Edit(old, edited Partnership, now time.Time) (Partnership, []Event) {
	p := edited
	p.Activities = append([]Activity(nil), edited.Activities...)
	p.Evaluations = append([]Evaluation(nil), edited.Evaluations...)
	isNew := map[ID]bool{}
	for i := range p.Activities {
		if p.Activities[i].ID == "" {
			p.Activities[i].ID = NewID(now)
		}
	}
	if len(edited.Agreement.Contributions) > 0 {
		p.Agreement.Contributions = append([]Contribution(nil), edited.Agreement.Contributions...)
		for i := range p.Agreement.Contributions {
			if p.Agreement.Contributions[i].ID == "" {
				p.Agreement.Contributions[i].ID = NewID(now)
			}
		}
	}
	for i := range p.Evaluations {
		if p.Evaluations[i].ID == "" {
			p.Evaluations[i].ID = NewID(now)
			isNew[p.Evaluations[i].ID] = true
		}
	}
	p.settleStatus(old)
	if old.ID == "" {
		return p, nil
	}

	var events []Event
	add := func(e Event) {
		e.PartnershipID = old.ID
		events = append(events, e)
	}
	if changed := ChangedStages(old, p); len(changed) > 0 {
		add(phrased(EventEdited, p.Stage, PhraseStagesEdited, EventArgs{Stages: NewStageSet(changed...)}))
	}
	// the day an agreement is signed is a fact of its own on the timeline
	if old.Agreement.MoU.SignedDate.IsZero() && !p.Agreement.MoU.SignedDate.IsZero() {
		add(phrased(EventSigned, StagePerjanjian, PhraseSigned, EventArgs{Doc: DocMoU, Date: p.Agreement.MoU.SignedDate}))
	}
	if old.Agreement.SignedDate.IsZero() && !p.Agreement.SignedDate.IsZero() {
		add(phrased(EventSigned, StagePerjanjian, PhraseSigned, EventArgs{Doc: DocPKS, Date: p.Agreement.SignedDate}))
	}
	wasDone := map[ID]bool{}
	for _, a := range old.Activities {
		wasDone[a.ID] = a.Status == ActivityDone
	}
	for _, a := range p.Activities {
		if a.Status == ActivityDone && !wasDone[a.ID] {
			add(phrased(EventActivity, StageImplementasi, PhraseActivityDone, EventArgs{Title: a.Title}))
		}
	}
	before := map[ID]Evaluation{}
	for _, e := range old.Evaluations {
		before[e.ID] = e
	}
	for _, e := range p.Evaluations {
		prev, had := before[e.ID]
		switch {
		case isNew[e.ID] || !had:
			add(phrased(EventEvaluation, StageMonev, PhraseEvaluationRecorded, EventArgs{Date: e.Date}))
		case !sameRecord(prev, e):
			add(phrased(EventEvaluation, StageMonev, PhraseEvaluationChanged, EventArgs{Date: e.Date}))
		}
	}
	return p, events
}

// ChangedStages lists, in order, the stages whose part of the partnership differs
// between a and b: stage 1 the title and the need, 2 the candidates and the chosen
// partner, 3 the proposal, 4 the agreement, 5 the activities and receipts, 6 the evaluations, 7
// the review. Parts are compared as the data file keeps them, so a missing list and
// an empty one are the same. It is the one meaning of "changed" for a partnership's
// forms: whether a save would change anything, and what its event names.
func ChangedStages(a, b Partnership) []Stage {
	x, y := stageParts(a), stageParts(b)
	var out []Stage
	for _, st := range Stages {
		if !sameRecord(x[st], y[st]) {
			out = append(out, st)
		}
	}
	return out
}

// stageParts are the parts of a partnership each stage's form edits, by stage, as
// the record keeps them (a list left out when empty).
func stageParts(p Partnership) [8]any {
	type need struct {
		Title string `json:"title"`
		Need  Need   `json:"need"`
	}
	type candidates struct {
		Candidates []Candidate `json:"candidates,omitempty"`
		PartnerID  ID          `json:"partner_id,omitempty"`
	}
	type activities struct {
		Activities []Activity `json:"activities,omitempty"`
		Receipts   []Receipt  `json:"receipts,omitempty"`
	}
	type evaluations struct {
		Evaluations []Evaluation `json:"evaluations,omitempty"`
	}
	// an SMK's link and match is agreed, and edited, with the agreement
	type agreement struct {
		Agreement Agreement   `json:"agreement"`
		LinkMatch []LinkMatch `json:"link_match,omitempty"`
	}
	return [8]any{nil, need{p.Title, p.Need}, candidates{p.Candidates, p.PartnerID}, p.Proposal, agreement{p.Agreement, p.LinkMatch},
		activities{p.Activities, p.Receipts}, evaluations{p.Evaluations}, p.Review}
}

// sameRecord reports whether a and b are kept alike: records are stored as JSON, so
// two values that encode the same are the same record.
func sameRecord(a, b any) bool {
	x, errX := json.Marshal(a)
	y, errY := json.Marshal(b)
	return errX == nil && errY == nil && bytes.Equal(x, y)
}
