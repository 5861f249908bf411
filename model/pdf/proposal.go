package pdf

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/jung-kurt/gofpdf"

	"github.com/kemitraan/kemitraan/model"
)

// Proposal is what the proposal kerja sama of stage 3 is made from.
type Proposal struct {
	School      model.School
	Partner     model.Partner
	Partnership model.Partnership
	Date        time.Time // the date under the signatures; also the file's creation date
	// Committee puts "Mengetahui, Ketua Komite Sekolah" beside the principal's
	// signature: a program parents pay for is a sumbangan the committee must know of
	// (model.ParentFunded). CommitteeChair is who signs; with no name, a line to write
	// it on. A name given without Committee also prints the block.
	Committee      bool
	CommitteeChair model.Signatory
	// Attachments are listed under "Lampiran": the files actually sent with the
	// proposal; none prints no list.
	Attachments []string
	// Cover, when its Number is set, is the cover letter (surat pengantar) that goes
	// before a proposal sent on its own: its number and date; Options its Sifat and
	// Tembusan. Request is the request letter sent before, which the cover letter
	// follows up, when there was one.
	Cover   model.Letter
	Request *model.Letter
	Options model.DocumentOptions
}

// WriteProposal writes the proposal as PDF to w and returns its document code. When
// the school, the partner, the title, the date, the objectives, the targets or both
// sides' roles are missing, it writes nothing and returns an error wrapping
// ErrIncomplete.
func WriteProposal(w io.Writer, p Proposal) (string, error) {
	pr := p.Partnership.Proposal
	var m missing
	m.need(p.School.Name, "nama sekolah")
	m.need(p.Partner.Name, "nama mitra")
	m.need(p.Partnership.Title, "judul kerja sama")
	if p.Date.IsZero() {
		m = append(m, "tanggal proposal")
	}
	m.need(pr.Objectives, "tujuan")
	m.need(pr.Targets, "sasaran")
	if len(items(pr.SchoolRoles)) == 0 {
		m = append(m, "peran sekolah")
	}
	if len(items(pr.PartnerRoles)) == 0 {
		m = append(m, "peran mitra")
	}
	if err := m.err(); err != nil {
		return "", err
	}
	return render(w, p.School, meta{
		kind:    "proposal",
		title:   "Proposal Kerja Sama – " + oneLine(p.Partnership.Title),
		subject: organisation(p.Partner),
		created: p.Date,
	}, p.content)
}

// coverLetter is the surat pengantar of a proposal sent on its own.
func (p Proposal) coverLetter() letterBody {
	s, pt, ps := p.School, p.Partner, p.Partnership
	you := pt.You()
	lead := "Bersama ini kami sampaikan"
	if r := p.Request; r != nil && oneLine(r.Number) != "" {
		lead = "Menindaklanjuti surat kami Nomor " + oneLine(r.Number) + " tanggal " + model.LongDate(r.Date) +
			" perihal Permohonan Kerja Sama, bersama ini kami sampaikan"
	}
	body := []string{
		lead + " proposal kerja sama program “" + oneLine(ps.Title) + "” kepada " + addresseeInText(pt) +
			" sebagai bahan pertimbangan. Proposal tersebut memuat latar belakang, tujuan, sasaran, bentuk kegiatan, " +
			"pembagian peran, jadwal, rencana anggaran, serta rencana evaluasi program.",
		"Kami berharap " + you + " berkenan mempelajarinya dan memberi kesempatan kepada kami untuk membicarakan kerja sama ini lebih lanjut.",
	}
	if c := contacts(s); c != "" {
		body[1] += " Untuk keperluan koordinasi, " + you + " dapat menghubungi kami melalui " + c + "."
	}
	return letterBody{school: s, partner: pt, number: p.Cover.Number, date: model.PlaceDate(s.City, p.Cover.Date),
		options: p.Options, enclosure: proposalEnclosed, subject: coverSubject, paragraphs: body,
		closing: strings.Replace(coverClosingFmt, "%s", you, 1)}
}

// budgetNote says, under the budget table, what the partner's share is in law.
func budgetNote(pt model.Partner, total model.Rupiah) string {
	s := "Jumlah " + total.Formal() + " (terbilang: " + total.Words() + ")."
	switch model.DeriveKind(pt.Kind, model.GiverPartner) {
	case model.ContribSumbangan:
		return s + " Bagian mitra merupakan sumbangan yang bersifat sukarela dan tidak mengikat satuan pendidikan, dihimpun dengan sepengetahuan Komite Sekolah, dan dipertanggungjawabkan secara terbuka."
	case model.ContribProgram:
		return s + " Bagian mitra merupakan dukungan program pemerintah yang dilaksanakan sesuai dengan ketentuan yang berlaku bagi mitra."
	}
	return s + " Bagian mitra merupakan bantuan dengan syarat yang disepakati para pihak dalam perjanjian kerja sama, dan dipertanggungjawabkan secara terbuka."
}

