package store

import (
	"fmt"
	"slices"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/model"
)

// Summary is what the partnership list shows and searches: a few hundred bytes where the
// full record, with its proposal and agreement, is many kilobytes. The summaries bucket
// holds one per partnership, written in the same transaction as the record, so the list
// of 10,000 partnerships never decodes a full record.
type Summary struct {
	ID       model.ID           `json:"id"`
	Title    string             `json:"title"`
	Stage    model.Stage        `json:"stage"`
	Status   model.Status       `json:"status"`
	Category model.NeedCategory `json:"category"`
	Need     string             `json:"need,omitempty"` // the need's description, for search
	// Progress is how many of the seven stages are done (model.Partnership.Progress).
	Progress  int      `json:"progress"`
	PartnerID model.ID `json:"partner_id,omitempty"`
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
	PreviousID model.ID `json:"previous_id,omitempty"`
	NextID     model.ID `json:"next_id,omitempty"`
}

// summarize is the summary of a partnership, without the partner's name.
func summarize(ps model.Partnership) Summary {
	return Summary{
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
		AgreementStart: ps.Agreement.Start,
		AgreementEnd:   ps.Agreement.End,
		PreviousID:     ps.PreviousID,
		NextID:         ps.NextID,
	}
}

// Summaries returns the summary of every partnership, the most recently changed first,
// with its partner's name. It reads the summaries and partners buckets only.
func (db *DB) Summaries() ([]Summary, error) {
	var list []Summary
	err := db.view(func(tx *bolt.Tx) error {
		names := map[model.ID]string{}
		err := tx.Bucket(bucketPartners).ForEach(func(k, v []byte) error {
			var p struct {
				Name string `json:"name"`
			}
			if err := decode(bucketPartners, k, v, &p); err != nil {
				return err
			}
			names[model.ID(k)] = p.Name
			return nil
		})
		if err != nil {
			return err
		}
		b := tx.Bucket(bucketSummaries)
		list = make([]Summary, 0, b.Stats().KeyN) // counting walks the pages, but saves growing the list
		return b.ForEach(func(k, v []byte) error {
			var s Summary
			if err := decode(bucketSummaries, k, v, &s); err != nil {
				return err
			}
			s.PartnerName = names[s.PartnerID]
			list = append(list, s)
			return nil
		})
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(list, func(a, b Summary) int {
		if c := b.UpdatedAt.Compare(a.UpdatedAt); c != 0 {
			return c
		}
		return strings.Compare(string(b.ID), string(a.ID))
	})
	return list, nil
}

// getSummary reads one partnership's summary; it is also the cheap way to learn that
// a partnership exists and what stage it is at.
func getSummary(tx *bolt.Tx, id model.ID) (Summary, error) {
	var s Summary
	v := tx.Bucket(bucketSummaries).Get([]byte(id))
	if v == nil {
		return s, fmt.Errorf("kemitraan %s: %w", id, model.ErrNotFound)
	}
	err := decode(bucketSummaries, []byte(id), v, &s)
	return s, err
}
