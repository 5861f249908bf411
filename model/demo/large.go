package demo

import (
	"fmt"
	"math/rand/v2"
	"sort"
	"strings"
	"time"

	"github.com/kemitraan/kemitraan/model"
)

// Large returns a big sample for benchmarks: the demo school, about two hundred
// partners of every kind, and the given number of partnerships spread over all
// stages and statuses, each with the data of the stages it has reached, and
// eventsPer timeline events each. The same arguments give the same data, IDs
// included (they are made from the seed, not model.NewID, but have its shape and
// sort by creation time).
func Large(now time.Time, partnerships, eventsPer int, seed int64) (Data, []model.Event) {
	rng := rand.New(rand.NewPCG(uint64(seed), 0x9e3779b97f4a7c15))
	at := func(daysAgo, hour, min int) time.Time {
		return time.Date(now.Year(), now.Month(), now.Day()-daysAgo, hour, min, 0, 0, now.Location())
	}
	ids := &idMaker{rng: rng}

	partners := make([]model.Partner, 200)
	for i := range partners {
		partners[i] = randomPartner(rng, i)
		created := at(1200+rng.IntN(200), 8+rng.IntN(9), rng.IntN(60))
		partners[i].CreatedAt = created
		partners[i].UpdatedAt = created.Add(time.Duration(rng.IntN(400*24)) * time.Hour)
	}
	sort.SliceStable(partners, func(i, j int) bool { return partners[i].CreatedAt.Before(partners[j].CreatedAt) })
	for i := range partners {
		partners[i].ID = ids.next(partners[i].CreatedAt)
	}

	plans := make([]plan, partnerships)
	list := make([]model.Partnership, partnerships)
	for i := range plans {
		plans[i] = randomPlan(rng, len(partners))
		list[i] = build(plans[i], at, partners)
	}
	order := make([]int, partnerships)
	for i := range order {
		order[i] = i
	}
	sort.SliceStable(order, func(a, b int) bool { return list[order[a]].CreatedAt.Before(list[order[b]].CreatedAt) })
	for _, i := range order {
		p := &list[i]
		p.ID = ids.next(p.CreatedAt)
		if pl := plans[i]; pl.partner != noPartner {
			p.PartnerID = partners[pl.partner].ID
			for j, c := range pl.candidates {
				p.Candidates[j].PartnerID = partners[c.partner].ID
			}
		}
		for j := range p.Activities {
			p.Activities[j].ID = ids.next(p.StageSince)
		}
		for j := range p.Evaluations {
			p.Evaluations[j].ID = ids.next(p.Evaluations[j].Date)
		}
	}
	school := sampleSchool(at(1400, 9, 15))
	byID := make(map[model.ID]model.Partner, len(partners))
	for _, p := range partners {
		byID[p.ID] = p
	}
	counters := numberAgreements(list, school, byID)
	events := make([]model.Event, 0, partnerships*eventsPer)
	for i := range list {
		events = append(events, largeTimeline(rng, list[i], byID, plans[i].ended, eventsPer, now)...)
	}
	return Data{School: school, Partners: partners, Partnerships: list, LetterCounters: counters}, events
}

// idMaker makes IDs of model.NewID's shape from a random source: a millisecond
// timestamp, then a counter and random bits, so they are unique and sort as made
// when asked for in time order.
type idMaker struct {
	rng *rand.Rand
	n   uint64
}

func (m *idMaker) next(t time.Time) model.ID {
	m.n++
	ms := uint64(t.UnixMilli())
	low := m.n<<20 | m.rng.Uint64()&(1<<20-1)
	var b [20]byte
	for i := 9; i >= 0; i-- {
		b[i] = crockford[ms&31]
		ms >>= 5
	}
	for i := 19; i >= 10; i-- {
		b[i] = crockford[low&31]
		low >>= 5
	}
	return model.ID(b[:])
}

const crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

func pick[T any](rng *rand.Rand, list []T) T { return list[rng.IntN(len(list))] }

