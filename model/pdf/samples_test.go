package pdf

import (
	"time"

	"github.com/kemitraan/kemitraan/model"
)

var agreementDate = time.Date(2026, time.November, 26, 9, 0, 0, 0, time.UTC)

func samplePartner() model.Partner {
	return model.Partner{
		Name: "PT Maju Bersama", Kind: model.KindBisnis, LegalName: "PT Maju Bersama",
		Address:           "Jl. Soekarno-Hatta No. 590, Bandung",
		ContactPerson:     "Rina Kartika",
		SignatoryName:     "Bambang Wijaya",
		TitleFront:        "Ir.",
		SignatoryPosition: "Direktur",
		Salutation:        "Bapak",
		Authority:         "Anggaran Dasar PT Maju Bersama dalam Akta Nomor 12 tanggal 4 Mei 2015",
	}
}

// samplePartnership is a one-year PKS between SMP Negeri 1 Bandung and PT Maju Bersama.
func samplePartnership() model.Partnership {
	school := sampleSchool()
	ps := model.NewPartnership()
	ps.Title = "Pojok Literasi Digital"
	ps.Stage = model.StagePerjanjian
	ps.Need.Category = model.NeedSarana
	ps.Need.Description = "menambah perangkat komputer di laboratorium yang kini hanya memiliki 12 unit layak pakai untuk 960 peserta didik"
	ps.Proposal = model.Proposal{
		Background: "Laboratorium komputer SMP Negeri 1 Bandung hanya memiliki 12 unit komputer yang layak pakai untuk 960 peserta didik. " +
			"Pembelajaran informatika dan asesmen berbasis komputer harus dilaksanakan bergiliran, sehingga waktu belajar peserta didik berkurang.\n" +
			"Sekolah memandang kerja sama dengan dunia usaha sebagai jalan untuk memperbaiki keadaan ini, sejalan dengan program Merdeka Belajar.",
		Objectives:   "meningkatkan literasi digital peserta didik melalui penyediaan perangkat dan pendampingan pembelajaran informatika",
		Targets:      "960 peserta didik kelas VII–IX dan 8 guru mata pelajaran informatika.",
		Activities:   "penyediaan 20 unit komputer untuk pojok literasi digital\npelatihan guru informatika sebanyak 2 (dua) kali\nkelas literasi digital bagi peserta didik setiap bulan",
		SchoolRoles:  []string{"Menyediakan ruang dan jaringan listrik", "Menugaskan guru pendamping"},
		PartnerRoles: []string{"Menyediakan 20 unit komputer", "Menyediakan pelatih bersertifikat"},
		Schedule: []model.ScheduleItem{
			{Date: time.Date(2027, 1, 11, 0, 0, 0, 0, time.UTC), Activity: "Serah terima perangkat komputer", PIC: "Wakasek Sarana dan Prasarana"},
			{Date: time.Date(2027, 2, 8, 0, 0, 0, 0, time.UTC), Activity: "Pelatihan guru informatika tahap I", PIC: "PT Maju Bersama"},
			{Date: time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC), Activity: "Kelas literasi digital bulan pertama", PIC: "Guru Informatika"},
			{Date: time.Date(2027, 8, 9, 0, 0, 0, 0, time.UTC), Activity: "Pelatihan guru informatika tahap II", PIC: "PT Maju Bersama"},
		},
		Budget: []model.BudgetItem{
			{Item: "20 unit komputer desktop", Amount: 5_000_000 * 20 / 4, PaidBy: model.PartyPartner},
			{Item: "Honor pelatih (2 kali pelatihan)", Amount: 3_000_000, PaidBy: model.PartyPartner},
			{Item: "Instalasi listrik dan jaringan", Amount: 2_500_000, PaidBy: model.PartySchool},
		},
		EvaluationPlan: "Evaluasi dilakukan setiap tiga bulan oleh tim sekolah bersama perwakilan PT Maju Bersama, dengan membandingkan capaian indikator terhadap target.",
		Indicators: []model.Indicator{
			{Name: "Peserta didik mengikuti kelas literasi digital", Target: 960, Unit: "orang"},
			{Name: "Guru informatika tersertifikasi", Target: 8, Unit: "orang"},
			{Name: "Komputer layak pakai", Target: 32, Unit: "unit"},
		},
	}
	ps.Agreement = model.Agreement{
		Kind:          model.AgreementPKS,
		SchoolNumber:  model.FormatLetterNumber(school, 16, agreementDate),
		PartnerNumber: "045/MB-CSR/PKS/XI/2026",
		Date:          agreementDate,
		Place:         "Bandung",
		Start:         time.Date(2027, 1, 1, 0, 0, 0, 0, time.UTC),
		End:           time.Date(2027, 12, 31, 0, 0, 0, 0, time.UTC),
		NoticeDays:    30,
		SchoolObligations: []string{
			"menyediakan ruang pojok literasi digital beserta jaringan listriknya",
			"menugaskan guru pendamping kegiatan",
			"memelihara perangkat yang diterima dan melaporkan pemanfaatannya",
		},
		PartnerObligations: []string{
			"menyerahkan 20 (dua puluh) unit komputer desktop beserta perangkat lunaknya",
			"menyediakan pelatih bersertifikat untuk pelatihan guru",
		},
		Contributions: []model.Contribution{
			{ID: "L1", From: model.GiverPartner, Kind: model.ContribBantuan, Form: model.FormGoods, What: "20 unit komputer desktop", Amount: 25_000_000, Due: time.Date(2027, 1, 11, 0, 0, 0, 0, time.UTC)},
			{ID: "L2", From: model.GiverPartner, Kind: model.ContribBantuan, Form: model.FormMoney, What: "Honor pelatih (2 kali pelatihan)", Amount: 3_000_000, Due: time.Date(2027, 2, 1, 0, 0, 0, 0, time.UTC)},
			{ID: "L3", From: model.GiverSchool, Kind: model.ContribSchool, Form: model.FormMoney, What: "Instalasi listrik dan jaringan", Amount: 2_500_000},
		},
		Funding:          "Dana disalurkan melalui rekening sekolah paling lambat 14 (empat belas) hari setelah Perjanjian ini ditandatangani",
		PersonalData:     model.AnswerNo,
		ForceMajeureDays: 7,
		Originals:        2,
		SchoolSignatory:  model.Signatory{Name: "Dra. Hj. Euis Rukmini, M.Pd.", Position: "Kepala SMP Negeri 1 Bandung", IDNumber: "19680512 199303 2 007"},
		PartnerSignatory: model.Signatory{Name: "Ir. Bambang Wijaya", Position: "Direktur PT Maju Bersama",
			Authority: "Anggaran Dasar PT Maju Bersama dalam Akta Nomor 12 tanggal 4 Mei 2015"},
		Witnesses: []model.Signatory{
			{Name: "Drs. Asep Saepudin", Position: "Ketua Komite Sekolah"},
			{Name: "Rina Kartika, S.E.", Position: "Manajer CSR PT Maju Bersama"},
		},
		Meterai: true,
		// the MoU the school signed with PT Maju Bersama before the PKS
		MoU: model.MoU{SchoolNumber: model.FormatLetterNumber(school, 9, agreementDate.AddDate(0, -1, 0)), PartnerNumber: "040/MB-CSR/MOU/X/2026",
			Date: agreementDate.AddDate(0, -1, 0), Place: "Bandung", Start: time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC),
			End: time.Date(2029, 10, 31, 0, 0, 0, 0, time.UTC), SignedDate: agreementDate.AddDate(0, -1, 0)},
	}
	ps.EvaluationMonths = 3
	return ps
}

