package ui

import (
	"errors"
	"slices"
	"sort"

	"github.com/kemitraan/kemitraan/model"
)

// partnershipChanged brings the Kemitraan list and Beranda up to date after one
// partnership was saved, moved or deleted: its summary is read alone and put in place
// of the old one. A save then costs milliseconds at 10,000 partnerships instead of a
// re-read of every summary.
func (g *gui) partnershipChanged(id model.ID) {
	s, err := g.db.Summary(id)
	gone := errors.Is(err, model.ErrNotFound)
	if err != nil && !gone {
		g.partnerships.refresh()
		g.home.refresh()
		return
	}
	if gone {
		s = model.Summary{ID: id}
	}
	g.partnerships.changed(s, gone)
	g.home.changed(s, gone)
}

// replaceSummary returns a new list with s in place of the summary with its ID (or
// without it when gone), the newest change first. It never writes into list, which
// Beranda and the Kemitraan list may share.
func replaceSummary(list []model.Summary, s model.Summary, gone bool) []model.Summary {
	out := make([]model.Summary, 0, len(list)+1)
	for _, x := range list {
		if x.ID != s.ID {
			out = append(out, x)
		}
	}
	if gone {
		return out
	}
	i := sort.Search(len(out), func(i int) bool {
		if !out[i].UpdatedAt.Equal(s.UpdatedAt) {
			return out[i].UpdatedAt.Before(s.UpdatedAt)
		}
		return out[i].ID < s.ID
	})
	return slices.Insert(out, i, s)
}
