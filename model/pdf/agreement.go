package pdf

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/clause"
)

// Agreement is what an agreement document — a perjanjian kerja sama (PKS) or a nota
// kesepahaman (MoU) — is made from: the school (PIHAK PERTAMA), the partner (PIHAK
// KEDUA) and the partnership, whose Agreement holds numbers, dates, clauses and
// signatories (the MoU's own numbers, dates and term in Agreement.MoU).
type Agreement struct {
	School      model.School
	Partner     model.Partner
	Partnership model.Partnership
	// Clauses is the school's own wording of articles, by name (Pengaturan → Template
	// Pasal); the agreement's own wording is in Partnership.Agreement.Clauses.
	Clauses map[string]string
	// Paraf prints initials boxes for both parties in the footer of every page but
	// the last, the one they sign (document.Make turns it on unless the school said no).
	Paraf bool
	// Options.EMeterai prepares the agreement for e-Meterai: A4, and a clear space
	// beside each signature where the portal places the stamp.
	Options model.DocumentOptions
}

// WritePKS writes the perjanjian kerja sama as PDF to w and returns its document code.
// The agreement's date is the file's creation date: the same data gives the same
// bytes. When data the agreement cannot be signed without is missing, it writes
// nothing and returns an error wrapping ErrIncomplete that lists what is missing; a
// wording that cannot be used gives a *ClauseError.
func WritePKS(w io.Writer, in Agreement) (string, error) {
	return writeAgreement(w, in, model.AgreementPKS)
}

// WriteMoU writes the nota kesepahaman as PDF to w and returns its document code, like
// WritePKS. An MoU binds no amounts: it prints none.
func WriteMoU(w io.Writer, in Agreement) (string, error) {
	return writeAgreement(w, in, model.AgreementMoU)
}

type agreementKind struct {
	kind     model.AgreementKind
	title    string // "PERJANJIAN KERJA SAMA"
	name     string // "Perjanjian Kerja Sama"
	sebutan  string // how the text calls itself
	articles []Article
	code     string // meta kind
}

var kinds = map[model.AgreementKind]agreementKind{
	model.AgreementPKS: {model.AgreementPKS, "PERJANJIAN KERJA SAMA", "Perjanjian Kerja Sama", "Perjanjian", PKSArticles, "pks"},
	model.AgreementMoU: {model.AgreementMoU, "NOTA KESEPAHAMAN", "Nota Kesepahaman", "Nota Kesepahaman", MoUArticles, "mou"},
}

// terms are the numbers, date, place and term of the document being printed: the
// PKS's or the MoU's.
type terms struct {
	schoolNumber, partnerNumber string
	date                        time.Time
	place                       string
	start, end                  time.Time
}

func termsOf(in Agreement, kind model.AgreementKind) terms {
	a := in.Partnership.Agreement
	t := terms{a.SchoolNumber, a.PartnerNumber, a.Date, oneLine(a.Place), a.Start, a.End}
	if kind == model.AgreementMoU {
		m := a.MoU
		t = terms{m.SchoolNumber, m.PartnerNumber, m.Date, oneLine(m.Place), m.Start, m.End}
		if t.place == "" {
			t.place = oneLine(a.Place)
		}
	}
	if t.place == "" {
		t.place = oneLine(in.School.City)
	}
	return t
}

// laidAgreement is an agreement with its texts filled in, ready to print.
type laidAgreement struct {
	in       Agreement
	k        agreementKind
	t        terms
	consider string
	articles []Article
	texts    []string // per article
	school   model.PartyTerms
	partner  model.PartyTerms
}

func writeAgreement(w io.Writer, in Agreement, kind model.AgreementKind) (string, error) {
	k := kinds[kind]
	a := in.Partnership.Agreement
	l := laidAgreement{in: in, k: k, t: termsOf(in, kind),
		school: model.SchoolTerms(a, in.School), partner: model.PartnerTerms(a, in.Partner)}

	var m missing
	m.need(in.School.Name, "nama sekolah")
	m.need(l.partner.Name, "nama mitra")
	m.need(in.Partnership.Title, "judul kerja sama")
	m.need(l.t.schoolNumber, "nomor "+strings.ToLower(k.sebutan)+" pihak sekolah")
	m.need(l.t.partnerNumber, "nomor "+strings.ToLower(k.sebutan)+" pihak mitra")
	if l.t.date.IsZero() {
		m = append(m, "tanggal "+strings.ToLower(k.sebutan))
	}
	if l.t.place == "" {
		m = append(m, "tempat penandatanganan")
	}
	if l.t.start.IsZero() || l.t.end.IsZero() {
		m = append(m, "jangka waktu (tanggal mulai dan berakhir)")
	}
	m.need(l.school.Signatory.Name, "penanda tangan pihak sekolah")
	m.need(l.partner.Signatory.Name, "penanda tangan pihak mitra")
	if kind == model.AgreementPKS {
		if len(items(a.SchoolObligations)) == 0 {
			m = append(m, "kewajiban pihak sekolah")
		}
		if len(items(a.PartnerObligations)) == 0 {
			m = append(m, "kewajiban pihak mitra")
		}
		if _, err := a.ContributionTotals(); err != nil {
			m = append(m, "rincian kontribusi yang jumlahnya dapat dijumlahkan")
		}
	}
	if err := m.err(); err != nil {
		return "", err
	}

	words := Wording{School: in.Clauses, Agreement: a}
	values := clauseValues(in.School, in.Partner, in.Partnership, kind)
	legacy := func() ArticleData { return articleData(in.School, in.Partner, in.Partnership, k.sebutan) }
	var err error
	if l.consider, err = words.fill(Considerations, values, legacy); err != nil {
		return "", err
	}
	for _, art := range k.articles {
		if art.When != nil && !art.When(a) {
			continue
		}
		text, err := words.fill(art.Name, values, legacy)
		if err != nil {
			return "", err
		}
		l.articles = append(l.articles, art)
		l.texts = append(l.texts, text)
	}
	return render(w, in.School, meta{
		kind:     k.code,
		title:    k.kind.Label() + " – " + l.partner.Name,
		subject:  oneLine(in.Partnership.Title),
		created:  l.t.date,
		paraf:    in.Paraf,
		eMeterai: in.Options.EMeterai,
	}, l.content)
}

