package pdf

import (
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"time"

	"github.com/kemitraan/kemitraan/assets"
	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/clause"
)

// Article is one article (pasal) of an agreement: the name of its wording and its
// heading; When, when set, says whether the agreement has the article at all.
type Article struct {
	Name    string // "keadaan_kahar": assets/clauses/keadaan_kahar.txt
	Heading string // "Keadaan Kahar"
	When    func(a model.Agreement) bool
}

// PKSArticles are the articles of a perjanjian kerja sama, in order (Pasal 1 …).
var PKSArticles = []Article{
	{Name: "maksud_tujuan", Heading: "Maksud dan Tujuan"},
	{Name: "ruang_lingkup", Heading: "Ruang Lingkup"},
	{Name: "hak_kewajiban", Heading: "Hak dan Kewajiban"},
	{Name: "jangka_waktu", Heading: "Jangka Waktu"},
	{Name: "pembiayaan", Heading: "Pembiayaan"},
	{Name: "monitoring_evaluasi", Heading: "Monitoring dan Evaluasi"},
	{Name: "pelindungan_data", Heading: "Pelindungan Data Pribadi",
		When: func(a model.Agreement) bool { return a.PersonalData == model.AnswerYes }},
	{Name: "pengakhiran", Heading: "Pengakhiran dan Wanprestasi"},
	{Name: "keadaan_kahar", Heading: "Keadaan Kahar"},
	{Name: "penyelesaian_perselisihan", Heading: "Penyelesaian Perselisihan"},
	{Name: "korespondensi", Heading: "Korespondensi"},
	{Name: "perubahan", Heading: "Perubahan"},
	{Name: "penutup", Heading: "Penutup"},
}

// MoUArticles are the articles of a nota kesepahaman, in order.
var MoUArticles = []Article{
	{Name: "mou_maksud_tujuan", Heading: "Maksud dan Tujuan"},
	{Name: "mou_ruang_lingkup", Heading: "Ruang Lingkup"},
	{Name: "mou_pelaksanaan", Heading: "Pelaksanaan"},
	{Name: "mou_jangka_waktu", Heading: "Jangka Waktu"},
	{Name: "mou_biaya", Heading: "Biaya"},
	{Name: "mou_penutup", Heading: "Penutup"},
}

// Considerations is the wording of the "bahwa …" lines of both kinds of agreement.
const Considerations = "pertimbangan"

// ClauseNames lists every wording's name, in the order a settings screen shows them:
// the considerations, the PKS articles, then the MoU articles.
func ClauseNames() []string {
	names := []string{Considerations}
	for _, a := range PKSArticles {
		names = append(names, a.Name)
	}
	for _, a := range MoUArticles {
		names = append(names, a.Name)
	}
	return names
}

// ClauseTitle is how a wording is named in a message: "Pasal 9 Keadaan Kahar".
func ClauseTitle(name string) string {
	for i, a := range PKSArticles {
		if a.Name == name {
			return fmt.Sprintf("Pasal %d %s", i+1, a.Heading)
		}
	}
	for i, a := range MoUArticles {
		if a.Name == name {
			return fmt.Sprintf("Pasal %d MoU %s", i+1, a.Heading)
		}
	}
	if name == Considerations {
		return "Pertimbangan"
	}
	return name
}

// DefaultClauses is the embedded default wording: a file system holding NAME.txt.
func DefaultClauses() fs.FS {
	sub, err := fs.Sub(assets.Clauses, "clauses")
	if err != nil {
		panic(err) // the embedded folder is always there
	}
	return sub
}

// DefaultClause is the default wording of the named article, the text "reset to
// default" restores, or "" for an unknown name.
func DefaultClause(name string) string {
	b, err := fs.ReadFile(DefaultClauses(), name+".txt")
	if err != nil {
		return ""
	}
	return string(b)
}

// ErrClause is wrapped by every error of an article's wording, whose message names
// the article and the line: "Pasal 9 Keadaan Kahar, baris 3: …".
var ErrClause = errors.New("teks pasal tidak dapat dipakai")

// ClauseError is what is wrong with one article's wording.
type ClauseError struct {
	Name string // the wording's name
	Line int    // 1-based; 0 when unknown
	Msg  string // Bahasa Indonesia
	// Key and Args name the message for translation, when there is one.
	Key  string
	Args map[string]string
}

func (e *ClauseError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s, baris %d: %s", ClauseTitle(e.Name), e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", ClauseTitle(e.Name), e.Msg)
}

func (e *ClauseError) Unwrap() error { return ErrClause }

// Wording is the text of each article of one agreement: the agreement's own, else the
// school's (Pengaturan → Template Pasal), else the default. A text kept from before
// fields existed (a Go template, see model/clause) still prints as it did.
type Wording struct {
	School    map[string]string // the school's wording, by name
	Agreement model.Agreement   // Clauses, then Articles
}

