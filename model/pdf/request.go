package pdf

import (
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/clause"
)

// RequestLetter is the surat permohonan kerja sama of stage 2/3: the school asks a
// partner to join a partnership, with the proposal enclosed when there is one.
type RequestLetter struct {
	School      model.School
	Partner     model.Partner
	Partnership model.Partnership
	Letter      model.Letter // Number and Date are printed; Code is not read
	// Options are the letter's Sifat and Tembusan (nil: the school's defaults), and
	// whether the proposal is enclosed (WithProposal).
	Options model.DocumentOptions
}

// Fixed parts of the letters.
const (
	requestSubject    = "Permohonan Kerja Sama"
	coverSubject      = "Penyampaian Proposal Kerja Sama"
	proposalEnclosed  = "1 (satu) berkas proposal"
	nothingEnclosed   = "-"
	letterGreeting    = "Dengan hormat,"
	requestClosingFmt = "Demikian surat permohonan ini kami sampaikan. Atas perhatian dan kerja sama %s, kami ucapkan terima kasih."
	coverClosingFmt   = "Demikian kami sampaikan. Atas perhatian dan kerja sama %s, kami ucapkan terima kasih."
)

// WriteRequestLetter writes the request letter as PDF to w and returns its document
// code, which its footer prints on every page. The letter's date is also the file's
// creation date, so the same letter always gives the same bytes. When the school's
// name, the letter's number or date or the partner's name is missing, it writes
// nothing and returns an error wrapping ErrIncomplete.
func WriteRequestLetter(w io.Writer, l RequestLetter) (code string, err error) {
	if err := l.check(); err != nil {
		return "", err
	}
	return render(w, l.School, meta{
		kind:    "permohonan",
		title:   "Surat Permohonan Kerja Sama – " + strings.TrimSpace(l.Partner.Name),
		subject: strings.TrimSpace(l.Partnership.Title),
		created: l.Letter.Date,
		fit:     true,
	}, func(d *doc) { l.letter(requestSubject).print(d) })
}

func (l RequestLetter) check() error {
	var m missing
	m.needLetter(l.School, l.Letter, l.Partner)
	return m.err()
}

// letterBody is an official letter (naskah dinas) of the school to a partner: the
// letter head, the addressee, the body, the principal's signature and the tembusan.
type letterBody struct {
	school     model.School
	partner    model.Partner
	number     string
	date       string // "Bandung, 5 Desember 2026"
	options    model.DocumentOptions
	enclosure  string // Lampiran
	subject    string // Hal
	paragraphs []string
	// table, when set, prints after the paragraph tableAfter (a list of students).
	table      func(d *doc)
	tableAfter int
	closing    string
}

// letter is the request letter's text.
func (l RequestLetter) letter(subject string) letterBody {
	s, pt, ps := l.School, l.Partner, l.Partnership
	name := oneLine(s.Name)
	you := pt.You()

	who := name
	if npsn := oneLine(s.NPSN); npsn != "" {
		who += " (NPSN " + npsn + ")"
	}
	who += " merupakan satuan pendidikan"
	if city := oneLine(s.City); city != "" {
		who += " di " + city
	}
	who += " yang senantiasa berupaya meningkatkan mutu layanan pendidikan bagi peserta didik, antara lain melalui kerja sama dengan dunia usaha, lembaga, dan masyarakat."

	program := "Saat ini kami sedang menyiapkan "
	if title := oneLine(ps.Title); title != "" {
		program += "program “" + title + "”"
	} else {
		program += "sebuah program kemitraan"
	}
	if area := needAreas[ps.Need.Category]; area != "" && ps.Need.Category != model.NeedLainnya {
		program += " di bidang " + area
	}
	program += "."
	if need := oneLine(ps.Need.Description); need != "" {
		// the need explains the program in its own sentences
		program += " " + sentence(need)
	}

	ask := "Sehubungan dengan hal tersebut, dengan hormat kami mengajukan permohonan kepada " + addresseeInText(pt) +
		" untuk berkenan menjadi mitra " + name + " dalam program tersebut, " + askBasis(pt) + "."

	var proposal string
	if l.Options.WithProposal {
		proposal = "Sebagai bahan pertimbangan, bersama surat ini kami lampirkan proposal kerja sama yang memuat latar " +
			"belakang, tujuan, bentuk kegiatan, serta rencana pelaksanaan program. "
	} else {
		proposal = "Proposal kerja sama yang memuat rencana pelaksanaan program akan kami sampaikan kemudian. "
	}
	proposal += "Kami akan sangat berterima kasih apabila diberi kesempatan untuk membicarakan kerja sama ini lebih lanjut " +
		"pada waktu yang " + you + " tentukan."
	if c := contacts(s); c != "" {
		proposal += " Untuk keperluan koordinasi, " + you + " dapat menghubungi kami melalui " + c + "."
	}
	enclosure := nothingEnclosed
	if l.Options.WithProposal {
		enclosure = proposalEnclosed
	}
	return letterBody{school: s, partner: pt, number: l.Letter.Number, date: model.PlaceDate(s.City, l.Letter.Date),
		options: l.Options, enclosure: enclosure, subject: subject,
		paragraphs: []string{who, program, ask, proposal},
		closing:    strings.Replace(requestClosingFmt, "%s", you, 1)}
}

// addresseeInText is the partner as a letter's sentence names it: the person with
// the salutation, or the organisation.
func addresseeInText(pt model.Partner) string {
	if pt.Kind == model.KindIndividu {
		return pt.Addressee()
	}
	return organisation(pt)
}