func (p Proposal) content(d *doc) {
	s, ps, pr := p.School, p.Partnership, p.Partnership.Proposal
	school, partner := oneLine(s.Name), organisation(p.Partner)

	// a proposal sent on its own goes with its cover letter
	if oneLine(p.Cover.Number) != "" {
		p.coverLetter().print(d)
		d.flushKeep()
		d.pdf.AddPage()
	}
	// the cover: title, the school's logo, to whom, the school and the year
	d.setY(45)
	d.paragraph("PROPOSAL KERJA SAMA", para{style: "B", size: 20, align: "C", after: 4})
	d.paragraph(strings.ToUpper(oneLine(ps.Title)), para{style: "B", size: 16, align: "C", after: 14})
	if l := d.coverLogo(); l != nil {
		lw, lh := logoBox(l)
		scale := 55 / max(lw, lh)
		lw, lh = lw*scale, lh*scale
		d.pdf.ImageOptions(l.name, (d.left+d.right-lw)/2, d.y(), lw, lh, false, gofpdf.ImageOptions{}, 0, "")
		d.setY(d.y() + lh + 16)
	} else {
		d.setY(d.y() + 30)
	}
	d.paragraph("Diajukan kepada:", para{align: "C"})
	d.paragraph(partner, para{style: "B", size: 14, align: "C", after: 1})
	if a := oneLine(p.Partner.LetterAddress()); a != "" {
		d.paragraph(a, para{align: "C"})
	}
	d.setY(d.bottom() - 42)
	d.paragraph("Oleh:", para{align: "C"})
	d.paragraph(strings.ToUpper(school), para{style: "B", size: 15, align: "C"})
	for _, line := range []string{oneLine(s.Address), npsnLine(s)} {
		if line != "" {
			d.paragraph(line, para{align: "C"})
		}
	}
	d.paragraph(strconv.Itoa(p.Date.Year()), para{style: "B", size: 14, align: "C"})

	// the sections
	d.pdf.AddPage()
	d.paragraph("PROPOSAL KERJA SAMA", para{style: "B", size: 14, align: "C"})
	d.paragraph(strings.ToUpper(oneLine(ps.Title)), para{style: "B", size: 13, align: "C", after: 6})
	n := 0
	section := func(title string) {
		d.space(1.5)
		d.heading(fmt.Sprintf("%c. %s", 'A'+n, title), para{after: 1.5})
		n++
	}
	text := func(s, empty string) {
		if strings.TrimSpace(s) == "" {
			s = empty
		}
		d.paragraph(s, para{align: "J", indent: 10, after: 1.5})
	}

	section("Latar Belakang")
	bg := pr.Background
	if strings.TrimSpace(bg) == "" {
		bg = school + " memerlukan dukungan untuk " + strings.TrimRight(oneLine(ps.Need.Description), ".") + "."
	}
	text(bg, "")
	section("Tujuan")
	text(pr.Objectives, "")
	section("Sasaran")
	text(pr.Targets, "")
	section("Bentuk Kegiatan")
	acts := items(strings.Split(pr.Activities, "\n"))
	if len(acts) > 1 {
		for i, a := range acts {
			d.item(strconv.Itoa(i+1)+".", sentence(a), 0, 7, "")
		}
		d.space(1.5)
	} else {
		text(pr.Activities, "Bentuk kegiatan disepakati bersama dengan mitra.")
	}

	section("Pelaksana")
	d.paragraph("Kegiatan dilaksanakan bersama oleh "+school+" dan "+partner+" dengan pembagian peran sebagai berikut:", para{align: "J", indent: 10, after: 1.5})
	for i, side := range []struct {
		who   string
		roles []string
	}{{school, pr.SchoolRoles}, {partner, pr.PartnerRoles}} {
		d.item(strconv.Itoa(i+1)+".", side.who+":", 0, 7, "B")
		for k, r := range items(side.roles) {
			d.item(letter(k)+".", sentence(r), 7, 7, "")
		}
	}
	d.space(1.5)

	section("Jadwal Kegiatan")
	if len(pr.Schedule) == 0 {
		text("Jadwal kegiatan disusun bersama mitra setelah kerja sama disepakati.", "")
	} else {
		// by date, as a schedule reads; undated items last, in the order typed
		sched := slices.Clone(pr.Schedule)
		slices.SortStableFunc(sched, func(a, b model.ScheduleItem) int {
			switch {
			case a.Date.IsZero() || b.Date.IsZero():
				return cmp.Compare(boolInt(a.Date.IsZero()), boolInt(b.Date.IsZero()))
			default:
				return a.Date.Compare(b.Date)
			}
		})
		rows := make([]tableRow, 0, len(sched))
		for i, it := range sched {
			date := "-"
			if !it.Date.IsZero() {
				date = model.LongDate(it.Date)
			}
			rows = append(rows, tableRow{cells: []string{strconv.Itoa(i + 1), date, oneLine(it.Activity), oneLine(it.PIC)}})
		}
		d.table(0, []column{{"No.", "C"}, {"Waktu", "L"}, {"Kegiatan", "L"}, {"Penanggung Jawab", "L"}}, rows)
	}

	section("Rencana Anggaran")
	if len(pr.Budget) == 0 {
		text("Kegiatan ini tidak memerlukan anggaran khusus.", "")
	} else {
		rows := make([]tableRow, 0, len(pr.Budget)+3)
		for i, b := range pr.Budget {
			rows = append(rows, tableRow{cells: []string{strconv.Itoa(i + 1), oneLine(b.Item), paidBy(b.PaidBy, school, partner), b.Amount.Figure()}})
		}
		total, bySchool, byPartner := pr.BudgetTotal()
		rows = append(rows,
			tableRow{cells: []string{"", "Ditanggung " + school, "", bySchool.Figure()}},
			tableRow{cells: []string{"", "Ditanggung " + partner, "", byPartner.Figure()}},
			tableRow{cells: []string{"", "Jumlah", "", total.Figure()}, bold: true})
		d.table(0, []column{{"No.", "C"}, {"Uraian", "L"}, {"Ditanggung oleh", "L"}, {"Jumlah (Rp)", "R"}}, rows)
		d.paragraph(budgetNote(p.Partner, total), para{align: "J", style: "I", size: 11, after: 1.5})
	}

	section("Indikator Keberhasilan dan Rencana Evaluasi")
	if len(pr.Indicators) > 0 {
		rows := make([]tableRow, 0, len(pr.Indicators))
		for i, in := range pr.Indicators {
			rows = append(rows, tableRow{cells: []string{strconv.Itoa(i + 1), oneLine(in.Name), quantity(in.Target, in.Unit)}})
		}
		d.table(0, []column{{"No.", "C"}, {"Indikator", "L"}, {"Target", "R"}}, rows)
	}
	text(pr.EvaluationPlan, "Evaluasi dilaksanakan bersama mitra secara berkala dengan membandingkan capaian terhadap target indikator.")

	closing := "Demikian proposal ini kami susun sebagai bahan pertimbangan " + partner + ". Besar harapan kami kerja sama ini dapat terwujud demi " +
		"peningkatan mutu pendidikan di " + school + ". Atas perhatian dan kerja sama " + p.Partner.You() + ", kami ucapkan terima kasih."
	section("Penutup")
	// the closing's last lines stay with the signatures below it
	d.paragraph(closing, para{align: "J", indent: 10, after: 4, keepNext: true})

	principal := signature{above: []string{"Kepala " + school + ","}, name: orDots(s.PrincipalName), id: nipOf(s.PrincipalNIP)}
	if c := p.CommitteeChair; p.Committee || oneLine(c.Name) != "" {
		pos := oneLine(c.Position)
		if pos == "" {
			pos = "Ketua Komite Sekolah"
		}
		d.paragraph(model.PlaceDate(s.City, p.Date), para{align: "R", keepNext: true})
		d.signatures(d.left,
			signature{above: []string{"Mengetahui,", pos + ","}, name: orDots(c.Name), id: idLine(c.IDNumber)},
			signature{above: []string{"", principal.above[0]}, name: principal.name, id: principal.id})
	} else {
		principal.above = append([]string{model.PlaceDate(s.City, p.Date)}, principal.above...)
		d.signatures(d.left+0.56*(d.right-d.left), principal)
	}

	// the attachments actually sent with the proposal; none, no list
	att := items(p.Attachments)
	if len(att) == 0 {
		return
	}
	d.space(6)
	d.heading("Lampiran", para{after: 1})
	// a short list of attachments is never split: its last item alone would strand
	if h := d.itemsHeight(att, 0, 7); h < 0.4*(d.bottom()-marginTop) {
		d.ensure(h)
	}
	for i, a := range att {
		d.item(strconv.Itoa(i+1)+".", a, 0, 7, "")
	}
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func paidBy(p model.Party, school, partner string) string {
	if p == model.PartyPartner {
		return partner
	}
	return school
}

func npsnLine(s model.School) string {
	if v := oneLine(s.NPSN); v != "" {
		return "NPSN " + v
	}
	return ""
}

func orDots(name string) string {
	if name = oneLine(name); name != "" {
		return name
	}
	return strings.Repeat(".", 40)
}
