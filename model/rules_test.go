package model_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kemitraan/kemitraan/model"
)

var ruleNow = time.Date(2026, time.November, 26, 10, 30, 0, 0, time.UTC)

func utcDay(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func chosenPartner() model.Partner {
	return model.Partner{
		ID:                "01JDEMOPARTNER000001",
		Name:              "Yayasan Taman Baca Cahaya Ilmu",
		Kind:              model.KindNirlaba,
		ContactPerson:     "Fajar Nugraha, S.Hum.",
		SignatoryName:     "Dr. Maya Puspitasari, M.Pd.",
		SignatoryPosition: "Ketua",
		Address:           "Jl. Turangga No. 31, Bandung",
		Authority:         "Akta Pendirian Yayasan Nomor 14 tanggal 9 Maret 2019",
	}
}

// complete returns a partnership whose every stage up to and including stage is
// complete, standing at that stage.
func complete(stage model.Stage) model.Partnership {
	ps := model.NewPartnership()
	ps.ID = "01JDEMOPARTNERSHIP01"
	ps.Title = "Gerakan Literasi Sekolah: Pojok Baca Kelas"
	ps.Stage = stage
	ps.Need = model.Need{Category: model.NeedAkademik, Description: "Minat baca siswa rendah.",
		Beneficiaries: []model.Beneficiary{model.BenefitSiswa}, Priority: model.PriorityTinggi}
	ps.Candidates = []model.Candidate{{PartnerID: chosenPartner().ID,
		Approaches: []model.Approach{{Date: utcDay(2026, 3, 2), Notes: "Kunjungan pertama"}}}}
	ps.PartnerID = chosenPartner().ID
	ps.Proposal = model.Proposal{
		Background:     "Koleksi perpustakaan sebagian besar buku paket.",
		Objectives:     "Meningkatkan minat baca siswa.",
		Targets:        "Seluruh siswa kelas VII dan VIII.",
		Activities:     "Pojok baca kelas dan pendampingan membaca 15 menit.",
		SchoolRoles:    []string{"Menyediakan rak di setiap kelas", "Menjadwalkan kegiatan membaca"},
		PartnerRoles:   []string{"Menghibahkan buku bacaan", "Mendampingi guru"},
		Schedule:       []model.ScheduleItem{{Date: utcDay(2026, 5, 4), Activity: "Serah terima buku", PIC: "Pustakawan"}},
		Budget:         []model.BudgetItem{{Item: "Rak buku", Amount: 4_500_000, PaidBy: model.PartySchool}, {Item: "Buku bacaan", Amount: 12_000_000, PaidBy: model.PartyPartner}},
		EvaluationPlan: "Evaluasi tiap semester.",
		Indicators:     []model.Indicator{{Name: "Buku dibaca per siswa", Target: 6, Unit: "buku"}},
	}
	ps.Agreement = model.Agreement{
		Kind: model.AgreementPKS, SchoolNumber: "421.3/015/SMPN1-BDG/2026", PartnerNumber: "045/YTB-CI/IV/2026",
		Date: utcDay(2026, 4, 20), Place: "Bandung", Start: utcDay(2026, 5, 1), End: utcDay(2027, 4, 30), NoticeDays: 30,
		SchoolObligations:  []string{"Menyediakan ruang"},
		PartnerObligations: []string{"Menyediakan buku"},
		Funding:            "Ditanggung PIHAK KEDUA",
		Contributions: []model.Contribution{{ID: "01JDEMOLINE000000001", From: model.GiverPartner, Kind: model.ContribBantuan,
			Form: model.FormGoods, What: "Buku bacaan", Amount: 12_000_000, Due: utcDay(2026, 5, 4)}},
		PersonalData: model.AnswerNo,
		Dispute:      "Musyawarah untuk mufakat", ForceMajeure: "Pemberitahuan tertulis", ForceMajeureDays: 14,
		Originals:        2,
		SchoolSignatory:  model.Signatory{Name: "Dra. Hj. Siti Rahmawati, M.Pd.", Position: "Kepala Sekolah", IDNumber: "196805121994032007"},
		PartnerSignatory: model.Signatory{Name: "Dr. Maya Puspitasari, M.Pd.", Position: "Ketua", Authority: "Akta Pendirian Yayasan Nomor 14"},
		Witnesses:        []model.Signatory{{Name: "Ketua Komite"}},
		Clauses:          map[string]string{"penutup": "Perjanjian ini dibuat dalam rangkap 2 (dua)."},
		Meterai:          true,
		SignedDate:       utcDay(2026, 4, 20),
	}
	ps.Activities = []model.Activity{
		{ID: "01JDEMOACTIVITY00001", Date: utcDay(2026, 5, 4), Title: "Serah terima buku", Status: model.ActivityDone},
		{ID: "01JDEMOACTIVITY00002", Date: utcDay(2026, 12, 1), Title: "Lomba resensi", Status: model.ActivityPlanned},
	}
	ps.Evaluations = []model.Evaluation{{ID: "01JDEMOEVALUATION001", Date: utcDay(2026, 10, 30),
		Values:  []model.IndicatorValue{{Indicator: "Buku dibaca per siswa", Target: 6, Achieved: 4, Unit: "buku"}},
		Ratings: [model.NumBenefits]int{4, 3, 4, 3, 2}, Findings: "Baik", FollowUp: "Lanjutkan"}}
	ps.Review = model.Review{Summary: "Kemitraan berjalan baik.", Decision: model.DecisionExtend, Date: utcDay(2027, 4, 1)}
	if stage > model.StagePerjanjian {
		ps.Status = model.StatusBerjalan
	}
	return ps
}

func missingKeys(c model.Checklist) []string {
	var keys []string
	for _, r := range c.Missing() {
		keys = append(keys, r.Key)
	}
	return keys
}

func TestChecklistComplete(t *testing.T) {
	p := chosenPartner()
	for _, s := range model.Stages {
		ps := complete(s)
		for _, earlier := range model.Stages[:s] {
			c := ps.Checklist(earlier, &p)
			if len(c) == 0 {
				t.Errorf("stage %v has an empty checklist", earlier)
			}
			if !c.Complete() || c.Done() != len(c) || c.Missing() != nil {
				t.Errorf("at %v, checklist of %v: missing %v", s, earlier, missingKeys(c))
			}
			for _, r := range c {
				if !strings.HasPrefix(r.Key, "check.") || r.Text == "" {
					t.Errorf("requirement %+v has no key or text", r)
				}
			}
		}
	}
	if c := complete(model.StageKebutuhan).Checklist(0, nil); c != nil {
		t.Errorf("checklist of stage 0 = %v", c)
	}
}

// #11: a line of the checklist reads as done when met and as missing when not, so
// that a list of what is missing ("Tujuan belum diisi") never reads as done.
func TestChecklistWording(t *testing.T) {
	p := chosenPartner()
	for _, st := range model.Stages {
		full := complete(st)
		met := full.Checklist(st, &p)
		// an empty partnership of the same kind of agreement, with the same partner
		empty := model.NewPartnership()
		empty.Agreement.Kind = full.Agreement.Kind
		none := empty.Checklist(st, &p)
		missing := map[string]string{}
		for _, r := range none {
			if r.Done {
				continue
			}
			missing[r.Key] = r.Text
			if !strings.Contains(r.Text, "belum") && !strings.HasPrefix(r.Text, "Belum") && !strings.Contains(r.Text, "masih") {
				t.Errorf("stage %d: missing line %q does not read as missing", st, r.Text)
			}
		}
		if len(missing) == 0 {
			t.Errorf("stage %d: nothing is missing on an empty partnership", st)
		}
		for _, m := range met {
			if !m.Done || strings.Contains(strings.ToLower(m.Text), "belum") {
				t.Errorf("stage %d: met line %+v", st, m)
			}
			if w, ok := missing[m.Key]; ok && w == m.Text {
				t.Errorf("stage %d: %s reads the same met and missing: %q", st, m.Key, w)
			}
		}
	}
}

func TestChecklistMissing(t *testing.T) {
	type change func(*model.Partnership, *model.Partner)
	tests := []struct {
		stage  model.Stage
		name   string
		change change
		key    string
		text   string
	}{
		{model.StageKebutuhan, "no category", func(ps *model.Partnership, _ *model.Partner) { ps.Need.Category = "" },
			"check.need.category", "Kategori kebutuhan belum dipilih"},
		{model.StageKebutuhan, "unknown category", func(ps *model.Partnership, _ *model.Partner) { ps.Need.Category = "olahraga" },
			"check.need.category", "Kategori kebutuhan belum dipilih"},
		{model.StageKebutuhan, "blank need", func(ps *model.Partnership, _ *model.Partner) { ps.Need.Description = " \n" },
			"check.need.description", "Kebutuhan belum diuraikan"},

		{model.StagePenjajakan, "no contact", func(_ *model.Partnership, p *model.Partner) { p.ContactPerson = "" },
			"check.partner.contact", "Narahubung mitra belum diisi"},
		{model.StagePenjajakan, "no signatory", func(_ *model.Partnership, p *model.Partner) { p.SignatoryName = " " },
			"check.partner.signatory", "Penanda tangan mitra belum diisi"},

		{model.StageProposal, "no objectives", func(ps *model.Partnership, _ *model.Partner) { ps.Proposal.Objectives = "" },
			"check.proposal.objectives", "Tujuan belum diisi"},
		{model.StageProposal, "no targets", func(ps *model.Partnership, _ *model.Partner) { ps.Proposal.Targets = "" },
			"check.proposal.targets", "Sasaran belum diisi"},
		{model.StageProposal, "no school roles", func(ps *model.Partnership, _ *model.Partner) { ps.Proposal.SchoolRoles = nil },
			"check.proposal.schoolroles", "Peran sekolah belum diisi"},
		{model.StageProposal, "blank school roles", func(ps *model.Partnership, _ *model.Partner) { ps.Proposal.SchoolRoles = []string{"", " "} },
			"check.proposal.schoolroles", "Peran sekolah belum diisi"},
		{model.StageProposal, "no partner roles", func(ps *model.Partnership, _ *model.Partner) { ps.Proposal.PartnerRoles = nil },
			"check.proposal.partnerroles", "Peran mitra belum diisi"},
		{model.StageProposal, "no evaluation plan", func(ps *model.Partnership, _ *model.Partner) {
			ps.Proposal.EvaluationPlan, ps.Proposal.Indicators = "", nil
		}, "check.proposal.evaluation", "Rencana evaluasi belum diisi"},

		{model.StagePerjanjian, "no kind", func(ps *model.Partnership, _ *model.Partner) { ps.Agreement.Kind = "" },
			"check.agreement.kind", "Bentuk perjanjian (MoU dan/atau PKS) belum dipilih"},
		{model.StagePerjanjian, "no school number", func(ps *model.Partnership, _ *model.Partner) { ps.Agreement.SchoolNumber = "" },
			"check.agreement.numbers", "Nomor PKS kedua pihak belum diisi"},
		{model.StagePerjanjian, "no partner number", func(ps *model.Partnership, _ *model.Partner) { ps.Agreement.PartnerNumber = "" },
			"check.agreement.numbers", "Nomor PKS kedua pihak belum diisi"},
		{model.StagePerjanjian, "no date", func(ps *model.Partnership, _ *model.Partner) { ps.Agreement.Date = time.Time{} },
			"check.agreement.dateplace", "Tanggal dan tempat penandatanganan PKS belum diisi"},
		{model.StagePerjanjian, "no place", func(ps *model.Partnership, _ *model.Partner) { ps.Agreement.Place = "" },
			"check.agreement.dateplace", "Tanggal dan tempat penandatanganan PKS belum diisi"},
		{model.StagePerjanjian, "no end", func(ps *model.Partnership, _ *model.Partner) { ps.Agreement.End = time.Time{} },
			"check.agreement.period", "Jangka waktu PKS (mulai dan berakhir) belum diisi"},
		{model.StagePerjanjian, "end before start", func(ps *model.Partnership, _ *model.Partner) { ps.Agreement.End = utcDay(2026, 4, 1) },
			"check.agreement.period", "Jangka waktu PKS (mulai dan berakhir) belum diisi"},
		{model.StagePerjanjian, "no partner obligations", func(ps *model.Partnership, _ *model.Partner) { ps.Agreement.PartnerObligations = nil },
			"check.agreement.obligations", "Hak dan kewajiban kedua pihak belum diisi"},
		{model.StagePerjanjian, "no school obligations", func(ps *model.Partnership, _ *model.Partner) { ps.Agreement.SchoolObligations = []string{""} },
			"check.agreement.obligations", "Hak dan kewajiban kedua pihak belum diisi"},
		{model.StagePerjanjian, "no funding", func(ps *model.Partnership, _ *model.Partner) {
			ps.Agreement.Funding, ps.Agreement.Contributions = "", nil
		}, "check.agreement.funding", "Pembiayaan belum diisi (rincian kontribusi atau syaratnya)"},
		{model.StagePerjanjian, "amount in the funding words", func(ps *model.Partnership, _ *model.Partner) {
			ps.Agreement.Funding = "Dana sebesar Rp26.000.000 disalurkan melalui rekening sekolah."
		}, "check.agreement.fundingwords", "Syarat pembiayaan masih menyebut jumlah uang"},
		{model.StagePerjanjian, "a line without an amount", func(ps *model.Partnership, _ *model.Partner) { ps.Agreement.Contributions[0].Amount = 0 },
			"check.agreement.contributions", "Ada baris kontribusi yang belum berisi uraian, jumlah, atau jenis yang sesuai dengan pemberinya"},
		{model.StagePerjanjian, "a foundation's line called sumbangan", func(ps *model.Partnership, _ *model.Partner) {
			ps.Agreement.Contributions[0].Kind = model.ContribSumbangan
			ps.Agreement.CommitteeNote = "Rapat Komite Sekolah tanggal 1 April 2026"
		}, "check.agreement.contributions", "Ada baris kontribusi yang belum berisi uraian, jumlah, atau jenis yang sesuai dengan pemberinya"},
		{model.StagePerjanjian, "parents' donation without the committee", func(ps *model.Partnership, _ *model.Partner) {
			ps.Agreement.Contributions = append(ps.Agreement.Contributions, model.Contribution{From: model.GiverParents,
				Kind: model.ContribSumbangan, What: "Sumbangan sukarela orang tua", Amount: 2_000_000})
		}, "check.agreement.committee", "Sepengetahuan Komite Sekolah atas sumbangan belum dicatat"},
		{model.StagePerjanjian, "personal data not answered", func(ps *model.Partnership, _ *model.Partner) { ps.Agreement.PersonalData = "" },
			"check.agreement.personaldata", "Pengolahan data pribadi peserta didik atau orang tua belum dijawab (ya/tidak)"},
		{model.StagePerjanjian, "PKL students placed, personal data answered no", func(ps *model.Partnership, _ *model.Partner) {
			ps.LinkMatch = []model.LinkMatch{{Kompetensi: "Teknik Kendaraan Ringan", Components: []model.LinkMatchComponent{model.LinkPKL}}}
			ps.Agreement.PersonalData = model.AnswerNo
		}, "check.agreement.pklpersonaldata", "Pengolahan data pribadi dijawab «Tidak», padahal siswa PKL ditempatkan pada mitra: jawab «Ya»"},
		{model.StagePerjanjian, "no basis of the partner's signatory", func(ps *model.Partnership, p *model.Partner) {
			ps.Agreement.PartnerSignatory.Authority, p.Authority = "", ""
		}, "check.agreement.party.authority", "Jabatan atau dasar kewenangan penanda tangan mitra belum diisi"},
		{model.StagePerjanjian, "no address for notices", func(ps *model.Partnership, p *model.Partner) { p.Address = "" },
			"check.agreement.correspondence", "Alamat korespondensi mitra belum diisi"},
		{model.StagePerjanjian, "no dispute", func(ps *model.Partnership, _ *model.Partner) { ps.Agreement.Dispute = "" },
			"check.agreement.dispute", "Penyelesaian perselisihan belum diisi"},
		{model.StagePerjanjian, "no force majeure", func(ps *model.Partnership, _ *model.Partner) { ps.Agreement.ForceMajeure = "" },
			"check.agreement.forcemajeure", "Keadaan kahar belum diisi"},
		{model.StagePerjanjian, "no notice", func(ps *model.Partnership, _ *model.Partner) { ps.Agreement.NoticeDays = 0 },
			"check.agreement.notice", "Jangka waktu pemberitahuan belum diisi"},
		{model.StagePerjanjian, "no partner signatory", func(ps *model.Partnership, _ *model.Partner) { ps.Agreement.PartnerSignatory.Name = "" },
			"check.agreement.signatories", "Penanda tangan kedua pihak belum diisi"},
		{model.StagePerjanjian, "no school signatory", func(ps *model.Partnership, _ *model.Partner) { ps.Agreement.SchoolSignatory.Name = "" },
			"check.agreement.signatories", "Penanda tangan kedua pihak belum diisi"},
		{model.StagePerjanjian, "not signed", func(ps *model.Partnership, _ *model.Partner) { ps.Agreement.SignedDate = time.Time{} },
			"check.agreement.signed", "Tanggal penandatanganan PKS belum dicatat"},

		{model.StageImplementasi, "no activity", func(ps *model.Partnership, _ *model.Partner) { ps.Activities = nil },
			"check.activity.done", "Belum ada kegiatan yang terlaksana"},
		{model.StageImplementasi, "none done", func(ps *model.Partnership, _ *model.Partner) {
			ps.Activities[0].Status = model.ActivityCancelled
		}, "check.activity.done", "Belum ada kegiatan yang terlaksana"},

		{model.StageMonev, "no evaluation", func(ps *model.Partnership, _ *model.Partner) { ps.Evaluations = nil },
			"check.evaluation.recorded", "Belum ada evaluasi yang dicatat"},

		{model.StagePeninjauan, "no decision", func(ps *model.Partnership, _ *model.Partner) { ps.Review.Decision = "" },
			"check.review.decision", "Keputusan peninjauan belum dicatat"},
		{model.StagePeninjauan, "no review date", func(ps *model.Partnership, _ *model.Partner) { ps.Review.Date = time.Time{} },
			"check.review.decision", "Keputusan peninjauan belum dicatat"},
	}
	for _, tt := range tests {
		t.Run(tt.stage.Key()+"/"+tt.name, func(t *testing.T) {
			ps, p := complete(tt.stage), chosenPartner()
			tt.change(&ps, &p)
			c := ps.Checklist(tt.stage, &p)
			m := c.Missing()
			if len(m) != 1 || m[0].Key != tt.key || m[0].Text != tt.text || m[0].Done {
				t.Fatalf("missing %+v, want exactly %s %q", m, tt.key, tt.text)
			}
			if c.Complete() || c.Done() != len(c)-1 {
				t.Errorf("Complete %v, Done %d of %d", c.Complete(), c.Done(), len(c))
			}
		})
	}
}

func TestChecklistPartnerChosen(t *testing.T) {
	all := []string{"check.partner.chosen", "check.partner.contact", "check.partner.signatory"}
	p := chosenPartner()
	other := chosenPartner()
	other.ID = "01JDEMOPARTNER000002"

	ps := complete(model.StagePenjajakan)
	if got := missingKeys(ps.Checklist(model.StagePenjajakan, nil)); !slices.Equal(got, all) {
		t.Errorf("nil partner: missing %v, want %v", got, all)
	}
	if got := missingKeys(ps.Checklist(model.StagePenjajakan, &other)); !slices.Equal(got, all) {
		t.Errorf("another partner than the chosen one: missing %v, want %v", got, all)
	}
	ps.PartnerID = ""
	if got := missingKeys(ps.Checklist(model.StagePenjajakan, &p)); !slices.Equal(got, all) {
		t.Errorf("no PartnerID: missing %v, want %v", got, all)
	}
	if got := ps.Checklist(model.StagePenjajakan, nil).Missing()[0].Text; got != "Mitra belum dipilih" {
		t.Errorf("text %q", got)
	}
}

func TestAdvanceRefused(t *testing.T) {
	ps := complete(model.StagePerjanjian)
	ps.Agreement.Dispute = ""
	ps.Agreement.SignedDate = time.Time{}
	before := ps
	ev, err := ps.Advance(nil, ruleNow)
	if !errors.Is(err, model.ErrStageIncomplete) {
		t.Fatalf("Advance = %v, want ErrStageIncomplete", err)
	}
	var ie *model.IncompleteError
	if !errors.As(err, &ie) {
		t.Fatalf("error %T is not an *IncompleteError", err)
	}
	if ie.Stage != model.StagePerjanjian || !slices.Equal(missingKeys(ie.Missing), []string{"check.agreement.dispute", "check.agreement.signed"}) {
		t.Errorf("IncompleteError at %v missing %v", ie.Stage, missingKeys(ie.Missing))
	}
	want := "tahap Negosiasi dan Perjanjian belum lengkap: Penyelesaian perselisihan belum diisi; Tanggal penandatanganan PKS belum dicatat"
	if err.Error() != want {
		t.Errorf("Error() = %q, want %q", err.Error(), want)
	}
	if ev != (model.Event{}) {
		t.Errorf("a refused move gave event %+v", ev)
	}
	if ps.Stage != before.Stage || ps.Status != before.Status || !ps.StageSince.Equal(before.StageSince) {
		t.Errorf("a refused move changed the partnership: %v %v %v", ps.Stage, ps.Status, ps.StageSince)
	}

	// stage 2 without the partner loaded: the partner's three requirements
	ps = complete(model.StagePenjajakan)
	_, err = ps.Advance(nil, ruleNow)
	if !errors.As(err, &ie) || len(ie.Missing) != 3 || ps.Stage != model.StagePenjajakan {
		t.Errorf("stage 2 without partner: %v", err)
	}
}

func TestAdvance(t *testing.T) {
	p := chosenPartner()
	for _, from := range model.Stages[:6] {
		ps := complete(from)
		ps.Status = model.StatusDraft
		if from > model.StagePerjanjian {
			ps.Status = model.StatusBerjalan
		}
		ev, err := ps.Advance(&p, ruleNow)
		if err != nil {
			t.Fatalf("Advance from %v: %v", from, err)
		}
		to := from + 1
		if ps.Stage != to || !ps.StageSince.Equal(ruleNow) {
			t.Errorf("from %v: now at %v since %v", from, ps.Stage, ps.StageSince)
		}
		if ev.Kind != model.EventStageMoved || ev.Stage != to || ev.PartnershipID != ps.ID || !ev.Time.Equal(ruleNow) {
			t.Errorf("from %v: event %+v", from, ev)
		}
		if !strings.Contains(ev.Text, from.Name()) || !strings.Contains(ev.Text, to.Name()) || !strings.HasPrefix(ev.Text, "Lanjut dari tahap") {
			t.Errorf("from %v: event text %q", from, ev.Text)
		}
		wantStatus := model.StatusDraft
		if to > model.StagePerjanjian {
			wantStatus = model.StatusBerjalan
		}
		if ps.Status != wantStatus {
			t.Errorf("from %v to %v: status %v, want %v", from, to, ps.Status, wantStatus)
		}
	}
	ps := complete(model.StagePerjanjian)
	if ev, _ := ps.Advance(&p, ruleNow); ev.Text != "Lanjut dari tahap 4 (Negosiasi dan Perjanjian) ke tahap 5 (Implementasi)" {
		t.Errorf("event text %q", ev.Text)
	}
}

func TestAdvanceWholeWay(t *testing.T) {
	full := complete(model.StagePeninjauan)
	ps := full
	ps.Stage, ps.Status = model.StageKebutuhan, model.StatusDraft
	p := chosenPartner()
	for i := 0; i < 6; i++ {
		if _, err := ps.Advance(&p, ruleNow.Add(time.Duration(i)*time.Hour)); err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
	}
	if ps.Stage != model.StagePeninjauan || ps.Status != model.StatusBerjalan || ps.Progress() != 7 {
		t.Errorf("at %v, %v, progress %d", ps.Stage, ps.Status, ps.Progress())
	}
}

func TestAdvanceLastStage(t *testing.T) {
	ps := complete(model.StagePeninjauan)
	p := chosenPartner()
	ev, err := ps.Advance(&p, ruleNow)
	if err == nil || errors.Is(err, model.ErrStageIncomplete) {
		t.Fatalf("Advance from stage 7 = %v, want a refusal that is not about the checklist", err)
	}
	if !strings.Contains(err.Error(), "tahap terakhir") {
		t.Errorf("message %q", err)
	}
	if ps.Stage != model.StagePeninjauan || ev != (model.Event{}) {
		t.Errorf("stage %v, event %+v", ps.Stage, ev)
	}
}

func TestAdvanceKeepsEndedStatus(t *testing.T) {
	ps := complete(model.StagePerjanjian)
	ps.Status = model.StatusDibatalkan
	p := chosenPartner()
	if _, err := ps.Advance(&p, ruleNow); err != nil {
		t.Fatal(err)
	}
	if ps.Status != model.StatusDibatalkan {
		t.Errorf("a cancelled partnership became %v", ps.Status)
	}
}

func TestReopen(t *testing.T) {
	ps := complete(model.StageMonev)
	ps.StageSince = utcDay(2026, 9, 1)
	ev, err := ps.Reopen(model.StageProposal, "  Mitra meminta perubahan anggaran.  ", ruleNow)
	if err != nil {
		t.Fatal(err)
	}
	if ps.Stage != model.StageProposal || !ps.StageSince.Equal(ruleNow) {
		t.Errorf("at %v since %v", ps.Stage, ps.StageSince)
	}
	if ev.Kind != model.EventReopened || ev.Stage != model.StageProposal || ev.PartnershipID != ps.ID || !ev.Time.Equal(ruleNow) {
		t.Errorf("event %+v", ev)
	}
	want := "Dibuka kembali dari tahap 6 (Monitoring dan Evaluasi) ke tahap 3 (Pengembangan Proposal): Mitra meminta perubahan anggaran."
	if ev.Text != want {
		t.Errorf("event text %q, want %q", ev.Text, want)
	}
	// the data of later stages is kept
	if len(ps.Activities) == 0 || len(ps.Evaluations) == 0 || !ps.Agreement.Signed() {
		t.Errorf("reopening dropped later stages' data")
	}
}

func TestReopenRefused(t *testing.T) {
	for _, reason := range []string{"", "  \t"} {
		ps := complete(model.StageImplementasi)
		_, err := ps.Reopen(model.StagePerjanjian, reason, ruleNow)
		var fe model.FieldError
		if !errors.As(err, &fe) || fe.Key != "validation.reason" || fe.Field != "reason" || fe.Message == "" {
			t.Errorf("reason %q: %v", reason, err)
		}
		if ps.Stage != model.StageImplementasi {
			t.Errorf("reason %q: refused reopen moved to %v", reason, ps.Stage)
		}
	}
	for _, to := range []model.Stage{model.StageImplementasi, model.StageMonev, model.StagePeninjauan, 0, -1, 8} {
		ps := complete(model.StageImplementasi)
		if _, err := ps.Reopen(to, "alasan", ruleNow); err == nil || ps.Stage != model.StageImplementasi {
			t.Errorf("reopen from 5 to %d: err %v, at %v", to, err, ps.Stage)
		}
	}
}

func TestExtend(t *testing.T) {
	old := complete(model.StagePeninjauan)
	old.CreatedAt = utcDay(2026, 2, 1)
	orig := complete(model.StagePeninjauan) // to compare after mutating next

	next, events, err := old.Extend(ruleNow)
	if err != nil {
		t.Fatal(err)
	}
	if !next.ID.Valid() || next.ID == old.ID {
		t.Errorf("next ID %q", next.ID)
	}
	if old.NextID != next.ID || next.PreviousID != old.ID || next.NextID != "" {
		t.Errorf("links: old.NextID %q, next.PreviousID %q", old.NextID, next.PreviousID)
	}
	if old.Status != model.StatusSelesai || !old.UpdatedAt.Equal(ruleNow) {
		t.Errorf("old period %v updated %v", old.Status, old.UpdatedAt)
	}
	if next.Stage != model.StagePerjanjian || next.Status != model.StatusDraft {
		t.Errorf("next at %v, %v", next.Stage, next.Status)
	}
	if next.Title != old.Title || next.PartnerID != old.PartnerID || next.Need.Description != old.Need.Description ||
		next.Proposal.Objectives != old.Proposal.Objectives || next.EvaluationMonths != old.EvaluationMonths {
		t.Errorf("next period lost the need, partner or proposal")
	}
	if len(next.Activities) != 0 || len(next.Evaluations) != 0 || next.Review != (model.Review{}) || len(next.Candidates) != 0 {
		t.Errorf("next period carries activities, evaluations, review or candidates of the old one")
	}
	if !next.CreatedAt.Equal(ruleNow) || !next.StageSince.Equal(ruleNow) || !next.UpdatedAt.Equal(ruleNow) {
		t.Errorf("next times %v %v %v", next.CreatedAt, next.StageSince, next.UpdatedAt)
	}
	if p := next.Validate(); p != nil {
		t.Errorf("next period invalid: %v", p)
	}

	// the agreement, copied as an unsigned draft for the next period
	a, oa := next.Agreement, old.Agreement
	if a.SchoolNumber != "" || a.PartnerNumber != "" || !a.Date.IsZero() || a.Signed() {
		t.Errorf("draft keeps numbers %q %q, date %v, signed %v", a.SchoolNumber, a.PartnerNumber, a.Date, a.SignedDate)
	}
	if !a.Start.Equal(utcDay(2027, 5, 1)) || !a.End.Equal(utcDay(2028, 4, 30)) {
		t.Errorf("next period %v – %v, want 1 May 2027 – 30 April 2028", a.Start, a.End)
	}
	if a.Kind != oa.Kind || a.Dispute != oa.Dispute || a.NoticeDays != oa.NoticeDays || len(a.Contributions) != len(oa.Contributions) ||
		a.SchoolSignatory != oa.SchoolSignatory || !slices.Equal(a.PartnerObligations, oa.PartnerObligations) {
		t.Errorf("clauses not copied: %+v", a)
	}
	// the lines are new lines, due a year later with the period
	if l, ol := a.Contributions[0], oa.Contributions[0]; l.ID != "" || l.Amount != ol.Amount || !l.Due.Equal(ol.Due.AddDate(1, 0, 0)) {
		t.Errorf("next period's line %+v, from %+v", l, ol)
	}
	p := chosenPartner()
	c := next.Checklist(model.StagePerjanjian, &p)
	if got := missingKeys(c); !slices.Equal(got, []string{"check.agreement.numbers", "check.agreement.dateplace", "check.agreement.signed"}) {
		t.Errorf("draft agreement misses %v", got)
	}
	for _, s := range model.Stages[:3] {
		if !next.Checklist(s, &p).Complete() {
			t.Errorf("next period: stage %v incomplete", s)
		}
	}

	// copies, not shared slices or maps
	next.Need.Beneficiaries[0] = model.BenefitGuru
	next.Proposal.SchoolRoles[0] = "x"
	next.Proposal.PartnerRoles[0] = "x"
	next.Proposal.Schedule[0].Activity = "x"
	next.Proposal.Budget[0].Amount = 1
	next.Proposal.Indicators[0].Target = 1
	next.Agreement.SchoolObligations[0] = "x"
	next.Agreement.PartnerObligations[0] = "x"
	next.Agreement.Witnesses[0].Name = "x"
	next.Agreement.Clauses["penutup"] = "x"
	next.Agreement.Contributions[0].What = "x"
	if old.Need.Beneficiaries[0] != orig.Need.Beneficiaries[0] ||
		old.Proposal.SchoolRoles[0] != orig.Proposal.SchoolRoles[0] ||
		old.Proposal.PartnerRoles[0] != orig.Proposal.PartnerRoles[0] ||
		old.Proposal.Schedule[0] != orig.Proposal.Schedule[0] ||
		old.Proposal.Budget[0] != orig.Proposal.Budget[0] ||
		old.Proposal.Indicators[0] != orig.Proposal.Indicators[0] ||
		old.Agreement.SchoolObligations[0] != orig.Agreement.SchoolObligations[0] ||
		old.Agreement.PartnerObligations[0] != orig.Agreement.PartnerObligations[0] ||
		old.Agreement.Witnesses[0] != orig.Agreement.Witnesses[0] ||
		old.Agreement.Clauses["penutup"] != orig.Agreement.Clauses["penutup"] || old.Agreement.Contributions[0].What != orig.Agreement.Contributions[0].What {
		t.Errorf("changing the next period changed the old one")
	}

	// two events: the old period extended, the new one created
	if len(events) != 2 {
		t.Fatalf("%d events", len(events))
	}
	e0, e1 := events[0], events[1]
	if e0.PartnershipID != old.ID || e0.Kind != model.EventExtended || e0.Stage != model.StagePeninjauan || !e0.Time.Equal(ruleNow) || e0.Text == "" {
		t.Errorf("event on the old period %+v", e0)
	}
	if e1.PartnershipID != next.ID || e1.Kind != model.EventCreated || e1.Stage != model.StagePerjanjian || !e1.Time.Equal(ruleNow) || e1.Text == "" {
		t.Errorf("event on the new period %+v", e1)
	}

	// twice: refused, nothing changes
	again, ev, err := old.Extend(ruleNow.Add(time.Hour))
	if err == nil || again.ID != "" || ev != nil || old.NextID != next.ID {
		t.Errorf("second Extend: %v, %q, %v", err, again.ID, ev)
	}
}

func TestExtendPeriod(t *testing.T) {
	ams, err := time.LoadLocation("Europe/Amsterdam")
	if err != nil {
		ams = nil
	}
	d := func(loc *time.Location, y int, m time.Month, dd int) time.Time {
		return time.Date(y, m, dd, 0, 0, 0, 0, loc)
	}
	u := time.UTC
	tests := []struct {
		name               string
		loc                *time.Location
		start, end         time.Time
		wantStart, wantEnd time.Time
	}{
		{"one year before a leap year", u, d(u, 2027, 5, 1), d(u, 2028, 4, 30), d(u, 2028, 5, 1), d(u, 2029, 4, 30)},
		{"one year over a leap day", u, d(u, 2027, 3, 1), d(u, 2028, 2, 29), d(u, 2028, 3, 1), d(u, 2029, 2, 28)},
		{"calendar year", u, d(u, 2026, 1, 1), d(u, 2026, 12, 31), d(u, 2027, 1, 1), d(u, 2027, 12, 31)},
		{"three months from the end of a month", u, d(u, 2026, 1, 31), d(u, 2026, 4, 30), d(u, 2026, 5, 1), d(u, 2026, 7, 31)},
		{"two years", u, d(u, 2025, 7, 15), d(u, 2027, 7, 14), d(u, 2027, 7, 15), d(u, 2029, 7, 14)},
		{"days", u, d(u, 2026, 1, 10), d(u, 2026, 6, 24), d(u, 2026, 6, 25), d(u, 2026, 12, 7)},
		{"one day", u, d(u, 2026, 8, 17), d(u, 2026, 8, 17), d(u, 2026, 8, 18), d(u, 2026, 8, 18)},
		{"no end", u, d(u, 2026, 1, 1), time.Time{}, time.Time{}, time.Time{}},
		{"no start", u, time.Time{}, d(u, 2026, 12, 31), d(u, 2027, 1, 1), time.Time{}},
		{"half year over daylight saving", ams, d(ams, 2026, 1, 1), d(ams, 2026, 6, 30), d(ams, 2026, 7, 1), d(ams, 2026, 12, 31)},
		{"days over daylight saving", ams, d(ams, 2026, 1, 10), d(ams, 2026, 6, 24), d(ams, 2026, 6, 25), d(ams, 2026, 12, 7)},
	}
	for _, tt := range tests {
		if tt.loc == nil {
			t.Logf("%s: no time zone data, skipped", tt.name)
			continue
		}
		ps := complete(model.StagePeninjauan)
		ps.Agreement.Start, ps.Agreement.End = tt.start, tt.end
		next, _, err := ps.Extend(ruleNow)
		if err != nil {
			t.Fatal(err)
		}
		if a := next.Agreement; !a.Start.Equal(tt.wantStart) || !a.End.Equal(tt.wantEnd) {
			t.Errorf("%s: next period %v – %v, want %v – %v", tt.name, a.Start, a.End, tt.wantStart, tt.wantEnd)
		}
	}
}

func TestExtendRefused(t *testing.T) {
	for _, tt := range []struct {
		name  string
		stage model.Stage
		d     model.Decision
	}{
		{"stage 6", model.StageMonev, model.DecisionExtend},
		{"addendum", model.StagePeninjauan, model.DecisionAddendum},
		{"end", model.StagePeninjauan, model.DecisionEnd},
		{"no decision", model.StagePeninjauan, ""},
	} {
		ps := complete(tt.stage)
		ps.Review.Decision = tt.d
		next, ev, err := ps.Extend(ruleNow)
		if err == nil || next.ID != "" || ev != nil || ps.NextID != "" || ps.Status != model.StatusBerjalan {
			t.Errorf("%s: Extend gave %v, %q, status %v", tt.name, err, next.ID, ps.Status)
		}
	}
}

func TestProgress(t *testing.T) {
	for _, s := range model.Stages {
		ps := complete(s)
		want := int(s) - 1
		if s == model.StagePeninjauan {
			want = 7
		}
		if got := ps.Progress(); got != want {
			t.Errorf("stage %v complete: progress %d, want %d", s, got, want)
		}
	}
	ps := complete(model.StagePeninjauan)
	ps.Review.Decision = ""
	if got := ps.Progress(); got != 6 {
		t.Errorf("stage 7 without a decision: progress %d, want 6", got)
	}
	// progress counts stages passed, not the current stage's checklist
	ps = complete(model.StageProposal)
	ps.Proposal = model.Proposal{}
	if got := ps.Progress(); got != 2 {
		t.Errorf("stage 3 empty: progress %d, want 2", got)
	}
	if got := model.NewPartnership().Progress(); got != 0 {
		t.Errorf("new partnership: progress %d", got)
	}
}

func TestValidateStageData(t *testing.T) {
	if p := complete(model.StagePeninjauan).Validate(); p != nil {
		t.Fatalf("complete partnership: %v", p)
	}
	tests := []struct {
		name   string
		change func(*model.Partnership)
		field  string
		msg    string
	}{
		{"negative budget", func(ps *model.Partnership) { ps.Proposal.Budget[1].Amount = -1 },
			"proposal.budget[1]", "Jumlah rupiah tidak boleh negatif."},
		{"end before start", func(ps *model.Partnership) { ps.Agreement.End = ps.Agreement.Start.AddDate(0, 0, -1) },
			"agreement.end", "Tanggal berakhir harus sesudah tanggal mulai."},
		{"negative notice", func(ps *model.Partnership) { ps.Agreement.NoticeDays = -30 },
			"agreement.notice_days", "Tidak boleh negatif."},
		{"rating 6", func(ps *model.Partnership) { ps.Evaluations[0].Ratings[model.BenefitLearning] = 6 },
			"evaluations[0].ratings.hasil_belajar", "Nilai 1 sampai 5."},
		{"rating -1", func(ps *model.Partnership) { ps.Evaluations[0].Ratings[model.BenefitResources] = -1 },
			"evaluations[0].ratings.sumber_daya", "Nilai 1 sampai 5."},
		{"activity without title", func(ps *model.Partnership) { ps.Activities[1].Title = "  " },
			"activities[1].title", "Wajib diisi."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := complete(model.StagePeninjauan)
			tt.change(&ps)
			wantProblem(t, ps.Validate(), tt.field, tt.msg)
		})
	}
	// 0 means not rated, and an agreement of one day is valid
	ps := complete(model.StagePeninjauan)
	ps.Evaluations[0].Ratings = [model.NumBenefits]int{}
	ps.Agreement.End = ps.Agreement.Start
	if p := ps.Validate(); p != nil {
		t.Errorf("unrated evaluation, one-day agreement: %v", p)
	}
}