func (l laidAgreement) content(d *doc) {
	in, a := l.in, l.in.Partnership.Agreement
	d.letterhead()

	// the title in capitals, then both numbers
	title := para{style: "B", align: "C", size: 13}
	for _, s := range []string{l.k.title, "ANTARA", strings.ToUpper(l.school.Name), "DENGAN", strings.ToUpper(l.partner.Name), "TENTANG", strings.ToUpper(oneLine(in.Partnership.Title))} {
		d.paragraph(s, title)
	}
	d.space(2)
	d.paragraph("Nomor: "+oneLine(l.t.schoolNumber), para{align: "C"})
	if n := oneLine(l.t.partnerNumber); n != "" {
		d.paragraph("Nomor: "+n, para{align: "C"})
	}
	d.space(5)

	d.paragraph(fmt.Sprintf("Pada hari ini, %s (%s), bertempat di %s, yang bertanda tangan di bawah ini:",
		model.DateInWords(l.t.date), model.NumericDate(l.t.date), l.t.place), para{align: "J", after: 2, keepNext: true})

	d.party("1.", l.school, "PIHAK PERTAMA", in.Partner)
	d.party("2.", l.partner, "PIHAK KEDUA", in.Partner)
	d.paragraph("PIHAK PERTAMA dan PIHAK KEDUA selanjutnya secara bersama-sama disebut PARA PIHAK.", para{align: "J", after: 2})

	d.paragraph("Dengan terlebih dahulu mempertimbangkan hal-hal sebagai berikut:", para{align: "J", after: 1, keepNext: true})
	d.clause(l.consider, 0)
	d.space(1)
	// a PKS binds the parties, and names the MoU it carries out; an MoU records an
	// understanding that a PKS will carry out
	agree := "mengikatkan diri dalam"
	if l.k.kind == model.AgreementMoU {
		agree = "menuangkan kesepahaman dalam"
	}
	under := ""
	if mou, ok := a.ParentMoU(); ok && l.k.kind == model.AgreementPKS {
		under = " sebagai pelaksanaan Nota Kesepahaman Nomor " + mouNumbers(mou) + " tanggal " + longDate(mou.Date)
	}
	d.paragraph(fmt.Sprintf("Berdasarkan pertimbangan tersebut, PARA PIHAK sepakat untuk %s %s tentang %s%s, dengan ketentuan sebagai berikut:",
		agree, l.k.name, oneLine(in.Partnership.Title), under), para{align: "J", after: 3, keepNext: true})

	for i, art := range l.articles {
		if i == len(l.articles)-1 {
			// the closing article stays with the signatures below it
			d.ensure(2*lineHeight(bodySize) + d.clauseHeight(l.texts[i]) + 62)
		}
		d.articleHeading(i+1, art.Heading)
		d.clause(l.texts[i], 0)
		d.space(3)
	}

	// signatures, the school on the left as it is named first; an agreement carries a
	// Rp10.000 meterai at each signature (UU 10/2020), an MoU when asked for
	// (an e-Meterai, when the document is prepared for one, beside the signature)
	meterai := a.Meterai || l.k.kind == model.AgreementPKS
	stamp := stampNone
	switch {
	case meterai && d.eMeterai:
		stamp = stampElectronic
	case meterai:
		stamp = stampPaper
	}
	d.space(2)
	position := func(t model.PartyTerms, withName bool) string {
		if t.ActsForHimself {
			return ""
		}
		pos := oneLine(t.Signatory.Position)
		// "Direktur Utama," alone does not say of what: the partner's office is
		// named with the body it holds it in ("Direktur Utama PT Sakura …,")
		if name := oneLine(t.Name); withName && pos != "" && name != "" && !strings.Contains(strings.ToLower(pos), strings.ToLower(name)) {
			pos += " " + name
		}
		return pos + ","
	}
	d.signatures(d.left,
		signature{above: []string{"PIHAK PERTAMA,", position(l.school, false)}, name: l.school.Signatory.Name, id: idLine(l.school.Signatory.IDNumber), stamp: stamp, room: 30},
		signature{above: []string{"PIHAK KEDUA,", position(l.partner, true)}, name: l.partner.Signatory.Name, id: idLine(l.partner.Signatory.IDNumber), stamp: stamp, room: 30},
	)
	var witnesses []signature
	for _, wt := range a.Witnesses {
		if name := oneLine(wt.Name); name != "" {
			above := "Saksi"
			if p := oneLine(wt.Position); p != "" {
				above = "Saksi, " + p
			}
			witnesses = append(witnesses, signature{above: []string{above + ","}, name: name, id: idLine(wt.IDNumber), room: 18})
		}
	}
	for len(witnesses) > 0 {
		n := min(2, len(witnesses))
		d.space(4)
		d.signatures(d.left, witnesses[:n]...)
		witnesses = witnesses[n:]
	}
}

