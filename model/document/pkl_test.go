package document_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/demo"
	"github.com/kemitraan/kemitraan/model/document"
	"github.com/kemitraan/kemitraan/store"
)

// minorsNotice is the footer sentence of every document that lists students.
const minorsNotice = "Sesuai dengan Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi, data pribadi peserta didik " +
	"dalam dokumen ini, yang tergolong data anak, hanya diproses untuk keperluan pelaksanaan PKL; " +
	"dilarang menggandakan, menyebarluaskan, atau menggunakannya untuk keperluan lain."

// smkSample is a data file with the SMK sample (demo.SMK), and the sample's data.
func smkSample(t *testing.T) (*store.DB, demo.SMKData) {
	t.Helper()
	d := demo.SMK(today)
	return dataFile(t, store.Records{School: &d.School, Partners: d.Partners, Partnerships: d.Partnerships,
		Events: demo.SMKTimeline(d), LetterCounters: d.LetterCounters, StudentActivities: d.StudentActivities}), d
}

// pklActivity is the sample's PKL activity whose title holds title, with its
// partnership and partner.
func pklActivity(t *testing.T, d demo.SMKData, title string) (model.StudentActivity, model.Partnership, model.Partner) {
	t.Helper()
	for _, a := range d.StudentActivities {
		if a.Kind != model.ActivityKindPKL || !strings.Contains(a.Title, title) {
			continue
		}
		for _, ps := range d.Partnerships {
			if ps.ID != a.PartnershipID {
				continue
			}
			for _, pt := range d.Partners {
				if pt.ID == ps.PartnerID {
					return a, ps, pt
				}
			}
		}
	}
	t.Fatalf("no PKL activity %q in the SMK sample", title)
	panic("unreachable")
}

