// Package demo makes realistic sample data — a school, its partners and partnerships at
// every stage — for demonstrations, screenshots and tests. It imports only model.
package demo

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/kemitraan/kemitraan/model"
)

// Data is one school's complete sample: its profile, its partners and its partnerships.
type Data struct {
	School       model.School
	Partners     []model.Partner
	Partnerships []model.Partnership
	// LetterCounters are the last school letter numbers the agreements took, by year:
	// the file's counters must start above them.
	LetterCounters map[int]int
}

// partner keys, so partnerships can name their partner before IDs exist
const (
	puskesmas = iota
	bankCSR
	fakultas
	batik
	paguyuban
	yayasan
	alumnus
	dinas
	robotika
	teknologi
	pmi
	nPartners
)

const noPartner = -1

// Dataset returns the sample for a school on the day now: SMP Negeri 1 Bandung, eleven
// partners of every kind and seventeen partnerships spread over the seven stages, every
// need category and every status, created over the past months, each with the data of
// every stage it has reached. Every record passes its
// Validate; IDs are fresh (model.NewID) and follow the records' creation times.
// Partnerships carry the numbers of their agreements in the register of letters, and
// no other letter: request letters' numbers are the store's to hand out.
func Dataset(now time.Time) Data {
	// at is a moment daysAgo days before now, at the given time of day; daysAgo ≥ 1
	at := func(daysAgo, hour, min int) time.Time {
		return time.Date(now.Year(), now.Month(), now.Day()-daysAgo, hour, min, 0, 0, now.Location())
	}

	school := sampleSchool(at(240, 9, 15))

	partners := make([]model.Partner, nPartners)
	partners[puskesmas] = model.Partner{
		Name:              "UPT Puskesmas Lengkong",
		Kind:              model.KindPemerintah,
		LegalName:         "UPT Puskesmas Lengkong Dinas Kesehatan Kota Bandung",
		Address:           "Jl. Buah Batu No. 259, Kecamatan Lengkong, Kota Bandung 40264",
		ContactPerson:     "Ns. Dewi Anggraeni, S.Kep. (koordinator UKS)",
		Phone:             "(022) 7308854",
		Email:             "puskesmas.lengkong@bandung.go.id",
		SignatoryName:     "Rina Marlina",
		TitleFront:        "dr.",
		TitleBack:         "M.K.M.",
		Salutation:        "Ibu",
		SignatoryPosition: "Kepala UPT Puskesmas Lengkong",
		NIP:               "197803222005012009",
		Authority:         "Keputusan Wali Kota Bandung Nomor 821.2/Kep.0213-BKPSDM/2024 tentang Pengangkatan dalam Jabatan Kepala Unit Pelaksana Teknis Daerah Puskesmas",
	}
	partners[bankCSR] = model.Partner{
		Name:              "Divisi CSR PT Bank Parahyangan Sejahtera Tbk",
		Kind:              model.KindBisnis,
		LegalName:         "PT Bank Parahyangan Sejahtera Tbk",
		Address:           "Jl. Asia Afrika No. 118, Kecamatan Sumur Bandung, Kota Bandung 40112",
		ContactPerson:     "Rizky Ramadhan, S.E. (staf program CSR pendidikan)",
		Phone:             "(022) 4231770",
		Email:             "csr@bankparahyangan.co.id",
		SignatoryName:     "Bambang Sutrisno",
		TitleFront:        "Drs.",
		TitleBack:         "M.M.",
		Salutation:        "Bapak",
		SignatoryPosition: "Kepala Divisi Corporate Social Responsibility PT Bank Parahyangan Sejahtera Tbk",
		Authority:         "Surat Kuasa Direksi PT Bank Parahyangan Sejahtera Tbk Nomor 045/SK-DIR/BPS/I/2025 tanggal 6 Januari 2025",
		ByProxy:           true,
	}
	partners[fakultas] = model.Partner{
		Name:              "Fakultas Matematika dan Ilmu Pengetahuan Alam Universitas Priangan",
		Kind:              model.KindPerguruanTingi,
		LegalName:         "Universitas Priangan",
		Address:           "Jl. Dr. Setiabudi No. 229, Kecamatan Sukasari, Kota Bandung 40154",
		ContactPerson:     "Dr. Yuyun Wahyuni, M.Si. (Wakil Dekan Bidang Kerja Sama)",
		Phone:             "(022) 2013163",
		Email:             "fmipa@unpri.ac.id",
		SignatoryName:     "Agus Setiawan",
		TitleFront:        "Prof. Dr.",
		TitleBack:         "M.Si.",
		Salutation:        "Bapak",
		SignatoryPosition: "Dekan Fakultas Matematika dan Ilmu Pengetahuan Alam Universitas Priangan",
		NIP:               "197104121998031002",
		Authority:         "Keputusan Rektor Universitas Priangan Nomor 112/UN-PRI/KP/2025 tentang Pendelegasian Wewenang Penandatanganan Perjanjian Kerja Sama kepada Dekan",
	}
	partners[batik] = model.Partner{
		Name:              "Batik Kujang Parahyangan",
		Kind:              model.KindBisnis,
		SoleProprietor:    true,
		Address:           "Jl. Cigadung Raya Timur No. 47, Kecamatan Cibeunying Kaler, Kota Bandung 40191",
		ContactPerson:     "Hj. Neneng Kurniasih",
		Phone:             "0812-2147-5530",
		Email:             "batikkujangparahyangan@gmail.com",
		SignatoryName:     "Neneng Kurniasih",
		TitleFront:        "Hj.",
		Salutation:        "Ibu",
		SignatoryPosition: "Pemilik",
		NIK:               "3273054408720001",
		Occupation:        "Wiraswasta (perajin batik)",
	}
	partners[paguyuban] = model.Partner{
		Name:              "Paguyuban Orang Tua Siswa SMP Negeri 1 Bandung",
		Kind:              model.KindOrangTua,
		Address:           "d.a. SMP Negeri 1 Bandung, Jl. Kesatriaan No. 12, Kota Bandung 40262",
		ContactPerson:     "Ibu Lilis Suryani (sekretaris paguyuban)",
		Phone:             "0813-2055-8712",
		Email:             "paguyuban.smpn1bdg@gmail.com",
		SignatoryName:     "Asep Saepudin",
		TitleFront:        "H.",
		TitleBack:         "S.T.",
		Salutation:        "Bapak",
		SignatoryPosition: "Ketua Paguyuban Orang Tua Siswa SMP Negeri 1 Bandung",
		Authority:         "Berita Acara Rapat Pleno Paguyuban Orang Tua Siswa SMP Negeri 1 Bandung tanggal 2 Agustus 2025 tentang Pemilihan Pengurus",
	}
	partners[yayasan] = model.Partner{
		Name:              "Yayasan Taman Baca Cahaya Ilmu",
		Kind:              model.KindNirlaba,
		Address:           "Jl. Turangga No. 31, Kecamatan Lengkong, Kota Bandung 40263",
		ContactPerson:     "Fajar Nugraha, S.Hum. (pengelola program literasi)",
		Phone:             "0857-2233-9041",
		Email:             "halo@cahayailmu.or.id",
		SignatoryName:     "Maya Puspitasari",
		TitleFront:        "Dr.",
		TitleBack:         "M.Pd.",
		Salutation:        "Ibu",
		SignatoryPosition: "Ketua Pengurus Yayasan Taman Baca Cahaya Ilmu",
		Authority: "Anggaran Dasar Yayasan Taman Baca Cahaya Ilmu dalam Akta Pendirian Nomor 14 tanggal 9 Maret 2019 " +
			"yang dibuat di hadapan Notaris Rudi Hartono, S.H., M.Kn., yang telah disahkan dengan Keputusan Menteri Hukum " +
			"dan Hak Asasi Manusia Nomor AHU-0003127.AH.01.04.Tahun 2019",
	}
	partners[alumnus] = model.Partner{
		Name:          "Ir. Hendra Gunawan, M.T.",
		Kind:          model.KindIndividu,
		Address:       "Jl. Pasirluyu Barat No. 8, Kecamatan Regol, Kota Bandung 40254",
		ContactPerson: "Ir. Hendra Gunawan, M.T. (alumni angkatan 1986)",
		Phone:         "0811-2260-714",
		Email:         "hendra.gunawan71@gmail.com",
		SignatoryName: "Hendra Gunawan",
		TitleFront:    "Ir.",
		TitleBack:     "M.T.",
		Salutation:    "Bapak",
		NIK:           "3273011505640003",
		Occupation:    "Konsultan teknik sipil",
	}
	partners[dinas] = model.Partner{
		Name:              "Dinas Pendidikan Kota Bandung",
		Kind:              model.KindPemerintah,
		Address:           "Jl. Jenderal Ahmad Yani No. 239, Kecamatan Cibeunying Kidul, Kota Bandung 40113",
		ContactPerson:     "Drs. Ujang Suherman (Kepala Seksi Kurikulum SMP)",
		Phone:             "(022) 7208213",
		Email:             "disdik@bandung.go.id",
		SignatoryName:     "Dadang Hermawan",
		TitleFront:        "Dr. H.",
		TitleBack:         "M.Pd.",
		Salutation:        "Bapak",
		SignatoryPosition: "Kepala Dinas Pendidikan Kota Bandung",
		NIP:               "197002151995121003",
		Authority:         "Keputusan Wali Kota Bandung Nomor 821.2/Kep.0120-BKPSDM/2024 tentang Pengangkatan dalam Jabatan Pimpinan Tinggi Pratama",
	}
	partners[robotika] = model.Partner{
		Name:              "Komunitas Robotika Bandung",
		Kind:              model.KindKomunitas,
		Address:           "Jl. Dipatiukur No. 102, Kecamatan Coblong, Kota Bandung 40132",
		ContactPerson:     "Galih Pratama (koordinator relawan mentor)",
		Phone:             "0896-1234-5587",
		Email:             "robotikabandung@gmail.com",
		SignatoryName:     "Galih Pratama",
		TitleBack:         "S.T.",
		Salutation:        "Saudara",
		SignatoryPosition: "Ketua Komunitas Robotika Bandung",
		Authority:         "Keputusan Rapat Anggota Komunitas Robotika Bandung Nomor 01/KRB/I/2026 tentang Susunan Pengurus",
	}
	partners[teknologi] = model.Partner{
		Name:              "PT Sinar Tekno Nusantara",
		Kind:              model.KindBisnis,
		LegalName:         "PT Sinar Tekno Nusantara",
		Address:           "Kawasan Bandung Techno Park, Jl. Telekomunikasi No. 1, Kabupaten Bandung 40257",
		ContactPerson:     "Andini Putri, S.Kom. (manajer kemitraan pendidikan)",
		Phone:             "(022) 8752 4410",
		Email:             "kemitraan@sinartekno.co.id",
		SignatoryName:     "Budi Hartono",
		TitleBack:         "S.T., M.B.A.",
		Salutation:        "Bapak",
		SignatoryPosition: "Direktur Utama",
		Authority:         "Anggaran Dasar PT Sinar Tekno Nusantara dalam Akta Nomor 27 tanggal 3 Februari 2020 yang dibuat di hadapan Notaris Lina Marlina, S.H., M.Kn.",
	}
	partners[pmi] = model.Partner{
		Name:              "Palang Merah Indonesia Kota Bandung",
		Kind:              model.KindNirlaba,
		Address:           "Jl. Aceh No. 79, Kecamatan Sumur Bandung, Kota Bandung 40113",
		ContactPerson:     "Teguh Firmansyah (pembina PMR wilayah)",
		Phone:             "(022) 4207051",
		Email:             "markas@pmikotabandung.or.id",
		SignatoryName:     "Yayat Hidayat",
		TitleFront:        "H.",
		TitleBack:         "S.Sos.",
		Salutation:        "Bapak",
		SignatoryPosition: "Ketua Palang Merah Indonesia Kota Bandung",
		Authority:         "Keputusan Pengurus Palang Merah Indonesia Provinsi Jawa Barat Nomor 087/KEP/PMI-JB/VIII/2024 tentang Pengesahan Pengurus PMI Kota Bandung",
	}
	// when each partner was entered (days ago) and last edited
	partnerDays := [nPartners][2]int{
		puskesmas: {430, 40}, bankCSR: {410, 60}, fakultas: {200, 90}, batik: {120, 25},
		paguyuban: {225, 10}, yayasan: {210, 35}, alumnus: {190, 150}, dinas: {235, 235},
		robotika: {45, 12}, teknologi: {38, 6}, pmi: {205, 70},
	}
	for i := range partners {
		partners[i].CreatedAt = at(partnerDays[i][0], 9+i%6, 5*i)
		partners[i].UpdatedAt = at(partnerDays[i][1], 13+i%4, 7*i%60)
	}

	ps := plans()
	partnerships := make([]model.Partnership, len(ps))
	for i, pl := range ps {
		partnerships[i] = build(pl, at, partners)
	}

	// IDs in the order the records were made, so they sort like their creation times
	assignIDs(recordsMade(partners, partnerships))
	for i, pl := range ps {
		if pl.partner != noPartner {
			partnerships[i].PartnerID = partners[pl.partner].ID
		}
		for j, c := range pl.candidates {
			partnerships[i].Candidates[j].PartnerID = partners[c.partner].ID
		}
	}
	byID := map[model.ID]model.Partner{}
	for _, p := range partners {
		byID[p.ID] = p
	}
	counters := numberAgreements(partnerships, school, byID)

	return Data{School: school, Partners: partners, Partnerships: partnerships, LetterCounters: counters}
}