// party prints one party of an agreement (komparisi): a person acting for himself
// with NIK, occupation and address, "bertindak untuk dan atas nama diri sendiri"; a
// body's signatory with NIP (a civil servant's), position and address, acting in
// office or by a power of attorney for the body, which is the legal subject.
func (d *doc) party(n string, t model.PartyTerms, role string, pt model.Partner) {
	name := oneLine(t.Signatory.Name)
	if t.ActsForHimself {
		s := strings.TrimRight(name, ",")
		if v := oneLine(t.NIK); v != "" {
			s += ", Nomor Induk Kependudukan " + v
		}
		if v := strings.TrimRight(clause.Continuing(t.Occupation), ".,"); v != "" {
			s += ", pekerjaan " + v
		}
		if v := strings.TrimRight(oneLine(t.Address), ".,"); v != "" {
			s += ", beralamat di " + v
		}
		s += ", dalam hal ini bertindak untuk dan atas nama diri sendiri"
		if pt.Kind == model.KindBisnis {
			s += " selaku pemilik usaha perseorangan " + oneLine(pt.Name)
			if t.NPWP != "" {
				s += " (NPWP " + t.NPWP + ")"
			}
		}
		d.item(n, s+", selanjutnya disebut "+role+".", 0, 7, "")
		d.space(2)
		return
	}
	d.item(n, name, 0, 7, "B")
	var rows []field
	if model.IsNIP(t.Signatory.IDNumber) {
		rows = append(rows, field{label: "NIP", value: strings.TrimPrefix(model.NIPLine(t.Signatory.IDNumber), "NIP ")})
	}
	rows = append(rows, field{label: "Jabatan", value: oneLine(t.Signatory.Position)})
	if v := oneLine(t.Address); v != "" {
		rows = append(rows, field{label: "Alamat", value: v})
	}
	d.indented(7, func() { d.fields(rows, 0) })
	act := "dalam hal ini bertindak dalam jabatannya tersebut"
	basis := strings.TrimRight(oneLine(t.Signatory.Authority), ".,;")
	basis = strings.TrimPrefix(basis, "berdasarkan ")
	switch {
	case t.Signatory.ByProxy && basis != "":
		act = "dalam hal ini bertindak berdasarkan " + basis + ", oleh karena itu sah bertindak"
	case basis != "":
		act += " berdasarkan " + basis + ","
	}
	// a company is named with its taxpayer number when the partner has one
	entity := t.Name
	if t.NPWP != "" {
		entity += ", Nomor Pokok Wajib Pajak (NPWP) " + t.NPWP
	}
	d.paragraph(act+" untuk dan atas nama "+entity+", selanjutnya disebut "+role+".", para{align: "J", left: 7, after: 2})
}

// articleHeading prints "Pasal N" and the article's heading centred, kept with the
// first lines of the article.
func (d *doc) articleHeading(n int, heading string) {
	d.heading(fmt.Sprintf("Pasal %d", n), para{style: "B", align: "C"})
	d.heading(heading, para{style: "B", align: "C", after: 1.5})
}

// indented runs f with the left margin moved right by w millimetres.
func (d *doc) indented(w float64, f func()) {
	d.left += w
	defer func() { d.left -= w }()
	f()
}

// nipOf is a civil servant's identity line, "NIP 19680512 199403 2 007"; "" for none.
func nipOf(nip string) string { return model.NIPLine(nip) }

// idLine prints an identity number: an 18-digit NIP is grouped after "NIP "; any
// other identity (NIDN …) prints as typed.
func idLine(id string) string {
	id = oneLine(id)
	if model.IsNIP(id) {
		return model.NIPLine(id)
	}
	return id
}

// clauseHeight estimates the height clause would print text in.
func (d *doc) clauseHeight(text string) float64 {
	d.font("", bodySize)
	n := 0
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			n += len(d.wrap(clean(line, "", false), d.right-d.left-17, 0))
		}
	}
	return float64(n) * lineHeight(bodySize)
}
