package pdf

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/kemitraan/kemitraan/model"
)

// An SMK's documents of a PKL activity (model/pkl.go): the surat pengantar PKL, with
// which the school introduces to the DUDI the students it places there, and the
// lembar monitoring PKL of one placement, which the guru pembimbing takes on visits.
// Both list students, who are minors: their footer says how the data may be used
// (minorsNotice), and they print a student's four recorded fields and no more.

// PKLLetter is what the surat pengantar PKL is made from: one PKL activity — a group
// of students sent to the partner, the DUDI of the partnership, under its agreement —
// and the letter's number and date from the register.
type PKLLetter struct {
	School      model.School
	Partner     model.Partner
	Partnership model.Partnership
	Activity    model.StudentActivity
	Letter      model.Letter // Number and Date are printed
	// Options are the letter's Sifat and Tembusan (nil: the school's defaults).
	Options model.DocumentOptions
}

// WritePKLLetter writes the surat pengantar PKL as PDF to w and returns its document
// code. The letter's date is the file's creation date: the same letter gives the
// same bytes. Missing data (the school's name, the number, the date, the partner, a
// student) give an error wrapping ErrIncomplete and nothing written.
func WritePKLLetter(w io.Writer, l PKLLetter) (string, error) {
	var m missing
	m.needLetter(l.School, l.Letter, l.Partner)
	if l.Activity.Kind != model.ActivityKindPKL {
		m = append(m, "aktivitas PKL")
	}
	if len(l.Activity.Placements) == 0 {
		m = append(m, "peserta didik PKL")
	}
	if err := m.err(); err != nil {
		return "", err
	}
	return render(w, l.School, meta{
		kind:    "pengantar-pkl",
		title:   "Surat Pengantar PKL – " + oneLine(l.Partner.Name),
		subject: oneLine(l.Activity.Title),
		created: l.Letter.Date,
		minors:  true,
	}, func(d *doc) { l.letter().print(d) })
}

