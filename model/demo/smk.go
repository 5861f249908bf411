package demo

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/kemitraan/kemitraan/model"
)

// SMKData is a vocational school's sample: Data with the students' activities (PKL,
// teaching factory) under its agreements.
type SMKData struct {
	Data
	StudentActivities []model.StudentActivity
}

// SMK partner keys
const (
	sakura = iota
	telemedia
	bprKarawang
	bengkel
	datanet
	kja
	disnaker
	nSMKPartners
)

const (
	smkPrincipal = "Drs. H. Ujang Suparman, M.Pd."
	smkNIP       = "197203141998031004"
	smkName      = "SMK Negeri 2 Karawang"
	// the decree under which the principal of a provincial school signs
	smkAuthority = "Keputusan Gubernur Jawa Barat Nomor 821.2/Kep.1123-BKD/2024 tentang Pengangkatan Kepala Sekolah"
)

// The kompetensi keahlian of the sample SMK.
const (
	kompTKJ = "Teknik Komputer dan Jaringan"
	kompAKL = "Akuntansi dan Keuangan Lembaga"
	kompTKR = "Teknik Kendaraan Ringan"
)

// SMK returns the sample of a vocational school on the day now: SMK Negeri 2
// Karawang with three kompetensi keahlian, seven partners (six DUDIs of every scale
// with complete Dapodik data, and a government office), seven partnerships from
// stage 1 to 7 recording their link-and-match components, and, under four
// agreements, students' activities — PKL placements with their supervising teachers,
// instructors and monitoring visits, one student placed at two DUDIs one after the
// other, and a teaching-factory project. Every record passes its Validate; IDs are
// fresh and follow the records' creation times.
func SMK(now time.Time) SMKData {
	at := func(daysAgo, hour, min int) time.Time {
		return time.Date(now.Year(), now.Month(), now.Day()-daysAgo, hour, min, 0, 0, now.Location())
	}
	date := func(daysAgo int) time.Time { return at(daysAgo, 0, 0) }

	school := smkSchool(at(260, 10, 5))
	partners := smkPartners()
	partnerDays := [nSMKPartners][2]int{
		sakura: {330, 30}, telemedia: {420, 95}, bprKarawang: {80, 20}, bengkel: {300, 210},
		datanet: {40, 14}, kja: {520, 300}, disnaker: {25, 25},
	}
	for i := range partners {
		partners[i].CreatedAt = at(partnerDays[i][0], 8+i%5, 10+3*i)
		partners[i].UpdatedAt = at(partnerDays[i][1], 13+i%3, 5*i%60)
	}

	ps := smkPlans()
	partnerships := make([]model.Partnership, len(ps))
	for i, pl := range ps {
		p := build(pl, at, partners)
		if p.Agreement.Kind != "" {
			a := &p.Agreement
			a.Place = "Karawang"
			if a.Kind.HasMoU() {
				a.MoU.Place = "Karawang"
			}
			a.Dispute = "PARA PIHAK sepakat menyelesaikannya melalui Pengadilan Negeri Karawang."
			a.SchoolSignatory = model.Signatory{Name: smkPrincipal, Position: "Kepala " + smkName, IDNumber: smkNIP, Authority: smkAuthority}
		}
		p.LinkMatch = smkLinkMatch[i]
		for _, l := range p.LinkMatch {
			if l.Covers(model.LinkPKL) && p.Agreement.Kind.Valid() {
				// PKL hands students' names and NISN to the DUDI: the PKS protects them
				p.Agreement.PersonalData = model.AnswerYes
			}
		}
		partnerships[i] = p
	}

	acts := smkActivities(date)

	// IDs in the order the records were made
	records := recordsMade(partners, partnerships)
	for i := range acts {
		a := &acts[i].activity
		owner := partnerships[acts[i].partnership]
		// recorded when its agreement was, or a week before its first student starts
		start, _ := a.Period()
		a.CreatedAt = start.AddDate(0, 0, -7).Add(10 * time.Hour)
		if a.CreatedAt.Before(owner.StageSince) && owner.Stage == model.StagePerjanjian || a.CreatedAt.After(now) {
			a.CreatedAt = owner.StageSince.Add(2 * time.Hour)
		}
		a.UpdatedAt = a.CreatedAt
		for _, pl := range a.Placements {
			for _, v := range pl.Visits {
				if t := v.Date.Add(15 * time.Hour); t.After(a.UpdatedAt) {
					a.UpdatedAt = t
				}
			}
		}
		records = append(records, record{a.CreatedAt, &a.ID})
		for j := range a.Placements {
			records = append(records, record{a.CreatedAt.Add(time.Duration(j+1) * time.Second), &a.Placements[j].ID})
		}
	}
	assignIDs(records)
	for i, pl := range ps {
		if pl.partner != noPartner {
			partnerships[i].PartnerID = partners[pl.partner].ID
		}
		for j, c := range pl.candidates {
			partnerships[i].Candidates[j].PartnerID = partners[c.partner].ID
		}
	}
	byID := make(map[model.ID]model.Partner, len(partners))
	for _, p := range partners {
		byID[p.ID] = p
	}
	counters := numberAgreements(partnerships, school, byID)
	out := make([]model.StudentActivity, len(acts))
	for i, a := range acts {
		a.activity.PartnershipID = partnerships[a.partnership].ID
		out[i] = a.activity
	}
	return SMKData{
		Data:              Data{School: school, Partners: partners, Partnerships: partnerships, LetterCounters: counters},
		StudentActivities: out,
	}
}