// build makes one partnership from its plan: the data of every stage it has reached.
func build(pl plan, at func(daysAgo, hour, min int) time.Time, partners []model.Partner) model.Partnership {
	date := func(daysAgo int) time.Time { return at(daysAgo, 0, 0) }
	ps := model.NewPartnership()
	ps.Title = pl.title
	ps.Need = model.Need{Category: pl.category, Description: pl.need,
		Beneficiaries: append([]model.Beneficiary(nil), pl.beneficiaries...), Priority: pl.priority}
	ps.Stage = pl.stage
	ps.Status = pl.status
	ps.CreatedAt = at(pl.created, pl.hour, pl.mins)

	for _, c := range pl.candidates {
		cand := model.Candidate{Notes: c.notes}
		for _, a := range c.approaches {
			cand.Approaches = append(cand.Approaches, model.Approach{Date: date(a.daysAgo), Notes: a.notes})
		}
		ps.Candidates = append(ps.Candidates, cand)
	}

	// the period the jadwal and activities count from
	start := date(pl.planStart)
	if a := pl.agreement; a != nil {
		start = date(a.startDaysAgo)
	}
	if pr := pl.proposal; pr != nil {
		p := model.Proposal{
			Background: pr.background, Objectives: pr.objectives, Targets: pr.targets, Activities: pr.activities,
			SchoolRoles:    append([]string(nil), pr.school...),
			PartnerRoles:   append([]string(nil), pr.partner...),
			EvaluationPlan: pr.evaluationPlan,
		}
		for _, r := range pr.schedule {
			p.Schedule = append(p.Schedule, model.ScheduleItem{Date: start.AddDate(0, 0, r.day), Activity: r.activity, PIC: r.pic})
		}
		for _, b := range pr.budget {
			paid := model.PartySchool
			if b.partner {
				paid = model.PartyPartner
			}
			p.Budget = append(p.Budget, model.BudgetItem{Item: b.item, Amount: b.amount, PaidBy: paid})
		}
		for _, in := range pr.indicators {
			ind := model.Indicator{Name: in.name, Target: in.target, Unit: in.unit}
			if d, ok := pr.due[in.name]; ok {
				ind.Due = start.AddDate(0, 0, d)
			}
			p.Indicators = append(p.Indicators, ind)
		}
		ps.Proposal = p
	}

	if a := pl.agreement; a != nil {
		ps.Agreement = buildAgreement(a, ps, start, date, partners[pl.partner])
	}

	for _, a := range pl.activities {
		ps.Activities = append(ps.Activities, model.Activity{
			Date: start.AddDate(0, 0, a.day), Title: a.title, Description: a.description, People: a.people, Status: a.status,
		})
	}
	for _, e := range pl.evaluations {
		ev := model.Evaluation{Date: date(e.daysAgo), Ratings: e.ratings, Findings: e.findings, FollowUp: e.followUp}
		for i, in := range ps.Proposal.Indicators {
			ev.Values = append(ev.Values, model.IndicatorValue{Indicator: in.Name, Target: in.Target, Achieved: e.achieved[i], Unit: in.Unit})
		}
		ps.Evaluations = append(ps.Evaluations, ev)
	}
	if r := pl.review; r != nil {
		ps.Review = model.Review{Summary: r.summary, Decision: r.decision, Date: date(r.daysAgo)}
	}
	ps.Receipts = receipts(ps, date(0))

	t := stageTimes(ps)
	ps.StageSince = t[ps.Stage]
	ps.UpdatedAt = at(pl.updated, (pl.hour+3)%24, (pl.mins+17)%60)
	if ps.UpdatedAt.Before(ps.StageSince) {
		ps.UpdatedAt = ps.StageSince
	}
	if ps.UpdatedAt.Before(ps.CreatedAt) {
		ps.UpdatedAt = ps.CreatedAt
	}
	return ps
}