func sampleAgreement() Agreement {
	return Agreement{School: sampleSchool(), Partner: samplePartner(), Partnership: samplePartnership(), Paraf: true}
}

func sampleProposal() Proposal {
	return Proposal{School: sampleSchool(), Partner: samplePartner(), Partnership: samplePartnership(),
		Date:           time.Date(2026, time.October, 12, 0, 0, 0, 0, time.UTC),
		CommitteeChair: model.Signatory{Name: "Drs. Asep Saepudin", Position: "Ketua Komite Sekolah"},
		Attachments:    []string{"Profil singkat SMP Negeri 1 Bandung", "Foto kondisi laboratorium komputer"}}
}

func sampleMonev() Monev {
	ps := samplePartnership()
	ps.Activities = []model.Activity{
		{Date: time.Date(2027, 1, 11, 0, 0, 0, 0, time.UTC), Title: "Serah terima 20 unit komputer", Status: model.ActivityDone},
		{Date: time.Date(2027, 2, 8, 0, 0, 0, 0, time.UTC), Title: "Pelatihan guru informatika tahap I", Status: model.ActivityDone},
		{Date: time.Date(2027, 3, 1, 0, 0, 0, 0, time.UTC), Title: "Kelas literasi digital bulan pertama", Status: model.ActivityDone},
		{Date: time.Date(2027, 4, 26, 0, 0, 0, 0, time.UTC), Title: "Kelas literasi digital bulan kedua", Status: model.ActivityPlanned},
	}
	ev := model.Evaluation{
		Date: time.Date(2027, 3, 31, 0, 0, 0, 0, time.UTC),
		Values: []model.IndicatorValue{
			{Indicator: "Peserta didik mengikuti kelas literasi digital", Target: 960, Achieved: 640, Unit: "orang"},
			{Indicator: "Guru informatika tersertifikasi", Target: 8, Achieved: 5, Unit: "orang"},
			{Indicator: "Komputer layak pakai", Target: 32, Achieved: 32, Unit: "unit"},
		},
		Ratings:  [model.NumBenefits]int{5, 4, 4, 3, 0},
		Findings: "Dua unit komputer sempat rusak karena tegangan listrik tidak stabil.",
		FollowUp: "Sekolah memasang stabilizer; pelatihan tahap II dimajukan ke bulan Juni.",
	}
	ps.Evaluations = []model.Evaluation{ev}
	return Monev{School: sampleSchool(), Partner: samplePartner(), Partnership: ps, Evaluation: ev}
}

