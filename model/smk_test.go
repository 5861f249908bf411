package model_test

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/kemitraan/kemitraan/model"
)

func TestParseNPWP(t *testing.T) {
	for _, c := range []struct {
		in, stored, printed string
	}{
		{"01.234.567.8-901.000", "012345678901000", "01.234.567.8-901.000"},
		{"012345678901000", "012345678901000", "01.234.567.8-901.000"},
		{" 01 234 567 8-901 000 ", "012345678901000", "01.234.567.8-901.000"},
		{"0012345678901000", "0012345678901000", "0012345678901000"},
		{"3217 0612 0589 0003", "3217061205890003", "3217061205890003"},
		{"", "", ""},
	} {
		n, err := model.ParseNPWP(c.in)
		if err != nil || string(n) != c.stored || n.String() != c.printed {
			t.Errorf("ParseNPWP(%q) = %q (printed %q), %v; want %q printed %q", c.in, n, n.String(), err, c.stored, c.printed)
		}
	}
	for _, bad := range []string{"01.234.567.8-901.00", "01.234.567.8-901.0000X", "12345678901234567", "NPWP 01.234", "01/234/567/8/901/000"} {
		_, err := model.ParseNPWP(bad)
		var fe model.FieldError
		if !errors.As(err, &fe) || fe.Key != "validation.npwp" || !strings.Contains(fe.Message, "15 atau 16 digit") {
			t.Errorf("ParseNPWP(%q) = %v, want the NPWP message", bad, err)
		}
	}
}

func TestSchoolKompetensi(t *testing.T) {
	s := validSchool()
	s.KompetensiKeahlian = []string{"Teknik Komputer dan Jaringan"}
	if s.IsSMK() || s.Kompetensi() != nil {
		t.Errorf("an SMP is SMK %v with kompetensi %v", s.IsSMK(), s.Kompetensi())
	}
	s.Level = model.LevelSMK
	if !s.IsSMK() || !slices.Equal(s.Kompetensi(), s.KompetensiKeahlian) {
		t.Errorf("an SMK: IsSMK %v, kompetensi %v", s.IsSMK(), s.Kompetensi())
	}
	if p := s.Validate(); p != nil {
		t.Errorf("valid SMK: %v", p)
	}
	s.KompetensiKeahlian = []string{"Teknik Komputer dan Jaringan", "Akuntansi dan Keuangan Lembaga", " teknik komputer  DAN jaringan"}
	wantProblem(t, s.Validate(), "kompetensi_keahlian[2]", "Kompetensi keahlian ini sudah ada di daftar.")
	s.KompetensiKeahlian = []string{"Teknik Kendaraan Ringan", " "}
	wantProblem(t, s.Validate(), "kompetensi_keahlian[1]", msgRequired)
	s.KompetensiKeahlian = make([]string, model.MaxKompetensi+1)
	for i := range s.KompetensiKeahlian {
		s.KompetensiKeahlian[i] = "Kompetensi " + strings.Repeat("I", i+1)
	}
	wantProblem(t, s.Validate(), "kompetensi_keahlian", "Kompetensi keahlian paling banyak 40.")
}

func validDUDI() model.Partner {
	return model.Partner{
		Name: "PT Sakura Auto Parts Indonesia", Kind: model.KindBisnis,
		Address: "Kawasan Industri Suryacipta, Karawang",
		Phone:   "(0267) 8630 221", Email: "hrd@sakura-autoparts.co.id",
		DUDI: &model.DUDI{
			NPWP: "013456789055000", BidangUsaha: "Manufaktur komponen otomotif", Scale: model.ScaleMultinasional,
			Address: model.AddressParts{AlamatJalan: "Jl. Surya Utama Kav. I-25", RT: "003", RW: "007",
				DesaKelurahan: "Kutamekar", Kecamatan: "Ciampel", KabupatenKota: "Kabupaten Karawang",
				Provinsi: "Jawa Barat", KodePos: "41363"},
			Lintang: "-6,3947", Bujur: "107.3512", Fax: "(0267) 8630 222", Website: "www.sakura-autoparts.co.id",
			ContactPhone: "0812-8833-4410", ContactPosition: "Kepala Bagian Pengembangan SDM",
		},
	}
}

func TestDUDIValidate(t *testing.T) {
	if p := validDUDI().Validate(); p != nil {
		t.Fatalf("valid DUDI: %v", p)
	}
	for _, c := range []struct {
		change func(*model.DUDI)
		field  string
		msg    string
	}{
		{func(d *model.DUDI) { d.NPWP = "01.345.678.9-055.000" }, "dudi.npwp", "NPWP harus 15 atau 16 digit angka, contoh: 01.234.567.8-901.000."},
		{func(d *model.DUDI) { d.Scale = "raksasa" }, "dudi.scale", msgChoice},
		{func(d *model.DUDI) { d.Address.RT = "0003" }, "dudi.address.rt", "RT dan RW berupa angka, paling banyak 3 digit, mis. 003."},
		{func(d *model.DUDI) { d.Address.RW = "7a" }, "dudi.address.rw", "RT dan RW berupa angka, paling banyak 3 digit, mis. 003."},
		{func(d *model.DUDI) { d.Address.KodePos = "4136" }, "dudi.address.kode_pos", "Kode pos harus 5 digit angka."},
		{func(d *model.DUDI) { d.Address.KabupatenKota = "Karawang" }, "dudi.address.kabupaten_kota", "Tulis dengan kata Kota atau Kabupaten, mis. Kota Bandung atau Kabupaten Bandung."},
		{func(d *model.DUDI) { d.Lintang = "107,35" }, "dudi.lintang", "Lintang berupa angka desimal antara -90 dan 90, mis. -6,3057."},
		{func(d *model.DUDI) { d.Bujur = "timur" }, "dudi.bujur", "Bujur berupa angka desimal antara -180 dan 180, mis. 107,2911."},
		{func(d *model.DUDI) { d.Website = "hrd@sakura.co.id" }, "dudi.website", "Alamat situs tidak valid, contoh: www.perusahaan.co.id."},
	} {
		pt := validDUDI()
		c.change(pt.DUDI)
		wantProblem(t, pt.Validate(), c.field, c.msg)
	}
	// the forms of the Kabupaten/Kota that say which it is
	for _, k := range []string{"Kota Bandung", "Kabupaten Bandung", "Kab. Bandung Barat", "kab Karawang"} {
		pt := validDUDI()
		pt.DUDI.Address.KabupatenKota = k
		if p := pt.Validate(); p != nil {
			t.Errorf("%q: %v", k, p)
		}
	}
}