// Text is the wording in force of the named article, and where it comes from:
// "agreement", "school" or "default".
func (w Wording) Text(name string) (text, from string) {
	for _, m := range []map[string]string{w.Agreement.Clauses, w.Agreement.Articles} {
		if t, ok := m[name]; ok && strings.TrimSpace(t) != "" {
			return t, "agreement"
		}
	}
	if t, ok := w.School[name]; ok && strings.TrimSpace(t) != "" {
		return t, "school"
	}
	return DefaultClause(name), "default"
}

// Inherited is the wording an agreement has without its own: the school's, else the
// default.
func (w Wording) Inherited(name string) string {
	text, _ := Wording{School: w.School}.Text(name)
	return text
}

// CheckClause reports what is wrong with a wording of the named article, as a
// *ClauseError, or nil. A text kept from before fields existed is checked by parsing it.
func CheckClause(name, text string) error {
	if !clause.Plain(text) {
		if _, err := parseLegacy(name, text); err != nil {
			return err
		}
		return nil
	}
	if strings.Contains(text, "}}") {
		return &ClauseError{Name: name, Msg: "tanda {{ }} tidak dipakai lagi; sisipkan isian dari daftar", Key: "clause.error.braces"}
	}
	if e := clause.Check(text); e != nil {
		return &ClauseError{Name: name, Line: e.Line, Msg: e.Msg, Key: e.Key, Args: e.Args}
	}
	return nil
}

// fill fills the named article's wording in for an agreement.
func (w Wording) fill(name string, v clause.Values, legacy func() ArticleData) (string, error) {
	text, _ := w.Text(name)
	if err := CheckClause(name, text); err != nil {
		return "", err
	}
	if !clause.Plain(text) {
		return executeLegacy(name, text, legacy())
	}
	return clause.Fill(text, v), nil
}

// needAreas say a need's category as the area a school needs support in, after
// "memerlukan dukungan di bidang".
var needAreas = map[model.NeedCategory]string{
	model.NeedAkademik:        "akademik",
	model.NeedEkstrakurikuler: "kegiatan ekstrakurikuler",
	model.NeedProfesional:     "pengembangan keprofesian pendidik dan tenaga kependidikan",
	model.NeedDukunganSiswa:   "kesiswaan",
	model.NeedSarana:          "sarana dan prasarana",
	model.NeedLainnya:         "pengembangan sekolah",
}

// partnerKinds say what PIHAK KEDUA is, after "PIHAK KEDUA adalah".
var partnerKinds = map[model.PartnerKind]string{
	model.KindNirlaba:        "lembaga nirlaba",
	model.KindBisnis:         "badan usaha",
	model.KindPemerintah:     "instansi pemerintah",
	model.KindPerguruanTingi: "perguruan tinggi",
	model.KindOrangTua:       "perkumpulan orang tua/wali peserta didik",
	model.KindKomunitas:      "komunitas masyarakat",
	model.KindIndividu:       "perseorangan",
}

// partnerKindPhrase is what PIHAK KEDUA is, for the considerations.
func partnerKindPhrase(pt model.Partner) string {
	if pt.Kind == model.KindBisnis && pt.SoleProprietor {
		return "pelaku usaha perseorangan"
	}
	if s := partnerKinds[pt.Kind]; s != "" {
		return s
	}
	return "mitra"
}