// dumpPDF writes a PDF for a person to look at when KEMITRAAN_PDF_DIR is set.
func dumpPDF(t *testing.T, name string, pdf []byte) {
	if dir := os.Getenv("KEMITRAAN_PDF_DIR"); dir != "" {
		if err := os.WriteFile(filepath.Join(dir, name), pdf, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestPKLLetterListsTheStudentsAndIsNumberedOnce(t *testing.T) {
	db, d := smkSample(t)
	act, ps, pt := pklActivity(t, d, "PT Sakura")
	next, err := db.PeekLetter(today)
	if err != nil {
		t.Fatal(err)
	}
	req := document.Request{Partnership: ps.ID, Kind: model.DocPKLLetter, Activity: act.ID, Today: today}
	made, err := document.Make(db, req)
	if err != nil {
		t.Fatal(err)
	}
	dumpPDF(t, "pengantar-pkl.pdf", made.PDF)
	if made.Number != next || made.Reprint {
		t.Fatalf("number %q (reprint %v), want the register's next, %q", made.Number, made.Reprint, next)
	}
	if !strings.Contains(made.Number, "/421.5/") {
		t.Errorf("number %q does not carry the SMK's classification code 421.5", made.Number)
	}
	text := pdfText(t, made.PDF)
	start, end := act.Period()
	want := []string{
		"Nomor : " + made.Number, "Hal : " + model.PKLLetterSubject, "Lampiran : -",
		"Yth. " + pt.Addressee(), pt.LetterAddress(),
		"Menindaklanjuti Perjanjian Kerja Sama antara SMK Negeri 2 Karawang dengan PT Sakura Auto Parts Indonesia Nomor " + ps.Agreement.SchoolNumber,
		"melaksanakan PKL di PT Sakura Auto Parts Indonesia pada tanggal " + model.LongDate(start) + " s.d. " + model.LongDate(end),
		// the table's header (its cells wrap) with a column of teachers: there are two
		"No. Nama Peserta Didik NISN Kelas Kompetensi Guru Keahlian Pembimbing",
		"yang ditugaskan dengan Keputusan Kepala SMK Negeri 2 Karawang Nomor " + act.SKNumber,
		"Hendra Saputra, S.T. (NIP 19850722 201001 1 012) dan Dedi Kurniawan, S.Pd. (NIP 19820315 200901 1 004)",
		"instruktur dari PT Sakura Auto Parts Indonesia, yaitu Agus Salim (Foreman Assembly Line) dan Bambang Prasetyo (Leader Quality Control)",
		"Kepala SMK Negeri 2 Karawang", "Drs. H. Ujang Suparman, M.Pd.",
		minorsNotice,
	}
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("the letter lacks %q\n%s", w, text)
		}
	}
	checkStudentRows(t, text, act.Placements)

	// the register holds the letter, with its activity
	got, err := db.Partnership(ps.ID)
	if err != nil {
		t.Fatal(err)
	}
	l, _, ok := document.IssuedPKLLetter(db, got, act.ID)
	if !ok || l.Number != made.Number || l.Subject != model.PKLLetterSubject || l.Document != made.Attachment.ID {
		t.Fatalf("register: %+v, %v", l, ok)
	}

	// printed again, days later: the same file, number and code
	again := req
	again.Today = today.AddDate(0, 0, 5)
	re, err := document.Make(db, again)
	if err != nil {
		t.Fatal(err)
	}
	if !re.Reprint || re.Number != made.Number || re.Code != made.Code || !bytes.Equal(re.PDF, made.PDF) {
		t.Fatalf("reprint: number %q code %q reprint %v, same bytes %v", re.Number, re.Code, re.Reprint, bytes.Equal(re.PDF, made.PDF))
	}

	// another activity's letter is its own, with the next number
	other, ops, _ := pklActivity(t, d, "Bengkel Jaya Motor")
	o, err := document.Make(db, document.Request{Partnership: ops.ID, Kind: model.DocPKLLetter, Activity: other.ID, Today: today})
	if err != nil {
		t.Fatal(err)
	}
	if o.Reprint || o.Number == made.Number {
		t.Fatalf("the second activity's letter: %q, reprint %v", o.Number, o.Reprint)
	}
	otext := pdfText(t, o.PDF)
	checkStudentRows(t, otext, other.Placements)
	for _, w := range []string{"yaitu Dedi Kurniawan, S.Pd. (NIP 19820315 200901 1 004)",
		// one teacher: no column of teachers
		"No. Nama Peserta Didik NISN Kelas Kompetensi Keahlian 1 Rizki"} {
		if !strings.Contains(otext, w) {
			t.Errorf("the workshop's letter lacks %q\n%s", w, otext)
		}
	}
	if strings.Contains(otext, "Dimas Aditya Pratama") {
		t.Error("the workshop's letter lists a student placed elsewhere")
	}

	// a new letter asked for takes a new number
	again.Options.Reissue = true
	nw, err := document.Make(db, again)
	if err != nil {
		t.Fatal(err)
	}
	if nw.Reprint || nw.Number == made.Number || nw.Number == o.Number {
		t.Fatalf("reissued: %q (reprint %v)", nw.Number, nw.Reprint)
	}
}

func TestPKLMonitoringSheet(t *testing.T) {
	db, d := smkSample(t)
	act, ps, pt := pklActivity(t, d, "PT Sakura")
	pl := act.Placements[0] // Rizki, with two visits
	if len(pl.Visits) != 2 {
		t.Fatalf("the sample's first placement at PT Sakura has %d visits", len(pl.Visits))
	}
	req := document.Request{Partnership: ps.ID, Kind: model.DocPKLMonitoring, Activity: act.ID, Placement: pl.ID, Today: today}
	made, err := document.Make(db, req)
	if err != nil {
		t.Fatal(err)
	}
	dumpPDF(t, "monitoring-pkl.pdf", made.PDF)
	if made.Number != "" {
		t.Errorf("a monitoring sheet took a letter number: %q", made.Number)
	}
	text := pdfText(t, made.PDF)
	want := []string{"LEMBAR MONITORING PRAKTIK KERJA LAPANGAN (PKL)",
		"Nama peserta didik : Rizki Maulana", "NISN : 0091452367", "Kelas : XII TKR 1", "Kompetensi keahlian : Teknik Kendaraan Ringan",
		"Tempat PKL (DUDI) : PT Sakura Auto Parts Indonesia", "Alamat : " + pt.LetterAddress(),
		"Periode PKL : " + model.LongDate(pl.Start) + " s.d. " + model.LongDate(pl.End),
		"Guru pembimbing : Hendra Saputra, S.T., NIP 19850722 201001 1 012",
		"Instruktur : Agus Salim, Foreman Assembly Line, telepon 0813-8877-1204",
		"No. Tanggal Catatan Hasil Monitoring dan Paraf Guru Paraf", // the header's cells wrap
		"Guru Pembimbing,", "Instruktur,",
		minorsNotice,
	}
	for i, v := range pl.Visits {
		want = append(want, itoa(i+1)+" "+model.LongDate(v.Date))
		want = append(want, strings.Fields(v.Notes)[0]+" "+strings.Fields(v.Notes)[1])
	}
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("the sheet lacks %q\n%s", w, text)
		}
	}
	for _, other := range act.Placements[1:] {
		if strings.Contains(text, other.Student.NISN) {
			t.Errorf("the sheet names another student, %s", other.Student.Name)
		}
	}
	re, err := document.Make(db, req)
	if err != nil {
		t.Fatal(err)
	}
	if !re.Reprint || !bytes.Equal(re.PDF, made.PDF) || re.Code != made.Code {
		t.Fatalf("made again from the same record: reprint %v, same bytes %v", re.Reprint, bytes.Equal(re.PDF, made.PDF))
	}

	// an activity of several students needs its placement chosen
	req.Placement = ""
	if _, err := document.Make(db, req); !errors.Is(err, document.ErrNotAvailable) {
		t.Fatalf("no placement chosen: %v", err)
	}
}

