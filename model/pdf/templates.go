package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"regexp"
	"strconv"
	"strings"
	"text/template"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/kemitraan/kemitraan/assets"
	"github.com/kemitraan/kemitraan/model"
)

// Article is one article (pasal) of an agreement: the name of its template and its
// heading.
type Article struct {
	Name    string // template name: "keadaan_kahar" for templates/keadaan_kahar.tmpl
	Heading string // "Keadaan Kahar"
}

// PKSArticles are the articles of a perjanjian kerja sama, in order (Pasal 1 …).
var PKSArticles = []Article{
	{"maksud_tujuan", "Maksud dan Tujuan"},
	{"ruang_lingkup", "Ruang Lingkup"},
	{"hak_kewajiban", "Hak dan Kewajiban"},
	{"jangka_waktu", "Jangka Waktu"},
	{"pembiayaan", "Pembiayaan"},
	{"monitoring_evaluasi", "Monitoring dan Evaluasi"},
	{"keadaan_kahar", "Keadaan Kahar"},
	{"penyelesaian_perselisihan", "Penyelesaian Perselisihan"},
	{"perubahan", "Perubahan"},
	{"penutup", "Penutup"},
}

// MoUArticles are the articles of a nota kesepahaman, in order.
var MoUArticles = []Article{
	{"mou_maksud_tujuan", "Maksud dan Tujuan"},
	{"mou_ruang_lingkup", "Ruang Lingkup"},
	{"mou_pelaksanaan", "Pelaksanaan"},
	{"mou_jangka_waktu", "Jangka Waktu"},
	{"mou_biaya", "Biaya"},
	{"mou_penutup", "Penutup"},
}

// considerations is the template of the "bahwa …;" lines of both kinds of agreement.
const considerations = "pertimbangan"

// TemplateNames lists every template name, in the order a settings screen shows them:
// the considerations, the PKS articles, then the MoU articles.
func TemplateNames() []string {
	names := []string{considerations}
	for _, a := range PKSArticles {
		names = append(names, a.Name)
	}
	for _, a := range MoUArticles {
		names = append(names, a.Name)
	}
	return names
}

// TemplateTitle is how a template is named to a person: "Pasal 7 (keadaan_kahar)".
func TemplateTitle(name string) string {
	for i, a := range PKSArticles {
		if a.Name == name {
			return fmt.Sprintf("Pasal %d (%s)", i+1, name)
		}
	}
	for i, a := range MoUArticles {
		if a.Name == name {
			return fmt.Sprintf("Pasal %d MoU (%s)", i+1, name)
		}
	}
	if name == considerations {
		return "Pertimbangan (" + name + ")"
	}
	return name
}

// DefaultTemplates is the embedded default wording: a file system holding NAME.tmpl.
func DefaultTemplates() fs.FS {
	sub, err := fs.Sub(assets.Templates, "templates")
	if err != nil {
		panic(err) // the embedded folder is always there
	}
	return sub
}

// DefaultTemplate returns the default wording of the named template, the text a
// "reset to default" restores, or "" for an unknown name.
func DefaultTemplate(name string) string {
	b, err := fs.ReadFile(DefaultTemplates(), name+".tmpl")
	if err != nil {
		return ""
	}
	return string(b)
}

// Templates are the parsed article templates of one agreement: the defaults, then the
// school's wording, then the agreement's own wording, the last given taking precedence.
type Templates struct {
	parsed map[string]*template.Template
}

// ErrTemplate is wrapped by every error of a template, whose message names the
// template and the line: "template Pasal 7 (keadaan_kahar), baris 3: …".
var ErrTemplate = errors.New("template pasal tidak valid")

// TemplateError is an error in one template.
type TemplateError struct {
	Name string // the template's name
	Line int    // 1-based; 0 when unknown
	Msg  string
}

func (e *TemplateError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("template %s, baris %d: %s", TemplateTitle(e.Name), e.Line, e.Msg)
	}
	return fmt.Sprintf("template %s: %s", TemplateTitle(e.Name), e.Msg)
}

func (e *TemplateError) Unwrap() error { return ErrTemplate }

// ParseTemplates parses the default templates (NAME.tmpl in defaults, e.g.
// DefaultTemplates()) with the school's and the agreement's wording by name taking
// precedence; a blank override is ignored. The first template that does not parse is
// returned as a *TemplateError.
func ParseTemplates(defaults fs.FS, school, agreement map[string]string) (*Templates, error) {
	t := &Templates{parsed: map[string]*template.Template{}}
	for _, name := range TemplateNames() {
		text := ""
		if b, err := fs.ReadFile(defaults, name+".tmpl"); err == nil {
			text = string(b)
		}
		for _, over := range []map[string]string{school, agreement} {
			if v, ok := over[name]; ok && strings.TrimSpace(v) != "" {
				text = v
			}
		}
		if strings.TrimSpace(text) == "" {
			return nil, &TemplateError{Name: name, Msg: "teks kosong"}
		}
		tt, err := template.New(name).Funcs(templateFuncs).Option("missingkey=error").Parse(text)
		if err != nil {
			return nil, templateError(name, err)
		}
		t.parsed[name] = tt
	}
	return t, nil
}

var defaultTemplates = func() *Templates {
	t, err := ParseTemplates(DefaultTemplates(), nil, nil)
	if err != nil {
		panic(err) // the embedded defaults are tested
	}
	return t
}()