var (
	firstNames = []string{"Agus", "Budi", "Cahya", "Dedi", "Dewi", "Eka", "Fajar", "Gita", "Hendra", "Indah", "Joko",
		"Kartika", "Lilis", "Maya", "Nanang", "Neneng", "Putri", "Rina", "Rizky", "Siti", "Teguh", "Ujang", "Wulan", "Yayat"}
	lastNames = []string{"Hidayat", "Kurniawan", "Lestari", "Nugraha", "Permana", "Pratama", "Rahmawati", "Saputra",
		"Setiawan", "Suryani", "Wahyuni", "Gunawan", "Firmansyah", "Maulana", "Anggraeni", "Ramadhan"}
	places = []string{"Bandung", "Cimahi", "Sumedang", "Garut", "Soreang", "Lembang", "Padalarang", "Cileunyi",
		"Majalaya", "Banjaran", "Rancaekek", "Dayeuhkolot"}
	bizWords  = []string{"Maju", "Sentosa", "Abadi", "Nusantara", "Mandiri", "Sejahtera", "Prima", "Cipta", "Karya", "Jaya"}
	bizFields = []string{"Teknologi", "Konstruksi", "Pangan", "Tekstil", "Farmasi", "Energi", "Logistik", "Digital"}
	ngoWords  = []string{"Cahaya", "Harapan", "Pelita", "Bina", "Insan", "Cendekia", "Lentera", "Peduli"}
	ngoFields = []string{"Pendidikan", "Literasi", "Anak Bangsa", "Lingkungan", "Kesehatan Remaja", "Seni Budaya"}
	govUnits  = []string{"Dinas Kesehatan", "Dinas Lingkungan Hidup", "Dinas Perpustakaan dan Kearsipan",
		"Dinas Pemuda dan Olahraga", "Badan Penanggulangan Bencana Daerah", "UPT Puskesmas", "Kepolisian Sektor"}
	campuses     = []string{"Universitas", "Institut", "Politeknik", "Sekolah Tinggi Keguruan"}
	communities  = []string{"Komunitas", "Paguyuban", "Sanggar", "Forum", "Klub"}
	communityFor = []string{"Pecinta Alam", "Fotografi", "Pencak Silat", "Sains Remaja", "Orang Tua Siswa", "Penulis Muda", "Robotika"}
)

func person(rng *rand.Rand) string { return pick(rng, firstNames) + " " + pick(rng, lastNames) }

func randomPartner(rng *rand.Rand, i int) model.Partner {
	kind := model.PartnerKinds[i%len(model.PartnerKinds)]
	place := pick(rng, places)
	var name, position string
	switch kind {
	case model.KindBisnis:
		name = fmt.Sprintf("PT %s %s %s", pick(rng, bizWords), pick(rng, bizFields), pick(rng, bizWords))
		position = "Direktur"
	case model.KindNirlaba:
		name = fmt.Sprintf("Yayasan %s %s", pick(rng, ngoWords), pick(rng, ngoFields))
		position = "Ketua"
	case model.KindPemerintah:
		name = fmt.Sprintf("%s %s", pick(rng, govUnits), place)
		position = "Kepala"
	case model.KindPerguruanTingi:
		name = fmt.Sprintf("%s %s %s", pick(rng, campuses), pick(rng, ngoWords), place)
		position = "Rektor"
	case model.KindKomunitas:
		name = fmt.Sprintf("%s %s %s", pick(rng, communities), pick(rng, communityFor), place)
		position = "Ketua"
	case model.KindOrangTua:
		name = fmt.Sprintf("Paguyuban Orang Tua Siswa Kelas %d %s", 7+rng.IntN(3), place)
		position = "Ketua"
	default:
		name = person(rng)
	}
	name = fmt.Sprintf("%s %d", name, i+1) // names are unique, as a partner list would make them
	slug := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, strings.ToLower(name))
	signatory := person(rng)
	contact := person(rng)
	p := model.Partner{Name: name, Kind: kind, Salutation: pick(rng, model.Salutations[:2])}
	switch kind {
	case model.KindIndividu:
		signatory, contact = name, name
		p.NIK = fmt.Sprintf("3273%02d%02d%02d%02d%04d", rng.IntN(30), 1+rng.IntN(28), 1+rng.IntN(12), 60+rng.IntN(40), rng.IntN(10000))
		p.Occupation = pick(rng, []string{"Wiraswasta", "Dosen", "Dokter", "Karyawan swasta", "Pensiunan"})
	case model.KindBisnis:
		p.LegalName = name
		p.Authority = fmt.Sprintf("Anggaran Dasar %s dalam Akta Nomor %d", name, 1+rng.IntN(90))
	default:
		p.Authority = fmt.Sprintf("Surat Keputusan Nomor %03d/%d tentang Pengangkatan %s", 1+rng.IntN(900), 2018+rng.IntN(8), position)
		if kind == model.KindPemerintah {
			p.NIP = fmt.Sprintf("19%02d%02d%02d20%02d%02d1%03d", 60+rng.IntN(39), 1+rng.IntN(12), 1+rng.IntN(28), rng.IntN(24), 1+rng.IntN(12), 1+rng.IntN(999))
		}
	}
	p.SignatoryName, p.SignatoryPosition, p.ContactPerson = signatory, position, contact
	return fillPartner(p, place, slug, rng)
}

