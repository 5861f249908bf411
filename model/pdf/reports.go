package pdf

import (
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/kemitraan/kemitraan/model"
)

// Monev is what the laporan monitoring dan evaluasi of stage 6 is made from: one
// evaluation of a partnership, and the activities of the period it covers.
type Monev struct {
	School      model.School
	Partner     model.Partner
	Partnership model.Partnership
	Evaluation  model.Evaluation // the evaluation reported; its Date is the report's date
}

// WriteMonev writes the monitoring and evaluation report as PDF to w and returns its
// document code.
func WriteMonev(w io.Writer, r Monev) (string, error) {
	var m missing
	m.need(r.School.Name, "nama sekolah")
	m.need(r.Partner.Name, "nama mitra")
	m.need(r.Partnership.Title, "judul kerja sama")
	if r.Evaluation.Date.IsZero() {
		m = append(m, "tanggal evaluasi")
	}
	if err := m.err(); err != nil {
		return "", err
	}
	return render(w, r.School, meta{
		kind: "monev", title: "Laporan Monitoring dan Evaluasi – " + oneLine(r.Partnership.Title),
		subject: oneLine(r.Partner.Name), created: r.Evaluation.Date,
	}, r.content)
}

// notDue is what an indicator not yet due shows instead of a percentage.
const notDue = "belum jatuh tempo"