// SMKTimeline is the timeline of the SMK sample's partnerships, as Timeline makes
// the ordinary sample's.
func SMKTimeline(d SMKData) []model.Event {
	partners := make(map[model.ID]model.Partner, len(d.Partners))
	for _, p := range d.Partners {
		partners[p.ID] = p
	}
	ended := map[string]string{}
	for _, pl := range smkPlans() {
		ended[pl.title] = pl.ended
	}
	roles := strings.NewReplacer(principalRole, smkPrincipal+" (Kepala Sekolah)", humasRole, "Asep Saepulloh, S.Pd. (Wakasek Hubungan Industri)")
	var events []model.Event
	for _, ps := range d.Partnerships {
		for _, e := range timeline(ps, partners, ended[ps.Title]) {
			e.Participants = roles.Replace(e.Participants)
			e.Text = roles.Replace(e.Text)
			events = append(events, e)
		}
	}
	sort.SliceStable(events, func(i, j int) bool { return events[i].Time.Before(events[j].Time) })
	return events
}

func smkSchool(updated time.Time) model.School {
	s := model.NewSchool()
	s.Name = smkName
	s.NPSN = "20217456"
	s.Address = "Jl. Jenderal Ahmad Yani No. 98, Kelurahan Nagasari, Kecamatan Karawang Barat, Kabupaten Karawang 41312"
	s.City = "Karawang"
	s.Phone = "(0267) 402 117"
	s.Email = "info@smkn2karawang.sch.id"
	s.Website = "www.smkn2karawang.sch.id"
	s.Level = model.LevelSMK
	s.KompetensiKeahlian = []string{kompTKJ, kompAKL, kompTKR}
	s.Status = model.StatusNegeri
	s.Government = "PEMERINTAH DAERAH PROVINSI JAWA BARAT"
	s.Agency = "DINAS PENDIDIKAN"
	s.Tembusan = []string{"Kepala Cabang Dinas Pendidikan Wilayah IV Provinsi Jawa Barat", "Ketua Komite " + smkName}
	s.CommitteeChair = "H. Engkos Kosasih, S.E."
	s.PrincipalName = smkPrincipal
	s.PrincipalNIP = smkNIP
	s.Paper = model.PaperF4
	s.LetterPattern = model.DefaultLetterPattern
	s.LetterCode = model.LevelSMK.LetterCode()
	s.ShortName = "SMKN2-KRW"
	s.UpdatedAt = updated
	return s
}

