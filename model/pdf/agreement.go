package pdf

import (
	"fmt"
	"io"
	"strings"

	"github.com/kemitraan/kemitraan/model"
)

// Agreement is what an agreement document — a perjanjian kerja sama (PKS) or a nota
// kesepahaman (MoU) — is made from: the school (PIHAK PERTAMA), the partner (PIHAK
// KEDUA) and the partnership, whose Agreement holds numbers, dates, clauses and
// signatories.
type Agreement struct {
	School      model.School
	Partner     model.Partner
	Partnership model.Partnership
	// Templates is the article wording, from ParseTemplates with the school's and this
	// agreement's overrides; nil means the defaults with Partnership.Agreement.Articles.
	Templates *Templates
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
// template that does not work gives a *TemplateError.
func WritePKS(w io.Writer, in Agreement) (string, error) {
	return writeAgreement(w, in, model.AgreementPKS)
}

// WriteMoU writes the nota kesepahaman as PDF to w and returns its document code, like
// WritePKS.
func WriteMoU(w io.Writer, in Agreement) (string, error) {
	return writeAgreement(w, in, model.AgreementMoU)
}

type agreementKind struct {
	kind     model.AgreementKind
	title    string // "PERJANJIAN KERJA SAMA"
	sebutan  string // how the text calls itself
	articles []Article
	code     string // meta kind
}

var kinds = map[model.AgreementKind]agreementKind{
	model.AgreementPKS: {model.AgreementPKS, "PERJANJIAN KERJA SAMA", "Perjanjian", PKSArticles, "pks"},
	model.AgreementMoU: {model.AgreementMoU, "NOTA KESEPAHAMAN", "Nota Kesepahaman", MoUArticles, "mou"},
}

// laidAgreement is an agreement with its texts filled in, ready to print.
type laidAgreement struct {
	in       Agreement
	k        agreementKind
	data     ArticleData
	consider string
	texts    []string // per article
	school   model.Signatory
	partner  model.Signatory
}

func writeAgreement(w io.Writer, in Agreement, kind model.AgreementKind) (string, error) {
	k := kinds[kind]
	a := in.Partnership.Agreement
	l := laidAgreement{in: in, k: k, school: a.SchoolSignatory, partner: a.PartnerSignatory}
	if strings.TrimSpace(l.school.Name) == "" {
		l.school = model.Signatory{Name: in.School.PrincipalName, Position: "Kepala " + oneLine(in.School.Name), IDNumber: nipOf(in.School.PrincipalNIP)}
	}
	if strings.TrimSpace(l.school.Position) == "" {
		l.school.Position = "Kepala " + oneLine(in.School.Name)
	}
	if strings.TrimSpace(l.partner.Name) == "" {
		l.partner = model.Signatory{Name: in.Partner.SignatoryName, Position: in.Partner.SignatoryPosition}
	}

	var m missing
	m.need(in.School.Name, "nama sekolah")
	m.need(in.Partner.Name, "nama mitra")
	m.need(in.Partnership.Title, "judul kerja sama")
	m.need(a.SchoolNumber, "nomor perjanjian pihak sekolah")
	if kind == model.AgreementPKS {
		m.need(a.PartnerNumber, "nomor perjanjian pihak mitra")
	}
	if a.Date.IsZero() {
		m = append(m, "tanggal perjanjian")
	}
	if strings.TrimSpace(a.Place) == "" && strings.TrimSpace(in.School.City) == "" {
		m = append(m, "tempat penandatanganan")
	}
	if a.Start.IsZero() || a.End.IsZero() {
		m = append(m, "jangka waktu (tanggal mulai dan berakhir)")
	}
	m.need(l.school.Name, "penanda tangan pihak sekolah")
	m.need(l.partner.Name, "penanda tangan pihak mitra")
	if kind == model.AgreementPKS {
		if len(items(a.SchoolObligations)) == 0 {
			m = append(m, "kewajiban pihak sekolah")
		}
		if len(items(a.PartnerObligations)) == 0 {
			m = append(m, "kewajiban pihak mitra")
		}
	}
	if err := m.err(); err != nil {
		return "", err
	}

	t := in.Templates
	if t == nil {
		if len(a.Articles) == 0 {
			t = defaultTemplates
		} else {
			var err error
			if t, err = ParseTemplates(DefaultTemplates(), nil, a.Articles); err != nil {
				return "", err
			}
		}
	}
	l.data = articleData(in.School, in.Partner, in.Partnership, k.sebutan)
	var err error
	if l.consider, err = t.execute(considerations, l.data); err != nil {
		return "", err
	}
	for _, art := range k.articles {
		text, err := t.execute(art.Name, l.data)
		if err != nil {
			return "", err
		}
		l.texts = append(l.texts, text)
	}
	return render(w, in.School, meta{
		kind:     k.code,
		title:    k.kind.Label() + " – " + oneLine(in.Partner.Name),
		subject:  oneLine(in.Partnership.Title),
		created:  a.Date,
		paraf:    in.Paraf,
		eMeterai: in.Options.EMeterai,
	}, l.content)
}

// nipOf is the identity line of a civil servant, as official papers print it:
// "NIP. 19680512 199303 2 007". Eighteen digits typed together are grouped (date of
// birth, month of appointment, sex, number); anything else prints as typed.
func nipOf(nip string) string {
	nip = oneLine(nip)
	if nip == "" {
		return ""
	}
	if d := strings.ReplaceAll(nip, " ", ""); len(d) == 18 && allOf(d, "0123456789") {
		nip = d[:8] + " " + d[8:14] + " " + d[14:15] + " " + d[15:]
	}
	return "NIP. " + nip
}

func (l laidAgreement) content(d *doc) {
	in, a := l.in, l.in.Partnership.Agreement
	school, partner := oneLine(in.School.Name), oneLine(in.Partner.Name)
	d.letterhead()

	// the title in capitals, then both numbers
	title := para{style: "B", align: "C", size: 13}
	for _, s := range []string{l.k.title, "ANTARA", strings.ToUpper(school), "DENGAN", strings.ToUpper(partner), "TENTANG", strings.ToUpper(oneLine(in.Partnership.Title))} {
		d.paragraph(s, title)
	}
	d.space(2)
	d.paragraph("Nomor: "+oneLine(a.SchoolNumber), para{align: "C"})
	if n := oneLine(a.PartnerNumber); n != "" {
		d.paragraph("Nomor: "+n, para{align: "C"})
	}
	d.space(5)

	place := l.data.Place
	d.paragraph(fmt.Sprintf("Pada hari ini, %s (%s), bertempat di %s, yang bertanda tangan di bawah ini:",
		model.DateInWords(a.Date), model.NumericDate(a.Date), place), para{align: "J", after: 2, keepNext: true})

	// the parties
	party := func(n string, s model.Signatory, who, address, role string) {
		d.item(n, oneLine(s.Name), 0, 7, "B")
		rows := []field{{label: "Jabatan", value: oneLine(s.Position)}}
		if v := oneLine(address); v != "" {
			rows = append(rows, field{label: "Alamat", value: v})
		}
		d.indented(7, func() { d.fields(rows, 0) })
		basis := ""
		if v := strings.TrimRight(oneLine(s.Authority), ".,;"); v != "" {
			basis = " berdasarkan " + strings.TrimPrefix(v, "berdasarkan ") + ","
		}
		d.paragraph("dalam hal ini bertindak dalam jabatannya tersebut"+basis+" untuk dan atas nama "+who+
			", selanjutnya disebut "+role+".", para{align: "J", left: 7, after: 2})
	}
	party("1.", l.school, school, in.School.Address, "PIHAK PERTAMA")
	party("2.", l.partner, partner, in.Partner.Address, "PIHAK KEDUA")
	d.paragraph("PIHAK PERTAMA dan PIHAK KEDUA selanjutnya secara bersama-sama disebut PARA PIHAK.", para{align: "J", after: 2})

	d.paragraph("Dengan terlebih dahulu mempertimbangkan hal-hal sebagai berikut:", para{align: "J", after: 1, keepNext: true})
	d.clause(l.consider, 0)
	d.space(1)
	// a PKS binds the parties; an MoU records an understanding that a PKS will carry out
	agree := "mengikatkan diri dalam"
	if l.k.kind == model.AgreementMoU {
		agree = "menuangkan kesepahaman dalam"
	}
	d.paragraph(fmt.Sprintf("Berdasarkan pertimbangan tersebut, PARA PIHAK sepakat untuk %s %s tentang %s, dengan ketentuan sebagai berikut:",
		agree, l.k.kind.Label()[:strings.Index(l.k.kind.Label(), " (")], oneLine(in.Partnership.Title)), para{align: "J", after: 3, keepNext: true})

	for i, art := range l.k.articles {
		if i == len(l.k.articles)-1 {
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
	d.signatures(d.left,
		signature{above: []string{"PIHAK PERTAMA,", oneLine(l.school.Position) + ","}, name: l.school.Name, id: idLine(l.school.IDNumber), stamp: stamp, room: 30},
		signature{above: []string{"PIHAK KEDUA,", oneLine(l.partner.Position) + ","}, name: l.partner.Name, id: oneLine(l.partner.IDNumber), stamp: stamp, room: 30},
	)
	var witnesses []signature
	for _, wt := range a.Witnesses {
		if name := oneLine(wt.Name); name != "" {
			above := "Saksi"
			if p := oneLine(wt.Position); p != "" {
				above = "Saksi, " + p
			}
			witnesses = append(witnesses, signature{above: []string{above + ","}, name: name, id: oneLine(wt.IDNumber), room: 18})
		}
	}
	for len(witnesses) > 0 {
		n := min(2, len(witnesses))
		d.space(4)
		d.signatures(d.left, witnesses[:n]...)
		witnesses = witnesses[n:]
	}
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

// idLine prints an identity number: a bare NIP (digits and spaces) gets "NIP. ".
func idLine(id string) string {
	id = oneLine(id)
	if id != "" && allOf(strings.ReplaceAll(id, " ", ""), "0123456789") {
		return nipOf(id)
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
