package model

import (
	"strconv"
	"strings"
)

// Vocational schools (SMK) partner mostly with businesses and industries (DUDI),
// judge their partnerships by the ministry's link-and-match package (linkmatch.go),
// send students on internships (PKL, pkl.go) and record all of it in Dapodik. None of
// it concerns a school of another level: screens, documents and exports show it only
// when School.IsSMK.

// ErrNotSMK: the school asked for what only an SMK has (a Dapodik export, PKL).
var ErrNotSMK = NewKind("notsmk", "data SMK (DUDI, PKL, link and match, ekspor Dapodik) hanya untuk sekolah berjenjang SMK; ubah jenjang di Profil Sekolah bila sekolah ini SMK", nil)

// MaxKompetensi bounds the kompetensi keahlian of one school: large SMKs have about a
// dozen.
const MaxKompetensi = 40

// IsSMK reports whether the school is a vocational school, which alone has
// kompetensi keahlian, DUDI data, link and match and PKL.
func (s School) IsSMK() bool { return s.Level == LevelSMK }

// Kompetensi is the school's kompetensi keahlian when it is an SMK, nil otherwise: a
// school whose level changed keeps its list, unseen, until it is an SMK again.
func (s School) Kompetensi() []string {
	if !s.IsSMK() {
		return nil
	}
	return s.KompetensiKeahlian
}

// KompetensiKey is a kompetensi keahlian's name as names are compared: "Teknik
// Komputer  dan Jaringan" and "teknik komputer dan jaringan" are one.
func KompetensiKey(name string) string { return Fold(strings.Join(strings.Fields(name), " ")) }

// validateKompetensi checks the school's list: names filled, none twice, not too many.
func (s School) validateKompetensi(p *Problems) {
	if len(s.KompetensiKeahlian) > MaxKompetensi {
		p.add("kompetensi_keahlian", "validation.kompetensimany", msgKompetensiMany)
	}
	seen := map[string]bool{}
	for i, k := range s.KompetensiKeahlian {
		field := fieldIndex("kompetensi_keahlian", i)
		if !required(p, field, k) {
			continue
		}
		maxLen(p, field, k, 150)
		if key := KompetensiKey(k); seen[key] {
			p.add(field, "validation.kompetensitwice", msgKompetensiTwice)
		} else {
			seen[key] = true
		}
	}
}

const (
	msgKompetensiMany  = "Kompetensi keahlian paling banyak 40."
	msgKompetensiTwice = "Kompetensi keahlian ini sudah ada di daftar."
)

// BusinessScale is the size of a business partner, as the link-and-match reports count them.
type BusinessScale string

// The scales.
const (
	ScaleMultinasional BusinessScale = "multinasional"
	ScaleNasional      BusinessScale = "nasional"
	ScaleBUMN          BusinessScale = "bumn_bumd"
	ScaleUMKM          BusinessScale = "umkm"
)

// BusinessScales lists the scales in the order forms offer them.
var BusinessScales = []BusinessScale{ScaleMultinasional, ScaleNasional, ScaleBUMN, ScaleUMKM}

var scaleLabels = map[BusinessScale]string{
	ScaleMultinasional: "Multinasional", ScaleNasional: "Nasional", ScaleBUMN: "BUMN/BUMD", ScaleUMKM: "UMKM",
}

// Label is the scale's name in Bahasa Indonesia.
func (s BusinessScale) Label() string { return scaleLabels[s] }

// Valid reports whether s is one of BusinessScales.
func (s BusinessScale) Valid() bool { _, ok := scaleLabels[s]; return ok }

// AddressParts is an address in the parts Dapodik asks for. The Kabupaten/Kota is
// written with its word ("Kota Bandung", "Kabupaten Bandung": the two are different
// places); the desa or kelurahan as its name is known, with or without its word.
type AddressParts struct {
	AlamatJalan   string `json:"alamat_jalan,omitempty"` // street and number: "Jl. Raya Kosambi No. 12"
	RT            string `json:"rt,omitempty"`
	RW            string `json:"rw,omitempty"`
	Dusun         string `json:"dusun,omitempty"`
	DesaKelurahan string `json:"desa_kelurahan,omitempty"`
	Kecamatan     string `json:"kecamatan,omitempty"`
	KabupatenKota string `json:"kabupaten_kota,omitempty"`
	Provinsi      string `json:"provinsi,omitempty"`
	KodePos       string `json:"kode_pos,omitempty"`
}

