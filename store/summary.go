package store

import (
	"fmt"
	"slices"
	"strings"

	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/model"
)

// Summary is what the partnership list shows and searches (model.Summary).
type Summary = model.Summary

func summarize(ps model.Partnership) Summary { return model.Summarize(ps) }

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

// Summary returns one partnership's summary with its partner's name: what a screen
// needs to update its lists after that partnership was saved, without reading them all.
func (db *DB) Summary(id model.ID) (Summary, error) {
	var s Summary
	err := db.view(func(tx *bolt.Tx) error {
		var err error
		if s, err = getSummary(tx, id); err != nil {
			return err
		}
		if s.PartnerID != "" {
			if p, err := getPartner(tx, s.PartnerID); err == nil {
				s.PartnerName = p.Name
			}
		}
		return nil
	})
	return s, err
}