func TestPKLDocumentsOnlyForAnSMK(t *testing.T) {
	school := demo.Dataset(today).School
	ps := model.Partnership{ID: "x", PartnerID: "p", Stage: model.StageImplementasi}
	pt := model.Partner{ID: "p", Name: "PT Contoh"}
	for _, k := range []model.DocumentKind{model.DocPKLLetter, model.DocPKLMonitoring} {
		if miss := document.Missing(school, ps, &pt, k); len(miss) == 0 || miss[0].Key != "doc.missing.smk" {
			t.Errorf("%s for an SMP: %v", k, miss)
		}
	}
	smk := demo.SMK(today).School
	ps.Stage = model.StageProposal
	if miss := document.Missing(smk, ps, &pt, model.DocPKLLetter); len(miss) == 0 {
		t.Error("a PKL letter before the agreement stage")
	}
	// both cite the agreement: at stage 4 it must be signed first
	ps.Stage = model.StagePerjanjian
	ps.Agreement = model.Agreement{Kind: model.AgreementPKS, Date: today}
	for _, k := range []model.DocumentKind{model.DocPKLLetter, model.DocPKLMonitoring} {
		if miss := document.Missing(smk, ps, &pt, k); len(miss) != 1 || miss[0].Key != "doc.missing.signed" {
			t.Errorf("%s under an agreement not signed: %v", k, miss)
		}
	}
	ps.Agreement.SignedDate = today
	if miss := document.Missing(smk, ps, &pt, model.DocPKLLetter); len(miss) != 0 {
		t.Errorf("a PKL letter under a signed agreement lacks %v", miss)
	}
}

func TestAnnualReportOfAnSMKCountsPKL(t *testing.T) {
	db, d := smkSample(t)
	made, err := document.Annual(db, today.Year(), today, nil)
	if err != nil {
		t.Fatal(err)
	}
	dumpPDF(t, "tahunan-smk.pdf", made.PDF)
	text := pdfText(t, made.PDF)
	from := time.Date(today.Year(), 1, 1, 0, 0, 0, 0, today.Location())
	to := time.Date(today.Year(), 12, 31, 23, 59, 59, 0, today.Location())
	names := map[model.ID]model.Partner{}
	for _, p := range d.Partners {
		names[p.ID] = p
	}
	owner := map[model.ID]model.ID{}
	for _, ps := range d.Partnerships {
		owner[ps.ID] = ps.PartnerID
	}
	byDUDI, byKomp := model.PKLTally(d.StudentActivities, func(id model.ID) (model.ID, string) {
		return owner[id], names[owner[id]].Name
	}, from, to)
	if len(byDUDI) < 2 || len(byKomp) < 2 {
		t.Fatalf("the sample places students at %d DUDIs in %d kompetensi keahlian this year", len(byDUDI), len(byKomp))
	}
	want := []string{"F. Praktik Kerja Lapangan (PKL)", "Menurut DUDI", "Menurut Kompetensi Keahlian", "G. Cakupan Link and Match",
		"1. Teknik Komputer dan Jaringan", "Komponen Mitra", "PKL terstruktur"}
	for i, c := range byDUDI {
		want = append(want, itoa(i+1)+" "+c.Name+" "+itoa(c.Placements)+" "+itoa(c.Students))
	}
	for i, c := range byKomp {
		want = append(want, itoa(i+1)+" "+c.Name+" "+itoa(c.Placements)+" "+itoa(c.Students))
	}
	for _, w := range want {
		if !strings.Contains(text, w) {
			t.Errorf("the SMK's annual report lacks %q\n%s", w, text)
		}
	}
	if strings.Contains(text, "NISN") || strings.Contains(text, "Rizki Maulana") || strings.Contains(text, "Pelindungan Data Pribadi") {
		t.Error("the annual report names students: it counts them only")
	}

	// a primary school's report is as it always was
	sd, sdData := sample(t)
	school := sdData.School
	school.Level, school.LetterCode = model.LevelSD, model.LevelSD.LetterCode()
	if err := sd.SaveSchool(school); err != nil {
		t.Fatal(err)
	}
	plain, err := document.Annual(sd, today.Year(), today, nil)
	if err != nil {
		t.Fatal(err)
	}
	ptext := pdfText(t, plain.PDF)
	for _, no := range []string{"PKL", "Praktik Kerja Lapangan", "Link and Match", "Kompetensi Keahlian"} {
		if strings.Contains(ptext, no) {
			t.Errorf("an SD's annual report has %q", no)
		}
	}
}

