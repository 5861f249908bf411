package pdf

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/kemitraan/kemitraan/model"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

func writePKS(t testing.TB, in Agreement) ([]byte, string) {
	t.Helper()
	var buf bytes.Buffer
	code, err := WritePKS(&buf, in)
	if err != nil {
		t.Fatalf("WritePKS: %v", err)
	}
	return buf.Bytes(), code
}

func writeProposal(t testing.TB, in Proposal) ([]byte, string) {
	t.Helper()
	var buf bytes.Buffer
	code, err := WriteProposal(&buf, in)
	if err != nil {
		t.Fatalf("WriteProposal: %v", err)
	}
	return buf.Bytes(), code
}

// inOrder reports the first of wants not found in text after the previous one.
func inOrder(text string, wants ...string) string {
	at := 0
	for _, w := range wants {
		i := strings.Index(text[at:], w)
		if i < 0 {
			return w
		}
		at += i + len(w)
	}
	return ""
}

func TestPKSText(t *testing.T) {
	pdf, code := writePKS(t, sampleAgreement())
	text := flat(poppler(t, pdf, "pdftotext"))
	for _, want := range []string{
		"PERJANJIAN KERJA SAMA ANTARA SMP NEGERI 1 BANDUNG DENGAN PT MAJU BERSAMA TENTANG POJOK LITERASI DIGITAL",
		"Nomor: 016/421.3/SMPN1-BDG/XI/2026", "Nomor: 045/MB-CSR/PKS/XI/2026",
		"Pada hari ini, Kamis, tanggal dua puluh enam bulan November tahun dua ribu dua puluh enam (26-11-2026), bertempat di Bandung, yang bertanda tangan di bawah ini:",
		"selanjutnya disebut PIHAK PERTAMA", "selanjutnya disebut PIHAK KEDUA", "disebut PARA PIHAK",
		"bahwa PIHAK PERTAMA", "senilai taksiran Rp25.000.000,00 (dua puluh lima juta rupiah)", "Rp30.500.000,00 (tiga puluh juta lima ratus ribu rupiah)",
		"Rp2.500.000,00 (dua juta lima ratus ribu rupiah)", "Rp28.000.000,00 (dua puluh delapan juta rupiah)",
		"diberikan dengan syarat yang disepakati PARA PIHAK", "Pasal 1266 dan Pasal 1267", "PIHAK KEDUA: Jl. Soekarno-Hatta No. 590, Bandung",
		"1 (satu) tahun", "1 Januari 2027", "31 Desember 2027", "30 (tiga puluh) hari", "7 (tujuh) hari kalender",
		"musyawarah untuk mufakat", "adendum", "rangkap 2 (dua)", "bermeterai cukup",
		"Dra. Hj. Euis Rukmini, M.Pd.", "NIP 19680512 199303 2 007", "Ir. Bambang Wijaya",
		"Drs. Asep Saepudin", "Rina Kartika, S.E.", "Paraf Pihak I", "Kode dokumen: " + code,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("PKS lacks %q", want)
		}
	}
	var headings []string
	n := 0
	for _, a := range PKSArticles {
		if a.When != nil && !a.When(sampleAgreement().Partnership.Agreement) {
			continue
		}
		n++
		headings = append(headings, "Pasal "+strconv.Itoa(n)+" "+a.Heading)
	}
	if strings.Contains(text, "tidak mengikat") || strings.Contains(text, "Pelindungan Data") {
		t.Error("a PKS without personal data calls bantuan not binding, or protects data it does not process")
	}
	if miss := inOrder(text, headings...); miss != "" {
		t.Errorf("PKS: %q missing or out of order", miss)
	}
	if n := strings.Count(text, "Meterai Rp10.000"); n != 2 {
		t.Errorf("PKS has %d meterai boxes, want 2", n)
	}
	if strings.Contains(text, "?") || strings.Contains(text, "<no value>") {
		t.Errorf("PKS has a replaced character or an empty template value:\n%s", text)
	}
	checkFontsAndPaper(t, pdf, "A4")
}

