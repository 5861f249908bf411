package pdf

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kemitraan/kemitraan/model"
)

// minorsText is the footer notice as pdftotext reads it, one space between words.
var minorsText = flat(minorsNotice)

// bigPKL is a PKL activity of n students at one DUDI: two groups with their own
// periods and units, three supervising teachers, instructors for some.
func bigPKL(n int) model.StudentActivity {
	start := time.Date(2027, 1, 4, 0, 0, 0, 0, time.UTC)
	teachers := []model.Teacher{{Name: "Dedi Kurniawan, S.Pd.", NIP: "198203152009011004"},
		{Name: "Hendra Saputra, S.T.", NIP: "198507222010011012"}, {Name: "Rina Marlina, S.Kom."}}
	a := model.StudentActivity{ID: "act", Kind: model.ActivityKindPKL, Title: "PKL Kelas XII Gelombang 1",
		SKNumber: "800/031/SK-Tugas/2026", SKDate: start.AddDate(0, 0, -20)}
	for i := range n {
		pl := model.Placement{ID: model.ID(fmt.Sprintf("p%02d", i)),
			Student: model.Student{Name: fmt.Sprintf("Peserta Didik Nomor %d Binti Fulanah", i+1), NISN: fmt.Sprintf("00%08d", 91000000+i),
				Class: "XII TKR " + strconv.Itoa(1+i%2), Kompetensi: "Teknik Kendaraan Ringan"},
			Start: start, End: start.AddDate(0, 3, 0), Unit: "Bengkel Pusat", Teacher: teachers[i%3],
			Instructor: model.Instructor{Name: "Agus Salim", Position: "Kepala Mekanik", Phone: "0813-8877-1204"}}
		if i%4 == 3 {
			pl.Start, pl.End, pl.Unit = start.AddDate(0, 3, 0), start.AddDate(0, 6, 0), "Cabang Cikampek"
		}
		a.Placements = append(a.Placements, pl)
	}
	return a
}

func pklLetter(a model.StudentActivity) PKLLetter {
	s := sampleSchool()
	ps := samplePartnership()
	return PKLLetter{School: s, Partner: samplePartner(), Partnership: ps, Activity: a,
		Letter: model.Letter{Number: "031/421.5/SMKN2-KRW/I/2027", Date: time.Date(2026, 12, 28, 0, 0, 0, 0, time.UTC)}}
}