// letter is the surat pengantar's text: on what basis the students come, the list of
// them, who supervises them, what the school asks of the DUDI.
func (l PKLLetter) letter() letterBody {
	s, pt, a := l.School, l.Partner, l.Activity
	school, partner, you := oneLine(s.Name), oneLine(pt.Name), pt.You()
	pls := a.Placements
	start, end := a.Period()
	// the students are listed by group: those with one period and one unit together,
	// each group after a line that says its period and unit
	groups := pklGroups(pls)
	teachers := a.Teachers()

	intro := "Menindaklanjuti " + agreementRef(l.Partnership.Agreement, school, partner) +
		", serta dalam rangka pelaksanaan Praktik Kerja Lapangan (PKL) bagi peserta didik sekolah menengah kejuruan, " +
		"dengan hormat kami sampaikan peserta didik " + school + " yang akan melaksanakan PKL di " + partner
	if len(groups) == 1 {
		if u := oneLine(pls[0].Unit); u != "" {
			intro += ", " + u + ","
		}
		intro += " pada tanggal " + period(start, end) + ", sebagai berikut:"
	} else {
		intro += " dalam periode dan pada unit kerja sebagaimana tercantum berikut:"
	}

	cols := []column{{"No.", "C"}, {"Nama Peserta Didik", "L"}, {"NISN", "C"}, {"Kelas", "L"}, {"Kompetensi Keahlian", "L"}}
	if len(teachers) > 1 {
		cols = append(cols, column{"Guru Pembimbing", "L"})
	}
	table := func(d *doc) {
		n := 0
		for gi, g := range groups {
			if len(groups) > 1 {
				lead := fmt.Sprintf("%c. Periode %s", 'a'+gi, period(g.start, g.end))
				if g.unit != "" {
					lead += ", unit kerja " + g.unit
				}
				d.paragraph(lead+":", para{align: "L", style: "B", after: 1})
			}
			rows := make([]tableRow, len(g.placements))
			for i, pl := range g.placements {
				n++
				st := pl.Student
				cells := []string{strconv.Itoa(n), oneLine(st.Name), oneLine(st.NISN), oneLine(st.Class), oneLine(st.Kompetensi)}
				if len(teachers) > 1 {
					cells = append(cells, oneLine(pl.Teacher.Name))
				}
				rows[i] = tableRow{cells: cells}
			}
			d.tableWhole(0, cols, rows, map[int]bool{2: true, 3: true})
		}
		d.space(1)
	}

	supervise := "Selama pelaksanaan PKL, peserta didik dibimbing oleh guru pembimbing dari " + school
	if sk := oneLine(a.SKNumber); sk != "" {
		supervise += " yang ditugaskan dengan Keputusan Kepala " + school + " Nomor " + sk
		if !a.SKDate.IsZero() {
			supervise += " tanggal " + model.LongDate(a.SKDate)
		}
	}
	if len(teachers) == 0 {
		supervise += ", yang namanya akan kami sampaikan kemudian"
	} else {
		supervise += ","
		names := make([]string, len(teachers))
		for i, t := range teachers {
			names[i] = oneLine(t.Name)
			if nip := nipOf(t.NIP); nip != "" {
				names[i] += " (" + nip + ")"
			}
		}
		supervise += " yaitu " + series(names)
		if len(teachers) > 1 {
			supervise += " sebagaimana tercantum pada daftar"
		}
	}
	var instructors []string
	seen := map[string]bool{}
	for _, pl := range pls {
		in := pl.Instructor
		key := model.Fold(oneLine(in.Name))
		if key == "" || seen[key] {
			continue
		}
		seen[key] = true
		name := oneLine(in.Name)
		if pos := oneLine(in.Position); pos != "" {
			name += " (" + pos + ")"
		}
		instructors = append(instructors, name)
	}
	if len(instructors) > 0 {
		supervise += ", serta oleh instruktur dari " + partner + ", yaitu " + series(instructors)
	}
	supervise += "."
	supervise += " Guru pembimbing akan melakukan kunjungan monitoring secara berkala dan berkoordinasi dengan instruktur " +
		"mengenai kehadiran, sikap kerja, dan capaian kompetensi peserta didik."

	guide := "membimbing mereka"
	if len(instructors) == 0 {
		guide = "menunjuk instruktur yang membimbing mereka" // none recorded yet: the DUDI names them
	}
	ask := "Kami mohon " + you + " berkenan menerima peserta didik tersebut, " + guide + " sesuai dengan program PKL " +
		"yang telah disepakati, dan memberikan penilaian pada akhir pelaksanaan PKL. Peserta didik wajib menaati tata tertib " +
		"serta ketentuan keselamatan dan kesehatan kerja (K3) yang berlaku di " + partner + "."
	if c := contacts(s); c != "" {
		ask += " Untuk keperluan koordinasi, " + you + " dapat menghubungi kami melalui " + c + "."
	}

	return letterBody{school: s, partner: pt, number: l.Letter.Number, date: model.PlaceDate(s.City, l.Letter.Date),
		options: l.Options, enclosure: nothingEnclosed, subject: model.PKLLetterSubject,
		paragraphs: []string{intro, supervise, ask},
		table:      table,
		tableAfter: 0,
		closing:    "Demikian surat pengantar ini kami sampaikan. Atas perhatian dan kerja sama " + you + ", kami ucapkan terima kasih."}
}

// pklGroup is the placements of an activity with one period and one unit.
type pklGroup struct {
	start, end time.Time
	unit       string
	placements []model.Placement
}

// pklGroups groups the placements by period and unit, in the order of their first
// placement.
func pklGroups(pls []model.Placement) []pklGroup {
	var out []pklGroup
	for _, pl := range pls {
		unit := oneLine(pl.Unit)
		i := 0
		for i < len(out) && !(civil(out[i].start).Equal(civil(pl.Start)) && civil(out[i].end).Equal(civil(pl.End)) && model.Fold(out[i].unit) == model.Fold(unit)) {
			i++
		}
		if i == len(out) {
			out = append(out, pklGroup{start: pl.Start, end: pl.End, unit: unit})
		}
		out[i].placements = append(out[i].placements, pl)
	}
	return out
}

