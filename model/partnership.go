package model

import "time"

// NeedCategory is the kind of need a partnership answers.
type NeedCategory string

// The need categories of stage 1.
const (
	NeedAkademik        NeedCategory = "akademik"
	NeedEkstrakurikuler NeedCategory = "ekstrakurikuler"
	NeedProfesional     NeedCategory = "pengembangan_profesional"
	NeedDukunganSiswa   NeedCategory = "dukungan_siswa"
	NeedSarana          NeedCategory = "sarana_prasarana"
	NeedLainnya         NeedCategory = "lainnya"
)

// NeedCategories lists the categories in the order forms offer them.
var NeedCategories = []NeedCategory{NeedAkademik, NeedEkstrakurikuler, NeedProfesional, NeedDukunganSiswa, NeedSarana, NeedLainnya}

var needLabels = map[NeedCategory]string{
	NeedAkademik:        "Akademik",
	NeedEkstrakurikuler: "Ekstrakurikuler",
	NeedProfesional:     "Pengembangan Profesional",
	NeedDukunganSiswa:   "Dukungan Siswa",
	NeedSarana:          "Sarana-Prasarana",
	NeedLainnya:         "Lainnya",
}

// Label is the category's name in Bahasa Indonesia.
func (c NeedCategory) Label() string { return needLabels[c] }

// Valid reports whether c is one of NeedCategories.
func (c NeedCategory) Valid() bool { _, ok := needLabels[c]; return ok }

// Status is where a partnership stands as a whole.
type Status string

// The statuses of a partnership.
const (
	StatusDraft      Status = "draft"
	StatusBerjalan   Status = "berjalan"
	StatusSelesai    Status = "selesai"
	StatusDibatalkan Status = "dibatalkan"
)

// Statuses lists the statuses in order.
var Statuses = []Status{StatusDraft, StatusBerjalan, StatusSelesai, StatusDibatalkan}

var statusLabels = map[Status]string{
	StatusDraft: "Draft", StatusBerjalan: "Berjalan", StatusSelesai: "Selesai", StatusDibatalkan: "Dibatalkan",
}

// Label is the status's name in Bahasa Indonesia.
func (s Status) Label() string { return statusLabels[s] }

// Partnership is one school partnership, from the identified need to its renewal.
type Partnership struct {
	ID        ID           `json:"id"`
	Title     string       `json:"title"`
	Category  NeedCategory `json:"need_category"`
	Need      string       `json:"need"`
	PartnerID ID           `json:"partner_id,omitempty"`
	Stage     Stage        `json:"stage"`
	Status    Status       `json:"status"`
	// Letters are the letters printed for this partnership, newest last.
	Letters   []Letter  `json:"letters,omitempty"`
	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
}

// Letter records one printed letter: its kind, the nomor surat it was given and when.
type Letter struct {
	Kind   string    `json:"kind"` // "permohonan", …
	Number string    `json:"number"`
	Date   time.Time `json:"date"`
	Code   string    `json:"code,omitempty"` // document code printed in the footer
}

// NewPartnership returns a partnership at stage 1 in draft.
func NewPartnership() Partnership {
	return Partnership{Stage: StageKebutuhan, Status: StatusDraft}
}

// Validate lists what is wrong with the partnership.
func (ps Partnership) Validate() Problems {
	var p Problems
	required(&p, "title", ps.Title)
	maxLen(&p, "title", ps.Title, 300)
	if !ps.Category.Valid() {
		p.add("category", "validation.choice", msgChoice)
	}
	if !ps.Stage.Valid() {
		p.add("stage", "validation.choice", msgChoice)
	}
	if _, ok := statusLabels[ps.Status]; !ok {
		p.add("status", "validation.choice", msgChoice)
	}
	return p
}
