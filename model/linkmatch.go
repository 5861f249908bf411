package model

import (
	"slices"
	"strings"
)

// LinkMatchComponent is one component of the ministry's link-and-match package for
// SMK–DUDI partnerships ("8+i"): eight kinds of cooperation and "+i", any other
// support such as equipment.
type LinkMatchComponent string

// The components, in the package's order. The values are stable keys: records keep
// them and translations are found by them ("linkmatch.<key>").
const (
	LinkKurikulum   LinkMatchComponent = "kurikulum"   // curriculum developed together with the DUDI
	LinkGuruTamu    LinkMatchComponent = "guru_tamu"   // practitioners teaching at school
	LinkPKL         LinkMatchComponent = "pkl"         // structured internships
	LinkSertifikasi LinkMatchComponent = "sertifikasi" // competence certification
	LinkMagangGuru  LinkMatchComponent = "magang_guru" // teachers' internships at the DUDI
	LinkSerapan     LinkMatchComponent = "serapan"     // commitment to hire graduates
	LinkBeasiswa    LinkMatchComponent = "beasiswa"    // scholarships or bonded programs
	LinkRisetTefa   LinkMatchComponent = "riset_tefa"  // applied research, teaching factory
	LinkPlusI       LinkMatchComponent = "plus_i"      // "+i": other support, equipment
)

// LinkMatchComponents lists the components in the package's order.
var LinkMatchComponents = []LinkMatchComponent{LinkKurikulum, LinkGuruTamu, LinkPKL, LinkSertifikasi,
	LinkMagangGuru, LinkSerapan, LinkBeasiswa, LinkRisetTefa, LinkPlusI}

var linkMatchLabels = map[LinkMatchComponent]string{
	LinkKurikulum:   "Kurikulum disusun bersama",
	LinkGuruTamu:    "Guru tamu/praktisi mengajar",
	LinkPKL:         "PKL terstruktur",
	LinkSertifikasi: "Sertifikasi kompetensi",
	LinkMagangGuru:  "Magang guru",
	LinkSerapan:     "Komitmen menyerap lulusan",
	LinkBeasiswa:    "Beasiswa/ikatan dinas",
	LinkRisetTefa:   "Riset terapan/teaching factory",
	LinkPlusI:       "Dukungan lain (+i), mis. peralatan",
}

// Label is the component's name in Bahasa Indonesia.
func (c LinkMatchComponent) Label() string { return linkMatchLabels[c] }

// Key is the component's stable key, for translations: "linkmatch." + Key().
func (c LinkMatchComponent) Key() string { return string(c) }

// Valid reports whether c is one of LinkMatchComponents.
func (c LinkMatchComponent) Valid() bool { _, ok := linkMatchLabels[c]; return ok }

// LinkMatch is what a partnership covers of the package for one kompetensi keahlian.
type LinkMatch struct {
	Kompetensi string               `json:"kompetensi"`
	Components []LinkMatchComponent `json:"components,omitempty"`
	// Notes says in words what is meant where a component needs it: the equipment
	// given (+i), the certificate, the number of graduates to be hired.
	Notes string `json:"notes,omitempty"`
}

// Covers reports whether the entry holds component c.
func (l LinkMatch) Covers(c LinkMatchComponent) bool { return slices.Contains(l.Components, c) }

const msgLinkMatchTwice = "Kompetensi keahlian ini sudah dicatat pada kemitraan ini."

// validateLinkMatch checks a partnership's link-and-match entries: each names its
// kompetensi keahlian once, with known components, each once.
func validateLinkMatch(p *Problems, list []LinkMatch) {
	seen := map[string]bool{}
	for i, l := range list {
		field := fieldIndex("link_match", i)
		if required(p, field+".kompetensi", l.Kompetensi) {
			maxLen(p, field+".kompetensi", l.Kompetensi, 150)
			if key := KompetensiKey(l.Kompetensi); seen[key] {
				p.add(field+".kompetensi", "validation.linkmatchtwice", msgLinkMatchTwice)
			} else {
				seen[key] = true
			}
		}
		have := map[LinkMatchComponent]bool{}
		for _, c := range l.Components {
			if !c.Valid() || have[c] {
				p.add(field+".components", "validation.choice", msgChoice)
				break
			}
			have[c] = true
		}
		maxLen(p, field+".notes", l.Notes, 2000)
	}
}