func TestBudgetTotal(t *testing.T) {
	tests := []struct {
		name                   string
		budget                 []model.BudgetItem
		total, school, partner model.Rupiah
	}{
		{"empty", nil, 0, 0, 0},
		{"both sides", []model.BudgetItem{
			{Item: "Rak buku", Amount: 4_500_000, PaidBy: model.PartySchool},
			{Item: "Buku bacaan", Amount: 12_000_000, PaidBy: model.PartyPartner},
			{Item: "Konsumsi", Amount: 1_250_000, PaidBy: model.PartySchool},
		}, 17_750_000, 5_750_000, 12_000_000},
		{"partner only", []model.BudgetItem{
			{Item: "Beasiswa", Amount: 111_000_000, PaidBy: model.PartyPartner},
			{Item: "Seragam", Amount: 18_500_000, PaidBy: model.PartyPartner},
		}, 129_500_000, 0, 129_500_000},
		// a row with no payer counts for the school
		{"payer unset", []model.BudgetItem{{Item: "ATK", Amount: 300_000}}, 300_000, 300_000, 0},
		{"zero rows", []model.BudgetItem{{Item: "Tempat", PaidBy: model.PartySchool}, {Item: "Relawan", PaidBy: model.PartyPartner}}, 0, 0, 0},
	}
	for _, tt := range tests {
		total, school, partner := model.Proposal{Budget: tt.budget}.BudgetTotal()
		if total != tt.total || school != tt.school || partner != tt.partner {
			t.Errorf("%s: %v = %v + %v, want %v = %v + %v", tt.name, total, school, partner, tt.total, tt.school, tt.partner)
		}
		if total != school+partner {
			t.Errorf("%s: total %v is not the sum of the parts", tt.name, total)
		}
	}
}