// IsZero reports whether no part is filled.
func (a AddressParts) IsZero() bool { return a == AddressParts{} }

// Usable reports whether the parts make an address a letter can be sent to: the
// street and the kabupaten or kota at least.
func (a AddressParts) Usable() bool {
	return strings.TrimSpace(a.AlamatJalan) != "" && strings.TrimSpace(a.KabupatenKota) != ""
}

// Line is the address on one line, as letters print it: "Jl. Raya Kosambi No. 12,
// RT 003/RW 007, Desa Duren, Kecamatan Klari, Kabupaten Karawang, Jawa Barat 41371".
// The words Dusun and Kecamatan are added when the name lacks them; the kode pos
// follows the last place.
func (a AddressParts) Line() string {
	var parts []string
	add := func(s string) {
		if s = strings.Join(strings.Fields(s), " "); s != "" {
			parts = append(parts, s)
		}
	}
	withWord := func(word, abbr, name string) string {
		name = strings.TrimSpace(name)
		if name == "" {
			return ""
		}
		if l := strings.ToLower(name); strings.HasPrefix(l, strings.ToLower(word)+" ") || strings.HasPrefix(l, abbr) {
			return name
		}
		return word + " " + name
	}
	add(a.AlamatJalan)
	rt, rw := strings.TrimSpace(a.RT), strings.TrimSpace(a.RW)
	switch {
	case rt != "" && rw != "":
		add("RT " + rt + "/RW " + rw)
	case rt != "":
		add("RT " + rt)
	case rw != "":
		add("RW " + rw)
	}
	add(withWord("Dusun", "dsn", a.Dusun))
	add(a.DesaKelurahan)
	add(withWord("Kecamatan", "kec.", a.Kecamatan))
	add(a.KabupatenKota)
	add(a.Provinsi)
	if kode := strings.TrimSpace(a.KodePos); kode != "" {
		if len(parts) == 0 {
			return kode
		}
		parts[len(parts)-1] += " " + kode
	}
	return strings.Join(parts, ", ")
}

const (
	msgRTRW        = "RT dan RW berupa angka, paling banyak 3 digit, mis. 003."
	msgKodePos     = "Kode pos harus 5 digit angka."
	msgKabupaten   = "Tulis dengan kata Kota atau Kabupaten, mis. Kota Bandung atau Kabupaten Bandung."
	msgLintang     = "Lintang berupa angka desimal antara -90 dan 90, mis. -6,3057."
	msgBujur       = "Bujur berupa angka desimal antara -180 dan 180, mis. 107,2911."
	msgDUDIWebsite = "Alamat situs tidak valid, contoh: www.perusahaan.co.id."
)

func (a AddressParts) validate(p *Problems, prefix string) {
	for _, f := range []struct{ name, v string }{{"rt", a.RT}, {"rw", a.RW}} {
		if v := strings.TrimSpace(f.v); v != "" && (len(v) > 3 || !allDigits(v)) {
			p.add(prefix+f.name, "validation.rtrw", msgRTRW)
		}
	}
	if v := strings.TrimSpace(a.KodePos); v != "" && !(len(v) == 5 && allDigits(v)) {
		p.add(prefix+"kode_pos", "validation.kodepos", msgKodePos)
	}
	if v := strings.ToLower(strings.TrimSpace(a.KabupatenKota)); v != "" &&
		!strings.HasPrefix(v, "kota ") && !strings.HasPrefix(v, "kabupaten ") && !strings.HasPrefix(v, "kab. ") && !strings.HasPrefix(v, "kab ") {
		p.add(prefix+"kabupaten_kota", "validation.kabupaten", msgKabupaten)
	}
	for _, f := range []struct{ name, v string }{{"alamat_jalan", a.AlamatJalan}, {"dusun", a.Dusun},
		{"desa_kelurahan", a.DesaKelurahan}, {"kecamatan", a.Kecamatan}, {"kabupaten_kota", a.KabupatenKota}, {"provinsi", a.Provinsi}} {
		maxLen(p, prefix+f.name, f.v, 200)
	}
}