// agreementRef names the agreement the students come under: "Perjanjian Kerja Sama
// antara SMK … dengan PT … Nomor … tanggal …".
func agreementRef(a model.Agreement, school, partner string) string {
	name, number, date := "Perjanjian Kerja Sama", oneLine(a.SchoolNumber), a.Date
	if a.Kind == model.AgreementMoU {
		name, number, date = "Nota Kesepahaman", oneLine(a.MoU.SchoolNumber), a.MoU.Date
	}
	ref := name + " antara " + school + " dengan " + partner
	if number != "" {
		ref += " Nomor " + number
	}
	if !date.IsZero() {
		ref += " tanggal " + model.LongDate(date)
	}
	return ref
}

// period is "6 Januari 2027 s.d. 30 Juni 2027"; one day is that day.
func period(start, end time.Time) string {
	if civil(start).Equal(civil(end)) || end.IsZero() {
		return model.LongDate(start)
	}
	return model.LongDate(start) + " s.d. " + model.LongDate(end)
}

// series joins names as a sentence lists them: "A", "A dan B", "A, B, dan C".
func series(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	case 2:
		return names[0] + " dan " + names[1]
	}
	return strings.Join(names[:len(names)-1], ", ") + ", dan " + names[len(names)-1]
}

// PKLMonitoring is what the lembar monitoring PKL of one placement is made from.
type PKLMonitoring struct {
	School      model.School
	Partner     model.Partner
	Partnership model.Partnership
	Activity    model.StudentActivity
	Placement   model.Placement
}

// monitoringRows is how many rows the visits table has at least: the recorded
// visits, then empty ones for the visits still to come, filled in on paper.
const (
	monitoringRows  = 5
	monitoringEmpty = 2    // empty rows after the recorded visits, however many there are
	monitoringRowH  = 10.5 // mm: room to write a visit's notes by hand
	// monitoringSign is the height of what follows the table: a space, the place and
	// date, the signatures with their room
	monitoringSign = 4 + 4*bodyLeading + 18
)

// tableEnd is where a table of these rows would end, printed after a heading of
// height before: the foot of its last row, on whichever page that is.
func (d *doc) tableEnd(cols []column, rows []tableRow, before float64) float64 {
	head, heights := d.tableHeights(0, cols, rows, nil)
	y := d.y() + before
	if len(heights) > 0 && y+head+heights[0] > d.bottom() {
		y = marginTop
	}
	y += head
	for _, h := range heights {
		if y+h > d.bottom() {
			y = marginTop + head
		}
		y += h
	}
	return y + 2 // the space table leaves below itself
}

// WritePKLMonitoring writes the monitoring sheet of one placement as PDF to w and
// returns its document code. It carries no date of issue: its file date is the
// placement's start or its latest visit, so that the same record gives the same file.
func WritePKLMonitoring(w io.Writer, m PKLMonitoring) (string, error) {
	var miss missing
	miss.need(m.School.Name, "nama sekolah")
	miss.need(m.Partner.Name, "nama mitra")
	miss.need(m.Placement.Student.Name, "nama peserta didik")
	if m.Placement.Start.IsZero() || m.Placement.End.IsZero() {
		miss = append(miss, "periode PKL")
	}
	if err := miss.err(); err != nil {
		return "", err
	}
	created := m.Placement.Start
	for _, v := range m.Placement.Visits {
		if v.Date.After(created) {
			created = v.Date
		}
	}
	return render(w, m.School, meta{
		kind:    "monitoring-pkl",
		title:   "Lembar Monitoring PKL – " + oneLine(m.Placement.Student.Name),
		subject: oneLine(m.Partner.Name),
		created: created,
		minors:  true,
	}, m.content)
}

// schoolYear is the tahun pelajaran of a day: July to June, "2026/2027".
func schoolYear(t time.Time) string {
	y := t.Year()
	if t.Month() < time.July {
		y--
	}
	return strconv.Itoa(y) + "/" + strconv.Itoa(y+1)
}