func smkPartners() []model.Partner {
	partners := make([]model.Partner, nSMKPartners)
	dudi := func(p model.Partner, d model.DUDI) model.Partner {
		p.Kind = model.KindBisnis
		p.SetDUDI(d)
		p.Address = d.Address.Line()
		return p
	}
	partners[sakura] = dudi(model.Partner{
		Name:          "PT Sakura Auto Parts Indonesia",
		ContactPerson: "Yudi Hermawan, S.T.",
		Phone:         "(0267) 863 0221", Email: "hrd@sakura-autoparts.co.id",
		SignatoryName: "Takeshi Yamamoto", SignatoryPosition: "Presiden Direktur", Salutation: "Bapak",
		LegalName: "PT Sakura Auto Parts Indonesia",
		Authority: "Anggaran Dasar PT Sakura Auto Parts Indonesia dalam Akta Nomor 8 tanggal 12 April 2012 yang dibuat di hadapan Notaris Ratna Dewi, S.H., M.Kn., beserta perubahannya",
	}, model.DUDI{
		NPWP: "018765432055000", BidangUsaha: "Manufaktur komponen otomotif", Scale: model.ScaleMultinasional,
		Address: model.AddressParts{AlamatJalan: "Kawasan Industri Suryacipta, Jl. Surya Utama Kav. I-25", DesaKelurahan: "Kutamekar",
			Kecamatan: "Ciampel", KabupatenKota: "Kabupaten Karawang", Provinsi: "Jawa Barat", KodePos: "41363"},
		Lintang: "-6.3947", Bujur: "107.3512", Fax: "(0267) 863 0222", Website: "www.sakura-autoparts.co.id",
		ContactPhone: "0812-8833-4410", ContactPosition: "Supervisor Pengembangan SDM",
	})
	partners[telemedia] = dudi(model.Partner{
		Name:          "PT Telemedia Jaringan Prima",
		ContactPerson: "Irfan Hakim, S.Kom.",
		Phone:         "(0267) 845 1190", Email: "kemitraan@telemediaprima.co.id",
		SignatoryName: "Bambang Wicaksono", TitleFront: "Ir.", TitleBack: "M.T.", SignatoryPosition: "Direktur Operasional",
		Salutation: "Bapak", LegalName: "PT Telemedia Jaringan Prima", ByProxy: true,
		Authority: "Surat Kuasa Direksi PT Telemedia Jaringan Prima Nomor 017/SK-DIR/TJP/I/2025 tanggal 8 Januari 2025",
	}, model.DUDI{
		NPWP: "0021345678433000", BidangUsaha: "Penyelenggara jasa internet dan jaringan", Scale: model.ScaleNasional,
		Address: model.AddressParts{AlamatJalan: "Jl. Tuparev No. 301", RT: "004", RW: "009", DesaKelurahan: "Nagasari",
			Kecamatan: "Karawang Barat", KabupatenKota: "Kabupaten Karawang", Provinsi: "Jawa Barat", KodePos: "41312"},
		Lintang: "-6.3021", Bujur: "107.2987", Fax: "(0267) 845 1191", Website: "www.telemediaprima.co.id",
		ContactPhone: "0813-1177-2045", ContactPosition: "Network Engineer, Koordinator Program Kemitraan SMK",
	})
	partners[bprKarawang] = dudi(model.Partner{
		Name:          "PT BPR Karawang Makmur (Perseroda)",
		ContactPerson: "Lina Marlina, S.E.",
		Phone:         "(0267) 401 556", Email: "sekretariat@bprkarawangmakmur.co.id",
		SignatoryName: "Nani Suryani", TitleFront: "Dra. Hj.", TitleBack: "M.M.", SignatoryPosition: "Direktur Utama",
		Salutation: "Ibu", LegalName: "PT BPR Karawang Makmur (Perseroda)",
		Authority: "Anggaran Dasar PT BPR Karawang Makmur (Perseroda) dalam Peraturan Daerah Kabupaten Karawang Nomor 5 Tahun 2021",
	}, model.DUDI{
		NPWP: "027654321433000", BidangUsaha: "Perbankan (bank perekonomian rakyat)", Scale: model.ScaleBUMN,
		Address: model.AddressParts{AlamatJalan: "Jl. Jenderal Ahmad Yani No. 45", DesaKelurahan: "Nagasari",
			Kecamatan: "Karawang Barat", KabupatenKota: "Kabupaten Karawang", Provinsi: "Jawa Barat", KodePos: "41312"},
		Lintang: "-6.3058", Bujur: "107.2935", Website: "www.bprkarawangmakmur.co.id",
		ContactPhone: "0857-2011-3388", ContactPosition: "Kepala Bagian Operasional",
	})
	partners[bengkel] = dudi(model.Partner{
		Name:          "Bengkel Jaya Motor",
		ContactPerson: "H. Jajang Supriatna",
		Phone:         "0812-2145-7761", Email: "jayamotor.klari@gmail.com",
		SignatoryName: "Jajang Supriatna", TitleFront: "H.", SignatoryPosition: "Pemilik", Salutation: "Bapak",
		SoleProprietor: true, NIK: "3215061405780002", Occupation: "Wiraswasta",
	}, model.DUDI{
		NPWP: "3215061405780002", BidangUsaha: "Perawatan dan perbaikan kendaraan ringan", Scale: model.ScaleUMKM,
		Address: model.AddressParts{AlamatJalan: "Jl. Raya Klari No. 88", RT: "002", RW: "004", Dusun: "Krajan", DesaKelurahan: "Duren",
			Kecamatan: "Klari", KabupatenKota: "Kabupaten Karawang", Provinsi: "Jawa Barat", KodePos: "41371"},
		Lintang: "-6.3712", Bujur: "107.3321",
		ContactPhone: "0812-2145-7761", ContactPosition: "Pemilik dan kepala mekanik",
	})
	partners[datanet] = dudi(model.Partner{
		Name:          "CV Data Net Solusi",
		ContactPerson: "Rudi Hartono, A.Md.",
		Phone:         "0821-1560-4432", Email: "halo@datanetsolusi.id",
		SignatoryName: "Rudi Hartono", TitleBack: "A.Md.", SignatoryPosition: "Direktur", Salutation: "Bapak",
		LegalName: "CV Data Net Solusi",
		Authority: "Akta Pendirian CV Data Net Solusi Nomor 21 tanggal 4 Juli 2019 yang dibuat di hadapan Notaris Yayan Sopyan, S.H., M.Kn.",
	}, model.DUDI{
		NPWP: "031122334433000", BidangUsaha: "Jasa instalasi jaringan komputer dan CCTV", Scale: model.ScaleUMKM,
		Address: model.AddressParts{AlamatJalan: "Jl. Kertabumi No. 17", RT: "001", RW: "003", DesaKelurahan: "Karawang Kulon",
			Kecamatan: "Karawang Barat", KabupatenKota: "Kabupaten Karawang", Provinsi: "Jawa Barat", KodePos: "41311"},
		Website: "www.datanetsolusi.id", ContactPhone: "0821-1560-4432", ContactPosition: "Direktur",
	})
	partners[kja] = dudi(model.Partner{
		Name:          "Kantor Jasa Akuntansi Wijaya dan Rekan",
		ContactPerson: "Maya Sari, S.Ak.",
		Phone:         "(0267) 641 208", Email: "kja.wijaya@gmail.com",
		SignatoryName: "Hendra Wijaya", TitleBack: "S.E., Ak., CA", SignatoryPosition: "Pemimpin", Salutation: "Bapak",
		SoleProprietor: true, NIK: "3215012307800004", Occupation: "Akuntan",
	}, model.DUDI{
		NPWP: "025566778433000", BidangUsaha: "Jasa akuntansi, pembukuan dan perpajakan", Scale: model.ScaleUMKM,
		Address: model.AddressParts{AlamatJalan: "Ruko Galuh Mas Blok C No. 12, Jl. Arteri Galuh Mas", DesaKelurahan: "Sukaharja",
			Kecamatan: "Telukjambe Timur", KabupatenKota: "Kabupaten Karawang", Provinsi: "Jawa Barat", KodePos: "41361"},
		ContactPhone: "0878-2290-1145", ContactPosition: "Staf Senior Pembukuan",
	})
	partners[disnaker] = model.Partner{
		Name:          "Dinas Tenaga Kerja dan Transmigrasi Kabupaten Karawang",
		Kind:          model.KindPemerintah,
		Address:       "Jl. Jenderal Ahmad Yani No. 1, Kecamatan Karawang Barat, Kabupaten Karawang 41315",
		ContactPerson: "Drs. Tatang Sutisna (Kepala Bidang Penempatan Tenaga Kerja)",
		Phone:         "(0267) 402 205", Email: "disnakertrans@karawangkab.go.id",
		SignatoryName: "Rosmalia Dewi", TitleFront: "Dr. Hj.", TitleBack: "M.Si.", SignatoryPosition: "Kepala",
		Salutation: "Ibu", NIP: "197205141998032006",
		Authority: "Keputusan Bupati Karawang Nomor 821.2/Kep.311-BKPSDM/2024 tentang Pengangkatan dalam Jabatan Pimpinan Tinggi Pratama",
	}
	return partners
}