// TestPKSSignaturesLevel: when one position takes two lines, the meterai boxes and the
// names of both signatories still stand level, as on a signed paper.
func TestPKSSignaturesLevel(t *testing.T) {
	in := sampleAgreement()
	in.Partnership.Agreement.Witnesses = nil
	in.Partnership.Agreement.PartnerSignatory.Position = "Dekan Fakultas Matematika dan Ilmu Pengetahuan Alam Universitas Priangan"
	pdf, _ := writePKS(t, in)
	html := poppler(t, pdf, "pdftotext", "-bbox")
	tops := func(word string) []string {
		var ys []string
		for _, m := range regexp.MustCompile(`yMin="([0-9.]+)"[^>]*>`+regexp.QuoteMeta(word)+`</word>`).FindAllStringSubmatch(html, -1) {
			ys = append(ys, m[1])
		}
		return ys
	}
	last := func(ys []string) string {
		if len(ys) == 0 {
			return "none"
		}
		return ys[len(ys)-1]
	}
	// each name also stands in the opening; the signatures come last
	names := []string{last(tops("Dra.")), last(tops("Ir."))}
	if names[0] != names[1] {
		t.Errorf("signatories' names at y %v, want both on one line", names)
	}
	if boxes := tops("Meterai"); len(boxes) != 2 || boxes[0] != boxes[1] {
		t.Errorf("meterai boxes at y %v, want both level", boxes)
	}
}

// TestPartiesSignUnderTheirAuthority: a party's signing authority, when given, stands
// in the agreement with the party; without it the sentence still reads whole.
func TestPartiesSignUnderTheirAuthority(t *testing.T) {
	in := sampleAgreement()
	in.Partnership.Agreement.SchoolSignatory.Authority = "Keputusan Wali Kota Bandung Nomor 821/123-BKPSDM/2024 tentang Pengangkatan Kepala Sekolah."
	pdf, _ := writePKS(t, in)
	text := flat(poppler(t, pdf, "pdftotext"))
	for _, want := range []string{
		"dalam hal ini bertindak dalam jabatannya tersebut berdasarkan Keputusan Wali Kota Bandung Nomor 821/123-BKPSDM/2024 tentang Pengangkatan Kepala Sekolah, untuk dan atas nama SMP Negeri 1 Bandung, selanjutnya disebut PIHAK PERTAMA.",
		"dalam hal ini bertindak dalam jabatannya tersebut berdasarkan Anggaran Dasar PT Maju Bersama dalam Akta Nomor 12 tanggal 4 Mei 2015, untuk dan atas nama PT Maju Bersama, selanjutnya disebut PIHAK KEDUA.",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("PKS lacks %q", want)
		}
	}
}

func TestMoUText(t *testing.T) {
	in := sampleAgreement()
	in.Partnership.Agreement.Kind = model.AgreementMoU
	var buf bytes.Buffer
	if _, err := WriteMoU(&buf, in); err != nil {
		t.Fatal(err)
	}
	text := flat(poppler(t, buf.Bytes(), "pdftotext"))
	var wants []string
	wants = append(wants, "NOTA KESEPAHAMAN ANTARA SMP NEGERI 1 BANDUNG DENGAN PT MAJU BERSAMA", "bahwa")
	for i, a := range MoUArticles {
		wants = append(wants, "Pasal "+strconv.Itoa(i+1)+" "+a.Heading)
	}
	wants = append(wants, "PIHAK PERTAMA,", "Dra. Hj. Euis Rukmini, M.Pd.", "Ir. Bambang Wijaya")
	if miss := inOrder(text, wants...); miss != "" {
		t.Errorf("MoU: %q missing or out of order:\n%s", miss, text)
	}
	// an MoU binds no amount (the meterai's face value aside)
	if strings.Contains(strings.ReplaceAll(text, "Meterai Rp10.000", ""), "Rp") || strings.Contains(text, "rupiah") {
		t.Errorf("the MoU names an amount:\n%s", text)
	}
}