func (r Monev) content(d *doc) {
	s, ps, ev, a := r.School, r.Partnership, r.Evaluation, r.Partnership.Agreement
	d.letterhead()
	d.paragraph("LAPORAN MONITORING DAN EVALUASI", para{style: "B", size: 13, align: "C"})
	d.paragraph("KEMITRAAN "+strings.ToUpper(oneLine(ps.Title)), para{style: "B", align: "C", after: 5})

	from, to := ps.EvaluationPeriod(ev)
	period := model.LongDate(to)
	if !from.IsZero() && !civil(from).Equal(civil(to)) {
		period = model.LongDate(from) + " s.d. " + model.LongDate(to)
	}
	rows := []field{
		{label: "Kerja sama", value: oneLine(ps.Title)},
		{label: "Mitra", value: oneLine(r.Partner.Name)},
	}
	if n := oneLine(a.Number()); n != "" {
		rows = append(rows, field{label: "Nomor perjanjian", value: n})
	}
	if start, end := a.Term(); !start.IsZero() && !end.IsZero() {
		rows = append(rows, field{label: "Masa berlaku", value: model.LongDate(start) + " s.d. " + model.LongDate(end)})
	}
	rows = append(rows, field{label: "Periode laporan", value: period})
	d.fields(rows, 0)
	d.space(4)

	d.heading("A. Capaian Indikator", para{after: 1.5})
	if len(ev.Values) == 0 {
		d.paragraph("Belum ada indikator yang diukur pada periode ini.", para{align: "J"})
	} else {
		var tr []tableRow
		var bars []bar
		due := 0
		for i, v := range ev.Values {
			achieved, pct := quantity(v.Achieved, v.Unit), percent(v.Achieved, v.Target)
			in, known := ps.IndicatorFor(v)
			if known && !in.DueAt(ev.Date) {
				// measured later (at the end of the school year): not a 0 %
				achieved, pct = notDue, "-"
			} else {
				due++
				p := 0.0
				if v.Target > 0 {
					p = v.Achieved / v.Target * 100
				}
				bars = append(bars, bar{label: oneLine(v.Indicator), value: p, text: pct})
			}
			tr = append(tr, tableRow{cells: []string{strconv.Itoa(i + 1), oneLine(v.Indicator),
				quantity(v.Target, v.Unit), achieved, pct}})
		}
		d.table(0, []column{{"No.", "C"}, {"Indikator", "L"}, {"Target", "R"}, {"Capaian", "R"}, {"%", "R"}}, tr)
		if due < len(ev.Values) {
			d.paragraph("Indikator yang belum jatuh tempo diukur pada tanggal yang ditetapkan dalam proposal dan belum dinilai pada periode ini.",
				para{align: "J", style: "I", size: 11, after: 2})
		}
		if len(bars) > 0 {
			d.barChart("Persentase capaian terhadap target", bars, 100)
		}
	}

	d.heading("B. Penilaian Manfaat Kemitraan", para{after: 1.5})
	var br []tableRow
	for b := model.Benefit(0); b < model.NumBenefits; b++ {
		v := ev.Ratings[b]
		if v < 0 || v > 5 {
			v = 0
		}
		score := "-"
		if v > 0 {
			score = strconv.Itoa(v)
		}
		br = append(br, tableRow{cells: []string{strconv.Itoa(int(b) + 1), b.Name(), score, model.RatingWord(v)}})
	}
	d.table(0, []column{{"No.", "C"}, {"Manfaat", "L"}, {"Nilai (1–5)", "C"}, {"Keterangan", "L"}}, br)

	d.heading("C. Kegiatan pada Periode Ini", para{after: 1.5})
	var ar []tableRow
	acts := slices.Clone(ps.Activities)
	slices.SortStableFunc(acts, func(a, b model.Activity) int { return a.Date.Compare(b.Date) })
	for _, act := range acts {
		day := civil(act.Date)
		if day.After(civil(to)) || (!from.IsZero() && day.Before(civil(from))) {
			continue
		}
		ar = append(ar, tableRow{cells: []string{strconv.Itoa(len(ar) + 1), model.LongDate(act.Date), oneLine(act.Title), act.Status.Label()}})
	}
	if len(ar) == 0 {
		d.paragraph("Tidak ada kegiatan tercatat pada periode ini.", para{align: "J", after: 2})
	} else {
		d.table(0, []column{{"No.", "C"}, {"Tanggal", "L"}, {"Kegiatan", "L"}, {"Status", "L"}}, ar)
	}

	d.heading("D. Temuan", para{after: 1.5})
	d.paragraph(orText(ev.Findings, "Tidak ada temuan khusus."), para{align: "J", indent: 10, after: 2})
	d.heading("E. Tindak Lanjut", para{after: 1.5})
	// the last lines stay with the signature
	d.paragraph(orText(ev.FollowUp, "Kegiatan dilanjutkan sesuai rencana."), para{align: "J", indent: 10, after: 4, keepNext: true})

	// the report is signed by whoever the agreement says monitors: both parties when
	// they monitor together, else the school
	principal := signature{above: []string{"Kepala " + oneLine(s.Name) + ","}, name: orDots(s.PrincipalName), id: nipOf(s.PrincipalNIP)}
	if a.Monitoring.Joint() && a.Kind.Valid() {
		pt := model.PartnerTerms(a, r.Partner)
		partner := signature{above: []string{"PIHAK KEDUA,", oneLine(pt.Signatory.Position) + ","}, name: orDots(pt.Signatory.Name), id: idLine(pt.Signatory.IDNumber)}
		if pt.ActsForHimself {
			partner.above = []string{"PIHAK KEDUA,", ""}
		}
		principal.above = []string{"PIHAK PERTAMA,", principal.above[0]}
		d.paragraph(model.PlaceDate(s.City, ev.Date), para{align: "R", keepNext: true})
		d.signatures(d.left, principal, partner)
		return
	}
	principal.above = append([]string{model.PlaceDate(s.City, ev.Date)}, principal.above...)
	d.signatures(d.left+0.56*(d.right-d.left), principal)
}

// civil is t's calendar day, to compare days whatever the clock.
func civil(t time.Time) time.Time {
	y, m, dd := t.Date()
	return time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)
}

func orText(s, empty string) string {
	if strings.TrimSpace(s) == "" {
		return empty
	}
	return s
}

func percent(achieved, target float64) string {
	if target <= 0 {
		return "-"
	}
	return number(float64(int64(achieved/target*1000+0.5))/10) + "%"
}

// bar is one bar of a chart.
type bar struct {
	label string
	value float64 // in the chart's unit
	text  string  // printed at the bar's end
}