const (
	schoolPrincipal = "Dra. Hj. Siti Rahmawati, M.Pd."
	schoolNIP       = "196805121994032007"
	// the decree under which the principal signs the school's agreements
	schoolAuthority = "Keputusan Wali Kota Bandung Nomor 821.2/Kep.0457-BKPSDM/2023 tentang Pengangkatan Kepala Sekolah"
)

// numberAgreements gives each agreement — each MoU and each PKS — the school's number
// in the school's pattern, counted per year in the order of their dates, records it
// in the partnership's register of letters, and fills the partner's number pattern.
// It returns the last number it used in each year.
func numberAgreements(ps []model.Partnership, school model.School, partners map[model.ID]model.Partner) map[int]int {
	type doc struct {
		i      int
		kind   model.DocumentKind
		date   time.Time
		school *string
		other  *string
	}
	var docs []doc
	for i := range ps {
		a := &ps[i].Agreement
		if a.Kind.HasMoU() && !a.MoU.Date.IsZero() {
			docs = append(docs, doc{i, model.DocMoU, a.MoU.Date, &a.MoU.SchoolNumber, &a.MoU.PartnerNumber})
		}
		if a.Kind.HasPKS() && !a.Date.IsZero() {
			docs = append(docs, doc{i, model.DocPKS, a.Date, &a.SchoolNumber, &a.PartnerNumber})
		}
	}
	sort.SliceStable(docs, func(a, b int) bool { return docs[a].date.Before(docs[b].date) })
	seq := map[int]int{}
	for k, d := range docs {
		y := d.date.Year()
		if seq[y] == 0 {
			seq[y] = 6
		}
		seq[y] += 3 + k%4 // letters of other kinds take numbers in between
		*d.school = model.FormatLetterNumber(school, seq[y], d.date)
		*d.other = strings.NewReplacer("{bulan}", model.RomanMonth(d.date.Month()), "{tahun}", strconv.Itoa(y)).Replace(*d.other)
		p := &ps[d.i]
		p.Letters = append(p.Letters, model.Letter{Kind: string(d.kind), Number: *d.school, Date: d.date,
			Subject: model.Subject(d.kind, p.Title), Addressee: partners[p.PartnerID].Addressee()})
	}
	for i := range ps {
		sort.SliceStable(ps[i].Letters, func(a, b int) bool { return ps[i].Letters[a].Date.Before(ps[i].Letters[b].Date) })
	}
	return seq
}