// CoverageEntry is one partnership that covers a component for a kompetensi keahlian.
type CoverageEntry struct {
	PartnershipID ID
	Title         string
	PartnerID     ID
	PartnerName   string
	// InForce is set when the partnership is running (berjalan); a draft one only
	// plans the component.
	InForce bool
}

// ComponentCoverage is who covers one component for one kompetensi keahlian.
type ComponentCoverage struct {
	Component LinkMatchComponent
	By        []CoverageEntry // in the order of the summaries given
}

// Covered reports whether a partnership in force covers the component.
func (c ComponentCoverage) Covered() bool {
	return slices.ContainsFunc(c.By, func(e CoverageEntry) bool { return e.InForce })
}

// KompetensiCoverage is the link-and-match coverage of one kompetensi keahlian.
type KompetensiCoverage struct {
	Kompetensi string
	// Listed is false for a kompetensi keahlian that partnerships name but the
	// school's list lacks (renamed or removed since).
	Listed     bool
	Components []ComponentCoverage // one per LinkMatchComponents, in its order
}

// Uncovered lists the components no partnership in force covers.
func (k KompetensiCoverage) Uncovered() []LinkMatchComponent {
	var out []LinkMatchComponent
	for _, c := range k.Components {
		if !c.Covered() {
			out = append(out, c.Component)
		}
	}
	return out
}

// LinkMatchCoverage is, for each kompetensi keahlian of the school (in its order)
// and then each other one the partnerships name (by name), which partnership covers
// each component, and which has none. Partnerships that ended or were cancelled do
// not count; running ones are in force, drafts planned. It reads summaries only
// (Summary.LinkMatch, PartnerName), so Beranda computes it for thousands of
// partnerships without reading their records. A school that is not an SMK has none.
func LinkMatchCoverage(s School, summaries []Summary) []KompetensiCoverage {
	if !s.IsSMK() {
		return nil
	}
	var out []KompetensiCoverage
	index := map[string]int{}
	add := func(name string, listed bool) int {
		key := KompetensiKey(name)
		if i, ok := index[key]; ok {
			return i
		}
		k := KompetensiCoverage{Kompetensi: strings.TrimSpace(name), Listed: listed}
		for _, c := range LinkMatchComponents {
			k.Components = append(k.Components, ComponentCoverage{Component: c})
		}
		out = append(out, k)
		index[key] = len(out) - 1
		return len(out) - 1
	}
	for _, name := range s.Kompetensi() {
		add(name, true)
	}
	for _, sm := range summaries {
		for _, l := range sm.LinkMatch {
			if strings.TrimSpace(l.Kompetensi) != "" {
				add(l.Kompetensi, false)
			}
		}
	}
	// the unlisted ones after the school's, by name
	listed := len(s.Kompetensi())
	slices.SortStableFunc(out[min(listed, len(out)):], func(a, b KompetensiCoverage) int {
		return strings.Compare(KompetensiKey(a.Kompetensi), KompetensiKey(b.Kompetensi))
	})
	for i := range out {
		index[KompetensiKey(out[i].Kompetensi)] = i
	}
	for _, sm := range summaries {
		if sm.Status == StatusSelesai || sm.Status == StatusDibatalkan {
			continue
		}
		e := CoverageEntry{PartnershipID: sm.ID, Title: sm.Title, PartnerID: sm.PartnerID, PartnerName: sm.PartnerName,
			InForce: sm.Status == StatusBerjalan}
		for _, l := range sm.LinkMatch {
			k, ok := index[KompetensiKey(l.Kompetensi)]
			if !ok {
				continue
			}
			for j, c := range LinkMatchComponents {
				if l.Covers(c) {
					out[k].Components[j].By = append(out[k].Components[j].By, e)
				}
			}
		}
	}
	return out
}
