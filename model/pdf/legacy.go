package pdf

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"text/template"
	"time"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/clause"
)

// Before clauses had named fields (model/clause), a school's or an agreement's
// wording was a Go text/template filled with ArticleData. model/clause turns the
// common ones into plain text with fields; a text it cannot turn is kept and still
// prints here, as it did.

// ArticleData is what article templates are filled in with. Beside the records
// themselves it offers the values articles print, ready to use.
//
// Functions: rupiah (Rupiah → "Rp5.000.000,00 (lima juta rupiah)"), terbilang
// (number → "dua belas"), angka (number → "30 (tiga puluh)"), tanggal (time →
// "26 November 2026"), huruf (0 → "a", 1 → "b"), kalimat (text as one sentence ending
// in a full stop), lanjutan (the same, continuing a sentence: "Meningkatkan …" becomes
// "meningkatkan …"), butir (a list item: "Menyediakan ruang" → "menyediakan ruang"),
// tanda (after item i of n: ";", "; dan" before the last, "."; a third number counts
// the items the template adds after the list), upper, lower.
type ArticleData struct {
	School      model.School
	Partner     model.Partner
	Partnership model.Partnership
	Agreement   legacyAgreement

	Sebutan     string // "Perjanjian" or "Nota Kesepahaman": how the text calls itself
	Topic       string // the partnership's title, for "kerja sama {{.Topic}}"
	Need        string // the need in words, as one sentence without a full stop
	NeedArea    string // the need's category as a phrase: "sarana dan prasarana"; empty for "lainnya"
	PartnerKind string // "badan usaha", "perguruan tinggi", …
	Place       string // where the agreement is signed
	Objectives  string // the proposal's tujuan, as one text
	Duration    string // "12 (dua belas) bulan", "1 (satu) tahun" or "90 (sembilan puluh) hari"

	Activities         []string // lines of the proposal's bentuk kegiatan (else the schedule)
	SchoolObligations  []string // without trailing punctuation
	PartnerObligations []string
	Indicators         []string // "Siswa mengikuti pelatihan: 120 orang"

	Total, SchoolPays, PartnerPays model.Rupiah // the proposal's budget
	FundingLast                    int          // the number of the last ayat of Pembiayaan

	NoticeDays       int // 30 unless the agreement says
	ForceMajeureDays int // 14 unless the agreement says
	Originals        int // 2 unless the agreement says
	EvaluationMonths int // 3 unless the partnership says
}

var templateFuncs = template.FuncMap{
	"rupiah": func(r model.Rupiah) string { return r.Formal() + " (" + r.Words() + ")" },
	"terbilang": func(n int) string {
		return model.Terbilang(int64(n))
	},
	"angka":    func(n int) string { return fmt.Sprintf("%d (%s)", n, model.Terbilang(int64(n))) },
	"tanggal":  func(t time.Time) string { return model.LongDate(t) },
	"huruf":    letter,
	"kalimat":  func(s string) string { return sentence(s) },
	"lanjutan": func(s string) string { return sentence(clause.Continuing(s)) },
	"butir":    func(s string) string { return clause.Continuing(s) },
	"tanda":    itemEnd,
	"upper":    strings.ToUpper,
	"lower":    strings.ToLower,
}

// letter is the list label of the i-th item: a … z, then aa, ab, …
func letter(i int) string {
	if i < 0 {
		i = 0
	}
	if i < 26 {
		return string(rune('a' + i))
	}
	return letter(i/26-1) + string(rune('a'+i%26))
}

// itemEnd is the punctuation after item i of a list of n, as Indonesian legal drafting
// has it: ";" after each, "; dan" after the one before the last, "." after the last.
// follow counts the items the template itself writes after the list (a closing
// "kegiatan lain yang disepakati …").
func itemEnd(i, n int, follow ...int) string {
	for _, f := range follow {
		n += f
	}
	switch i {
	case n - 1:
		return "."
	case n - 2:
		return "; dan"
	default:
		return ";"
	}
}

