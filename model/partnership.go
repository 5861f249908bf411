package model

import (
	"strconv"
	"strings"
	"time"
)

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
	NeedSarana:          "Sarana dan Prasarana",
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

// Valid reports whether s is one of Statuses.
func (s Status) Valid() bool { _, ok := statusLabels[s]; return ok }

// Partnership is one school partnership, from the identified need to its renewal: what
// each of the seven stages recorded, and where it stands now.
type Partnership struct {
	ID     ID     `json:"id"`
	Title  string `json:"title"`
	Stage  Stage  `json:"stage"`
	Status Status `json:"status"`

	Need        Need         `json:"need"`                 // stage 1
	Candidates  []Candidate  `json:"candidates,omitempty"` // stage 2
	PartnerID   ID           `json:"partner_id,omitempty"` // stage 2: the chosen partner
	Proposal    Proposal     `json:"proposal"`             // stage 3
	Agreement   Agreement    `json:"agreement"`            // stage 4
	Activities  []Activity   `json:"activities,omitempty"` // stage 5
	Receipts    []Receipt    `json:"receipts,omitempty"`   // stage 5: contributions received
	Evaluations []Evaluation `json:"evaluations,omitempty"`
	Review      Review       `json:"review"` // stage 7
	Letters     []Letter     `json:"letters,omitempty"`
	// EvaluationMonths is how often an evaluation is due after the agreement starts.
	EvaluationMonths int `json:"evaluation_months,omitempty"`
	// PreviousID and NextID link the periods of a partnership that was extended.
	PreviousID ID `json:"previous_id,omitempty"`
	NextID     ID `json:"next_id,omitempty"`

	CreatedAt time.Time `json:"created_at"`
	UpdatedAt time.Time `json:"updated_at"`
	// StageSince is when the partnership entered its current stage.
	StageSince time.Time `json:"stage_since"`

	// LinkMatch is what an SMK's partnership covers of the link-and-match package,
	// per kompetensi keahlian (linkmatch.go).
	LinkMatch []LinkMatch `json:"link_match,omitempty"`
}

// Beneficiary is who a partnership's need serves.
type Beneficiary string

// The beneficiaries of stage 1.
const (
	BenefitSiswa    Beneficiary = "siswa"
	BenefitGuru     Beneficiary = "guru"
	BenefitOrangTua Beneficiary = "orang_tua"
)

// Beneficiaries lists who a need may serve.
var Beneficiaries = []Beneficiary{BenefitSiswa, BenefitGuru, BenefitOrangTua}

var beneficiaryLabels = map[Beneficiary]string{BenefitSiswa: "Siswa", BenefitGuru: "Guru", BenefitOrangTua: "Orang Tua"}

// Label is the beneficiary's name in Bahasa Indonesia.
func (b Beneficiary) Label() string { return beneficiaryLabels[b] }

// Priority is how urgent a need is.
type Priority string

// The priorities of stage 1.
const (
	PriorityTinggi Priority = "tinggi"
	PrioritySedang Priority = "sedang"
	PriorityRendah Priority = "rendah"
)

// Priorities lists the priorities, most urgent first.
var Priorities = []Priority{PriorityTinggi, PrioritySedang, PriorityRendah}

var priorityLabels = map[Priority]string{PriorityTinggi: "Tinggi", PrioritySedang: "Sedang", PriorityRendah: "Rendah"}

// Label is the priority's name in Bahasa Indonesia.
func (p Priority) Label() string { return priorityLabels[p] }

// Need is what stage 1 records: the need the partnership answers.
type Need struct {
	Category      NeedCategory  `json:"category"`
	Description   string        `json:"description"`
	Beneficiaries []Beneficiary `json:"beneficiaries,omitempty"`
	Priority      Priority      `json:"priority,omitempty"`
}

// Candidate is a partner considered in stage 2, with the notes of each approach.
type Candidate struct {
	PartnerID  ID         `json:"partner_id"`
	Notes      string     `json:"notes,omitempty"`
	Approaches []Approach `json:"approaches,omitempty"`
}

// Approach is one contact with a candidate partner: a visit, a call, a letter.
type Approach struct {
	Date  time.Time `json:"date"`
	Notes string    `json:"notes"`
}

// Party is one side of a partnership.
type Party string

// The two sides; PIHAK PERTAMA is always the school.
const (
	PartySchool  Party = "sekolah"
	PartyPartner Party = "mitra"
)

// Label is the side's name in Bahasa Indonesia.
func (p Party) Label() string {
	if p == PartyPartner {
		return "Mitra"
	}
	return "Sekolah"
}

