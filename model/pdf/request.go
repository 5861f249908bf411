package pdf

import (
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/kemitraan/kemitraan/model"
)

// RequestLetter is the surat permohonan kerja sama of stage 2/3: the school asks a
// partner to join a partnership and sends the proposal with it.
type RequestLetter struct {
	School      model.School
	Partner     model.Partner
	Partnership model.Partnership
	Letter      model.Letter // Number and Date are printed; Code is not read
	// Options are the letter's Sifat and Tembusan (nil: the school's defaults).
	Options model.DocumentOptions
}

// Fixed parts of the request letter.
const (
	requestAttachment = "1 (satu) berkas" // the proposal
	requestSubject    = "Permohonan Kerja Sama"
	requestClosing    = "Demikian surat permohonan ini kami sampaikan. Atas perhatian dan kerja sama Bapak/Ibu, kami ucapkan terima kasih."
)

// WriteRequestLetter writes the request letter as PDF to w and returns its document
// code, which its footer prints on every page. The letter's date is also the file's
// creation date, so the same letter always gives the same bytes. When the school's
// name, the letter's number or date or the partner's name is missing, it writes
// nothing and returns an error wrapping ErrIncomplete.
func WriteRequestLetter(w io.Writer, l RequestLetter) (code string, err error) {
	var m missing
	m.need(l.School.Name, "nama sekolah")
	m.need(l.Letter.Number, "nomor surat")
	if l.Letter.Date.IsZero() {
		m = append(m, "tanggal surat")
	}
	m.need(l.Partner.Name, "nama mitra")
	if err := m.err(); err != nil {
		return "", err
	}
	return render(w, l.School, meta{
		kind:    "permohonan",
		title:   "Surat Permohonan Kerja Sama – " + strings.TrimSpace(l.Partner.Name),
		subject: strings.TrimSpace(l.Partnership.Title),
		created: l.Letter.Date,
	}, l.content)
}

func (l RequestLetter) content(d *doc) {
	s, pt := l.School, l.Partner
	d.letterhead()

	// Nomor, Sifat, Lampiran, Hal, with the place and date at the right of the first line
	rows := []field{{label: "Nomor", value: strings.TrimSpace(l.Letter.Number)}}
	if slices.Contains(model.Sifat, l.Options.Sifat) {
		rows = append(rows, field{label: "Sifat", value: l.Options.Sifat})
	}
	rows = append(rows,
		field{label: "Lampiran", value: requestAttachment},
		field{label: s.Subject(), value: requestSubject, style: "B"})
	placeDate := model.PlaceDate(s.City, l.Letter.Date)
	d.font("", bodySize)
	dateW := d.width(clean(placeDate, "", false))
	valueX := d.valueColumn(rows)
	numberW := d.width(clean(rows[0].value, "", false))
	firstW := d.right - dateW - 4 - valueX
	if numberW > firstW {
		// no room beside the number: the date takes a line of its own
		d.line(placeDate, "R")
		firstW = 0
	} else {
		d.text(d.left, d.right-d.left, placeDate, "R")
	}
	d.fields(rows, firstW)
	d.space(5)

	// the addressee
	d.paragraph("Yth. "+strings.TrimSpace(pt.Addressee()), para{align: "L"})
	if addr := strings.TrimSpace(pt.Address); addr != "" {
		d.paragraph(addr, para{align: "L"})
	}
	d.paragraph("di tempat", para{align: "L"})
	d.space(4)

	d.paragraph("Dengan hormat,", para{align: "L", after: 2.5})
	for _, p := range l.body() {
		d.paragraph(p, body)
	}
	// the closing's last lines stay with the signature
	closing := body
	closing.keepNext = true
	closing.after = 4
	d.paragraph(requestClosing, closing)

	nip := nipOf(s.PrincipalNIP)
	name := strings.TrimSpace(s.PrincipalName)
	if name == "" {
		name = strings.Repeat(".", 40) // a line to write the name on
	}
	d.signatures(d.left+0.56*(d.right-d.left), signature{
		above: []string{"Kepala " + strings.TrimSpace(s.Name) + ","},
		name:  name,
		id:    nip,
	})
	d.tembusan(l.Options.Copies(s))
}