// barChart draws a horizontal bar chart with gofpdf rectangles: a label column, bars
// scaled to the largest of full and the values, and a reference line at full.
func (d *doc) barChart(title string, bars []bar, full float64) {
	const barH, gap, labelSize = 5.0, 2.0, 9.0
	labelW := 0.38 * (d.right - d.left)
	lh := lineHeight(labelSize)
	// a label wraps in its column (three lines at most) rather than being cut
	d.font("", labelSize)
	labels := make([][]string, len(bars))
	rowH := make([]float64, len(bars))
	total := 0.0
	for i, b := range bars {
		for _, ln := range d.wrap(clean(b.label, "", false), labelW, 0) {
			labels[i] = append(labels[i], ln.text)
		}
		if len(labels[i]) > 3 {
			labels[i] = labels[i][:3]
			last := []rune(labels[i][2])
			for len(last) > 1 && d.width(string(last)+"…") > labelW {
				last = last[:len(last)-1]
			}
			labels[i][2] = string(last) + "…"
		}
		rowH[i] = max(barH, float64(len(labels[i]))*lh) + gap
		total += rowH[i]
	}
	d.ensure(lineHeight(10) + total + 4)
	d.font("B", 10)
	d.line(title, "L")
	top := d.y() + 1
	x0 := d.left + labelW + 2
	w := d.right - x0 - 14
	scale := full
	for _, b := range bars {
		scale = max(scale, b.value)
	}
	if scale <= 0 {
		scale = 1
	}
	fx := -1.0 // the target line's x, when there is one
	if full > 0 && full <= scale {
		fx = x0 + w*full/scale
	}
	d.font("", labelSize)
	y := top
	for i, b := range bars {
		h := rowH[i] - gap
		ly := y + (h-float64(len(labels[i]))*lh)/2
		for _, ln := range labels[i] {
			d.setY(ly)
			d.text(d.left, labelW, ln, "R")
			ly += lh
		}
		by := y + (h-barH)/2
		bw := w * max(0, b.value) / scale
		d.pdf.SetFillColor(70, 110, 160)
		if bw > 0 {
			d.pdf.Rect(x0, by, bw, barH, "F")
		}
		// the value follows its bar, past the target line when it would cross it
		tx := x0 + bw + 1.5
		if fx >= 0 && tx < fx+1.5 && tx+d.width(clean(b.text, "", false)) > fx-0.5 {
			tx = fx + 1.5
		}
		d.setY(by + (barH-lh)/2)
		d.text(tx, 14, b.text, "L")
		y += rowH[i]
	}
	if fx >= 0 {
		d.pdf.SetDrawColor(160, 40, 40)
		d.pdf.SetDashPattern([]float64{1, 1}, 0)
		d.pdf.Line(fx, top-1, fx, y-gap+1)
		d.pdf.SetDashPattern(nil, 0)
		d.pdf.SetDrawColor(0, 0, 0)
	}
	d.pdf.SetFillColor(0, 0, 0)
	d.setY(y + 3)
	d.font("", bodySize)
}

// AnnualReport is what the laporan tahunan kemitraan is made from: every partnership
// of the school, their timelines and partners, summarised for a year, as of Today.
type AnnualReport struct {
	School       model.School
	Year         int
	Partnerships []model.Partnership
	Partners     []model.Partner
	// Timelines are the partnerships' events, by partnership: the stages as they stood
	// at the year's end are read from them.
	Timelines map[model.ID][]model.Event
	Today     time.Time // the report's date; agreements ending within 90 days of it are listed
	// StudentActivities are an SMK's students' activities: its report counts the PKL
	// placements of the year per DUDI and per kompetensi keahlian. A school of another
	// level has none, and its report no such part.
	StudentActivities []model.StudentActivity
}