// Proposal is what stage 3 records: the proposal kerja sama.
type Proposal struct {
	Background     string         `json:"background,omitempty"` // latar belakang
	Objectives     string         `json:"objectives,omitempty"` // tujuan
	Targets        string         `json:"targets,omitempty"`    // sasaran
	Activities     string         `json:"activities,omitempty"` // bentuk kegiatan
	SchoolRoles    []string       `json:"school_roles,omitempty"`
	PartnerRoles   []string       `json:"partner_roles,omitempty"`
	Schedule       []ScheduleItem `json:"schedule,omitempty"` // jadwal
	Budget         []BudgetItem   `json:"budget,omitempty"`   // rencana anggaran
	EvaluationPlan string         `json:"evaluation_plan,omitempty"`
	Indicators     []Indicator    `json:"indicators,omitempty"`
}

// ScheduleItem is one dated row of the proposal's jadwal.
type ScheduleItem struct {
	Date     time.Time `json:"date"`
	Activity string    `json:"activity"`
	PIC      string    `json:"pic,omitempty"` // penanggung jawab
}

// BudgetItem is one row of the rencana anggaran: what, how much, and who pays.
type BudgetItem struct {
	Item   string `json:"item"`
	Amount Rupiah `json:"amount"`
	PaidBy Party  `json:"paid_by"`
}

// Indicator is a measure of success with its target, e.g. "Siswa mengikuti pelatihan", 120 orang.
type Indicator struct {
	Name   string  `json:"name"`
	Target float64 `json:"target"`
	Unit   string  `json:"unit,omitempty"`
	// Due is when the indicator can first be measured (the end of the school year for
	// "lulusan yang melanjutkan"); an evaluation before it reports "belum jatuh tempo".
	Due time.Time `json:"due,omitzero"`
}

// DueAt reports whether the indicator can be measured at an evaluation on day.
func (in Indicator) DueAt(day time.Time) bool {
	return in.Due.IsZero() || !civilDate(day).Before(civilDate(in.Due))
}

// civilDate is t's calendar day at midnight UTC, to compare days whatever the clock.
func civilDate(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}

// BudgetTotal is the sum of the budget, and the part each side pays.
func (p Proposal) BudgetTotal() (total, school, partner Rupiah) {
	for _, b := range p.Budget {
		total += b.Amount
		if b.PaidBy == PartyPartner {
			partner += b.Amount
		} else {
			school += b.Amount
		}
	}
	return total, school, partner
}

// ActivityStatus is where an activity stands.
type ActivityStatus string

// The statuses of an activity.
const (
	ActivityPlanned   ActivityStatus = "rencana"
	ActivityDone      ActivityStatus = "selesai"
	ActivityCancelled ActivityStatus = "batal"
)

// ActivityStatuses lists the statuses in order.
var ActivityStatuses = []ActivityStatus{ActivityPlanned, ActivityDone, ActivityCancelled}

var activityStatusLabels = map[ActivityStatus]string{ActivityPlanned: "Direncanakan", ActivityDone: "Terlaksana", ActivityCancelled: "Dibatalkan"}

// Label is the status's name in Bahasa Indonesia.
func (s ActivityStatus) Label() string { return activityStatusLabels[s] }

// Activity is one kegiatan of stage 5.
type Activity struct {
	ID          ID             `json:"id"`
	Date        time.Time      `json:"date"`
	Title       string         `json:"title"`
	Description string         `json:"description,omitempty"`
	People      string         `json:"people,omitempty"`
	Status      ActivityStatus `json:"status"`
}

// Benefit is one of the five benefits a partnership is rated on.
type Benefit int

// The five benefits, in the order reports list them.
const (
	BenefitResources Benefit = iota // sumber daya tambahan
	BenefitExpertise                // keahlian
	BenefitSupport                  // dukungan
	BenefitLearning                 // hasil belajar
	BenefitCommunity                // keterlibatan masyarakat
	NumBenefits
)

var benefitNames = [NumBenefits]string{"Sumber Daya Tambahan", "Keahlian", "Dukungan", "Hasil Belajar", "Keterlibatan Masyarakat"}
var benefitKeys = [NumBenefits]string{"sumber_daya", "keahlian", "dukungan", "hasil_belajar", "keterlibatan"}

// Name is the benefit's name in Bahasa Indonesia.
func (b Benefit) Name() string { return benefitNames[b] }

