package document_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/demo"
	"github.com/kemitraan/kemitraan/model/document"
	"github.com/kemitraan/kemitraan/store"
)

// today is the day the documents of these tests are made.
var today = time.Date(2026, 11, 26, 10, 0, 0, 0, time.Local)

// pdfText is the text of a PDF as pdftotext reads it with its layout, each run of
// white space one space, without the pages' footers; the test is skipped without
// pdftotext (poppler-utils).
func pdfText(t *testing.T, pdf []byte) string {
	t.Helper()
	tool, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Skip("pdftotext (poppler-utils) is not installed: cannot read the PDF back")
	}
	file := filepath.Join(t.TempDir(), "doc.pdf")
	if err := os.WriteFile(file, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, "-layout", file, "-").CombinedOutput()
	if err != nil {
		t.Fatalf("pdftotext: %v\n%s", err, out)
	}
	text := strings.Join(strings.Fields(string(out)), " ")
	return footer.ReplaceAllString(text, "")
}

// amountRE is an amount of money as the agreements print it.
var amountRE = regexp.MustCompile(`Rp ?\d{1,3}(?:\.\d{3})*,00`)

// footer is a page's footer, which falls wherever the page breaks.
var footer = regexp.MustCompile(`Kode dokumen: [0-9A-F-]+ Halaman \d+ dari \d+ (?:Paraf Pihak I Paraf Pihak II )?` +
	`Kode dan QR ini mencocokkan dokumen dengan arsip [^;]*; bukan tanda tangan elektronik tersertifikasi \(TTE BSrE\)\.? ?`)

// sample is a data file with model/demo's sample, and the sample's data.
func sample(t *testing.T) (*store.DB, demo.Data) {
	t.Helper()
	d := demo.Dataset(today)
	return dataFile(t, store.Records{School: &d.School, Partners: d.Partners, Partnerships: d.Partnerships,
		Events: demo.Timeline(d), LetterCounters: d.LetterCounters}), d
}