// stageTimes says when a partnership entered each stage it has reached (index 1 …
// Stage), read from its data: stage 2 on the morning of the first approach to a
// candidate, stage 3 the day after the last approach to the chosen partner, stage 4
// three weeks before the agreement's date, stage 5 on the afternoon it was signed,
// stage 6 two weeks before the first evaluation, stage 7 ten days before the review.
// A stage without its anchor follows the one before by an hour.
func stageTimes(ps model.Partnership) []time.Time {
	t := make([]time.Time, ps.Stage+1)
	t[1] = ps.CreatedAt
	var first, last time.Time
	for _, c := range ps.Candidates {
		for _, a := range c.Approaches {
			if first.IsZero() || a.Date.Before(first) {
				first = a.Date
			}
			if c.PartnerID == ps.PartnerID && a.Date.After(last) {
				last = a.Date
			}
		}
	}
	anchor := map[model.Stage]time.Time{}
	if !first.IsZero() {
		anchor[model.StagePenjajakan] = first.Add(8 * time.Hour)
	}
	if !last.IsZero() {
		anchor[model.StageProposal] = last.AddDate(0, 0, 1).Add(9 * time.Hour)
	}
	if d := ps.Agreement.Date; !d.IsZero() {
		anchor[model.StagePerjanjian] = d.AddDate(0, 0, -21).Add(10 * time.Hour)
	}
	if d := ps.Agreement.SignedDate; !d.IsZero() {
		anchor[model.StageImplementasi] = d.Add(15 * time.Hour)
	}
	if len(ps.Evaluations) > 0 {
		anchor[model.StageMonev] = ps.Evaluations[0].Date.AddDate(0, 0, -14).Add(9 * time.Hour)
	}
	if d := ps.Review.Date; !d.IsZero() {
		anchor[model.StagePeninjauan] = d.AddDate(0, 0, -10).Add(9 * time.Hour)
	}
	for s := model.StagePenjajakan; s <= ps.Stage; s++ {
		t[s] = anchor[s]
		if t[s].IsZero() || !t[s].After(t[s-1]) {
			t[s] = t[s-1].Add(time.Hour)
		}
	}
	return t
}

