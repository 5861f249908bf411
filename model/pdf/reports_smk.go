package pdf

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/kemitraan/kemitraan/model"
)

// smk prints the parts of an SMK's annual report that no other school has: the PKL
// placements of the year per DUDI and per kompetensi keahlian (model.PKLTally), and
// the link-and-match coverage per kompetensi keahlian (model.LinkMatchCoverage), under
// the section letters from first on.
func (r AnnualReport) smk(d *doc, partners map[model.ID]model.Partner, first rune) {
	s := r.School
	owner := map[model.ID]model.ID{}
	for _, ps := range r.Partnerships {
		owner[ps.ID] = ps.PartnerID
	}
	partnerOf := func(id model.ID) (model.ID, string) {
		pid := owner[id]
		return pid, oneLine(partners[pid].Name)
	}
	// the year as the school lives it, in the report's time zone
	loc := r.Today.Location()
	from := time.Date(r.Year, time.January, 1, 0, 0, 0, 0, loc)
	to := time.Date(r.Year, time.December, 31, 23, 59, 59, 0, loc)
	byDUDI, byKomp := model.PKLTally(r.StudentActivities, partnerOf, from, to)

	d.heading(fmt.Sprintf("%c. Praktik Kerja Lapangan (PKL)", first), para{after: 1.5})
	placements, students := pklTotals(r.StudentActivities, from, to)
	if placements == 0 {
		d.paragraph(fmt.Sprintf("Tidak ada penempatan PKL peserta didik pada tahun %d.", r.Year), para{align: "J", indent: 10, after: 3})
	} else {
		d.paragraph(fmt.Sprintf("Pada tahun %d tercatat %d penempatan PKL bagi %d peserta didik di %d DUDI. Penempatan dihitung "+
			"bila periodenya jatuh, seluruhnya atau sebagian, pada tahun itu; peserta didik yang ditempatkan di lebih dari satu "+
			"DUDI dihitung sekali pada jumlah seluruhnya.", r.Year, placements, students, len(byDUDI)),
			para{align: "J", indent: 10, after: 2})
		d.heading("Menurut DUDI", para{after: 1})
		d.table(0, []column{{"No.", "C"}, {"DUDI", "L"}, {"Penempatan", "R"}, {"Peserta didik", "R"}},
			countRows(byDUDI, "DUDI tidak tercatat", placements, students))
		d.heading("Menurut Kompetensi Keahlian", para{after: 1})
		d.table(0, []column{{"No.", "C"}, {"Kompetensi keahlian", "L"}, {"Penempatan", "R"}, {"Peserta didik", "R"}},
			countRows(byKomp, "tidak diisi", placements, students))
	}

	summaries := make([]model.Summary, len(r.Partnerships))
	for i, ps := range r.Partnerships {
		summaries[i] = model.Summarize(ps)
		summaries[i].PartnerName = oneLine(partners[ps.PartnerID].Name)
	}
	coverage := model.LinkMatchCoverage(s, summaries)
	d.heading(fmt.Sprintf("%c. Cakupan Link and Match", first+1), para{after: 1.5})
	d.paragraph("Komponen link and match (8+i) yang ditopang kemitraan per kompetensi keahlian, keadaan pada tanggal "+
		model.LongDate(r.Today)+": mitra dari kemitraan yang sedang berjalan, dan yang masih direncanakan (draf) dengan "+
		"keterangan; kemitraan yang telah selesai atau dibatalkan tidak dihitung.", para{align: "J", indent: 10, after: 2})
	if len(coverage) == 0 {
		d.paragraph("Sekolah belum mencatat kompetensi keahlian.", para{align: "J", indent: 10, after: 3})
	}
	for i, k := range coverage {
		title := fmt.Sprintf("%d. %s", i+1, k.Kompetensi)
		if !k.Listed {
			title += " (tidak ada dalam daftar kompetensi keahlian sekolah)"
		}
		d.heading(title, para{after: 1})
		var rows []tableRow
		for j, c := range k.Components {
			rows = append(rows, tableRow{cells: []string{strconv.Itoa(j + 1), c.Component.Label(), coveredBy(c)}})
		}
		d.table(0, []column{{"No.", "C"}, {"Komponen", "L"}, {"Mitra", "L"}}, rows)
		if un := k.Uncovered(); len(un) > 0 {
			d.paragraph(fmt.Sprintf("Belum ditopang mitra: %d dari %d komponen.", len(un), len(k.Components)),
				para{align: "L", size: 10, style: "I", after: 2})
		}
	}
}

// coveredBy names the partners that cover a component: those in force, then the
// planned ones marked so; "belum ada mitra" when none.
func coveredBy(c model.ComponentCoverage) string {
	var names []string
	seen := map[string]bool{}
	for _, inForce := range []bool{true, false} {
		for _, e := range c.By {
			name := oneLine(e.PartnerName)
			if e.InForce != inForce || name == "" {
				continue
			}
			if !inForce {
				name += " (direncanakan)"
			}
			if !seen[name] {
				seen[name] = true
				names = append(names, name)
			}
		}
	}
	if len(names) == 0 {
		return "belum ada mitra"
	}
	return strings.Join(names, "; ")
}

// countRows are the rows of a PKL count table, with the total.
func countRows(counts []model.PKLCount, blank string, placements, students int) []tableRow {
	var rows []tableRow
	for i, c := range counts {
		rows = append(rows, tableRow{cells: []string{strconv.Itoa(i + 1), orText(oneLine(c.Name), blank),
			strconv.Itoa(c.Placements), strconv.Itoa(c.Students)}})
	}
	return append(rows, tableRow{cells: []string{"", "Jumlah", strconv.Itoa(placements), strconv.Itoa(students)}, bold: true})
}

// pklTotals counts the PKL placements whose period meets [from, to], and the
// students they place (by NISN), as model.PKLTally counts each group.
func pklTotals(acts []model.StudentActivity, from, to time.Time) (placements, students int) {
	nisns := map[string]bool{}
	for _, a := range acts {
		if a.Kind != model.ActivityKindPKL {
			continue
		}
		for _, pl := range a.Placements {
			if pl.Start.After(to) || pl.End.Before(from) {
				continue
			}
			placements++
			nisns[pl.Student.NISN] = true
		}
	}
	return placements, len(nisns)
}