func TestProposalText(t *testing.T) {
	in := sampleProposal()
	in.School.Paper = model.PaperF4
	pdf, _ := writeProposal(t, in)
	text := flat(poppler(t, pdf, "pdftotext"))
	if miss := inOrder(text, "PROPOSAL KERJA SAMA", "POJOK LITERASI DIGITAL", "Diajukan kepada:", "PT Maju Bersama", "SMP NEGERI 1 BANDUNG", "2026",
		"A. Latar Belakang", "B. Tujuan", "C. Sasaran", "D. Bentuk Kegiatan", "E. Pelaksana", "F. Jadwal Kegiatan",
		"Serah terima perangkat komputer", "G. Rencana Anggaran", "Jumlah (Rp)", "25.000.000,00", "Jumlah", "30.500.000,00", "Jumlah Rp30.500.000,00 (terbilang: tiga puluh juta lima ratus ribu rupiah)",
		"H. Indikator Keberhasilan dan Rencana Evaluasi", "960 orang", "I. Penutup", "Bandung, 12 Oktober 2026",
		"Ketua Komite Sekolah", "Drs. Asep Saepudin", "Dra. Hj. Euis Rukmini, M.Pd.", "Lampiran"); miss != "" {
		t.Errorf("proposal: %q missing or out of order:\n%s", miss, text)
	}
	checkFontsAndPaper(t, pdf, "F4")
}

// checkFontsAndPaper checks that every font is embedded and the page size is the paper's.
func checkFontsAndPaper(t *testing.T, pdf []byte, paper string) {
	t.Helper()
	fonts := strings.Split(strings.TrimSpace(poppler(t, pdf, "pdffonts")), "\n")
	if len(fonts) < 3 {
		t.Fatalf("pdffonts lists no font:\n%s", strings.Join(fonts, "\n"))
	}
	for _, line := range fonts[2:] {
		f := strings.Fields(line)
		// name type encoding emb sub uni object ID: "emb" is the 4th field from the end
		if len(f) < 7 || f[len(f)-5] != "yes" {
			t.Errorf("font not embedded: %s", line)
		}
	}
	want := map[string]string{"A4": "595.28 x 841.89", "F4": "609.45 x 935.43"}[paper]
	if info := poppler(t, pdf, "pdfinfo"); !strings.Contains(info, want) {
		t.Errorf("page size is not %s (%s):\n%s", paper, want, info)
	}
}

// TestLongTexts makes every text 20 times its usual length: everything is printed and
// every page, the first included, says "Halaman N dari M" with the right M.
func TestLongTexts(t *testing.T) {
	in := sampleAgreement()
	a := &in.Partnership.Agreement
	long := func(s string) string { return strings.TrimSpace(strings.Repeat(s+" ", 20)) }
	for i := range a.SchoolObligations {
		a.SchoolObligations[i] = long(a.SchoolObligations[i])
	}
	for i := 0; i < 20; i++ {
		a.PartnerObligations = append(a.PartnerObligations, "kewajiban tambahan nomor "+strconv.Itoa(i+1))
	}
	a.Funding = long(a.Funding)
	in.Partnership.Need.Description = long(in.Partnership.Need.Description)
	pr := &in.Partnership.Proposal
	pr.Background, pr.Objectives, pr.Targets = long(pr.Background), long(pr.Objectives), long(pr.Targets)
	pr.EvaluationPlan = long(pr.EvaluationPlan) + " AKHIR-RENCANA-EVALUASI"
	for i := 0; i < 60; i++ {
		pr.Schedule = append(pr.Schedule, model.ScheduleItem{Date: agreementDate.AddDate(0, 0, i), Activity: "Kegiatan lanjutan ke-" + strconv.Itoa(i+1), PIC: "Tim"})
	}

	pdf, code := writePKS(t, in)
	checkPages(t, "PKS", pdf, code, "kewajiban tambahan nomor 20", "Ir. Bambang Wijaya")

	prop := sampleProposal()
	prop.Partnership = in.Partnership
	pdf, code = writeProposal(t, prop)
	pages := checkPages(t, "proposal", pdf, code, "Kegiatan lanjutan ke-60", "AKHIR-RENCANA-EVALUASI")
	// the schedule table continues on another page: its header comes again
	heads := 0
	for p := 2; p <= pages; p++ {
		n := strconv.Itoa(p)
		text := flat(poppler(t, pdf, "pdftotext", "-f", n, "-l", n))
		if strings.Contains(text, "Kegiatan lanjutan") && strings.Contains(text, "Penanggung Jawab") {
			heads++
		}
	}
	if heads < 2 {
		t.Errorf("schedule header printed on %d pages, want at least 2", heads)
	}
}