// DUDI is what a business or industry partner (dunia usaha dan dunia industri) has
// beyond any partner, as Dapodik's DUDI and MoU screens ask for it. The partner's
// own Phone and Email are its Telepon and Email there; its ContactPerson the Contact
// Person of an MoU.
type DUDI struct {
	NPWP        NPWP          `json:"npwp,omitempty"`
	BidangUsaha string        `json:"bidang_usaha,omitempty"` // line of business: "Manufaktur komponen otomotif"
	Scale       BusinessScale `json:"scale,omitempty"`
	Address     AddressParts  `json:"address,omitzero"`
	// Lintang and Bujur are the location in decimal degrees as typed ("-6,3057" or
	// "-6.3057"); Coordinate reads them.
	Lintang string `json:"lintang,omitempty"`
	Bujur   string `json:"bujur,omitempty"`
	Fax     string `json:"fax,omitempty"`
	Website string `json:"website,omitempty"`
	// ContactPhone and ContactPosition are the contact person's own phone and
	// position (Telp CP and Jabatan CP of Dapodik's MoU screen).
	ContactPhone    string `json:"contact_phone,omitempty"`
	ContactPosition string `json:"contact_position,omitempty"`
}

// IsZero reports whether nothing of the DUDI's data is filled.
func (d DUDI) IsZero() bool { return d == DUDI{} }

func (d DUDI) validate(p *Problems) {
	if d.NPWP != "" && !d.NPWP.Valid() {
		p.add("dudi.npwp", "validation.npwp", msgNPWP)
	}
	if d.Scale != "" && !d.Scale.Valid() {
		p.add("dudi.scale", "validation.choice", msgChoice)
	}
	d.Address.validate(p, "dudi.address.")
	if _, ok := Coordinate(d.Lintang, 90); !ok {
		p.add("dudi.lintang", "validation.lintang", msgLintang)
	}
	if _, ok := Coordinate(d.Bujur, 180); !ok {
		p.add("dudi.bujur", "validation.bujur", msgBujur)
	}
	if w := strings.TrimSpace(d.Website); w != "" && (strings.ContainsAny(w, " @") || !strings.Contains(w, ".")) {
		p.add("dudi.website", "validation.website", msgDUDIWebsite)
	}
	for _, f := range []struct{ name, v string }{{"bidang_usaha", d.BidangUsaha}, {"fax", d.Fax}, {"website", d.Website},
		{"contact_phone", d.ContactPhone}, {"contact_position", d.ContactPosition}} {
		maxLen(p, "dudi."+f.name, f.v, 200)
	}
}

// Coordinate reads a latitude (limit 90) or longitude (limit 180) in decimal degrees,
// with a decimal point or comma: "-6,3057", "107.2911". "" is no coordinate (ok, 0).
func Coordinate(s string, limit float64) (float64, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, true
	}
	if strings.Count(s, ",") == 1 && !strings.Contains(s, ".") {
		s = strings.Replace(s, ",", ".", 1)
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f < -limit || f > limit || strings.ContainsAny(s, "eEnNiI") {
		return 0, false
	}
	return f, true
}

// CoordinateText is a coordinate typed as s written with a decimal point, as
// Dapodik takes it: "-6,3057" → "-6.3057". Text that is no coordinate is returned as it is.
func CoordinateText(s string, limit float64) string {
	if f, ok := Coordinate(s, limit); ok && strings.TrimSpace(s) != "" {
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	return s
}

// DUDIData is the partner's DUDI data, zero when it has none. It is a copy:
// changing it changes the partner only through SetDUDI.
func (pt Partner) DUDIData() DUDI {
	if pt.DUDI == nil {
		return DUDI{}
	}
	return *pt.DUDI
}

// SetDUDI gives the partner its DUDI data (a copy of d), or none when d is zero. The
// data are kept behind a pointer so that the many partners without them cost no
// memory for them; SetDUDI never shares that pointer with another Partner value.
func (pt *Partner) SetDUDI(d DUDI) {
	if d.IsZero() {
		pt.DUDI = nil
		return
	}
	pt.DUDI = &d
}

// IsDUDI reports whether the partner is a business or industry, as Dapodik's DUDI
// list holds them: a business partner, or any partner given DUDI data (a hospital
// or a puskesmas that takes students of a health SMK on PKL).
func (pt Partner) IsDUDI() bool { return pt.Kind == KindBisnis || !pt.DUDIData().IsZero() }

// LetterAddress is the address letters print: the DUDI's address composed from its
// parts when they make one (AddressParts.Usable), else the address typed in one line.
func (pt Partner) LetterAddress() string {
	a := pt.DUDIData().Address
	if a.Usable() || strings.TrimSpace(pt.Address) == "" && !a.IsZero() {
		return a.Line()
	}
	return pt.Address
}