// dataFile is a new data file holding recs, closed when the test ends.
func dataFile(t *testing.T, recs store.Records) *store.DB {
	t.Helper()
	db, err := store.Open(filepath.Join(t.TempDir(), "kemitraan.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.LoadIntoEmpty(recs); err != nil {
		t.Fatal(err)
	}
	return db
}

// kindCase is a partner of the sample, by kind, and what its documents must say.
type kindCase struct {
	name    string // the test's
	partner string // the sample partner's name
	// party are phrases of the komparisi of PIHAK KEDUA, in order; notParty may not
	// appear in it
	party, notParty []string
	// funding are phrases of Pasal Pembiayaan (3); request, of the request letter
	funding, request, notRequest []string
	kind                         model.ContributionKind
}

var kindCases = []kindCase{
	{name: "perseorangan", partner: "Ir. Hendra Gunawan, M.T.",
		party:    []string{"2. Ir. Hendra Gunawan, M.T.", "Nomor Induk Kependudukan 3273011505640003", "pekerjaan konsultan teknik sipil", "beralamat di", "bertindak untuk dan atas nama diri sendiri", "selanjutnya disebut PIHAK KEDUA"},
		notParty: []string{"Jabatan", "dalam jabatannya", "Alumni angkatan"},
		funding:  []string{"sumbangan PIHAK KEDUA", "diberikan secara sukarela dan tidak mengikat satuan pendidikan", "diterima dengan sepengetahuan Komite Sekolah"},
		request:  []string{"Yth. Bapak Ir. Hendra Gunawan, M.T."}, notRequest: []string{"Bapak/Ibu Ir.", "M.T..", "bidang yang Bapak/Ibu kelola"},
		kind: model.ContribSumbangan},
	{name: "badan usaha dengan surat kuasa", partner: "Divisi CSR PT Bank Parahyangan Sejahtera Tbk",
		party:    []string{"2. Drs. Bambang Sutrisno, M.M.", "Jabatan : Kepala Divisi Corporate Social Responsibility", "bertindak berdasarkan Surat Kuasa Direksi PT Bank Parahyangan Sejahtera Tbk Nomor 045/SK-DIR/BPS/I/2025", "sah bertindak untuk dan atas nama PT Bank Parahyangan Sejahtera Tbk", "selanjutnya disebut PIHAK KEDUA"},
		notParty: []string{"atas nama Divisi", "Nomor Induk Kependudukan", "diri sendiri"},
		funding:  []string{"bantuan PIHAK KEDUA", "diberikan dengan syarat yang disepakati PARA PIHAK"},
		request:  []string{"Yth. Kepala Divisi Corporate Social Responsibility PT Bank Parahyangan Sejahtera Tbk Jl. Asia Afrika"},
		kind:     model.ContribBantuan},
	{name: "instansi pemerintah", partner: "Dinas Pendidikan Kota Bandung",
		party:    []string{"2. Dr. H. Dadang Hermawan, M.Pd.", "NIP : 19700215 199512 1 003", "Jabatan : Kepala Dinas Pendidikan Kota Bandung", "bertindak dalam jabatannya tersebut berdasarkan Keputusan Wali Kota Bandung", "untuk dan atas nama Dinas Pendidikan Kota Bandung", "selanjutnya disebut PIHAK KEDUA"},
		notParty: []string{"Nomor Induk Kependudukan", "diri sendiri"},
		funding:  []string{"dukungan program PIHAK KEDUA", "sesuai dengan ketentuan yang berlaku bagi PIHAK KEDUA"},
		request:  []string{"Yth. Kepala Dinas Pendidikan Kota Bandung Jl. Jenderal Ahmad Yani"},
		kind:     model.ContribProgram},
	{name: "perguruan tinggi", partner: "Fakultas Matematika dan Ilmu Pengetahuan Alam Universitas Priangan",
		party:    []string{"2. Prof. Dr.", "Jabatan : Dekan Fakultas Matematika dan Ilmu Pengetahuan Alam", "berdasarkan Keputusan Rektor Universitas Priangan Nomor 112/UN-PRI/KP/2025", "untuk dan atas nama Universitas Priangan", "selanjutnya disebut PIHAK KEDUA"},
		notParty: []string{"Nomor Induk Kependudukan", "atas nama Fakultas"},
		request:  []string{"Yth. Dekan Fakultas Matematika dan Ilmu Pengetahuan Alam Universitas Priangan Jl."},
		funding:  []string{"bantuan PIHAK KEDUA", "diberikan dengan syarat yang disepakati PARA PIHAK"},
		kind:     model.ContribBantuan},
	{name: "yayasan", partner: "Yayasan Taman Baca Cahaya Ilmu",
		party:    []string{"2. Dr.", "Jabatan : Ketua Pengurus Yayasan Taman Baca Cahaya Ilmu", "berdasarkan Anggaran Dasar Yayasan Taman Baca Cahaya Ilmu dalam Akta Pendirian Nomor 14", "untuk dan atas nama Yayasan Taman Baca Cahaya Ilmu", "selanjutnya disebut PIHAK KEDUA"},
		notParty: []string{"Nomor Induk Kependudukan"},
		funding:  []string{"bantuan PIHAK KEDUA", "diberikan dengan syarat yang disepakati PARA PIHAK"},
		kind:     model.ContribBantuan},
	{name: "paguyuban orang tua", partner: "Paguyuban Orang Tua Siswa SMP Negeri 1 Bandung",
		party:    []string{"2. H.", "Jabatan : Ketua Paguyuban Orang Tua Siswa SMP Negeri 1 Bandung", "berdasarkan Berita Acara Rapat Pleno Paguyuban Orang Tua Siswa", "untuk dan atas nama Paguyuban Orang Tua Siswa SMP Negeri 1 Bandung", "selanjutnya disebut PIHAK KEDUA"},
		notParty: []string{"Nomor Induk Kependudukan"},
		funding: []string{"sumbangan sukarela orang tua/wali peserta didik", "diberikan secara sukarela dan tidak mengikat satuan pendidikan",
			"tidak ditentukan jumlah maupun jangka waktunya bagi setiap orang tua/wali peserta didik", "diterima dengan sepengetahuan Komite Sekolah sebagaimana tercatat dalam"},
		request: []string{"Yth. Ketua Paguyuban Orang Tua Siswa SMP Negeri 1 Bandung"}, notRequest: []string{"Bapak/Ibu kelola", "bidang yang"},
		kind: model.ContribSumbangan},
	{name: "komunitas", partner: "Komunitas Robotika Bandung",
		party:    []string{"2. ", "Jabatan : Ketua Komunitas Robotika Bandung", "berdasarkan Keputusan Rapat Anggota Komunitas Robotika Bandung", "untuk dan atas nama Komunitas Robotika Bandung", "selanjutnya disebut PIHAK KEDUA"},
		notParty: []string{"Nomor Induk Kependudukan"},
		funding:  []string{"sumbangan PIHAK KEDUA", "diberikan secara sukarela dan tidak mengikat satuan pendidikan", "diterima dengan sepengetahuan Komite Sekolah"},
		kind:     model.ContribSumbangan},
	{name: "usaha perseorangan", partner: "Batik Kujang Parahyangan",
		party:    []string{"2. Hj.", "Nomor Induk Kependudukan", "pekerjaan", "bertindak untuk dan atas nama diri sendiri selaku pemilik usaha perseorangan Batik Kujang Parahyangan", "selanjutnya disebut PIHAK KEDUA"},
		notParty: []string{"Jabatan"},
		request:  []string{"Yth. Ibu Hj. Neneng Kurniasih, Pemilik Batik Kujang Parahyangan Jl."},
		funding:  []string{"bantuan PIHAK KEDUA", "diberikan dengan syarat yang disepakati PARA PIHAK"},
		kind:     model.ContribBantuan},
}

// withPartner is a copy of the sample's partnership tmpl made with partner instead:
// the party's data from the partner record, contribution lines of the kind the law
// gives the partner (two termins and the school's share), the proposal's budget
// mirroring them, amounts received, and numbers of its own.
func withPartner(t *testing.T, tmpl model.Partnership, partner model.Partner, school model.School, n int) model.Partnership {
	t.Helper()
	var ps model.Partnership
	data, _ := json.Marshal(tmpl)
	if err := json.Unmarshal(data, &ps); err != nil {
		t.Fatal(err)
	}
	ps.ID, ps.Letters, ps.NextID, ps.PreviousID = "", nil, "", ""
	ps.Title = tmpl.Title + " bersama " + partner.Name
	for i := range ps.Candidates {
		if ps.Candidates[i].PartnerID == tmpl.PartnerID {
			ps.Candidates[i].PartnerID = partner.ID
		} else {
			ps.Candidates[i].PartnerID = ""
		}
	}
	ps.PartnerID = partner.ID
	a := &ps.Agreement
	a.PartnerSignatory = model.Signatory{Name: partner.SignatoryFullName(), Position: partner.SignatoryPosition,
		IDNumber: partner.NIP, Authority: partner.Authority, ByProxy: partner.ByProxy}
	if partner.ActsForHimself() {
		a.PartnerSignatory.Position = ""
	}
	a.PartnerLegalName, a.PartnerAddress, a.PartnerNIK, a.PartnerOccupation = "", "", "", ""
	a.SchoolNumber = model.FormatLetterNumber(school, 500+2*n, a.Date)
	a.MoU.SchoolNumber = model.FormatLetterNumber(school, 501+2*n, a.MoU.Date)
	start, _ := a.Term()
	kind := model.DeriveKind(partner.Kind, model.GiverPartner)
	a.Contributions = []model.Contribution{
		{ID: "t1", From: model.GiverPartner, Kind: kind, Form: model.FormMoney, What: "Perlengkapan pertolongan pertama, tahap I", Amount: 12_500_000, Due: start.AddDate(0, 0, 14)},
		{ID: "t2", From: model.GiverPartner, Kind: kind, Form: model.FormMoney, What: "Perlengkapan pertolongan pertama, tahap II", Amount: 7_250_000, Due: start.AddDate(0, 4, 0)},
		{ID: "s1", From: model.GiverSchool, Kind: model.ContribSchool, Form: model.FormMoney, What: "Konsumsi pelatihan", Amount: 3_000_000},
	}
	a.CommitteeNote = "Berita Acara Rapat Komite Sekolah tanggal 2 Juni 2026"
	a.Funding = "Dana disalurkan melalui rekening sekolah."
	ps.Proposal.Budget = []model.BudgetItem{
		{Item: "Perlengkapan pertolongan pertama", Amount: 19_750_000, PaidBy: model.PartyPartner},
		{Item: "Konsumsi pelatihan", Amount: 3_000_000, PaidBy: model.PartySchool},
	}
	ps.Receipts = []model.Receipt{{Date: start.AddDate(0, 0, 16), Line: "t1", Amount: 12_500_000}}
	return ps
}

func TestEveryDocumentForEveryPartnerKind(t *testing.T) {
	db, d := sample(t)
	var tmpl model.Partnership
	for _, ps := range d.Partnerships {
		if strings.HasPrefix(ps.Title, "Pembinaan Ekstrakurikuler Palang Merah Remaja") {
			tmpl = ps
		}
	}
	if tmpl.Agreement.Kind != model.AgreementMoUPKS || tmpl.Stage != model.StageMonev {
		t.Fatalf("the sample's PMR partnership: %v at stage %v", tmpl.Agreement.Kind, tmpl.Stage)
	}
	partners := map[string]model.Partner{}
	for _, p := range d.Partners {
		partners[p.Name] = p
	}
	for n, c := range kindCases {
		t.Run(c.name, func(t *testing.T) {
			partner, ok := partners[c.partner]
			if !ok {
				t.Fatalf("no partner %q in the sample", c.partner)
			}
			ps := withPartner(t, tmpl, partner, d.School, n)
			ps, events := model.Edit(model.Partnership{}, ps, today)
			if p := ps.Validate(); p != nil {
				t.Fatalf("invalid: %v", p)
			}
			if err := db.SavePartnership(&ps, events...); err != nil {
				t.Fatal(err)
			}
			texts := map[model.DocumentKind]string{}
			for _, k := range []model.DocumentKind{model.DocRequest, model.DocProposal, model.DocMoU, model.DocPKS, model.DocMonev} {
				if miss := document.Missing(d.School, ps, &partner, k); len(miss) > 0 {
					t.Fatalf("%s cannot be printed: %v", k, miss)
				}
				made, err := document.Make(db, document.Request{Partnership: ps.ID, Kind: k, Today: today})
				if err != nil {
					t.Fatalf("%s: %v", k, err)
				}
				texts[k] = pdfText(t, made.PDF)
				// printed again days later, it is the same document: the same
				// bytes, number, date and code, and the register takes no number
				again, err := document.Make(db, document.Request{Partnership: ps.ID, Kind: k, Today: today.AddDate(0, 0, 3)})
				if err != nil {
					t.Fatalf("%s again: %v", k, err)
				}
				if !bytes.Equal(again.PDF, made.PDF) || again.Number != made.Number || again.Code != made.Code || !again.Date.Equal(made.Date) {
					t.Errorf("%s printed again differs: number %q→%q, code %s→%s, date %v→%v, same bytes %v",
						k, made.Number, again.Number, made.Code, again.Code, made.Date, again.Date, bytes.Equal(again.PDF, made.PDF))
				}
				if (k == model.DocRequest || k == model.DocProposal) && !again.Reprint {
					t.Errorf("%s printed again is not marked a reprint", k)
				}
			}
			// a new letter, asked for, takes the next number
			next, err := document.Make(db, document.Request{Partnership: ps.ID, Kind: model.DocRequest, Today: today,
				Options: model.DocumentOptions{Reissue: true}})
			if err != nil {
				t.Fatal(err)
			}
			if next.Number == "" || next.Reprint || strings.Contains(texts[model.DocRequest], next.Number) {
				t.Errorf("a reissued request letter: number %q, reprint %v", next.Number, next.Reprint)
			}
			pks := texts[model.DocPKS]
			if os.Getenv("SHOW") != "" {
				t.Logf("REQUEST %s\nMONEV %s\nPROPOSAL %s", texts[model.DocRequest], texts[model.DocMonev], texts[model.DocProposal])
			}
			party := between(pks, "selanjutnya disebut PIHAK PERTAMA.", "PARA PIHAK.")
			if party == "" {
				t.Fatalf("no komparisi in the PKS:\n%s", pks)
			}
			at := 0
			for _, w := range c.party {
				i := strings.Index(party[at:], w)
				if i < 0 {
					t.Errorf("the komparisi lacks %q (or not in order):\n%s", w, party)
					break
				}
				at += i + len(w)
			}
			for _, w := range c.notParty {
				if strings.Contains(party, w) {
					t.Errorf("the komparisi says %q:\n%s", w, party)
				}
			}
			for _, w := range c.request {
				if !strings.Contains(texts[model.DocRequest], w) {
					t.Errorf("the request letter lacks %q:\n%s", w, texts[model.DocRequest])
				}
			}
			for _, w := range c.notRequest {
				if strings.Contains(texts[model.DocRequest], w) {
					t.Errorf("the request letter says %q:\n%s", w, texts[model.DocRequest])
				}
			}
			// the MoU is the same parties' and refers to no amount
			if mou := texts[model.DocMoU]; amountRE.MatchString(mou) || !strings.Contains(between(mou, "selanjutnya disebut PIHAK PERTAMA.", "PARA PIHAK."), c.party[len(c.party)-2]) {
				t.Errorf("the MoU names other parties or an amount:\n%s", mou)
			}
			// Pasal Pembiayaan: the words of the kind, the amounts from the lines
			funding := between(pks, "Pembiayaan (1)", "Pasal")
			for _, w := range append(c.funding,
				"Rp12.500.000,00 (dua belas juta lima ratus ribu rupiah)",
				"Rp7.250.000,00 (tujuh juta dua ratus lima puluh ribu rupiah)",
				"anggaran PIHAK PERTAMA sebesar Rp3.000.000,00 (tiga juta rupiah)",
				"Rp22.750.000,00 (dua puluh dua juta tujuh ratus lima puluh ribu rupiah)",
				"Rp19.750.000,00 (sembilan belas juta tujuh ratus lima puluh ribu rupiah)") {
				if !strings.Contains(funding, w) {
					t.Errorf("Pasal Pembiayaan lacks %q:\n%s", w, funding)
				}
			}
			if c.kind != model.ContribBantuan && strings.Contains(funding, "dengan syarat yang disepakati") ||
				c.kind == model.ContribBantuan && strings.Contains(funding, "tidak mengikat") {
				t.Errorf("Pasal Pembiayaan mixes the words of bantuan and sumbangan:\n%s", funding)
			}
			for k, text := range texts {
				for _, w := range []string{"bantuan yang tidak mengikat", "pungutan sebesar", "wajib membayar", "{{", "«"} {
					if strings.Contains(text, w) {
						t.Errorf("the %s says %q", k, w)
					}
				}
			}
			// the proposal's budget is the lines'
			if p := texts[model.DocProposal]; !strings.Contains(p, "19.750.000,00") || !strings.Contains(p, "Rp22.750.000,00") {
				t.Errorf("the proposal's budget is not the agreement's:\n%s", p)
			}
			// the monitoring report: within the term, the activities of its period
			if m := texts[model.DocMonev]; strings.Contains(m, "Tidak ada kegiatan") || strings.Contains(m, " 0 %") && !strings.Contains(m, "belum jatuh tempo") {
				t.Errorf("the monitoring report:\n%s", m)
			}
		})
	}
}

// between is the text after the first from and before the next to; "" when either is not found.
func between(text, from, to string) string {
	i := strings.Index(text, from)
	if i < 0 {
		return ""
	}
	rest := text[i+len(from):]
	j := strings.Index(rest, to)
	if j < 0 {
		return ""
	}
	return rest[:j]
}

var _ = fmt.Sprint
