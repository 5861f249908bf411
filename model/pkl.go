package model

import (
	"slices"
	"strings"
	"time"
)

// Students' activities under an SMK's agreement with a DUDI: internships (PKL,
// praktik kerja lapangan, once called prakerin) and teaching-factory projects, as
// Dapodik records them under an MoU ("Aktivitas Peserta Didik", with its members and
// supervising teachers).
//
// The students are minors, and their data personal data (UU 27/2022 tentang
// Pelindungan Data Pribadi): a placement keeps only what the work needs — name, NISN,
// class and kompetensi keahlian — and nothing else of the student. The data file
// keeps them; bundles and exports leave them out unless a person asks for them.
//
// An activity is a record of its own, apart from its partnership's (an SMK places
// hundreds of students a year: they would make every save of the partnership large,
// and a bundle without students would otherwise replace a partnership's placements
// with none).

// ErrNoAgreementYet: students are placed under an agreement, and the partnership has
// not reached its agreement stage.
var ErrNoAgreementYet = NewKind("noagreementyet", "peserta didik PKL dicatat di bawah perjanjian; lanjutkan kemitraan ini sampai tahap Negosiasi dan Perjanjian terlebih dahulu", nil)

// StudentActivityKind is the kind of an activity (Dapodik's Jenis Aktivitas PD).
type StudentActivityKind string

// The kinds of activity.
const (
	ActivityKindPKL  StudentActivityKind = "pkl"
	ActivityKindTefa StudentActivityKind = "teaching_factory"
)

// StudentActivityKinds lists the kinds in the order forms offer them.
var StudentActivityKinds = []StudentActivityKind{ActivityKindPKL, ActivityKindTefa}

var studentActivityLabels = map[StudentActivityKind]string{
	ActivityKindPKL:  "Praktik Kerja Lapangan (PKL)",
	ActivityKindTefa: "Teaching Factory",
}

// Label is the kind's name in Bahasa Indonesia.
func (k StudentActivityKind) Label() string { return studentActivityLabels[k] }

// Valid reports whether k is one of StudentActivityKinds.
func (k StudentActivityKind) Valid() bool { _, ok := studentActivityLabels[k]; return ok }

// Limits of one activity's content.
const (
	MaxPlacements = 1000 // students in one activity: a whole year group at one large DUDI
	MaxVisits     = 100  // monitoring visits of one placement
)

// StudentActivity is one activity of students under a partnership's agreement: a
// group sent on PKL to the partner in a period, or a teaching-factory project.
type StudentActivity struct {
	ID            ID                  `json:"id"`
	PartnershipID ID                  `json:"partnership_id"`
	Kind          StudentActivityKind `json:"kind"`
	// Title is its Judul: "PKL Kelas XII TKJ Gelombang 1 Tahun Pelajaran 2026/2027".
	Title string `json:"title"`
	// SKNumber and SKDate are the principal's decree (SK Tugas) that assigns the
	// supervising teachers.
	SKNumber   string      `json:"sk_number,omitempty"`
	SKDate     time.Time   `json:"sk_date,omitzero"`
	Notes      string      `json:"notes,omitempty"` // Keterangan
	Placements []Placement `json:"placements,omitempty"`
	CreatedAt  time.Time   `json:"created_at"`
	UpdatedAt  time.Time   `json:"updated_at"`
}

// Placement is one student's place in an activity: at the partner, for a period,
// with a supervising teacher of the school and an instructor of the partner, and the
// teacher's monitoring visits. A student may have several placements (at other
// DUDIs, in other periods): each is its own.
type Placement struct {
	ID      ID        `json:"id"`
	Student Student   `json:"student"`
	Start   time.Time `json:"start"`
	End     time.Time `json:"end"`
	// Unit is where at the partner the student works when that is not its address: a
	// branch, a workshop, a department.
	Unit       string     `json:"unit,omitempty"`
	Teacher    Teacher    `json:"teacher,omitzero"`    // guru pembimbing
	Instructor Instructor `json:"instructor,omitzero"` // instruktur (pembimbing dari DUDI)
	Visits     []Visit    `json:"visits,omitempty"`
}

// Student is a student as a placement records them: these four fields and no more.
type Student struct {
	Name       string `json:"name"`
	NISN       string `json:"nisn"`  // Nomor Induk Siswa Nasional, 10 digits
	Class      string `json:"class"` // kelas or rombongan belajar: "XII TKJ 2"
	Kompetensi string `json:"kompetensi"`
}

