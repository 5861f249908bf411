package model

import "time"

// Summary is what the partnership list shows and searches: a few hundred bytes where the
// full record, with its proposal and agreement, is many kilobytes. The summaries bucket
// of a data file holds one per partnership, written with the record, so the list of
// 10,000 partnerships never decodes a full record.
type Summary struct {
	ID       ID           `json:"id"`
	Title    string       `json:"title"`
	Stage    Stage        `json:"stage"`
	Status   Status       `json:"status"`
	Category NeedCategory `json:"category"`
	Need     string       `json:"need,omitempty"` // the need's description, for search
	// Progress is how many of the seven stages are done (Partnership.Progress).
	Progress  int `json:"progress"`
	PartnerID ID  `json:"partner_id,omitempty"`
	// PartnerName is read from the partner when the list is built; it is not stored,
	// so renaming a partner shows at once.
	PartnerName string `json:"-"`

	CreatedAt  time.Time `json:"created_at"`
	UpdatedAt  time.Time `json:"updated_at"`
	StageSince time.Time `json:"stage_since"`
	// The agreement's period (zero until stage 4 sets it).
	AgreementStart time.Time `json:"agreement_start"`
	AgreementEnd   time.Time `json:"agreement_end"`
	// The periods before and after this one, when the partnership was extended.
	PreviousID ID `json:"previous_id,omitempty"`
	NextID     ID `json:"next_id,omitempty"`

	// What the reminders of Beranda need (reminders.go), so that they are computed
	// from summaries alone.
	NoticeDays       int       `json:"notice_days,omitempty"`       // the agreement's notice period
	EvaluationMonths int       `json:"evaluation_months,omitempty"` // how often an evaluation is due
	LastEvaluation   time.Time `json:"last_evaluation,omitzero"`    // the latest evaluation's date
	// Ratings are the latest evaluation's ratings per benefit (1 … 5, 0 not rated).
	Ratings [NumBenefits]int `json:"ratings,omitzero"`
	// Planned are the dates of the activities still planned (not done or cancelled).
	Planned []time.Time `json:"planned,omitempty"`
	// Letters are the partnership's entries in the register of outgoing letters
	// (without the options they were made with), so that the register and a check of
	// a number read the summaries only.
	Letters []Letter `json:"letters,omitempty"`
	// LinkMatch is what an SMK's partnership covers of link and match, for Beranda's
	// coverage (LinkMatchCoverage).
	LinkMatch []LinkMatch `json:"link_match,omitempty"`
}

// Summarize is the summary of a partnership, without the partner's name.
func Summarize(ps Partnership) Summary {
	start, end := ps.Agreement.Term()
	s := Summary{
		ID:             ps.ID,
		Title:          ps.Title,
		Stage:          ps.Stage,
		Status:         ps.Status,
		Category:       ps.Need.Category,
		Need:           ps.Need.Description,
		Progress:       ps.Progress(),
		PartnerID:      ps.PartnerID,
		CreatedAt:      ps.CreatedAt,
		UpdatedAt:      ps.UpdatedAt,
		StageSince:     ps.StageSince,
		AgreementStart: start,
		AgreementEnd:   end,
		PreviousID:     ps.PreviousID,
		NextID:         ps.NextID,

		NoticeDays:       ps.Agreement.NoticeDays,
		EvaluationMonths: ps.EvaluationMonths,
		LinkMatch:        ps.LinkMatch,
	}
	for _, e := range ps.Evaluations {
		if s.LastEvaluation.IsZero() || e.Date.After(s.LastEvaluation) {
			s.LastEvaluation, s.Ratings = e.Date, e.Ratings
		}
	}
	for _, a := range ps.Activities {
		if a.Status == ActivityPlanned && !a.Date.IsZero() {
			s.Planned = append(s.Planned, a.Date)
		}
	}
	for _, l := range ps.Letters {
		l.Options = nil
		s.Letters = append(s.Letters, l)
	}
	return s
}
