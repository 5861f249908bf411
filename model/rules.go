package model

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Requirement is one line of a stage's checklist.
type Requirement struct {
	// Key names the requirement, "check.need.category"; it is the translation key of
	// its wording when met, and Key + ".missing" of its wording when not.
	Key string
	// Text is the line in Bahasa Indonesia as it stands: what is met reads as done
	// ("Tujuan diisi"), what is missing reads as missing ("Tujuan belum diisi").
	Text string
	Done bool
}

// Checklist is what a stage needs before the partnership may move on.
type Checklist []Requirement

// Complete reports whether every requirement is met.
func (c Checklist) Complete() bool {
	for _, r := range c {
		if !r.Done {
			return false
		}
	}
	return true
}

// Missing lists the requirements not yet met.
func (c Checklist) Missing() []Requirement {
	var m []Requirement
	for _, r := range c {
		if !r.Done {
			m = append(m, r)
		}
	}
	return m
}

// Done counts the requirements met.
func (c Checklist) Done() int {
	n := 0
	for _, r := range c {
		if r.Done {
			n++
		}
	}
	return n
}

func filled(s string) bool { return strings.TrimSpace(s) != "" }

func nonEmpty(list []string) bool {
	for _, s := range list {
		if filled(s) {
			return true
		}
	}
	return false
}

// Checklist returns the checklist of stage s for this partnership. partner is the
// chosen partner (nil when none is chosen or it is not loaded): stage 2 needs its
// contact person and signatory.
func (ps Partnership) Checklist(s Stage, partner *Partner) Checklist {
	switch s {
	case StageKebutuhan:
		return Checklist{
			req("need.category", "Kategori kebutuhan dipilih", ps.Need.Category.Valid()),
			req("need.description", "Kebutuhan diuraikan", filled(ps.Need.Description)),
		}
	case StagePenjajakan:
		chosen := ps.PartnerID != "" && partner != nil && partner.ID == ps.PartnerID
		return Checklist{
			req("partner.chosen", "Mitra dipilih", chosen),
			req("partner.contact", "Narahubung mitra diisi", chosen && filled(partner.ContactPerson)),
			req("partner.signatory", "Penanda tangan mitra diisi", chosen && filled(partner.SignatoryName)),
		}
	case StageProposal:
		pr := ps.Proposal
		return Checklist{
			req("proposal.objectives", "Tujuan diisi", filled(pr.Objectives)),
			req("proposal.targets", "Sasaran diisi", filled(pr.Targets)),
			req("proposal.schoolroles", "Peran sekolah diisi", nonEmpty(pr.SchoolRoles)),
			req("proposal.partnerroles", "Peran mitra diisi", nonEmpty(pr.PartnerRoles)),
			req("proposal.evaluation", "Rencana evaluasi diisi", filled(pr.EvaluationPlan) || len(pr.Indicators) > 0),
		}
	case StagePerjanjian:
		return ps.agreementChecklist(partner)
	case StageImplementasi:
		done := false
		for _, act := range ps.Activities {
			done = done || act.Status == ActivityDone
		}
		return Checklist{req("activity.done", "Minimal satu kegiatan terlaksana", done)}
	case StageMonev:
		return Checklist{req("evaluation.recorded", "Minimal satu evaluasi dicatat", len(ps.Evaluations) > 0)}
	case StagePeninjauan:
		return Checklist{req("review.decision", "Keputusan peninjauan dicatat", ps.Review.Decision != "" && !ps.Review.Date.IsZero())}
	}
	return nil
}