// Teacher is a supervising teacher (guru pembimbing) of the school.
type Teacher struct {
	Name string `json:"name,omitempty"`
	NIP  string `json:"nip,omitempty"`
}

// Instructor is the partner's supervisor of the student (instruktur).
type Instructor struct {
	Name     string `json:"name,omitempty"`
	Position string `json:"position,omitempty"`
	Phone    string `json:"phone,omitempty"`
}

// Visit is one monitoring visit of a placement by the school.
type Visit struct {
	Date  time.Time `json:"date"`
	Notes string    `json:"notes,omitempty"`
}

const (
	msgNISN            = "NISN harus 10 digit angka."
	msgNISNTwice       = "Peserta didik ini sudah tercatat pada aktivitas ini dalam periode yang beririsan."
	msgTooManyStudents = "Peserta didik satu aktivitas paling banyak 1.000; bagi menjadi beberapa aktivitas."
	msgTooManyVisits   = "Kunjungan monitoring satu penempatan paling banyak 100."
	msgEndBeforeStart  = "Tanggal berakhir harus sesudah tanggal mulai."
)

// ValidNISN reports whether s is a NISN: 10 digits.
func ValidNISN(s string) bool { return len(s) == 10 && allDigits(s) }

// Validate lists what is wrong with the activity. Problems of a placement are named
// "placements[i].<field>"; of a visit "placements[i].visits[j].<field>".
func (a StudentActivity) Validate() Problems {
	var p Problems
	if !a.Kind.Valid() {
		p.add("kind", "validation.choice", msgChoice)
	}
	required(&p, "title", a.Title)
	maxLen(&p, "title", a.Title, 300)
	maxLen(&p, "sk_number", a.SKNumber, 200)
	maxLen(&p, "notes", a.Notes, 2000)
	if len(a.Placements) > MaxPlacements {
		p.add("placements", "validation.toomanystudents", msgTooManyStudents)
		return p
	}
	for i, pl := range a.Placements {
		pl.validate(&p, fieldIndex("placements", i)+".")
	}
	// one student twice in overlapping periods of one activity is typed twice
	for i, x := range a.Placements {
		for _, y := range a.Placements[:i] {
			if x.Student.NISN != "" && x.Student.NISN == y.Student.NISN && overlaps(x, y) {
				p.add(fieldIndex("placements", i)+".student.nisn", "validation.nisntwice", msgNISNTwice)
				break
			}
		}
	}
	return p
}

func (pl Placement) validate(p *Problems, prefix string) {
	s := pl.Student
	required(p, prefix+"student.name", s.Name)
	maxLen(p, prefix+"student.name", s.Name, 200)
	if required(p, prefix+"student.nisn", s.NISN) && !ValidNISN(s.NISN) {
		p.add(prefix+"student.nisn", "validation.nisn", msgNISN)
	}
	required(p, prefix+"student.class", s.Class)
	maxLen(p, prefix+"student.class", s.Class, 50)
	required(p, prefix+"student.kompetensi", s.Kompetensi)
	maxLen(p, prefix+"student.kompetensi", s.Kompetensi, 150)
	if pl.Start.IsZero() {
		p.add(prefix+"start", "validation.required", msgRequired)
	}
	if pl.End.IsZero() {
		p.add(prefix+"end", "validation.required", msgRequired)
	}
	if !pl.Start.IsZero() && !pl.End.IsZero() && pl.End.Before(pl.Start) {
		p.add(prefix+"end", "validation.endbeforestart", msgEndBeforeStart)
	}
	if nip := strings.ReplaceAll(pl.Teacher.NIP, " ", ""); nip != "" && !(len(nip) == 18 && allDigits(nip)) {
		p.add(prefix+"teacher.nip", "validation.nip", msgNIP)
	}
	for _, f := range []struct{ name, v string }{{"unit", pl.Unit}, {"teacher.name", pl.Teacher.Name},
		{"instructor.name", pl.Instructor.Name}, {"instructor.position", pl.Instructor.Position}, {"instructor.phone", pl.Instructor.Phone}} {
		maxLen(p, prefix+f.name, f.v, 200)
	}
	if len(pl.Visits) > MaxVisits {
		p.add(prefix+"visits", "validation.toomanyvisits", msgTooManyVisits)
		return
	}
	for j, v := range pl.Visits {
		field := prefix + fieldIndex("visits", j)
		if v.Date.IsZero() {
			p.add(field+".date", "validation.required", msgRequired)
		}
		maxLen(p, field+".notes", v.Notes, 4000)
	}
}