func (m PKLMonitoring) content(d *doc) {
	s, pt, pl := m.School, m.Partner, m.Placement
	st := pl.Student
	d.letterhead()
	d.paragraph("LEMBAR MONITORING PRAKTIK KERJA LAPANGAN (PKL)", para{style: "B", size: 13, align: "C"})
	d.paragraph("TAHUN PELAJARAN "+schoolYear(pl.Start), para{style: "B", align: "C", after: 3})

	d.heading("A. Identitas", para{after: 1.5})
	rows := []field{
		{label: "Nama peserta didik", value: oneLine(st.Name), style: "B"},
		{label: "NISN", value: oneLine(st.NISN)},
		{label: "Kelas", value: oneLine(st.Class)},
		{label: "Kompetensi keahlian", value: oneLine(st.Kompetensi)},
		{label: "Tempat PKL (DUDI)", value: oneLine(pt.Name)},
	}
	if addr := oneLine(pt.LetterAddress()); addr != "" {
		rows = append(rows, field{label: "Alamat", value: addr})
	}
	if u := oneLine(pl.Unit); u != "" {
		rows = append(rows, field{label: "Unit kerja", value: u})
	}
	rows = append(rows, field{label: "Periode PKL", value: period(pl.Start, pl.End)})
	teacher := orDots(oneLine(pl.Teacher.Name))
	if nip := nipOf(pl.Teacher.NIP); nip != "" {
		teacher += ", " + nip
	}
	rows = append(rows, field{label: "Guru pembimbing", value: teacher})
	in := pl.Instructor
	instructor := orDots(oneLine(in.Name))
	if pos := oneLine(in.Position); pos != "" {
		instructor += ", " + pos
	}
	if ph := oneLine(in.Phone); ph != "" {
		instructor += ", telepon " + ph
	}
	rows = append(rows, field{label: "Instruktur", value: instructor})
	if n := oneLine(m.Partnership.Agreement.Number()); n != "" {
		name := "Perjanjian Kerja Sama"
		if m.Partnership.Agreement.Kind == model.AgreementMoU {
			name = "Nota Kesepahaman"
		}
		rows = append(rows, field{label: "Dasar", value: name + " Nomor " + n})
	}
	d.indented(5, func() { d.fields(rows, 0) })
	d.space(3)

	d.heading("B. Catatan Kunjungan Monitoring", para{after: 1.5})
	var tr []tableRow
	for i, v := range pl.Visits {
		tr = append(tr, tableRow{cells: []string{strconv.Itoa(i + 1), model.LongDate(v.Date), orText(oneLine(v.Notes), "-"), "", ""},
			minH: monitoringRowH})
	}
	empty := func() tableRow {
		return tableRow{cells: []string{strconv.Itoa(len(tr) + 1), "", "", "", ""}, minH: monitoringRowH}
	}
	for len(tr) < max(monitoringRows, len(pl.Visits)+monitoringEmpty) {
		tr = append(tr, empty())
	}
	cols := []column{{"No.", "C"}, {"Tanggal", "L"}, {"Catatan Hasil Monitoring dan Tindak Lanjut", "L"},
		{"Paraf Guru Pembimbing", "C"}, {"Paraf Instruktur", "C"}}
	// the signatures never stand alone on a page: when they would not fit below the
	// table, more empty rows fill this page and two begin the next, above them
	lh := lineHeight(bodySize)
	if y, rowH := d.tableEnd(cols, tr, lh+1.5), max(monitoringRowH, lineHeight(tableSize)+2*cellPad); y+monitoringSign > d.bottom() {
		for range int((d.bottom()-y)/rowH) + 2 {
			tr = append(tr, empty())
		}
	}
	d.table(0, cols, tr)
	d.space(2)

	// the sheet is signed on paper, on the day of the last visit: a place and date to fill in
	place := oneLine(s.City)
	if place == "" {
		place = strings.Repeat(".", 20)
	}
	d.paragraph(place+", "+strings.Repeat(".", 35), para{align: "L", left: 0.5 * (d.right - d.left), keepNext: true})
	d.signatures(d.left,
		signature{above: []string{"Guru Pembimbing,"}, name: orDots(oneLine(pl.Teacher.Name)), id: nipOf(pl.Teacher.NIP), room: 18},
		signature{above: []string{"Instruktur,"}, name: orDots(oneLine(in.Name)), id: oneLine(in.Position), room: 18},
	)
}