// missingWording is each checklist line as it reads while it is not met: a refusal,
// the Dokumen tab and the command line list what is missing, and "Tujuan diisi" in
// such a list would read as done.
var missingWording = map[string]string{
	"need.category":             "Kategori kebutuhan belum dipilih",
	"need.description":          "Kebutuhan belum diuraikan",
	"partner.chosen":            "Mitra belum dipilih",
	"partner.contact":           "Narahubung mitra belum diisi",
	"partner.signatory":         "Penanda tangan mitra belum diisi",
	"proposal.objectives":       "Tujuan belum diisi",
	"proposal.targets":          "Sasaran belum diisi",
	"proposal.schoolroles":      "Peran sekolah belum diisi",
	"proposal.partnerroles":     "Peran mitra belum diisi",
	"proposal.evaluation":       "Rencana evaluasi belum diisi",
	"agreement.kind":            "Bentuk perjanjian (MoU dan/atau PKS) belum dipilih",
	"mou.numbers":               "Nomor MoU kedua pihak belum diisi",
	"mou.dateplace":             "Tanggal dan tempat penandatanganan MoU belum diisi",
	"mou.period":                "Jangka waktu MoU (mulai dan berakhir) belum diisi",
	"mou.signed":                "Tanggal penandatanganan MoU belum dicatat",
	"agreement.numbers":         "Nomor PKS kedua pihak belum diisi",
	"agreement.dateplace":       "Tanggal dan tempat penandatanganan PKS belum diisi",
	"agreement.period":          "Jangka waktu PKS (mulai dan berakhir) belum diisi",
	"agreement.mouref":          "Nomor dan tanggal MoU yang dilaksanakan belum diisi",
	"agreement.withinmou":       "Jangka waktu PKS belum berada di dalam jangka waktu MoU",
	"agreement.obligations":     "Hak dan kewajiban kedua pihak belum diisi",
	"agreement.funding":         "Pembiayaan belum diisi (rincian kontribusi atau syaratnya)",
	"agreement.fundingwords":    "Syarat pembiayaan masih menyebut jumlah uang",
	"agreement.contributions":   "Ada baris kontribusi yang belum berisi uraian, jumlah, atau jenis yang sesuai dengan pemberinya",
	"agreement.committee":       "Sepengetahuan Komite Sekolah atas sumbangan belum dicatat",
	"agreement.dispute":         "Penyelesaian perselisihan belum diisi",
	"agreement.forcemajeure":    "Keadaan kahar belum diisi",
	"agreement.notice":          "Jangka waktu pemberitahuan belum diisi",
	"agreement.personaldata":    "Pengolahan data pribadi peserta didik atau orang tua belum dijawab (ya/tidak)",
	"agreement.pklpersonaldata": "Pengolahan data pribadi dijawab «Tidak», padahal siswa PKL ditempatkan pada mitra: jawab «Ya»",
	"agreement.signatories":     "Penanda tangan kedua pihak belum diisi",
	"agreement.party.person":    "NIK, pekerjaan, atau alamat mitra belum diisi",
	"agreement.party.legalname": "Nama badan hukum mitra (PT, CV, koperasi, …) belum diisi",
	"agreement.party.authority": "Jabatan atau dasar kewenangan penanda tangan mitra belum diisi",
	"agreement.correspondence":  "Alamat korespondensi mitra belum diisi",
	"agreement.signed":          "Tanggal penandatanganan PKS belum dicatat",
	"activity.done":             "Belum ada kegiatan yang terlaksana",
	"evaluation.recorded":       "Belum ada evaluasi yang dicatat",
	"review.decision":           "Keputusan peninjauan belum dicatat",
}

// ErrStageIncomplete is returned (wrapped in an *IncompleteError) when a partnership
// may not move on because its stage's checklist is not complete.
var ErrStageIncomplete = errors.New("tahap belum lengkap")

// IncompleteError lists what the current stage still lacks.
type IncompleteError struct {
	Stage   Stage
	Missing []Requirement
}

func (e *IncompleteError) Error() string {
	texts := make([]string, len(e.Missing))
	for i, r := range e.Missing {
		texts[i] = r.Text
	}
	return fmt.Sprintf("tahap %s belum lengkap: %s", e.Stage.Name(), strings.Join(texts, "; "))
}