// sampleSchool is SMP Negeri 1 Bandung's profile, last saved at updated.
func sampleSchool(updated time.Time) model.School {
	school := model.NewSchool()
	school.Name = "SMP Negeri 1 Bandung"
	school.NPSN = "20219182"
	school.Address = "Jl. Kesatriaan No. 12, Kelurahan Cijagra, Kecamatan Lengkong, Kota Bandung 40262"
	school.City = "Bandung"
	school.Phone = "(022) 7302611"
	school.Email = "info@smpn1bandung.sch.id"
	school.Website = "www.smpn1bandung.sch.id"
	school.Level = model.LevelSMP
	school.Status = model.StatusNegeri
	school.Government = "PEMERINTAH KOTA BANDUNG"
	school.Agency = "DINAS PENDIDIKAN"
	school.Tembusan = []string{"Kepala Dinas Pendidikan Kota Bandung", "Ketua Komite SMP Negeri 1 Bandung"}
	school.CommitteeChair = "H. Dedi Supriadi, S.E."
	school.PrincipalName = schoolPrincipal
	school.PrincipalNIP = schoolNIP
	school.Paper = model.PaperA4
	school.LetterPattern = model.DefaultLetterPattern
	school.LetterCode = "421.3"
	school.ShortName = "SMPN1-BDG"
	school.UpdatedAt = updated
	return school
}