// checkPages checks page numbers and codes on every page and that wants are printed;
// it returns the number of pages.
func checkPages(t *testing.T, what string, pdf []byte, code string, wants ...string) int {
	t.Helper()
	m := regexp.MustCompile(`Pages:\s+(\d+)`).FindStringSubmatch(poppler(t, pdf, "pdfinfo"))
	pages, _ := strconv.Atoi(m[1])
	if pages < 3 {
		t.Errorf("%s: %d pages for 20× texts", what, pages)
	}
	all := ""
	for p := 1; p <= pages; p++ {
		n := strconv.Itoa(p)
		text := flat(poppler(t, pdf, "pdftotext", "-f", n, "-l", n))
		all += " " + text
		if !strings.Contains(text, "Kode dokumen: "+code) {
			t.Errorf("%s page %d lacks the code", what, p)
		}
		want := "Halaman " + n + " dari " + strconv.Itoa(pages)
		if !strings.Contains(text, want) {
			t.Errorf("%s page %d lacks %q", what, p, want)
		}
	}
	for _, w := range wants {
		if !strings.Contains(all, w) {
			t.Errorf("%s lacks %q", what, w)
		}
	}
	return pages
}

// TestSameDataSameCode: the same data give the same bytes and code; other data
// another code. (The golden texts are in TestGoldenFacesAndPapers.)
func TestSameDataSameCode(t *testing.T) {
	for name, write := range map[string]func() ([]byte, string){
		"pks":      func() ([]byte, string) { return writePKS(t, sampleAgreement()) },
		"proposal": func() ([]byte, string) { return writeProposal(t, sampleProposal()) },
	} {
		a, codeA := write()
		b, codeB := write()
		if !bytes.Equal(a, b) || codeA != codeB {
			t.Errorf("%s: same data, different output", name)
		}
	}
	in := sampleAgreement()
	_, before := writePKS(t, in)
	in.Partnership.Agreement.Contributions[0].Amount++
	if _, after := writePKS(t, in); after == before {
		t.Error("a different amount gives the same code")
	}
}

// TestClauseWording: an old template a school wrote still prints, and one that
// fails names its article and line; plain wordings with fields, the school's then the
// agreement's, take precedence over the default.
func TestClauseWording(t *testing.T) {
	in := sampleAgreement()
	in.Partnership.Agreement.Articles = map[string]string{"keadaan_kahar": "(1) Baris satu.\n(2) Baris dua.\n(3) {{.Tidak ada}"}
	var buf bytes.Buffer
	code, err := WritePKS(&buf, in)
	var ce *ClauseError
	if !errors.As(err, &ce) || !errors.Is(err, ErrClause) || ce.Line != 3 ||
		!strings.HasPrefix(err.Error(), "Pasal 9 Keadaan Kahar, baris 3: ") {
		t.Errorf("parse error = %v", err)
	}
	if buf.Len() != 0 || code != "" {
		t.Errorf("wrote %d bytes with a broken template", buf.Len())
	}
	in.Partnership.Agreement.Articles = map[string]string{"pembiayaan": "Baris satu.\n{{.Tidak}}"}
	if _, err := WritePKS(&buf, in); err == nil || !strings.HasPrefix(err.Error(), "Pasal 5 Pembiayaan, baris 2: ") || buf.Len() != 0 {
		t.Errorf("execution error = %v (%d bytes)", err, buf.Len())
	}
	// an old template that works prints as it did, with amounts from the lines
	in.Partnership.Agreement.Articles = map[string]string{"penutup": "Penutup lama {{.Topic}}, dukungan {{if .Agreement.FundingAmount}}{{rupiah .Agreement.FundingAmount}}{{end}}."}
	pdf, _ := writePKS(t, in)
	if text := flat(poppler(t, pdf, "pdftotext")); !strings.Contains(text, "Penutup lama Pojok Literasi Digital, dukungan Rp28.000.000,00 (dua puluh delapan juta rupiah).") {
		t.Errorf("the old template does not print as it did:\n%s", text)
	}

	// school wording, then the agreement's, take precedence over the default
	in = sampleAgreement()
	in.Clauses = map[string]string{"perubahan": "Perubahan menurut sekolah.", "penutup": "Penutup sekolah."}
	in.Partnership.Agreement.Clauses = map[string]string{"penutup": "Penutup khusus «judul kerja sama», rangkap «rangkap»."}
	pdf, _ = writePKS(t, in)
	text := flat(poppler(t, pdf, "pdftotext"))
	for _, want := range []string{"Perubahan menurut sekolah.", "Penutup khusus Pojok Literasi Digital, rangkap 2 (dua)."} {
		if !strings.Contains(text, want) {
			t.Errorf("override %q not printed", want)
		}
	}
	in.Partnership.Agreement.Clauses = map[string]string{"penutup": "Penutup «nama sekolh»."}
	if _, err := WritePKS(&buf, in); !errors.As(err, &ce) || ce.Key != "clause.error.unknown" || ce.Line != 1 {
		t.Errorf("an unknown field: %v", err)
	}
	for _, name := range ClauseNames() {
		if DefaultClause(name) == "" {
			t.Errorf("no default text for %s", name)
		}
		if err := CheckClause(name, DefaultClause(name)); err != nil {
			t.Errorf("default %s: %v", name, err)
		}
	}
}