// smkLinkMatch is what each partnership of smkPlans covers, in the same order.
var smkLinkMatch = [][]model.LinkMatch{
	nil, // the need only: no partner yet
	{{Kompetensi: kompTKJ, Components: []model.LinkMatchComponent{model.LinkGuruTamu, model.LinkRisetTefa},
		Notes: "Rencana: teaching factory layanan pemasangan jaringan rumah dan guru tamu teknisi lapangan."}},
	{{Kompetensi: kompAKL, Components: []model.LinkMatchComponent{model.LinkPKL, model.LinkBeasiswa},
		Notes: "Beasiswa ikatan dinas bagi dua siswa terbaik, bekerja di bank sesudah lulus."}},
	{{Kompetensi: kompTKR, Components: []model.LinkMatchComponent{model.LinkKurikulum, model.LinkGuruTamu, model.LinkPKL,
		model.LinkSertifikasi, model.LinkMagangGuru, model.LinkSerapan, model.LinkPlusI},
		Notes: "Hibah dua unit engine stand dan satu set special service tool; komitmen merekrut sedikitnya 10 lulusan setiap tahun."}},
	{{Kompetensi: kompTKR, Components: []model.LinkMatchComponent{model.LinkPKL}}},
	{{Kompetensi: kompTKJ, Components: []model.LinkMatchComponent{model.LinkPKL, model.LinkSertifikasi, model.LinkGuruTamu, model.LinkRisetTefa},
		Notes: "Sertifikasi MikroTik (MTCNA) bagi siswa yang menyelesaikan PKL."}},
	{{Kompetensi: kompAKL, Components: []model.LinkMatchComponent{model.LinkMagangGuru, model.LinkKurikulum}}},
}