// buildAgreement makes the agreement of a plan: its clauses, its money as
// contribution lines from the proposal's budget (the partner's and the school's, in
// termin where the plan says so, goods and services in kind), and its MoU when it
// has one. Numbers are given by numberAgreements.
func buildAgreement(a *agreement, ps model.Partnership, start time.Time, date func(int) time.Time, partner model.Partner) model.Agreement {
	signedOn := date(a.signDaysAgo)
	if a.kind == model.AgreementMoU && a.mou == nil {
		// an MoU alone: its numbers, date and term are the MoU's
		a.mou = &mouPlan{partnerNumber: a.partnerNumber, signDaysAgo: a.signDaysAgo, startDaysAgo: a.startDaysAgo, years: 1}
	}
	ag := model.Agreement{
		Kind:               a.kind,
		PartnerNumber:      a.partnerNumber, // completed by numberAgreements
		Date:               signedOn,
		Place:              "Bandung",
		Start:              start,
		End:                start.AddDate(1, 0, -1),
		NoticeDays:         30,
		SchoolObligations:  append([]string(nil), a.school...),
		PartnerObligations: append([]string(nil), a.partner...),
		Dispute:            disputeText,
		ForceMajeure:       forceMajeureText,
		ForceMajeureDays:   14,
		Originals:          2,
		SchoolSignatory:    model.Signatory{Name: schoolPrincipal, Position: "Kepala SMP Negeri 1 Bandung", IDNumber: schoolNIP, Authority: schoolAuthority},
		PartnerSignatory: model.Signatory{Name: partner.SignatoryFullName(), Position: partner.SignatoryPosition,
			IDNumber: partner.NIP, Authority: partner.Authority, ByProxy: partner.ByProxy},
		Meterai:      true,
		PersonalData: model.AnswerNo,
	}
	if partner.ActsForHimself() {
		ag.PartnerSignatory.Position = ""
	}
	if a.personalData {
		ag.PersonalData = model.AnswerYes
	}
	if a.signed {
		ag.SignedDate = signedOn
	}
	if m := a.mou; m != nil {
		mouStart := date(m.startDaysAgo)
		ag.MoU = model.MoU{PartnerNumber: m.partnerNumber, Date: date(m.signDaysAgo), Place: "Bandung",
			Start: mouStart, End: mouStart.AddDate(m.years, 0, -1)}
		if a.signed || a.kind == model.AgreementMoUPKS {
			ag.MoU.SignedDate = ag.MoU.Date // an MoU before its PKS was signed first
		}
	}
	if a.kind == model.AgreementMoU {
		// an MoU alone binds no amounts and has no PKS of its own
		ag.PartnerNumber, ag.Date, ag.SignedDate, ag.Place, ag.Start, ag.End = "", time.Time{}, time.Time{}, "", time.Time{}, time.Time{}
		return ag
	}
	for _, b := range ps.Proposal.Budget {
		from := model.GiverSchool
		if b.PaidBy == model.PartyPartner {
			from = model.GiverPartner
		}
		line := model.Contribution{From: from, Kind: model.DeriveKind(partner.Kind, from), Form: a.inKind[b.Item], What: b.Item, Amount: b.Amount}
		if line.Form == "" {
			line.Form = model.FormMoney
		}
		days := a.termins[b.Item]
		// money and goods are handed over within two weeks unless the content says
		// when; a service runs on the schedule and gets no invented deadline
		if from == model.GiverPartner && len(days) == 0 && line.Form != model.FormServices {
			days = []int{14}
		}
		if len(days) <= 1 {
			if len(days) == 1 {
				line.Due = start.AddDate(0, 0, days[0])
			}
			ag.Contributions = append(ag.Contributions, line)
			continue
		}
		// termin: the amount in equal parts, the rest in the last
		part := b.Amount / model.Rupiah(len(days))
		for i, d := range days {
			l := line
			l.What = fmt.Sprintf("%s, tahap %s", b.Item, romanNumerals[i])
			l.Amount = part
			if i == len(days)-1 {
				l.Amount = b.Amount - part*model.Rupiah(len(days)-1)
			}
			l.Due = start.AddDate(0, 0, d)
			ag.Contributions = append(ag.Contributions, l)
		}
	}
	for i := range ag.Contributions {
		ag.Contributions[i].ID = model.NewID(ps.CreatedAt)
	}
	var partnerGives, bantuanMoney, sumbangan bool
	for _, c := range ag.Contributions {
		if c.From == model.GiverPartner {
			partnerGives = true
			bantuanMoney = bantuanMoney || c.Kind == model.ContribBantuan && !c.Form.InKind()
		}
		if c.Kind == model.ContribSumbangan {
			sumbangan = true
			ag.CommitteeNote = "Berita Acara Rapat Komite Sekolah tanggal " + model.LongDate(signedOn.AddDate(0, 0, -10))
		}
	}
	// a report of use goes to the giver of money under the agreement's conditions
	// (bantuan); a voluntary sumbangan binds the school to no giver, and is accounted
	// for openly through the Komite Sekolah instead
	switch {
	case partnerGives && bantuanMoney:
		ag.Funding = "Kontribusi PIHAK KEDUA digunakan untuk " + a.purpose +
			"; laporan penggunaan dana disampaikan kepada PIHAK KEDUA setiap semester."
	case partnerGives && sumbangan:
		ag.Funding = "Kontribusi PIHAK KEDUA digunakan untuk " + a.purpose +
			"; penerimaan dan penggunaannya diumumkan secara terbuka melalui Komite Sekolah."
	case partnerGives:
		ag.Funding = "Kontribusi PIHAK KEDUA digunakan untuk " + a.purpose + "."
	default:
		ag.Funding = "PIHAK KEDUA tidak menerima pembayaran dari PIHAK PERTAMA; kontribusinya berupa " + a.purpose + "."
	}
	return ag
}