// articleData gathers an agreement's values for its templates.
func articleData(school model.School, partner model.Partner, ps model.Partnership, sebutan string) ArticleData {
	a := ps.Agreement
	d := ArticleData{
		School: school, Partner: partner, Partnership: ps, Agreement: legacyAgreement{Agreement: a},
		Sebutan:     sebutan,
		Topic:       oneLine(ps.Title),
		Need:        strings.TrimRight(oneLine(ps.Need.Description), ".;"),
		NeedArea:    needAreas[ps.Need.Category],
		PartnerKind: partnerKinds[partner.Kind],
		Place:       oneLine(a.Place),
		Objectives:  oneLine(ps.Proposal.Objectives),
		Duration:    duration(a.Start, a.End),

		NoticeDays: a.NoticeDays, ForceMajeureDays: a.ForceMajeureDays,
		Originals: a.Originals, EvaluationMonths: ps.EvaluationMonths,
	}
	if d.PartnerKind == "" {
		d.PartnerKind = "mitra"
	}
	if d.Place == "" {
		d.Place = oneLine(school.City)
	}
	if d.NoticeDays <= 0 {
		d.NoticeDays = 30
	}
	if d.ForceMajeureDays <= 0 {
		d.ForceMajeureDays = 14
	}
	if d.Originals <= 0 {
		d.Originals = 2
	}
	if d.EvaluationMonths <= 0 {
		d.EvaluationMonths = 3
	}
	d.Activities = items(strings.Split(ps.Proposal.Activities, "\n"))
	if len(d.Activities) == 0 {
		for _, s := range ps.Proposal.Schedule {
			d.Activities = append(d.Activities, s.Activity)
		}
		d.Activities = items(d.Activities)
	}
	d.SchoolObligations = items(a.SchoolObligations)
	d.PartnerObligations = items(a.PartnerObligations)
	for _, in := range ps.Proposal.Indicators {
		if name := oneLine(in.Name); name != "" {
			s := name
			if in.Target != 0 {
				s += ": " + quantity(in.Target, in.Unit)
			}
			d.Indicators = append(d.Indicators, strings.TrimSpace(s))
		}
	}
	// amounts come from the contribution lines, whatever the old text names
	if t, err := a.ContributionTotals(); err == nil {
		d.Total, d.SchoolPays, d.PartnerPays = t.All, t.School, t.Partner+t.Others
		d.Agreement.FundingAmount = t.Partner + t.Others
	}
	d.FundingLast = 2
	if d.Total != 0 {
		d.FundingLast++
	}
	if strings.TrimSpace(a.Funding) != "" {
		d.FundingLast++
	}
	return d
}

// legacyAgreement is the agreement as old texts name it: with the partner's
// contribution as one amount, FundingAmount, now the sum of its lines.
type legacyAgreement struct {
	model.Agreement
	FundingAmount model.Rupiah
}

// parseLegacy parses an old template, or returns a *ClauseError.
func parseLegacy(name, text string) (*template.Template, error) {
	t, err := template.New(name).Funcs(templateFuncs).Option("missingkey=error").Parse(text)
	if err != nil {
		return nil, legacyError(name, err)
	}
	return t, nil
}

// executeLegacy fills an old template in, or returns a *ClauseError.
func executeLegacy(name, text string, data ArticleData) (string, error) {
	t, err := parseLegacy(name, text)
	if err != nil {
		return "", err
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, data); err != nil {
		return "", legacyError(name, err)
	}
	return buf.String(), nil
}

var lineRE = regexp.MustCompile(`^template: [^:]*:(\d+)(?::\d+)?: ?(.*)$`)

func legacyError(name string, err error) error {
	msg := err.Error()
	if m := lineRE.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return &ClauseError{Name: name, Line: line, Msg: "teks lama tidak dapat dipakai (" + m[2] + "); kembalikan ke bawaan lalu ubah lagi"}
	}
	return &ClauseError{Name: name, Msg: "teks lama tidak dapat dipakai (" + msg + "); kembalikan ke bawaan lalu ubah lagi"}
}