// Key is a short stable identifier for translation keys.
func (b Benefit) Key() string { return benefitKeys[b] }

// Evaluation is one monitoring entry of stage 6.
type Evaluation struct {
	ID     ID               `json:"id"`
	Date   time.Time        `json:"date"`
	Values []IndicatorValue `json:"values,omitempty"`
	// Ratings are 1 … 5 per benefit; 0 means not rated.
	Ratings  [NumBenefits]int `json:"ratings"`
	Findings string           `json:"findings,omitempty"`
	FollowUp string           `json:"follow_up,omitempty"`
}

// IndicatorValue is an indicator's achieved value against its target at an evaluation.
type IndicatorValue struct {
	Indicator string  `json:"indicator"`
	Target    float64 `json:"target"`
	Achieved  float64 `json:"achieved"`
	Unit      string  `json:"unit,omitempty"`
}

// Decision is what stage 7 decides.
type Decision string

// The decisions of stage 7.
const (
	DecisionExtend   Decision = "perpanjang" // a new period, linked to this one
	DecisionAddendum Decision = "addendum"   // change the agreement
	DecisionEnd      Decision = "akhiri"     // end the partnership
)

// Decisions lists the decisions in order.
var Decisions = []Decision{DecisionExtend, DecisionAddendum, DecisionEnd}

var decisionLabels = map[Decision]string{DecisionExtend: "Perpanjang", DecisionAddendum: "Ubah (Addendum)", DecisionEnd: "Akhiri"}

// Label is the decision's name in Bahasa Indonesia.
func (d Decision) Label() string { return decisionLabels[d] }

// Review is what stage 7 records.
type Review struct {
	Summary  string    `json:"summary,omitempty"`
	Decision Decision  `json:"decision,omitempty"`
	Date     time.Time `json:"date"`
}

// Letter is one entry of the school's register of outgoing letters (agenda surat
// keluar), kept with the partnership it belongs to: a document given a school number
// (a request letter, a proposal's cover letter, an MoU, a PKS), the number, the date
// it was issued, what it is about and to whom. A number is taken once; reprinting the
// document gives the same number, date and code.
type Letter struct {
	Kind   string    `json:"kind"` // "permohonan", "proposal", "mou", "pks"
	Number string    `json:"number"`
	Date   time.Time `json:"date"`
	Code   string    `json:"code,omitempty"` // document code printed in the footer
	// Subject is the letter's hal ("Permohonan Kerja Sama"); Addressee its tujuan.
	Subject   string `json:"subject,omitempty"`
	Addressee string `json:"addressee,omitempty"`
	// Manual says that the number was typed by hand (an agreement numbered by the
	// school before), not given by the counter.
	Manual bool `json:"manual,omitempty"`
	// Document is the stored PDF (Attachment.ID) made under this number, so that a
	// reprint is the same file; "" until it is made.
	Document ID `json:"document,omitempty"`
	// Options are what the person chose when the letter was issued (sifat, tembusan,
	// the enclosed proposal), so that the letter can be made again alike.
	Options *DocumentOptions `json:"options,omitempty"`
	// Activity is the students' activity a surat pengantar PKL introduces: a
	// partnership has one such letter per activity (StudentActivity.ID).
	Activity ID `json:"activity,omitempty"`
}

// NewPartnership returns a partnership at stage 1 in draft.
func NewPartnership() Partnership {
	return Partnership{Stage: StageKebutuhan, Status: StatusDraft, EvaluationMonths: 3}
}