// fillPartner gives a partner its address and contacts.
func fillPartner(p model.Partner, place, slug string, rng *rand.Rand) model.Partner {
	p.Address = fmt.Sprintf("Jl. %s No. %d, %s", pick(rng, lastNames), 1+rng.IntN(250), place)
	p.Phone = fmt.Sprintf("08%02d-%04d-%04d", 11+rng.IntN(89), rng.IntN(10000), rng.IntN(10000))
	p.Email = slug + "@mitra.or.id"
	return p
}

// what partnerships of each need category are about, for titles and texts
var topics = map[model.NeedCategory][]string{
	model.NeedAkademik:        {"Literasi Membaca", "Numerasi Kelas VII", "Bahasa Inggris Percakapan", "Persiapan Asesmen Nasional", "Sains Terapan"},
	model.NeedEkstrakurikuler: {"Pencak Silat", "Paduan Suara", "Robotik", "Jurnalistik Sekolah", "Pramuka Penggalang", "Futsal"},
	model.NeedProfesional:     {"Pembelajaran Berdiferensiasi", "Asesmen Formatif", "Media Pembelajaran Digital", "Bimbingan Konseling", "Kepemimpinan Sekolah"},
	model.NeedDukunganSiswa:   {"Beasiswa Prasejahtera", "Kesehatan Remaja", "Gizi Seimbang", "Konseling Sebaya", "Transportasi Siswa"},
	model.NeedSarana:          {"Laboratorium IPA", "Perpustakaan", "Toilet Ramah Disabilitas", "Jaringan Internet", "Lapangan Olahraga"},
	model.NeedLainnya:         {"Bank Sampah", "Sekolah Ramah Anak", "Kelas Inspirasi", "Kewirausahaan Siswa", "Kantin Sehat"},
}

var titleForms = []string{"Program %s", "Pembinaan %s", "Penguatan %s", "Pendampingan %s", "Kemitraan %s"}