func TestDUDIAddressAndNPWPInLettersAndAgreements(t *testing.T) {
	db, d := smkSample(t)
	_, ps, pt := pklActivity(t, d, "PT Sakura")
	if pt.DUDIData().NPWP == "" || !pt.DUDIData().Address.Usable() {
		t.Fatal("the sample's PT Sakura has no NPWP or address parts")
	}
	pks, err := document.Make(db, document.Request{Partnership: ps.ID, Kind: model.DocPKS, Today: today})
	if err != nil {
		t.Fatal(err)
	}
	dumpPDF(t, "pks-smk.pdf", pks.PDF)
	text := pdfText(t, pks.PDF)
	for _, w := range []string{"Alamat : " + pt.LetterAddress(),
		"untuk dan atas nama PT Sakura Auto Parts Indonesia, Nomor Pokok Wajib Pajak (NPWP) " + pt.DUDIData().NPWP.String() + ", selanjutnya disebut PIHAK KEDUA"} {
		if !strings.Contains(text, w) {
			t.Errorf("the PKS lacks %q\n%s", w, text)
		}
	}
	// the school has no NPWP printed
	if strings.Count(text, "NPWP") != 1 {
		t.Errorf("NPWP printed %d times", strings.Count(text, "NPWP"))
	}

	// a request letter is addressed to the DUDI's full address
	req, err := document.Make(db, document.Request{Partnership: ps.ID, Kind: model.DocRequest, Today: today})
	if err != nil {
		t.Fatal(err)
	}
	if text := pdfText(t, req.PDF); !strings.Contains(text, "Yth. "+pt.Addressee()+" "+pt.LetterAddress()+" di tempat") {
		t.Errorf("the request letter's addressee:\n%s", text)
	}

	// the owner of a workshop signs for himself, his business named with its NPWP
	_, bps, bengkel := pklActivity(t, d, "Bengkel Jaya Motor")
	pks, err = document.Make(db, document.Request{Partnership: bps.ID, Kind: model.DocPKS, Today: today})
	if err != nil {
		t.Fatal(err)
	}
	if text := pdfText(t, pks.PDF); !strings.Contains(text, "selaku pemilik usaha perseorangan Bengkel Jaya Motor (NPWP "+bengkel.DUDIData().NPWP.String()+")") {
		t.Errorf("the workshop's PKS:\n%s", text)
	}
}

func itoa(n int) string { return strconv.Itoa(n) }

// checkStudentRows checks that the table of a letter lists the placements' students
// in their order, each row with its number, name, NISN, class (never split) and
// kompetensi keahlian.
func checkStudentRows(t *testing.T, text string, pls []model.Placement) {
	t.Helper()
	at := 0
	for i, pl := range pls {
		st := pl.Student
		row := itoa(i+1) + " " + strings.Fields(st.Name)[0]
		k := strings.Index(text[at:], row)
		if k < 0 {
			t.Errorf("row %d (%s) missing or out of order", i+1, st.Name)
			continue
		}
		at += k
		end := len(text)
		if i+1 < len(pls) {
			if n := strings.Index(text[at:], itoa(i+2)+" "+strings.Fields(pls[i+1].Student.Name)[0]); n > 0 {
				end = at + n
			}
		}
		cells := text[at:end]
		for _, w := range append(strings.Fields(st.Name), st.NISN+" "+st.Class, strings.Fields(st.Kompetensi)[0]) {
			if !strings.Contains(cells, w) {
				t.Errorf("row %d lacks %q: %s", i+1, w, cells)
			}
		}
	}
}