func TestSignedBeforeItsDate(t *testing.T) {
	day := func(d int, h int) time.Time { return time.Date(2026, 12, d, h, 0, 0, 0, time.Local) }
	for _, c := range []struct {
		date, signed time.Time
		want         bool
	}{
		{day(5, 0), day(4, 0), true},
		{day(5, 9), day(5, 0), false}, // the same day, whatever the hour
		{day(5, 0), day(6, 0), false},
		{time.Time{}, day(4, 0), false},
		{day(5, 0), time.Time{}, false},
	} {
		a := model.Agreement{Date: c.date, SignedDate: c.signed}
		if got := a.SignedBeforeItsDate(); got != c.want {
			t.Errorf("dated %v, signed %v: %v, want %v", c.date, c.signed, got, c.want)
		}
	}
}

// A first request letter made past the proposal stage is warned about: it would be
// dated after the proposal and agreement it led to.
func TestLateRequestWarning(t *testing.T) {
	ps := model.Partnership{Stage: model.StageProposal}
	if _, ok := model.LateRequestWarning(ps); ok {
		t.Error("warned at stage 3")
	}
	ps.Stage = model.StageImplementasi
	w, ok := model.LateRequestWarning(ps)
	if !ok || w.Key != "warning.laterequest" || !strings.Contains(w.Message, "tahap 5 (Implementasi)") {
		t.Errorf("at stage 5: %+v %v", w, ok)
	}
}