// organisation is the partner a letter asks or a proposal is put to: the legal
// subject (a company, never one of its divisions, which the school may call it by),
// else the name the school knows it by.
func organisation(pt model.Partner) string {
	if n := oneLine(pt.LegalName); n != "" {
		return n
	}
	return oneLine(pt.Name)
}

// askBasis says on what ground the school asks the partner, after "dalam program
// tersebut,": a company's line of business, an agency's duties, a university's field,
// parents' and the community's part in education, a person's expertise.
func askBasis(pt model.Partner) string {
	name := organisation(pt)
	switch pt.Kind {
	case model.KindBisnis:
		return "sesuai dengan bidang usaha dan kemampuan " + name
	case model.KindPemerintah:
		return "sesuai dengan tugas dan fungsi " + name
	case model.KindPerguruanTingi:
		return "sesuai dengan bidang keilmuan dan program pengabdian kepada masyarakat " + name
	case model.KindNirlaba:
		return "sesuai dengan program dan kemampuan " + name
	case model.KindOrangTua:
		return "sebagai wujud peran serta orang tua/wali peserta didik dalam pendidikan"
	case model.KindKomunitas:
		return "sebagai wujud peran serta masyarakat dalam pendidikan"
	case model.KindIndividu:
		return "sesuai dengan keahlian dan kesediaan " + pt.You()
	}
	return "sesuai dengan kemampuan " + name
}

// contacts are the school's telephone and e-mail, as a letter offers them.
func contacts(s model.School) string {
	var c []string
	if v := oneLine(s.Phone); v != "" {
		c = append(c, "telepon "+v)
	}
	if v := oneLine(s.Email); v != "" {
		c = append(c, "pos-el "+v)
	}
	return strings.Join(c, " atau ")
}

// print lays the letter out: the tata naskah dinas letter head (Nomor, Sifat,
// Lampiran, Hal, with the place and date at the right of the first line), "Yth.", the
// body, the signature and the tembusan, which never stands alone on a page.
func (b letterBody) print(d *doc) {
	s, pt := b.school, b.partner
	d.letterhead()

	rows := []field{{label: "Nomor", value: oneLine(b.number)}}
	if slices.Contains(model.Sifat, b.options.Sifat) {
		rows = append(rows, field{label: "Sifat", value: b.options.Sifat})
	}
	rows = append(rows,
		field{label: "Lampiran", value: b.enclosure},
		field{label: s.Subject(), value: b.subject, style: "B"})
	d.font("", bodySize)
	dateW := d.width(clean(b.date, "", false))
	valueX := d.valueColumn(rows)
	numberW := d.width(clean(rows[0].value, "", false))
	firstW := d.right - dateW - 4 - valueX
	if numberW > firstW {
		// no room beside the number: the date takes a line of its own
		d.line(b.date, "R")
		firstW = 0
	} else {
		d.text(d.left, d.right-d.left, b.date, "R")
	}
	d.fields(rows, firstW)
	d.space(d.gap(5, 3))

	// the addressee
	d.paragraph("Yth. "+clause.Tidy(pt.Addressee()), para{align: "L"})
	if addr := oneLine(pt.LetterAddress()); addr != "" {
		d.paragraph(addr, para{align: "L"})
	}
	d.paragraph("di tempat", para{align: "L"})
	d.space(d.gap(4, 2.5))

	d.paragraph(letterGreeting, para{align: "L", after: d.gap(2.5, 1.2)})
	p := body
	p.after = d.gap(body.after, 0.8)
	for i, t := range b.paragraphs {
		d.paragraph(t, p)
		if b.table != nil && i == b.tableAfter {
			b.table(d)
		}
	}
	// the closing's last lines stay with the signature, and the tembusan with both
	closing := p
	closing.keepNext = true
	closing.after = d.gap(4, 2.5)
	d.paragraph(b.closing, closing)

	copies := tembusanTexts(b.options.Copies(s))
	if len(copies) > 0 {
		if h := d.gap(6, 3) + lineHeight(bodySize) + d.itemsHeight(copies, 0, 7); h < 0.4*(d.bottom()-marginTop) {
			d.reserve = h
		}
	}
	name := oneLine(s.PrincipalName)
	if name == "" {
		name = strings.Repeat(".", 40) // a line to write the name on
	}
	d.signatures(d.left+0.56*(d.right-d.left), signature{
		above: []string{"Kepala " + oneLine(s.Name) + ","},
		name:  name,
		id:    nipOf(s.PrincipalNIP),
		room:  d.gap(sigRoom, 19),
	})
	d.tembusan(copies)
}

// tembusanTexts are the recipients of copies as the list prints them, each ending
// ";" but the last, ".".
func tembusanTexts(copies []string) []string {
	texts := make([]string, len(copies))
	for i, c := range copies {
		c = strings.TrimRight(oneLine(c), ".;,")
		if i == len(copies)-1 {
			texts[i] = c + "."
		} else {
			texts[i] = c + ";"
		}
	}
	return texts
}

// tembusan prints the list of who receives a copy at the end of a letter:
// "Tembusan:" and numbered lines. The signature block before it has kept room for a
// short list, so it is never alone on a page, nor split from its heading.
func (d *doc) tembusan(texts []string) {
	if len(texts) == 0 {
		return
	}
	d.space(d.gap(6, 3))
	d.paragraph("Tembusan:", para{align: "L", keepNext: true})
	if h := d.itemsHeight(texts, 0, 7); h < 0.4*(d.bottom()-marginTop) {
		d.ensure(h)
	}
	for i, t := range texts {
		d.item(strconv.Itoa(i+1)+".", t, 0, 7, "")
	}
}