// execute fills in one template, or returns a *TemplateError.
func (t *Templates) execute(name string, data ArticleData) (string, error) {
	tt := t.parsed[name]
	if tt == nil {
		return "", &TemplateError{Name: name, Msg: "template tidak dikenal"}
	}
	var buf bytes.Buffer
	if err := tt.Execute(&buf, data); err != nil {
		return "", templateError(name, err)
	}
	return buf.String(), nil
}

var lineRE = regexp.MustCompile(`^template: [^:]*:(\d+)(?::\d+)?: ?(.*)$`)

func templateError(name string, err error) error {
	msg := err.Error()
	if m := lineRE.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return &TemplateError{Name: name, Line: line, Msg: m[2]}
	}
	return &TemplateError{Name: name, Msg: msg}
}

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
	Agreement   model.Agreement

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
	"kalimat":  func(s string) string { return sentence(strings.Join(strings.Fields(s), " ")) },
	"lanjutan": func(s string) string { return sentence(continuing(strings.Join(strings.Fields(s), " "))) },
	"butir":    func(s string) string { return continuing(strings.Join(strings.Fields(s), " ")) },
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

// continuing lets text typed as a sentence of its own continue one: a first word written
// with a capital only at its start ("Meningkatkan", "Apabila") loses the capital.
// Words in capitals or with capitals inside ("PARA", "SMP", "McDonald") keep theirs.
func continuing(s string) string {
	word, _, _ := strings.Cut(s, " ")
	first, size := utf8.DecodeRuneInString(word)
	if !unicode.IsUpper(first) || size == len(word) {
		return s
	}
	for _, r := range word[size:] {
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			return s
		}
	}
	return string(unicode.ToLower(first)) + s[size:]
}

// needAreas say a need's category as the area a school needs support in.
var needAreas = map[model.NeedCategory]string{
	model.NeedAkademik:        "akademik",
	model.NeedEkstrakurikuler: "kegiatan ekstrakurikuler",
	model.NeedProfesional:     "pengembangan profesional pendidik dan tenaga kependidikan",
	model.NeedDukunganSiswa:   "dukungan bagi peserta didik",
	model.NeedSarana:          "sarana dan prasarana",
}

var partnerKinds = map[model.PartnerKind]string{
	model.KindNirlaba:        "lembaga nirlaba",
	model.KindBisnis:         "badan usaha",
	model.KindPemerintah:     "instansi pemerintah",
	model.KindPerguruanTingi: "perguruan tinggi",
	model.KindKomunitas:      "komunitas",
	model.KindIndividu:       "perseorangan",
}

// articleData gathers an agreement's values for its templates.
func articleData(school model.School, partner model.Partner, ps model.Partnership, sebutan string) ArticleData {
	a := ps.Agreement
	d := ArticleData{
		School: school, Partner: partner, Partnership: ps, Agreement: a,
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
	d.Total, d.SchoolPays, d.PartnerPays = ps.Proposal.BudgetTotal()
	d.FundingLast = 2
	if d.Total != 0 {
		d.FundingLast++
	}
	if strings.TrimSpace(a.Funding) != "" {
		d.FundingLast++
	}
	return d
}

// items cleans list entries: one line each, list marks and trailing punctuation gone,
// empty entries dropped.
func items(in []string) []string {
	var out []string
	for _, s := range in {
		s = strings.TrimLeft(oneLine(s), "-•*· ")
		s = strings.TrimRight(s, ".;, ")
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// oneLine joins the words of s with single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// number prints a figure the Indonesian way: "120", "2,5", "1.500".
// quantity prints a number with its unit: "4 kali", "90%" (a percent sign follows the
// number without a space, as Indonesian spelling has it).
func quantity(f float64, unit string) string {
	unit = oneLine(unit)
	switch {
	case unit == "":
		return number(f)
	case unit == "%" || unit == "persen":
		return number(f) + "%"
	default:
		return number(f) + " " + unit
	}
}

func number(f float64) string {
	if f == float64(int64(f)) {
		return strings.TrimPrefix(model.Rupiah(int64(f)).String(), "Rp")
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	return strings.Replace(s, ".", ",", 1)
}

// duration is the agreement's length in words: whole years, whole months or days.
func duration(start, end time.Time) string {
	if start.IsZero() || end.IsZero() || end.Before(start) {
		return "yang disepakati PARA PIHAK"
	}
	after := end.AddDate(0, 0, 1) // the end date is the last day of the agreement
	months := (after.Year()-start.Year())*12 + int(after.Month()) - int(start.Month())
	if months > 0 && start.AddDate(0, months, 0).Equal(after) {
		if months%12 == 0 {
			return fmt.Sprintf("%d (%s) tahun", months/12, model.Terbilang(int64(months/12)))
		}
		return fmt.Sprintf("%d (%s) bulan", months, model.Terbilang(int64(months)))
	}
	if start.AddDate(0, months, 0).Equal(end) && months > 0 { // end on the same day of the month
		if months%12 == 0 {
			return fmt.Sprintf("%d (%s) tahun", months/12, model.Terbilang(int64(months/12)))
		}
		return fmt.Sprintf("%d (%s) bulan", months, model.Terbilang(int64(months)))
	}
	days := int(end.Sub(start).Hours()/24+0.5) + 1
	return fmt.Sprintf("%d (%s) hari", days, model.Terbilang(int64(days)))
}