func randomPlan(rng *rand.Rand, nPartners int) plan {
	cat := pick(rng, model.NeedCategories)
	topic := pick(rng, topics[cat])
	stage := model.Stage(1 + rng.IntN(7))
	pl := plan{
		title:    fmt.Sprintf(pick(rng, titleForms), topic) + fmt.Sprintf(" Tahun %d", 2020+rng.IntN(7)),
		category: cat,
		need: fmt.Sprintf("Sekolah membutuhkan dukungan mitra untuk %s. Data sekolah menunjukkan %d%% siswa "+
			"belum terlayani dan sarana yang ada belum memadai.", strings.ToLower(topic), 10+rng.IntN(60)),
		beneficiaries: pick(rng, [][]model.Beneficiary{siswa, guru, siswaGuru, siswaOrangTua, semua}),
		priority:      pick(rng, model.Priorities),
		partner:       noPartner,
		stage:         stage,
		status:        model.StatusDraft,
		hour:          7 + rng.IntN(10), mins: rng.IntN(60),
	}
	if stage > model.StagePerjanjian {
		pl.status = model.StatusBerjalan
	}
	if rng.IntN(20) == 0 {
		pl.status = model.StatusDibatalkan
		pl.ended = "Mitra tidak dapat melanjutkan kerja sama."
	}

	// days since creation of each step; converted to days ago at the end
	day := 0
	var approaches [][2]int // candidate index, day
	if stage >= model.StagePenjajakan {
		pl.partner = rng.IntN(nPartners)
		n := 1 + rng.IntN(3)
		for c := 0; c < n; c++ {
			p := pl.partner
			if c > 0 {
				p = rng.IntN(nPartners)
			}
			pl.candidates = append(pl.candidates, candidate{partner: p, notes: "Calon mitra untuk " + strings.ToLower(topic) + "."})
		}
		day += 2 + rng.IntN(10)
		for k := 0; k < 2+rng.IntN(2); k++ {
			c := 0
			if k == 0 && n > 1 {
				c = n - 1 // another candidate is approached first
			}
			approaches = append(approaches, [2]int{c, day})
			day += 3 + rng.IntN(12)
		}
	}
	var signDay, startDay, evalDay, reviewDay int
	if stage >= model.StageProposal {
		day += 10 + rng.IntN(20) // proposal written
		pr := genericProposal(rng, topic)
		pl.proposal = &pr
	}
	if stage >= model.StagePerjanjian {
		day += 21 + rng.IntN(15)
		signDay = day
		startDay = day + rng.IntN(10)
		kind := model.AgreementPKS
		if rng.IntN(5) == 0 {
			kind = model.AgreementMoU
		}
		pl.agreement = &agreement{
			kind: kind, partnerNumber: fmt.Sprintf("%03d/KS/{bulan}/{tahun}", 1+rng.IntN(300)),
			school:  []string{"Menyediakan tempat dan jadwal kegiatan", "Menugaskan guru pendamping", "Melaporkan pelaksanaan kegiatan"},
			partner: []string{"Menyediakan narasumber dan bahan", "Mendampingi kegiatan sesuai jadwal", "Menyampaikan masukan tertulis"},
			purpose: "pelaksanaan kegiatan " + strings.ToLower(topic),
			signed:  stage > model.StagePerjanjian || rng.IntN(2) == 0,
		}
	}
	var acts []int
	if stage >= model.StageImplementasi {
		d := startDay
		for k := 0; k < 2+rng.IntN(4); k++ {
			d += 7 + rng.IntN(40)
			acts = append(acts, d)
		}
		day = acts[0] + 1
	}
	if stage >= model.StageMonev {
		evalDay = day + 14 + rng.IntN(60)
		day = evalDay
	}
	if stage >= model.StagePeninjauan {
		reviewDay = day + 20 + rng.IntN(60)
		day = reviewDay
	}
	// created far enough back for every step to be past
	created := day + 1 + rng.IntN(900)
	ago := func(d int) int { return created - d }
	pl.created = created
	pl.updated = ago(day) - rng.IntN(ago(day))
	for _, a := range approaches {
		c := &pl.candidates[a[0]]
		c.approaches = append(c.approaches, approach{ago(a[1]), "Pertemuan penjajakan dengan calon mitra."})
	}
	if len(approaches) > 0 && len(pl.candidates[0].approaches) == 0 {
		pl.candidates[0].approaches = []approach{{ago(approaches[len(approaches)-1][1]), "Calon mitra menyatakan kesediaan."}}
	}
	pl.planStart = ago(day + 30)
	if a := pl.agreement; a != nil {
		a.signDaysAgo, a.startDaysAgo = ago(signDay), ago(startDay)
		if a.kind == model.AgreementMoU {
			a.mou = &mouPlan{partnerNumber: a.partnerNumber, signDaysAgo: a.signDaysAgo, startDaysAgo: a.startDaysAgo, years: 1}
		}
	}
	for k, d := range acts {
		status := model.ActivityDone
		switch {
		case ago(d) <= 0:
			status = model.ActivityPlanned
		case k > 0 && rng.IntN(8) == 0:
			status = model.ActivityCancelled
		}
		pl.activities = append(pl.activities, activity{d - startDay, "Kegiatan " + strings.ToLower(topic) + fmt.Sprintf(" ke-%d", k+1),
			"Kegiatan sesuai jadwal kerja sama.", fmt.Sprintf("%d siswa, guru pendamping", 20+rng.IntN(300)), status})
	}
	if stage >= model.StageMonev {
		var achieved []float64
		for _, in := range pl.proposal.indicators {
			achieved = append(achieved, float64(int(in.target*float64(50+rng.IntN(70))/100)))
		}
		var r [model.NumBenefits]int
		for b := range r {
			r[b] = 1 + rng.IntN(5)
		}
		pl.evaluations = []evaluation{{ago(evalDay), achieved, r, "Sebagian besar indikator tercapai.", "Kegiatan dilanjutkan sesuai jadwal."}}
	}
	if stage >= model.StagePeninjauan {
		d := pick(rng, model.Decisions)
		pl.review = &review{ago(reviewDay), "Kemitraan ditinjau bersama mitra dan komite sekolah.", d}
		if d == model.DecisionEnd && pl.status == model.StatusBerjalan {
			pl.status = model.StatusSelesai
		}
	}
	return pl
}