func TestLetterAddress(t *testing.T) {
	pt := validDUDI()
	want := "Jl. Surya Utama Kav. I-25, RT 003/RW 007, Kutamekar, Kecamatan Ciampel, Kabupaten Karawang, Jawa Barat 41363"
	if got := pt.LetterAddress(); got != want {
		t.Errorf("composed address %q, want %q", got, want)
	}
	pt.DUDI.Address.Kecamatan = "Kec. Ciampel"
	pt.DUDI.Address.Dusun = "Krajan"
	pt.DUDI.Address.DesaKelurahan = "Desa Kutamekar"
	pt.DUDI.Address.RW = ""
	want = "Jl. Surya Utama Kav. I-25, RT 003, Dusun Krajan, Desa Kutamekar, Kec. Ciampel, Kabupaten Karawang, Jawa Barat 41363"
	if got := pt.LetterAddress(); got != want {
		t.Errorf("composed address %q, want %q", got, want)
	}
	// parts that make no address: the address typed in one line, as old records have it
	pt.SetDUDI(model.DUDI{Address: model.AddressParts{KodePos: "41363"}})
	if got := pt.LetterAddress(); got != pt.Address {
		t.Errorf("with the kode pos alone: %q, want the free address %q", got, pt.Address)
	}
	old := model.Partner{Name: "Bengkel Jaya Motor", Kind: model.KindBisnis, Address: "Jl. Tuparev No. 88, Karawang"}
	if got := old.LetterAddress(); got != old.Address {
		t.Errorf("an old record's address: %q", got)
	}
	if !old.IsDUDI() || (model.Partner{Kind: model.KindPemerintah}).IsDUDI() {
		t.Error("IsDUDI: a business partner is, a government office without DUDI data is not")
	}
	if !(model.Partner{Kind: model.KindPemerintah, DUDI: &model.DUDI{BidangUsaha: "Rumah sakit"}}).IsDUDI() {
		t.Error("a hospital with DUDI data is a DUDI")
	}
}

// An old record has no DUDI data: it reads and writes as it did, without a "dudi" key.
func TestPartnerJSONUnchangedWithoutDUDI(t *testing.T) {
	old := `{"id":"01JD0000000000000000","name":"CV Maju","kind":"bisnis","created_at":"0001-01-01T00:00:00Z","updated_at":"0001-01-01T00:00:00Z"}`
	var pt model.Partner
	if err := json.Unmarshal([]byte(old), &pt); err != nil {
		t.Fatal(err)
	}
	again, _ := json.Marshal(pt)
	if string(again) != old {
		t.Errorf("written again as %s", again)
	}
	var ps model.Partnership
	data, _ := json.Marshal(ps)
	if strings.Contains(string(data), "link_match") {
		t.Errorf("a partnership without link and match writes %s", data)
	}
}

func TestSetDUDI(t *testing.T) {
	pt := validDUDI()
	copied := pt
	d := pt.DUDIData()
	d.BidangUsaha = "Logistik"
	pt.SetDUDI(d)
	if copied.DUDI.BidangUsaha != "Manufaktur komponen otomotif" || pt.DUDI.BidangUsaha != "Logistik" {
		t.Errorf("SetDUDI changed a copy: %q, %q", copied.DUDI.BidangUsaha, pt.DUDI.BidangUsaha)
	}
	pt.SetDUDI(model.DUDI{})
	if pt.DUDI != nil || !pt.DUDIData().IsZero() {
		t.Errorf("zero DUDI data kept: %+v", pt.DUDI)
	}
}

func TestCoordinate(t *testing.T) {
	for _, c := range []struct {
		in    string
		limit float64
		want  string
	}{{"-6,3947", 90, "-6.3947"}, {"107.3512", 180, "107.3512"}, {" -6.3 ", 90, "-6.3"}, {"", 90, ""}} {
		if got := model.CoordinateText(c.in, c.limit); got != c.want {
			t.Errorf("CoordinateText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	for _, bad := range []string{"1e2", "NaN", "-91", "6,5,1", "6.5,1"} {
		if _, ok := model.Coordinate(bad, 90); ok {
			t.Errorf("Coordinate(%q) accepted", bad)
		}
	}
}

func TestBusinessScaleLabels(t *testing.T) {
	var labels []string
	for _, s := range model.BusinessScales {
		labels = append(labels, s.Label())
	}
	if strings.Join(labels, ", ") != "Multinasional, Nasional, BUMN/BUMD, UMKM" {
		t.Errorf("labels %v", labels)
	}
}