func (e *IncompleteError) Unwrap() error { return ErrStageIncomplete }

// Advance moves the partnership to the next stage when its current stage's checklist
// is complete, and returns the timeline event that records the move. Moving past stage
// 4 makes the partnership berjalan; stage 7 is the last and cannot be advanced.
func (ps *Partnership) Advance(partner *Partner, now time.Time) (Event, error) {
	if ps.Stage >= StagePeninjauan {
		return Event{}, fmt.Errorf("tahap %s adalah tahap terakhir", ps.Stage.Name())
	}
	if c := ps.Checklist(ps.Stage, partner); !c.Complete() {
		return Event{}, &IncompleteError{Stage: ps.Stage, Missing: c.Missing()}
	}
	before := *ps
	ps.Stage++
	ps.StageSince = now
	ps.settleStatus(before)
	e := phrased(EventStageMoved, ps.Stage, PhraseStageMoved, EventArgs{From: before.Stage, To: ps.Stage})
	e.PartnershipID, e.Time = ps.ID, now
	return e, nil
}

// Reopen moves the partnership back to an earlier stage, for the reason given, and
// returns the event that records it. It is allowed at any time.
func (ps *Partnership) Reopen(to Stage, reason string, now time.Time) (Event, error) {
	if !to.Valid() || to >= ps.Stage {
		return Event{}, fmt.Errorf("tahap %d tidak dapat dibuka kembali dari tahap %d", to, ps.Stage)
	}
	if !filled(reason) {
		return Event{}, FieldError{Field: "reason", Key: "validation.reason", Message: "Alasan membuka kembali wajib diisi."}
	}
	before := *ps
	ps.Stage = to
	ps.StageSince = now
	ps.settleStatus(before)
	e := phrased(EventReopened, to, PhraseReopened, EventArgs{From: before.Stage, To: to, Reason: strings.TrimSpace(reason)})
	e.PartnershipID, e.Time = ps.ID, now
	return e, nil
}