var romanNumerals = []string{"I", "II", "III", "IV", "V", "VI"}

// receipts are what a partnership at implementation or later has received: each
// line of the partner due before now, three days after it was due.
func receipts(ps model.Partnership, now time.Time) []model.Receipt {
	if ps.Stage < model.StageImplementasi || !ps.Agreement.Signed() {
		return nil
	}
	var out []model.Receipt
	for _, c := range ps.Agreement.Contributions {
		if c.From == model.GiverSchool || c.Due.IsZero() {
			continue
		}
		day := c.Due.AddDate(0, 0, 3)
		if !day.Before(now) {
			continue
		}
		note := "Diterima melalui transfer ke rekening sekolah"
		if c.Form.InKind() {
			note = "Diterima dengan berita acara serah terima"
		}
		out = append(out, model.Receipt{Date: day, Line: c.ID, Amount: c.Amount, Note: note})
	}
	return out
}

// record is a record's creation time and its ID, given in creation order (assignIDs).
type record struct {
	created time.Time
	id      *model.ID
}

// recordsMade are the partners, partnerships, activities and evaluations of a sample
// with the times they were made.
func recordsMade(partners []model.Partner, partnerships []model.Partnership) []record {
	var out []record
	for i := range partners {
		out = append(out, record{partners[i].CreatedAt, &partners[i].ID})
	}
	for i := range partnerships {
		p := &partnerships[i]
		out = append(out, record{p.CreatedAt, &p.ID})
		for j := range p.Activities {
			// planned when implementation began, or when recorded as done
			created := p.StageSince
			if t := stageTimes(*p); len(t) > int(model.StageImplementasi) {
				created = t[model.StageImplementasi].Add(time.Duration(j) * time.Minute)
			}
			out = append(out, record{created, &p.Activities[j].ID})
		}
		for j := range p.Evaluations {
			out = append(out, record{p.Evaluations[j].Date.Add(14 * time.Hour), &p.Evaluations[j].ID})
		}
	}
	return out
}

// assignIDs gives the records IDs in the order they were made, so that the IDs sort
// like their creation times.
func assignIDs(rs []record) {
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].created.Before(rs[j].created) })
	for _, r := range rs {
		*r.id = model.NewID(r.created)
	}
}