// WriteAnnualReport writes the annual report as PDF to w and returns its document
// code. A year that has not begun is refused (model.ErrFutureYear).
func WriteAnnualReport(w io.Writer, r AnnualReport) (string, error) {
	var m missing
	m.need(r.School.Name, "nama sekolah")
	if r.Year < 2000 || r.Year > 2200 {
		m = append(m, "tahun laporan")
	}
	if r.Today.IsZero() {
		m = append(m, "tanggal laporan")
	}
	if err := m.err(); err != nil {
		return "", err
	}
	f, err := model.Year(r.Year, r.Today, r.Partnerships, r.Timelines)
	if err != nil {
		return "", err
	}
	return render(w, r.School, meta{
		kind: "tahunan", title: fmt.Sprintf("Laporan Tahunan Kemitraan %d", r.Year),
		subject: oneLine(r.School.Name), created: r.Today,
	}, func(d *doc) { r.content(d, f) })
}

func (r AnnualReport) content(d *doc, f model.YearFigures) {
	s := r.School
	partners := map[model.ID]model.Partner{}
	for _, p := range r.Partners {
		partners[p.ID] = p
	}
	d.letterhead()
	d.paragraph(fmt.Sprintf("LAPORAN TAHUNAN KEMITRAAN SEKOLAH TAHUN %d", r.Year), para{style: "B", size: 13, align: "C"})
	d.paragraph(strings.ToUpper(oneLine(s.Name)), para{style: "B", align: "C", after: 5})
	asOf := "akhir tahun " + strconv.Itoa(r.Year)
	if f.Current {
		asOf = "tanggal " + model.LongDate(r.Today)
	}
	d.paragraph(fmt.Sprintf("Laporan ini merangkum %d kemitraan %s pada tahun %d, dengan tahap masing-masing sebagaimana keadaan pada %s, "+
		"dan disusun untuk Komite Sekolah serta dinas pendidikan.", len(f.Counted), oneLine(s.Name), r.Year, asOf),
		para{align: "J", indent: 10, after: 3})

	d.heading("A. Kemitraan per Tahap", para{after: 1.5})
	var sr []tableRow
	for _, st := range model.Stages {
		n := 0
		for _, ps := range f.Counted {
			if f.Stages[ps.ID] == st {
				n++
			}
		}
		sr = append(sr, tableRow{cells: []string{strconv.Itoa(int(st)), st.Name(), strconv.Itoa(n)}})
	}
	sr = append(sr, tableRow{cells: []string{"", "Jumlah", strconv.Itoa(len(f.Counted))}, bold: true})
	d.table(0, []column{{"No.", "C"}, {"Tahap", "L"}, {"Jumlah", "R"}}, sr)

	total, _ := f.Total() // model.Year has summed every amount without passing MaxRupiah
	d.heading("B. Kemitraan dan Kontribusi per Kategori Kebutuhan", para{after: 1.5})
	var cr []tableRow
	var bars []bar
	for i, c := range model.NeedCategories {
		n := 0
		for _, ps := range f.Counted {
			if ps.Need.Category == c {
				n++
			}
		}
		am, _ := f.ByCategory(c)
		cr = append(cr, tableRow{cells: []string{strconv.Itoa(i + 1), c.Label(), strconv.Itoa(n), am.Planned.Figure(), am.Received.Figure()}})
		bars = append(bars, bar{label: c.Label(), value: float64(n), text: strconv.Itoa(n)})
	}
	cr = append(cr, tableRow{cells: []string{"", "Jumlah", strconv.Itoa(len(f.Counted)), total.Planned.Figure(), total.Received.Figure()}, bold: true})
	d.table(0, []column{{"No.", "C"}, {"Kategori", "L"}, {"Kemitraan", "R"}, {"Rencana (Rp)", "R"}, {"Diterima (Rp)", "R"}}, cr)
	d.paragraph("Rencana adalah kontribusi mitra menurut perjanjian yang berlaku pada tahun "+strconv.Itoa(r.Year)+
		" dan jatuh tempo pada tahun itu; diterima adalah yang tercatat diterima sekolah pada tahun itu (tahap Implementasi). "+
		"Anggaran sekolah sendiri tidak dihitung. Jumlah diterima seluruhnya "+total.Received.Formal()+" ("+total.Received.Words()+").",
		para{align: "J", indent: 10, after: 3})
	d.barChart("Jumlah kemitraan per kategori kebutuhan", bars, 0)

	d.heading("C. Kontribusi menurut Jenis", para{after: 1.5})
	var kr []tableRow
	n := 0
	// each kind in money and in goods and services: the committee reads what came as
	// a voluntary sumbangan apart from a bantuan under conditions, whatever its form
	for _, k := range []model.ContributionKind{model.ContribBantuan, model.ContribSumbangan, model.ContribProgram} {
		n++
		am := f.ByKind(k)
		kr = append(kr, tableRow{cells: []string{strconv.Itoa(n), k.Label() + " (uang)", am.Planned.Figure(), am.Received.Figure()}})
		n++
		ik := f.InKindOf(k)
		kr = append(kr, tableRow{cells: []string{strconv.Itoa(n), k.Label() + " (barang/jasa)", ik.Planned.Figure(), ik.Received.Figure()}})
	}
	kr = append(kr, tableRow{cells: []string{"", "Jumlah", total.Planned.Figure(), total.Received.Figure()}, bold: true})
	d.table(0, []column{{"No.", "C"}, {"Jenis kontribusi", "L"}, {"Rencana (Rp)", "R"}, {"Diterima (Rp)", "R"}}, kr)
	d.paragraph("Bantuan diberikan oleh pihak di luar peserta didik dan orang tua/wali dengan syarat yang disepakati para pihak; "+
		"sumbangan diberikan secara sukarela dan tidak mengikat satuan pendidikan, dengan sepengetahuan Komite Sekolah; "+
		"dukungan program adalah kegiatan instansi pemerintah (Permendikbud Nomor 75 Tahun 2016). Barang dan jasa dihitung menurut nilai taksirannya.", para{align: "J", indent: 10, after: 3})

	d.heading("D. Mitra menurut Jenis", para{after: 1.5})
	var pr []tableRow
	count := 0
	for i, k := range model.PartnerKinds {
		seen := map[model.ID]bool{}
		for _, ps := range f.Counted {
			if p, ok := partners[ps.PartnerID]; ok && p.Kind == k {
				seen[p.ID] = true
			}
		}
		count += len(seen)
		pr = append(pr, tableRow{cells: []string{strconv.Itoa(i + 1), k.Label(), strconv.Itoa(len(seen))}})
	}
	// partners, not partnerships: one partner may have several, and a partnership
	// still looking for one has none
	pr = append(pr, tableRow{cells: []string{"", "Jumlah mitra", strconv.Itoa(count)}, bold: true})
	d.table(0, []column{{"No.", "C"}, {"Jenis mitra", "L"}, {"Jumlah", "R"}}, pr)

	if f.Current {
		d.heading("E. Perjanjian yang Berakhir dalam 90 Hari ke Depan", para{after: 1.5})
		if len(f.Ending) == 0 {
			d.paragraph("Tidak ada perjanjian yang berakhir dalam 90 hari ke depan.", para{align: "J", indent: 10, after: 3})
		} else {
			var er []tableRow
			for i, ps := range f.Ending {
				_, end := ps.Agreement.Term()
				er = append(er, tableRow{cells: []string{strconv.Itoa(i + 1), oneLine(ps.Title), oneLine(partners[ps.PartnerID].Name), model.LongDate(end)}})
			}
			d.table(0, []column{{"No.", "C"}, {"Kemitraan", "L"}, {"Mitra", "L"}, {"Berakhir", "L"}}, er)
		}
	}
	if s.IsSMK() {
		next := 'E'
		if f.Current {
			next = 'F'
		}
		r.smk(d, partners, next)
	}
	d.space(4)
	d.signatures(d.left+0.56*(d.right-d.left), signature{
		above: []string{model.PlaceDate(s.City, r.Today), "Kepala " + oneLine(s.Name) + ","},
		name:  orDots(s.PrincipalName), id: nipOf(s.PrincipalNIP),
	})
}