// smkActivity is an activity of the sample with the index of its partnership in smkPlans.
type smkActivity struct {
	partnership int
	activity    model.StudentActivity
}

func smkActivities(date func(daysAgo int) time.Time) []smkActivity {
	student := func(name, nisn, class, komp string) model.Student {
		return model.Student{Name: name, NISN: nisn, Class: class, Kompetensi: komp}
	}
	var (
		dedi  = model.Teacher{Name: "Dedi Kurniawan, S.Pd.", NIP: "198203152009011004"}
		hendr = model.Teacher{Name: "Hendra Saputra, S.T.", NIP: "198507222010011012"}
		rina  = model.Teacher{Name: "Rina Marlina, S.Kom.", NIP: "198811052014022003"}
		yuli  = model.Teacher{Name: "Yuliani, S.E.", NIP: "198604182011012007"}
	)
	place := func(s model.Student, from, to int, t model.Teacher, in model.Instructor, visits ...model.Visit) model.Placement {
		return model.Placement{Student: s, Start: date(from), End: date(to), Teacher: t, Instructor: in, Visits: visits}
	}
	visit := func(daysAgo int, notes string) model.Visit { return model.Visit{Date: date(daysAgo), Notes: notes} }
	// the principal's decrees assigning the supervising teachers (SK Tugas)
	sk := func(n, daysAgo int) (string, time.Time) {
		d := date(daysAgo)
		return fmt.Sprintf("800/%03d/SK-Tugas/SMKN2-KRW/%d", n, d.Year()), d
	}

	rizki := student("Rizki Maulana", "0091452367", "XII TKR 1", kompTKR)
	foreman := model.Instructor{Name: "Agus Salim", Position: "Foreman Assembly Line", Phone: "0813-8877-1204"}
	qc := model.Instructor{Name: "Bambang Prasetyo", Position: "Leader Quality Control", Phone: "0812-9910-3345"}
	jajang := model.Instructor{Name: "H. Jajang Supriatna", Position: "Pemilik dan kepala mekanik", Phone: "0812-2145-7761"}
	irfan := model.Instructor{Name: "Irfan Hakim, S.Kom.", Position: "Network Engineer", Phone: "0813-1177-2045"}
	lina := model.Instructor{Name: "Lina Marlina, S.E.", Position: "Kepala Bagian Operasional", Phone: "0857-2011-3388"}

	var out []smkActivity
	// Bengkel Jaya Motor takes three students for two months
	n, d := sk(31, 158)
	out = append(out, smkActivity{4, model.StudentActivity{
		Kind: model.ActivityKindPKL, Title: "PKL Kelas XII TKR di Bengkel Jaya Motor Gelombang 1",
		SKNumber: n, SKDate: d, Notes: "PKL dua bulan; dilanjutkan di DUDI lain.",
		Placements: []model.Placement{
			place(rizki, 150, 91, dedi, jajang,
				visit(135, "Siswa sudah dapat melakukan servis berkala ringan di bawah pengawasan; perlu membiasakan mengisi lembar kerja bengkel."),
				visit(100, "Siswa mengerjakan penggantian kampas rem dan spooring dengan baik; sikap kerja disiplin.")),
			place(student("Agus Setiadi", "0094471236", "XII TKR 1", kompTKR), 150, 91, dedi, jajang,
				visit(135, "Siswa rajin, tetapi belum memakai sepatu keselamatan setiap hari; sudah diingatkan bersama instruktur.")),
			place(student("Rendi Kurniawan", "0098830251", "XII TKR 2", kompTKR), 150, 91, dedi, jajang,
				visit(134, "Siswa cepat belajar diagnosis kelistrikan bodi; instruktur menilai baik.")),
		},
	}})
	// the industry class at PT Sakura, six months, one student after his two months at the workshop
	n, d = sk(58, 68)
	out = append(out, smkActivity{3, model.StudentActivity{
		Kind: model.ActivityKindPKL, Title: "PKL Kelas Industri XII TKR di PT Sakura Auto Parts Indonesia",
		SKNumber: n, SKDate: d,
		Placements: []model.Placement{
			place(rizki, 60, -120, hendr, foreman,
				visit(40, "Siswa ditempatkan di lini perakitan; sudah lulus pelatihan K3 perusahaan."),
				visit(12, "Siswa dipercaya memeriksa torsi baut; perlu meningkatkan ketelitian pencatatan.")),
			place(student("Dimas Aditya Pratama", "0093318450", "XII TKR 1", kompTKR), 60, -120, hendr, foreman,
				visit(40, "Adaptasi kerja baik; kehadiran penuh.")),
			place(student("Fajar Nurhidayat", "0097720135", "XII TKR 2", kompTKR), 60, -120, hendr, qc,
				visit(41, "Siswa di bagian pengendalian mutu; memahami alat ukur jangka sorong dan mikrometer."),
				visit(12, "Siswa membantu audit 5R di lini produksi.")),
			place(student("Ilham Ramadhan", "0092268741", "XII TKR 2", kompTKR), 60, -120, dedi, qc,
				visit(41, "Siswa sempat sakit tiga hari dengan surat dokter; sudah kembali bekerja.")),
			place(student("Muhammad Farhan Syahputra", "0095503928", "XII TKR 1", kompTKR), 60, -120, dedi, foreman),
			place(student("Yoga Saputra", "0091187604", "XII TKR 2", kompTKR), 60, -120, hendr, foreman,
				visit(12, "Siswa aktif bertanya dan membuat catatan harian dengan rapi.")),
		},
	}})
	// PT Telemedia: PKL finished, and a teaching-factory project running
	n, d = sk(12, 290)
	out = append(out, smkActivity{5, model.StudentActivity{
		Kind: model.ActivityKindPKL, Title: "PKL Kelas XII TKJ di PT Telemedia Jaringan Prima",
		SKNumber: n, SKDate: d,
		Placements: []model.Placement{
			place(student("Nabila Putri Ramadhani", "0096612074", "XII TKJ 1", kompTKJ), 280, 100, rina, irfan,
				visit(250, "Siswa ditempatkan di pusat operasi jaringan; memantau lalu lintas jaringan pelanggan."),
				visit(200, "Siswa ikut pemasangan jaringan serat optik ke rumah pelanggan."),
				visit(150, "Siswa siap mengikuti ujian sertifikasi MTCNA.")),
			place(student("Andika Firmansyah", "0093047718", "XII TKJ 1", kompTKJ), 280, 100, rina, irfan,
				visit(250, "Siswa memerlukan pendampingan konfigurasi router; instruktur memberi tugas latihan tambahan."),
				visit(150, "Kemampuan konfigurasi router meningkat; nilai sikap baik.")),
			place(student("Salsabila Azzahra", "0099153860", "XII TKJ 1", kompTKJ), 280, 100, rina, irfan,
				visit(200, "Siswa membantu layanan pelanggan teknis melalui telepon.")),
			place(student("Reza Pahlevi", "0092785013", "XII TKJ 2", kompTKJ), 280, 100, rina, irfan,
				visit(249, "Siswa terlambat dua kali pada pekan pertama; sudah dibina bersama orang tua.")),
			place(student("Tiara Anggraini", "0094408129", "XII TKJ 2", kompTKJ), 280, 100, rina, irfan,
				visit(200, "Siswa mendokumentasikan topologi jaringan kantor cabang.")),
		},
	}})
	n, d = sk(49, 75)
	out = append(out, smkActivity{5, model.StudentActivity{
		Kind: model.ActivityKindTefa, Title: "Teaching Factory Layanan Pemasangan Jaringan Rumah",
		SKNumber: n, SKDate: d, Notes: "Pesanan nyata dari pelanggan PT Telemedia di sekitar sekolah, dikerjakan di bawah pengawasan teknisi.",
		Placements: []model.Placement{
			place(student("Muhammad Rizky Pratama", "0107734501", "XI TKJ 2", kompTKJ), 70, -50, rina, irfan,
				visit(30, "Kelompok telah memasang 12 titik jaringan rumah sesuai standar perusahaan.")),
			place(student("Aulia Rahmawati", "0101186243", "XI TKJ 2", kompTKJ), 70, -50, rina, irfan),
			place(student("Bagas Prasetyo", "0105529370", "XI TKJ 2", kompTKJ), 70, -50, rina, irfan),
			place(student("Citra Lestari", "0108861492", "XI TKJ 2", kompTKJ), 70, -50, rina, irfan),
		},
	}})
	// the bank: PKL planned under the agreement being negotiated
	out = append(out, smkActivity{2, model.StudentActivity{
		Kind: model.ActivityKindPKL, Title: "PKL Kelas XI AKL di PT BPR Karawang Makmur (Perseroda)",
		Notes: "Menunggu penandatanganan perjanjian dan SK Tugas guru pembimbing.",
		Placements: []model.Placement{
			place(student("Siti Nurhaliza", "0106673215", "XI AKL 1", kompAKL), -30, -120, yuli, lina),
			place(student("Putri Ayu Lestari", "0103391847", "XI AKL 1", kompAKL), -30, -120, yuli, lina),
			place(student("Dewi Sartika Wulandari", "0109924056", "XI AKL 1", kompAKL), -30, -120, yuli, lina),
			place(student("Anisa Fitriani", "0102258730", "XI AKL 2", kompAKL), -30, -120, yuli, lina),
		},
	}})
	return out
}