func sampleAnnual() AnnualReport {
	p1 := samplePartner()
	p1.ID = "mitra-1"
	p2 := model.Partner{ID: "mitra-2", Name: "Universitas Pendidikan Indonesia", Kind: model.KindPerguruanTingi}
	a := samplePartnership()
	a.PartnerID = p1.ID
	a.CreatedAt = time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)
	b := model.NewPartnership()
	b.Title, b.PartnerID, b.Stage = "Pendampingan Guru Matematika", p2.ID, model.StageImplementasi
	b.Need.Category = model.NeedProfesional
	b.CreatedAt = time.Date(2026, 2, 1, 0, 0, 0, 0, time.UTC)
	b.Agreement.Kind = model.AgreementPKS
	b.Agreement.Start, b.Agreement.End = time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC), time.Date(2027, 1, 31, 0, 0, 0, 0, time.UTC)
	b.Agreement.SignedDate = time.Date(2026, 2, 20, 0, 0, 0, 0, time.UTC)
	b.Proposal.Budget = []model.BudgetItem{{Item: "Honor narasumber", Amount: 7_500_000, PaidBy: model.PartyPartner}}
	b.Agreement.Contributions = []model.Contribution{{ID: "B1", From: model.GiverPartner, Kind: model.ContribBantuan,
		What: "Honor narasumber", Amount: 7_500_000, Due: time.Date(2026, 3, 15, 0, 0, 0, 0, time.UTC)}}
	b.Receipts = []model.Receipt{{Date: time.Date(2026, 3, 20, 0, 0, 0, 0, time.UTC), Line: "B1", Amount: 7_500_000}}
	return AnnualReport{School: sampleSchool(), Year: 2026, Partnerships: []model.Partnership{a, b}, Partners: []model.Partner{p1, p2},
		Today: time.Date(2026, 12, 15, 0, 0, 0, 0, time.UTC)}
}