// tembusan prints the list of who receives a copy at the end of a letter:
// "Tembusan:" and numbered lines, each ending ";" but the last, ".". The list is
// never split from its heading, nor a short list across pages.
func (d *doc) tembusan(copies []string) {
	if len(copies) == 0 {
		return
	}
	d.space(6)
	texts := make([]string, len(copies))
	for i, c := range copies {
		c = strings.TrimRight(oneLine(c), ".;,")
		if i == len(copies)-1 {
			texts[i] = c + "."
		} else {
			texts[i] = c + ";"
		}
	}
	d.paragraph("Tembusan:", para{align: "L", keepNext: true})
	if h := d.itemsHeight(texts, 0, 7); h < 0.4*(d.bottom()-marginTop) {
		d.ensure(h)
	}
	for i, t := range texts {
		d.item(strconv.Itoa(i+1)+".", t, 0, 7, "")
	}
}

// body is the letter's text: who the school is, its need, what it asks of the
// partner, the attached proposal and how to reach the school.
func (l RequestLetter) body() []string {
	s, pt, ps := l.School, l.Partner, l.Partnership
	name := strings.TrimSpace(s.Name)

	who := name
	if npsn := strings.TrimSpace(s.NPSN); npsn != "" {
		who += " (NPSN " + npsn + ")"
	}
	who += " merupakan satuan pendidikan"
	if city := strings.TrimSpace(s.City); city != "" {
		who += " di " + city
	}
	who += " yang senantiasa berupaya meningkatkan mutu layanan pendidikan bagi peserta didik, antara lain melalui kerja sama dengan dunia usaha, lembaga, dan masyarakat."

	program := "Saat ini kami sedang menyiapkan "
	if title := strings.TrimSpace(ps.Title); title != "" {
		program += "program “" + title + "”"
	} else {
		program += "sebuah program kemitraan"
	}
	if area := needAreas[ps.Need.Category]; area != "" {
		program += " di bidang " + area
	}
	program += "."
	need := strings.Fields(ps.Need.Description) // the need joins the paragraph as one text
	if len(need) > 0 {
		program += " Program ini kami rancang untuk menjawab kebutuhan berikut. " + sentence(strings.Join(need, " "))
	}

	partner := strings.TrimSpace(pt.Name)
	if pt.Kind == model.KindIndividu {
		partner = "Bapak/Ibu " + partner
	}
	ask := "Sehubungan dengan hal tersebut, dengan hormat kami mengajukan permohonan kepada " + partner +
		" untuk berkenan menjadi mitra " + name + " dalam program tersebut, sesuai dengan kemampuan dan bidang " +
		"yang Bapak/Ibu kelola."

	proposal := "Sebagai bahan pertimbangan, bersama surat ini kami lampirkan proposal kerja sama yang memuat latar " +
		"belakang, tujuan, bentuk kegiatan, serta rencana pelaksanaan program. Kami akan sangat berterima kasih apabila " +
		"diberi kesempatan untuk membicarakan kerja sama ini lebih lanjut pada waktu yang Bapak/Ibu tentukan."
	var contacts []string
	if v := strings.TrimSpace(s.Phone); v != "" {
		contacts = append(contacts, "telepon "+v)
	}
	if v := strings.TrimSpace(s.Email); v != "" {
		contacts = append(contacts, "pos-el "+v)
	}
	if len(contacts) > 0 {
		proposal += " Untuk keperluan koordinasi, Bapak/Ibu dapat menghubungi kami melalui " + strings.Join(contacts, " atau ") + "."
	}
	return []string{who, program, ask, proposal}
}

// sentence makes typed text end like a sentence.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" || strings.ContainsAny(s[len(s)-1:], ".!?") {
		return s
	}
	return s + "."
}