func genericProposal(rng *rand.Rand, topic string) proposal {
	t := strings.ToLower(topic)
	pr := proposal{
		background:     "Program " + t + " belum dapat dilaksanakan sekolah secara mandiri karena keterbatasan tenaga dan sarana.",
		objectives:     "Meningkatkan mutu layanan sekolah dalam " + t + ".",
		targets:        fmt.Sprintf("%d siswa dan %d guru.", 30+rng.IntN(600), 2+rng.IntN(20)),
		activities:     "Pelatihan, pendampingan, dan kegiatan bersama dalam " + t + ".",
		school:         []string{"Menyediakan tempat dan jadwal", "Menugaskan guru pendamping"},
		partner:        []string{"Menyediakan narasumber", "Mendampingi kegiatan"},
		evaluationPlan: "Evaluasi setiap semester oleh tim kemitraan sekolah.",
	}
	for k := 0; k < 3+rng.IntN(3); k++ {
		pr.schedule = append(pr.schedule, scheduleRow{k * 30, fmt.Sprintf("Kegiatan tahap %d", k+1), "Wakasek Humas"})
	}
	for k := 0; k < 3+rng.IntN(3); k++ {
		pr.budget = append(pr.budget, budgetRow{fmt.Sprintf("Kebutuhan kegiatan %d", k+1), model.Rupiah(250_000 * (1 + rng.IntN(80))), k%2 == 0})
	}
	for k := 0; k < 2+rng.IntN(2); k++ {
		pr.indicators = append(pr.indicators, indicator{fmt.Sprintf("Indikator %d", k+1), float64(10 + rng.IntN(300)), "orang"})
	}
	return pr
}

var padNotes = []string{
	"Koordinasi melalui telepon dengan narahubung mitra.",
	"Dokumen pendukung diperbarui.",
	"Laporan singkat disampaikan kepada komite sekolah.",
	"Jadwal kegiatan disesuaikan dengan kalender akademik.",
	"Wakasek Humas memperbarui data narahubung.",
}

// largeTimeline is the partnership's timeline cut or padded to n events: the
// creation and stage moves always, then the other events in time order, then notes.
func largeTimeline(rng *rand.Rand, ps model.Partnership, partners map[model.ID]model.Partner, ended string, n int, now time.Time) []model.Event {
	all := timeline(ps, partners, ended)
	var keep, rest []model.Event
	for _, e := range all {
		if e.Kind == model.EventCreated || e.Kind == model.EventStageMoved {
			keep = append(keep, e)
		} else {
			rest = append(rest, e)
		}
	}
	if len(keep) > n {
		keep = keep[:n]
	}
	for _, e := range rest {
		if len(keep) >= n {
			break
		}
		keep = append(keep, e)
	}
	end := now.Add(-time.Hour)
	span := end.Sub(ps.CreatedAt)
	for len(keep) < n && span > 0 {
		t := ps.CreatedAt.Add(time.Duration(rng.Int64N(int64(span)))).Truncate(time.Second)
		keep = append(keep, model.Event{PartnershipID: ps.ID, Time: t, Kind: model.EventNote, Text: pick(rng, padNotes)})
	}
	sort.SliceStable(keep, func(i, j int) bool { return keep[i].Time.Before(keep[j].Time) })
	times := stageTimes(ps)
	for i := range keep {
		if i > 0 && !keep[i].Time.After(keep[i-1].Time) {
			keep[i].Time = keep[i-1].Time.Add(time.Second) // one event per moment
		}
		if keep[i].Kind == model.EventNote && keep[i].Stage == 0 {
			s := model.StageKebutuhan
			for st := model.StagePenjajakan; st <= ps.Stage; st++ {
				if !keep[i].Time.Before(times[st]) {
					s = st
				}
			}
			keep[i].Stage = s
		}
	}
	return keep
}