// clauseValues are what an agreement's fields are filled with.
func clauseValues(school model.School, pt model.Partner, ps model.Partnership, kind model.AgreementKind) clause.Values {
	a := ps.Agreement
	sebutan := "Perjanjian"
	start, end := a.Start, a.End
	if kind == model.AgreementMoU {
		sebutan = "Nota Kesepahaman"
		start, end = a.MoU.Start, a.MoU.End
	}
	place := oneLine(a.Place)
	if kind == model.AgreementMoU && oneLine(a.MoU.Place) != "" {
		place = oneLine(a.MoU.Place)
	}
	if place == "" {
		place = oneLine(school.City)
	}
	v := clause.Values{
		"school.name":       oneLine(school.Name),
		"school.city":       oneLine(school.City),
		"partner.name":      model.PartnerTerms(a, pt).Name,
		"partner.kind":      partnerKindPhrase(pt),
		"title":             oneLine(ps.Title),
		"document":          sebutan,
		"need":              strings.TrimRight(clause.Continuing(ps.Need.Description), ".;"),
		"need.area":         needAreas[ps.Need.Category],
		"place":             place,
		"duration":          duration(start, end),
		"start":             longDate(start),
		"end":               longDate(end),
		"notice.days":       angka(orInt(a.NoticeDays, 30)),
		"forcemajeure.days": angka(orInt(a.ForceMajeureDays, 14)),
		"originals":         angka(orInt(a.Originals, 2)),
		"monitoring.months": angka(orInt(ps.EvaluationMonths, 3)),
		"notice.school":     strings.TrimRight(model.SchoolTerms(a, school).Notice, ".;"),
		"notice.partner":    strings.TrimRight(model.PartnerTerms(a, pt).Notice, ".;"),
	}
	if v["need.area"] == "" {
		v["need.area"] = needAreas[model.NeedLainnya]
	}
	v["objectives"] = "terlaksananya kerja sama yang memberi manfaat bagi peserta didik, pendidik, dan masyarakat"
	if o := oneLine(ps.Proposal.Objectives); o != "" {
		v["objectives"] = strings.TrimRight(clause.Continuing(o), ".;")
	}
	v["dispute"] = "PARA PIHAK sepakat untuk menyelesaikannya melalui Pengadilan Negeri " + oneLine(school.City)
	if d := oneLine(a.Dispute); d != "" {
		v["dispute"] = strings.TrimRight(clause.Continuing(d), ".;")
	}
	v["forcemajeure.extra"] = strings.TrimRight(oneLine(a.ForceMajeure), ".;")
	v["funding.terms"] = strings.TrimRight(oneLine(a.Funding), ".;")
	if a.Monitoring.Joint() {
		v["monitoring.who"] = "PARA PIHAK secara bersama-sama"
		v["monitoring.report"] = "ditandatangani PARA PIHAK"
	} else {
		v["monitoring.who"] = "PIHAK PERTAMA"
		v["monitoring.report"] = "ditandatangani PIHAK PERTAMA dan disampaikan kepada PIHAK KEDUA"
	}
	if m, ok := a.ParentMoU(); ok && kind != model.AgreementMoU {
		v["mou.number"] = mouNumbers(m)
		v["mou.date"] = longDate(m.Date)
		v["considerations.mou"] = "- bahwa PARA PIHAK telah menandatangani Nota Kesepahaman Nomor " + mouNumbers(m) +
			" tanggal " + longDate(m.Date) + " tentang " + oneLine(ps.Title) +
			", yang pelaksanaannya diatur lebih lanjut dalam perjanjian kerja sama"
	}
	v["scope"] = clause.Items(scope(ps))
	v["obligations.school"] = clause.Items(a.SchoolObligations)
	v["obligations.partner"] = clause.Items(a.PartnerObligations)
	v["indicators"] = clause.Items(indicatorLines(ps.Proposal.Indicators))
	f := fundingWords(school, pt, ps)
	v["funding.lines"], v["funding.kinds"] = f.lines, f.kinds
	v["funding.total"], v["funding.partner"], v["funding.school"] = f.total, f.partner, f.school
	return v
}

// mouNumbers names an MoU by its numbers, after "Nomor": "021/421.3/SMPN1-BDG/VII/2026
// dan Nomor 118/MOU/PMI-KTBDG/VII/2026".
func mouNumbers(m model.MoU) string {
	n := oneLine(m.SchoolNumber)
	if p := oneLine(m.PartnerNumber); p != "" {
		n += " dan Nomor " + p
	}
	return n
}

// scope is what the agreement covers: the lines of the proposal's bentuk kegiatan,
// else its schedule.
func scope(ps model.Partnership) []string {
	acts := items(strings.Split(ps.Proposal.Activities, "\n"))
	if len(acts) == 0 {
		for _, s := range ps.Proposal.Schedule {
			acts = append(acts, s.Activity)
		}
		acts = items(acts)
	}
	return acts
}

// indicatorLines are the proposal's indicators as the agreement lists them:
// "kehadiran rata-rata penerima: 95%".
func indicatorLines(in []model.Indicator) []string {
	var out []string
	for _, i := range in {
		if name := oneLine(i.Name); name != "" {
			s := name
			if i.Target != 0 {
				s += ": " + quantity(i.Target, i.Unit)
			}
			out = append(out, s)
		}
	}
	return out
}

func orInt(n, def int) int {
	if n <= 0 {
		return def
	}
	return n
}

// angka is a number in figures and words: "30 (tiga puluh)".
func angka(n int) string { return fmt.Sprintf("%d (%s)", n, model.Terbilang(int64(n))) }

func longDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return model.LongDate(t)
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

// number prints a figure the Indonesian way: "120", "2,5", "1.500".
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
	for _, m := range []int{months} {
		if m > 0 && (start.AddDate(0, m, 0).Equal(after) || start.AddDate(0, m, 0).Equal(end)) {
			if m%12 == 0 {
				return fmt.Sprintf("%d (%s) tahun", m/12, model.Terbilang(int64(m/12)))
			}
			return fmt.Sprintf("%d (%s) bulan", m, model.Terbilang(int64(m)))
		}
	}
	days := int(end.Sub(start).Hours()/24+0.5) + 1
	return fmt.Sprintf("%d (%s) hari", days, model.Terbilang(int64(days)))
}

// sentence makes typed text end like a sentence.
func sentence(s string) string { return clause.Sentence(s) }