// Validate lists what is wrong with the partnership's fields (whatever its stage;
// what a stage still lacks is its checklist's business, not an error).
func (ps Partnership) Validate() Problems {
	var p Problems
	required(&p, "title", ps.Title)
	maxLen(&p, "title", ps.Title, 300)
	if !ps.Need.Category.Valid() {
		p.add("category", "validation.choice", msgChoice)
	}
	if !ps.Stage.Valid() {
		p.add("stage", "validation.choice", msgChoice)
	}
	if !ps.Status.Valid() {
		p.add("status", "validation.choice", msgChoice)
	}
	for i, b := range ps.Proposal.Budget {
		if b.Amount < 0 {
			p.add(fieldIndex("proposal.budget", i), "validation.rupiahnegative", "Jumlah rupiah tidak boleh negatif.")
		}
	}
	a := ps.Agreement
	if !a.Start.IsZero() && !a.End.IsZero() && a.End.Before(a.Start) {
		p.add("agreement.end", "validation.endbeforestart", "Tanggal berakhir harus sesudah tanggal mulai.")
	}
	if m := a.MoU; !m.Start.IsZero() && !m.End.IsZero() && m.End.Before(m.Start) {
		p.add("agreement.mou.end", "validation.endbeforestart", "Tanggal berakhir harus sesudah tanggal mulai.")
	}
	if a.Kind != "" && !a.Kind.Valid() {
		p.add("agreement.kind", "validation.choice", msgChoice)
	}
	for i, c := range a.Contributions {
		f := fieldIndex("agreement.contributions", i)
		switch {
		case c.Amount < 0:
			p.add(f+".amount", "validation.rupiahnegative", "Jumlah rupiah tidak boleh negatif.")
		case c.Amount > MaxRupiah:
			p.add(f+".amount", "validation.rupiahtoolarge", "Jumlah rupiah terlalu besar.")
		}
		if !c.From.Valid() {
			p.add(f+".from", "validation.choice", msgChoice)
		}
		if c.Kind != "" && !c.Kind.Valid() {
			p.add(f+".kind", "validation.choice", msgChoice)
		}
		maxLen(&p, f+".what", c.What, 300)
	}
	if _, err := a.ContributionTotals(); err != nil {
		p.add("agreement.contributions", "validation.sumtoolarge", msgSumTooLarge)
	}
	var received []Rupiah
	for i, r := range ps.Receipts {
		f := fieldIndex("receipts", i)
		switch {
		case r.Amount < 0:
			p.add(f+".amount", "validation.rupiahnegative", "Jumlah rupiah tidak boleh negatif.")
		case r.Amount > MaxRupiah:
			p.add(f+".amount", "validation.rupiahtoolarge", "Jumlah rupiah terlalu besar.")
		default:
			received = append(received, r.Amount)
		}
		if r.Date.IsZero() {
			p.add(f+".date", "validation.required", msgRequired)
		}
	}
	if _, err := Sum(received...); err != nil {
		p.add("receipts", "validation.sumtoolarge", msgSumTooLarge)
	}
	if a.NoticeDays < 0 {
		p.add("agreement.notice_days", "validation.negative", "Tidak boleh negatif.")
	}
	for i, e := range ps.Evaluations {
		for b, r := range e.Ratings {
			if r < 0 || r > 5 {
				p.add(fieldIndex("evaluations", i)+".ratings."+Benefit(b).Key(), "validation.rating", "Nilai 1 sampai 5.")
			}
		}
	}
	for i, act := range ps.Activities {
		if strings.TrimSpace(act.Title) == "" {
			p.add(fieldIndex("activities", i)+".title", "validation.required", msgRequired)
		}
	}
	validateLinkMatch(&p, ps.LinkMatch)
	return p
}

func fieldIndex(field string, i int) string {
	return field + "[" + strconv.Itoa(i) + "]"
}

// ValidateEdit lists what is wrong with what a person changed in a partnership (old
// as stored, edited as the forms hold it), beside Validate: rules that apply to what
// is typed now, and that data kept from before are not refused for.
//
//   - Pembiayaan's words never restate an amount (MentionsAmount): amounts are the
//     contribution lines'.
//   - An evaluation lies within the term of the agreement in force: a report of
//     "1 Januari 2027 s.d. 5 Desember 2026" is not one.
func ValidateEdit(old, edited Partnership) Problems {
	var p Problems
	a := edited.Agreement
	if a.Funding != old.Agreement.Funding && MentionsAmount(a.Funding) {
		p.add("agreement.funding", "validation.fundingamount", msgFundingAmount)
	}
	start, end := a.Term()
	before := map[ID]Evaluation{}
	for _, e := range old.Evaluations {
		before[e.ID] = e
	}
	for i, e := range edited.Evaluations {
		if prev, had := before[e.ID]; had && e.ID != "" && civilDate(prev.Date).Equal(civilDate(e.Date)) {
			continue // not changed: kept as it was
		}
		if e.Date.IsZero() || start.IsZero() {
			continue
		}
		day := civilDate(e.Date)
		if day.Before(civilDate(start)) || !end.IsZero() && day.After(civilDate(end)) {
			period := LongDate(start) + " s.d. " + LongDate(end)
			if end.IsZero() {
				period = "sejak " + LongDate(start)
			}
			p = append(p, FieldError{Field: fieldIndex("evaluations", i) + ".date", Key: "validation.evaluationterm",
				Message: "Tanggal evaluasi harus di dalam masa berlaku perjanjian (" + period + ").",
				Args:    map[string]string{"Period": period}})
		}
	}
	return p
}