// Extend makes the next period of a partnership whose review decided to extend it:
// a new partnership at stage 4 (Negosiasi dan Perjanjian) with the same need, partner
// and proposal, and the agreement copied as an unsigned draft for the period that
// follows this one. Both are linked (PreviousID/NextID); the caller saves both and
// the returned events.
func (ps *Partnership) Extend(now time.Time) (Partnership, []Event, error) {
	if ps.NextID != "" {
		return Partnership{}, nil, errors.New("kemitraan ini sudah diperpanjang")
	}
	if !ps.CanExtend() {
		return Partnership{}, nil, errors.New("perpanjangan hanya dari tahap Peninjauan dengan keputusan Perpanjang")
	}
	next := NewPartnership()
	next.ID = NewID(now)
	next.Title = ps.Title
	next.Need = ps.Need
	next.Need.Beneficiaries = append([]Beneficiary(nil), ps.Need.Beneficiaries...)
	next.Candidates = nil
	next.PartnerID = ps.PartnerID
	next.Proposal = copyProposal(ps.Proposal)
	next.Agreement = copyAgreement(ps.Agreement)
	next.EvaluationMonths = ps.EvaluationMonths
	next.Stage = StagePerjanjian
	next.Status = StatusDraft
	next.PreviousID = ps.ID
	next.CreatedAt, next.UpdatedAt, next.StageSince = now, now, now

	// the new period starts the day after the old one ends, and lasts as long
	a := &next.Agreement
	old := ps.Agreement
	a.Start, a.End = nextPeriod(old.Start, old.End)
	a.SchoolNumber, a.PartnerNumber = "", ""
	a.Date, a.SignedDate = time.Time{}, time.Time{}
	// the termin dates move with the period; lines are new lines (receipts stay
	// with the period they were received in)
	shift := func(t time.Time) time.Time { return t }
	if !old.Start.IsZero() && !a.Start.IsZero() {
		days := int(civilDate(a.Start).Sub(civilDate(old.Start)).Hours()/24 + 0.5)
		shift = func(t time.Time) time.Time {
			if t.IsZero() {
				return t
			}
			return t.AddDate(0, 0, days)
		}
	}
	for i := range a.Contributions {
		a.Contributions[i].ID = ""
		a.Contributions[i].Due = shift(a.Contributions[i].Due)
	}
	switch {
	case old.Kind == AgreementMoU:
		// an MoU alone: the next MoU is a draft for the period that follows
		a.MoU = MoU{Place: old.MoU.Place}
		a.MoU.Start, a.MoU.End = nextPeriod(old.MoU.Start, old.MoU.End)
	case old.Kind.HasPKS():
		m, under := old.ParentMoU()
		switch {
		case under && !m.End.IsZero() && !a.End.IsZero() && !a.End.After(m.End):
			// the MoU still covers the next period: the next PKS carries it out too
			if old.Kind == AgreementMoUPKS {
				m.From = ps.ID
			}
			a.Kind, a.MoU = AgreementPKS, m
		case old.Kind == AgreementMoUPKS || under:
			// the MoU ends first: a new MoU and PKS, both drafts
			a.Kind = AgreementMoUPKS
			a.MoU = MoU{Place: m.Place}
			a.MoU.Start, a.MoU.End = nextPeriod(m.Start, m.End)
			if a.MoU.Start.IsZero() || a.MoU.End.IsZero() {
				a.MoU.Start, a.MoU.End = a.Start, a.End
			}
		}
	}

	before := *ps
	ps.NextID = next.ID
	ps.UpdatedAt = now
	ps.settleStatus(before)
	extended := phrased(EventExtended, ps.Stage, PhraseExtended, EventArgs{})
	extended.PartnershipID, extended.Time = ps.ID, now
	created := phrased(EventCreated, next.Stage, PhraseNewPeriod, EventArgs{})
	created.PartnershipID, created.Time = next.ID, now
	return next, []Event{extended, created}, nil
}

// settleStatus puts the status where the stages say, after a change from before. A
// draft runs (berjalan) once it moves past its agreement (stage 4). A partnership ends
// (selesai) when it is extended, as the next period carries on, or when its review
// decides to end it; when that decision is taken back (another decision, or a stage
// reopened), it runs again. No rule cancels one (dibatalkan).
func (ps *Partnership) settleStatus(before Partnership) {
	ended := func(p Partnership) bool {
		return p.NextID != "" || p.Stage == StagePeninjauan && p.Review.Decision == DecisionEnd
	}
	switch {
	case ended(*ps):
		ps.Status = StatusSelesai
	case ended(before) && before.Status == StatusSelesai && ps.Status == StatusSelesai:
		ps.Status = StatusBerjalan
	case ps.Stage > StagePerjanjian && ps.Status == StatusDraft:
		ps.Status = StatusBerjalan
	}
}

// CanExtend reports whether Extend may make the next period: the partnership is at
// stage 7, its review decided to extend it, and it was not extended yet.
func (ps Partnership) CanExtend() bool {
	return ps.Stage == StagePeninjauan && ps.Review.Decision == DecisionExtend && ps.NextID == ""
}