func TestAgreementMissing(t *testing.T) {
	in := sampleAgreement()
	in.Partnership.Agreement.PartnerNumber = ""
	in.Partnership.Agreement.SchoolObligations = nil
	var buf bytes.Buffer
	_, err := WritePKS(&buf, in)
	if !errors.Is(err, ErrIncomplete) || !strings.Contains(err.Error(), "nomor perjanjian pihak mitra") ||
		!strings.Contains(err.Error(), "kewajiban pihak sekolah") || buf.Len() != 0 {
		t.Errorf("err = %v, %d bytes", err, buf.Len())
	}
}

func TestConcurrentDocuments(t *testing.T) {
	want, _ := writePKS(t, sampleAgreement())
	done := make(chan []byte)
	for i := 0; i < 4; i++ {
		go func() {
			var buf bytes.Buffer
			_, _ = WritePKS(&buf, sampleAgreement())
			done <- buf.Bytes()
		}()
	}
	for i := 0; i < 4; i++ {
		if got := <-done; !bytes.Equal(got, want) {
			t.Error("concurrent documents differ")
		}
	}
}

func BenchmarkWritePKS(b *testing.B) {
	in := sampleAgreement()
	in.Partnership.Agreement.Witnesses = nil
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if _, err := WritePKS(&buf, in); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWriteProposal(b *testing.B) {
	in := sampleProposal()
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if _, err := WriteProposal(&buf, in); err != nil {
			b.Fatal(err)
		}
	}
}