// lookAt writes a PDF where KEMITRAAN_PDF_DIR says, for a person to look at.
func lookAt(t *testing.T, name string, pdf []byte) {
	if dir := os.Getenv("KEMITRAAN_PDF_DIR"); dir != "" {
		if err := os.WriteFile(filepath.Join(dir, name), pdf, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// pagesOf is the text of each page of a PDF, flattened.
func pagesOf(t *testing.T, pdf []byte) []string {
	t.Helper()
	m := regexp.MustCompile(`Pages:\s+(\d+)`).FindStringSubmatch(poppler(t, pdf, "pdfinfo"))
	n, _ := strconv.Atoi(m[1])
	var pages []string
	for p := 1; p <= n; p++ {
		s := strconv.Itoa(p)
		pages = append(pages, flat(poppler(t, pdf, "pdftotext", "-f", s, "-l", s)))
	}
	return pages
}

func TestPKLLetterLongListBreaksCleanly(t *testing.T) {
	a := bigPKL(40)
	var buf bytes.Buffer
	code, err := WritePKLLetter(&buf, pklLetter(a))
	if err != nil {
		t.Fatal(err)
	}
	lookAt(t, "pengantar-40.pdf", buf.Bytes())
	pages := pagesOf(t, buf.Bytes())
	if len(pages) < 2 {
		t.Fatalf("40 students on %d page", len(pages))
	}
	all := ""
	for i, p := range pages {
		all += " " + p
		for _, w := range []string{minorsText, "Kode dokumen: " + code, fmt.Sprintf("Halaman %d dari %d", i+1, len(pages))} {
			if !strings.Contains(p, w) {
				t.Errorf("page %d lacks %q", i+1, w)
			}
		}
	}
	// the periods and units differ: a table for each, after a line that says them, its
	// header repeated on the pages it continues on; the teachers differ: their column
	heads := strings.Count(all, "No. Nama Peserta Didik NISN Kelas")
	if heads < 2 {
		t.Errorf("the table's header on %d pages", heads)
	}
	for _, w := range []string{"dalam periode dan pada unit kerja sebagaimana tercantum berikut: a. Periode 4 Januari 2027 s.d. 4 April 2027, unit kerja Bengkel Pusat: No. Nama",
		"b. Periode 4 April 2027 s.d. 4 Juli 2027, unit kerja Cabang Cikampek: No. Nama", "Guru Pembimbing", "Rina Marlina, S.Kom.", "0091000039",
		"sebagaimana tercantum pada daftar, serta oleh instruktur dari", "yaitu Agus Salim (Kepala Mekanik)"} {
		if !strings.Contains(all, w) {
			t.Errorf("the letter lacks %q", w)
		}
	}
	for i, pl := range a.Placements {
		if !strings.Contains(all, pl.Student.NISN) {
			t.Errorf("student %d (NISN %s) missing", i+1, pl.Student.NISN)
		}
	}
	// the signature block is whole on the last page, with the closing
	last := pages[len(pages)-1]
	for _, w := range []string{"Demikian surat pengantar ini", "Kepala " + sampleSchool().Name, sampleSchool().PrincipalName} {
		if !strings.Contains(last, w) {
			t.Errorf("the last page lacks %q: %s", w, last)
		}
	}
}

func TestPKLLetterOneGroup(t *testing.T) {
	a := bigPKL(3)
	for i := range a.Placements {
		a.Placements[i].Start, a.Placements[i].End, a.Placements[i].Unit = a.Placements[0].Start, a.Placements[0].End, ""
		a.Placements[i].Teacher = a.Placements[0].Teacher
		a.Placements[i].Instructor = model.Instructor{}
	}
	var buf bytes.Buffer
	if _, err := WritePKLLetter(&buf, pklLetter(a)); err != nil {
		t.Fatal(err)
	}
	text := flat(poppler(t, buf.Bytes(), "pdftotext"))
	for _, w := range []string{"pada tanggal 4 Januari 2027 s.d. 4 April 2027, sebagai berikut:",
		"No. Nama Peserta Didik NISN Kelas Kompetensi Keahlian 1 Peserta",
		"dibimbing oleh guru pembimbing dari SMP Negeri 1 Bandung yang ditugaskan dengan Keputusan Kepala SMP Negeri 1 Bandung Nomor 800/031/SK-Tugas/2026 tanggal 15 Desember 2026, yaitu Dedi Kurniawan, S.Pd. (NIP 19820315 200901 1 004). Guru",
		"Kami mohon Bapak berkenan menerima peserta didik tersebut, menunjuk instruktur yang membimbing mereka sesuai dengan program PKL"} {
		if !strings.Contains(text, w) {
			t.Errorf("the letter lacks %q\n%s", w, text)
		}
	}
	for _, no := range []string{"unit kerja", "Periode", "Guru Pembimbing", "sebagaimana tercantum"} {
		if strings.Contains(text, no) {
			t.Errorf("one group, one period, one teacher: the letter has %q", no)
		}
	}
}

func TestPKLDocumentsRefuseWhatTheyCannotPrint(t *testing.T) {
	l := pklLetter(bigPKL(0))
	l.Letter.Number = ""
	if _, err := WritePKLLetter(&bytes.Buffer{}, l); err == nil || !strings.Contains(err.Error(), "nomor surat") ||
		!strings.Contains(err.Error(), "peserta didik PKL") {
		t.Errorf("no number, no students: %v", err)
	}
	tefa := bigPKL(2)
	tefa.Kind = model.ActivityKindTefa
	if _, err := WritePKLLetter(&bytes.Buffer{}, pklLetter(tefa)); err == nil {
		t.Error("a surat pengantar PKL for a teaching factory")
	}
	if _, err := WritePKLMonitoring(&bytes.Buffer{}, PKLMonitoring{School: sampleSchool(), Partner: samplePartner()}); err == nil {
		t.Error("a monitoring sheet without a placement")
	}
}

func TestPKLMonitoringManyVisits(t *testing.T) {
	a := bigPKL(1)
	pl := a.Placements[0]
	for i := range 12 {
		pl.Visits = append(pl.Visits, model.Visit{Date: pl.Start.AddDate(0, 0, 7*(i+1)),
			Notes: fmt.Sprintf("Kunjungan ke-%d: siswa hadir penuh, mengerjakan servis berkala dan diagnosis kelistrikan bersama instruktur.", i+1)})
	}
	m := PKLMonitoring{School: sampleSchool(), Partner: samplePartner(), Partnership: samplePartnership(), Activity: a, Placement: pl}
	var buf bytes.Buffer
	code, err := WritePKLMonitoring(&buf, m)
	if err != nil {
		t.Fatal(err)
	}
	lookAt(t, "monitoring-12.pdf", buf.Bytes())
	pages := pagesOf(t, buf.Bytes())
	all := strings.Join(pages, " ")
	for i, p := range pages {
		if !strings.Contains(p, minorsText) || !strings.Contains(p, "Kode dokumen: "+code) {
			t.Errorf("page %d lacks the notice or the code", i+1)
		}
	}
	for i, v := range pl.Visits {
		if !strings.Contains(all, model.LongDate(v.Date)) || !strings.Contains(all, fmt.Sprintf("Kunjungan ke-%d:", i+1)) {
			t.Errorf("visit %d missing", i+1)
		}
	}
	// two empty rows after the twelve visits, then both signatures
	if !strings.Contains(all, " 13 14 ") || !strings.Contains(all, "Guru Pembimbing,") || !strings.Contains(all, "Instruktur,") ||
		!strings.Contains(all, "Agus Salim Kepala Mekanik") {
		t.Errorf("no empty rows or no signatures:\n%s", all)
	}
	var again bytes.Buffer
	if c2, _ := WritePKLMonitoring(&again, m); c2 != code || !bytes.Equal(again.Bytes(), buf.Bytes()) {
		t.Error("the same placement gives another file")
	}
}

func TestAnnualReportSMKOnly(t *testing.T) {
	r := sampleAnnual()
	var plain bytes.Buffer
	if _, err := WriteAnnualReport(&plain, r); err != nil {
		t.Fatal(err)
	}
	// a school of another level: activities given or not, no PKL part
	r.StudentActivities = []model.StudentActivity{bigPKL(3)}
	var with bytes.Buffer
	if _, err := WriteAnnualReport(&with, r); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(plain.Bytes(), with.Bytes()) {
		t.Error("a non-SMK report changed with students' activities")
	}
	if text := flat(poppler(t, plain.Bytes(), "pdftotext")); strings.Contains(text, "PKL") || strings.Contains(text, "Link and Match") {
		t.Error("a non-SMK report has a PKL or link-and-match part")
	}
}

// BenchmarkPKLLetter40 makes a surat pengantar PKL of 40 students (five pages).
func BenchmarkPKLLetter40(b *testing.B) {
	l := pklLetter(bigPKL(40))
	for b.Loop() {
		if _, err := WritePKLLetter(io.Discard, l); err != nil {
			b.Fatal(err)
		}
	}
}