// nextPeriod is the period that follows [start, end]: it starts the day after end and
// lasts as long, counted in calendar months when the old period was whole months
// (1 May 2026 – 30 April 2027 is followed by 1 May 2027 – 30 April 2028, leap day or
// not), else in calendar days; clocks changing for daylight saving do not shift it.
// Without an end there is nothing to follow: both are zero, for the user to fill in;
// without a start (or with an end before it) only the start is known.
func nextPeriod(start, end time.Time) (time.Time, time.Time) {
	if end.IsZero() {
		return time.Time{}, time.Time{}
	}
	ns := end.AddDate(0, 0, 1)
	if start.IsZero() || end.Before(start) {
		return ns, time.Time{}
	}
	sameDate := func(a, b time.Time) bool {
		ay, am, ad := a.Date()
		by, bm, bd := b.Date()
		return ay == by && am == bm && ad == bd
	}
	// months, or one fewer when start's day does not exist in the month the period
	// ends in (31 January – 30 April is three months)
	months := (ns.Year()-start.Year())*12 + int(ns.Month()) - int(start.Month())
	for _, m := range []int{months, months - 1} {
		if m > 0 && sameDate(start.AddDate(0, m, 0), ns) {
			return ns, ns.AddDate(0, m, -1)
		}
	}
	civil := func(t time.Time) time.Time { y, m, d := t.Date(); return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }
	days := int(civil(end).Sub(civil(start)) / (24 * time.Hour))
	return ns, ns.AddDate(0, 0, days)
}

func copyProposal(p Proposal) Proposal {
	p.SchoolRoles = append([]string(nil), p.SchoolRoles...)
	p.PartnerRoles = append([]string(nil), p.PartnerRoles...)
	p.Schedule = append([]ScheduleItem(nil), p.Schedule...)
	p.Budget = append([]BudgetItem(nil), p.Budget...)
	p.Indicators = append([]Indicator(nil), p.Indicators...)
	return p
}

func copyAgreement(a Agreement) Agreement {
	a.SchoolObligations = append([]string(nil), a.SchoolObligations...)
	a.PartnerObligations = append([]string(nil), a.PartnerObligations...)
	a.Witnesses = append([]Signatory(nil), a.Witnesses...)
	a.Contributions = append([]Contribution(nil), a.Contributions...)
	a.Articles = copyTexts(a.Articles)
	a.Clauses = copyTexts(a.Clauses)
	return a
}

func copyTexts(in map[string]string) map[string]string {
	if in == nil {
		return nil
	}
	m := make(map[string]string, len(in))
	for k, v := range in {
		m[k] = v
	}
	return m
}

// Progress is how many stages are done, for a progress cue: stage 3 of 7 has 2 done;
// a partnership at stage 7 with its decision recorded has all 7.
func (ps Partnership) Progress() int {
	done := int(ps.Stage) - 1
	if ps.Stage == StagePeninjauan && ps.Checklist(StagePeninjauan, nil).Complete() {
		done = 7
	}
	return done
}

// SignedBeforeItsDate reports whether the agreement is recorded as signed on a day
// before its own date (Tanggal perjanjian): possible (a date typed wrong, or an
// agreement dated later on purpose), so it is not refused, but worth a warning.
func (a Agreement) SignedBeforeItsDate() bool {
	if a.SignedDate.IsZero() || a.Date.IsZero() {
		return false
	}
	sy, sm, sd := a.SignedDate.Date()
	dy, dm, dd := a.Date.Date()
	return time.Date(sy, sm, sd, 0, 0, 0, 0, time.UTC).Before(time.Date(dy, dm, dd, 0, 0, 0, 0, time.UTC))
}

// LateRequestWarning is said before a first request letter is made for a partnership
// past the proposal stage: such a letter asks for what the partner has already agreed
// to, and dated today it would follow the proposal and the agreement it led to. The
// letter sent then, if any, is dated the day it was sent. ok is false when there is
// nothing to say.
func LateRequestWarning(ps Partnership) (w Warning, ok bool) {
	if ps.Stage <= StageProposal {
		return Warning{}, false
	}
	n := strconv.Itoa(int(ps.Stage))
	return Warning{Key: "warning.laterequest",
		Message: "Kemitraan ini sudah di tahap " + n + " (" + ps.Stage.Name() + "). Surat permohonan dikirim sebelum proposal dan perjanjian: " +
			"bila surat itu sudah dikirim, isi tanggal pengirimannya di bawah, bukan tanggal hari ini.",
		Args: map[string]string{"N": n, "Stage": ps.Stage.Name()}}, true
}