// overlaps reports whether two placements' periods share a day.
func overlaps(a, b Placement) bool {
	if a.Start.IsZero() || a.End.IsZero() || b.Start.IsZero() || b.End.IsZero() {
		return true
	}
	return !a.End.Before(b.Start) && !b.End.Before(a.Start)
}

// StudentActivitiesAllowed says whether students may be recorded under a
// partnership: only by an SMK (ErrNotSMK), and only once the partnership has reached
// its agreement stage (ErrNoAgreementYet).
func StudentActivitiesAllowed(s School, stage Stage) error {
	switch {
	case !s.IsSMK():
		return ErrNotSMK
	case stage < StagePerjanjian:
		return ErrNoAgreementYet
	}
	return nil
}

// Period is the activity's period: from its first placement's start to its last
// placement's end (zero when it has none).
func (a StudentActivity) Period() (start, end time.Time) {
	for _, pl := range a.Placements {
		if !pl.Start.IsZero() && (start.IsZero() || pl.Start.Before(start)) {
			start = pl.Start
		}
		if pl.End.After(end) {
			end = pl.End
		}
	}
	return start, end
}

// Teachers are the activity's supervising teachers (Dapodik's Pembimbing), each
// once, in the order of their first placement.
func (a StudentActivity) Teachers() []Teacher {
	var out []Teacher
	seen := map[string]bool{}
	for _, pl := range a.Placements {
		t := pl.Teacher
		key := Fold(strings.Join(strings.Fields(t.Name), " "))
		if key == "" || seen[key] {
			continue
		}
		seen[key] = true
		out = append(out, t)
	}
	return out
}

// KompetensiList is the kompetensi keahlian of the activity's students (Dapodik's
// Jurusan), each once, in the order of their first placement.
func (a StudentActivity) KompetensiList() []string {
	var out []string
	seen := map[string]bool{}
	for _, pl := range a.Placements {
		k := strings.TrimSpace(pl.Student.Kompetensi)
		if key := KompetensiKey(k); k != "" && !seen[key] {
			seen[key] = true
			out = append(out, k)
		}
	}
	return out
}

// PKLCount counts placements and students (by NISN) for one DUDI or one kompetensi
// keahlian.
type PKLCount struct {
	Key        string // the partner's ID, or the kompetensi keahlian's KompetensiKey
	Name       string // the partner's name, or the kompetensi keahlian as first written
	Placements int
	Students   int
}

// PKLTally counts the PKL placements whose period meets [from, to] (both days
// included; zero times leave that side open), per DUDI and per kompetensi keahlian,
// each list by name. partnerOf names the partner (ID and name) of a partnership;
// placements of a partnership it does not know count under an empty key. Teaching
// factory activities are not PKL and are left out.
func PKLTally(acts []StudentActivity, partnerOf func(ID) (ID, string), from, to time.Time) (byDUDI, byKompetensi []PKLCount) {
	type acc struct {
		c     PKLCount
		nisns map[string]bool
	}
	dudi, komp := map[string]*acc{}, map[string]*acc{}
	count := func(m map[string]*acc, key, name, nisn string) {
		a := m[key]
		if a == nil {
			a = &acc{c: PKLCount{Key: key, Name: name}, nisns: map[string]bool{}}
			m[key] = a
		}
		a.c.Placements++
		if !a.nisns[nisn] {
			a.nisns[nisn] = true
			a.c.Students++
		}
	}
	for _, a := range acts {
		if a.Kind != ActivityKindPKL {
			continue
		}
		pid, pname := partnerOf(a.PartnershipID)
		for _, pl := range a.Placements {
			if !to.IsZero() && pl.Start.After(to) || !from.IsZero() && pl.End.Before(from) {
				continue
			}
			count(dudi, string(pid), pname, pl.Student.NISN)
			k := strings.TrimSpace(pl.Student.Kompetensi)
			count(komp, KompetensiKey(k), k, pl.Student.NISN)
		}
	}
	list := func(m map[string]*acc) []PKLCount {
		out := make([]PKLCount, 0, len(m))
		for _, a := range m {
			out = append(out, a.c)
		}
		slices.SortFunc(out, func(x, y PKLCount) int {
			if c := strings.Compare(Fold(x.Name), Fold(y.Name)); c != 0 {
				return c
			}
			return strings.Compare(x.Key, y.Key)
		})
		return out
	}
	return list(dudi), list(komp)
}