func TestMonevAndAnnualText(t *testing.T) {
	var buf bytes.Buffer
	if _, err := WriteMonev(&buf, sampleMonev()); err != nil {
		t.Fatal(err)
	}
	text := flat(poppler(t, buf.Bytes(), "pdftotext"))
	if miss := inOrder(text, "LAPORAN MONITORING DAN EVALUASI", "016/421.3/SMPN1-BDG/XI/2026", "A. Capaian Indikator", "640 orang", "66,7%",
		"Persentase capaian terhadap target", "B. Penilaian Manfaat Kemitraan", "Keterlibatan Masyarakat", "C. Kegiatan pada Periode Ini",
		"Serah terima 20 unit komputer", "D. Temuan", "stabilizer", "Bandung, 31 Maret 2027", "Dra. Hj. Euis Rukmini, M.Pd."); miss != "" {
		t.Errorf("monev: %q missing or out of order:\n%s", miss, text)
	}
	if strings.Contains(text, "Kelas literasi digital bulan kedua") {
		t.Error("monev lists an activity after the period")
	}
	buf.Reset()
	if _, err := WriteAnnualReport(&buf, sampleAnnual()); err != nil {
		t.Fatal(err)
	}
	text = flat(poppler(t, buf.Bytes(), "pdftotext"))
	if miss := inOrder(text, "LAPORAN TAHUNAN KEMITRAAN SEKOLAH TAHUN 2026", "A. Kemitraan per Tahap", "Negosiasi dan Perjanjian",
		"B. Kemitraan dan Kontribusi", "Rencana (Rp)", "Diterima (Rp)", "7.500.000,00", "Rp7.500.000,00", "Jumlah kemitraan per kategori",
		"C. Kontribusi menurut Jenis", "Bantuan (uang)", "7.500.000,00", "D. Mitra menurut Jenis", "Perguruan Tinggi", "Jumlah mitra 2",
		"E. Perjanjian yang Berakhir dalam 90 Hari ke Depan", "Pendampingan Guru Matematika", "31 Januari 2027"); miss != "" {
		t.Errorf("annual: %q missing or out of order:\n%s", miss, text)
	}
}

// TestQRCodeReadsAsDocumentCode: the QR code in every page's footer, read from the page
// scanned at 100 dpi (an office scanner's lowest setting), gives the document code
// printed beside it.
func TestQRCodeReadsAsDocumentCode(t *testing.T) {
	for _, tool := range []string{"pdftoppm", "zbarimg"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed (poppler-utils, zbar-tools): cannot scan the page", tool)
		}
	}
	pdf, code := writePKS(t, sampleAgreement())
	dir := t.TempDir()
	file := filepath.Join(dir, "pks.pdf")
	if err := os.WriteFile(file, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("pdftoppm", "-png", "-r", "100", file, filepath.Join(dir, "page")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v\n%s", err, out)
	}
	pages, _ := filepath.Glob(filepath.Join(dir, "page-*.png"))
	if len(pages) < 2 {
		t.Fatalf("%d pages rendered, want the whole PKS", len(pages))
	}
	for _, page := range pages {
		out, err := exec.Command("zbarimg", "--quiet", "--raw", page).Output()
		if got := strings.TrimSpace(string(out)); err != nil || got != code {
			t.Errorf("%s: QR code reads %q (%v), want %q", filepath.Base(page), got, err, code)
		}
	}
	// every code reads, not only this one: two dozen letters, two dozen codes
	for i := range 24 {
		l := sampleLetter()
		l.Letter.Number = fmt.Sprintf("%03d/421.3/SMPN1-BDG/XI/2026", i+1)
		pdf, code := mustWrite(t, l)
		file := filepath.Join(dir, fmt.Sprintf("letter-%d.pdf", i))
		if err := os.WriteFile(file, pdf, 0o644); err != nil {
			t.Fatal(err)
		}
		prefix := filepath.Join(dir, fmt.Sprintf("letter-%d", i))
		if out, err := exec.Command("pdftoppm", "-png", "-r", "100", "-f", "1", "-l", "1", file, prefix).CombinedOutput(); err != nil {
			t.Fatalf("pdftoppm: %v\n%s", err, out)
		}
		scans, _ := filepath.Glob(prefix + "-*.png")
		out, err := exec.Command("zbarimg", "--quiet", "--raw", scans[0]).Output()
		if got := strings.TrimSpace(string(out)); err != nil || got != code {
			t.Errorf("letter %d: QR code reads %q (%v), want %q", i+1, got, err, code)
		}
	}
}

// The partner's office at its signature says of what body it is held ("Direktur PT
// Maju Bersama,"), as the komparisi does, when the office alone does not name it.
func TestPKSSignatureNamesThePartnersBody(t *testing.T) {
	in := sampleAgreement()
	in.Partnership.Agreement.PartnerSignatory.Position = "Direktur"
	pdf, _ := writePKS(t, in)
	if text := flat(poppler(t, pdf, "pdftotext")); !strings.Contains(text, "PIHAK KEDUA, Direktur PT Maju Bersama,") {
		t.Errorf("the partner's signature does not name PT Maju Bersama:\n%s", text)
	}
}
