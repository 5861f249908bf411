// Package demo makes realistic sample data — a school, its partners and partnerships at
// every stage — for demonstrations, screenshots and tests. It imports only model.
package demo

import (
	"sort"
	"time"

	"github.com/kemitraan/kemitraan/model"
)

// Data is one school's complete sample: its profile, its partners and its partnerships.
type Data struct {
	School       model.School
	Partners     []model.Partner
	Partnerships []model.Partnership
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
// partners of every kind and sixteen partnerships spread over the seven stages, every
// need category and every status, created over the past months. Every record passes its
// Validate; IDs are fresh (model.NewID) and follow the records' creation times.
// Partnerships carry no printed letters: letter numbers are the store's to hand out.
func Dataset(now time.Time) Data {
	// at is a moment daysAgo days before now, at the given time of day; daysAgo ≥ 1
	at := func(daysAgo, hour, min int) time.Time {
		return time.Date(now.Year(), now.Month(), now.Day()-daysAgo, hour, min, 0, 0, now.Location())
	}

	school := model.NewSchool()
	school.Name = "SMP Negeri 1 Bandung"
	school.NPSN = "20219182"
	school.Address = "Jl. Kesatriaan No. 12, Kelurahan Cijagra, Kecamatan Lengkong, Kota Bandung 40262"
	school.City = "Bandung"
	school.Phone = "(022) 7302611"
	school.Email = "info@smpn1bandung.sch.id"
	school.Website = "www.smpn1bandung.sch.id"
	school.LetterheadLines = []string{"PEMERINTAH KOTA BANDUNG", "DINAS PENDIDIKAN"}
	school.PrincipalName = "Dra. Hj. Siti Rahmawati, M.Pd."
	school.PrincipalNIP = "196805121994032007"
	school.Paper = model.PaperA4
	school.LetterPattern = model.DefaultLetterPattern
	school.LetterCode = "421.3"
	school.ShortName = "SMPN1-BDG"
	school.UpdatedAt = at(240, 9, 15)

	partners := make([]model.Partner, nPartners)
	partners[puskesmas] = model.Partner{
		Name:              "UPT Puskesmas Lengkong",
		Kind:              model.KindPemerintah,
		Address:           "Jl. Buah Batu No. 259, Kecamatan Lengkong, Kota Bandung 40264",
		ContactPerson:     "Ns. Dewi Anggraeni, S.Kep. (koordinator UKS)",
		Phone:             "(022) 7308854",
		Email:             "puskesmas.lengkong@bandung.go.id",
		SignatoryName:     "dr. Rina Marlina, M.K.M.",
		SignatoryPosition: "Kepala",
	}
	partners[bankCSR] = model.Partner{
		Name:              "Divisi CSR PT Bank Parahyangan Sejahtera Tbk",
		Kind:              model.KindBisnis,
		Address:           "Jl. Asia Afrika No. 118, Kecamatan Sumur Bandung, Kota Bandung 40112",
		ContactPerson:     "Rizky Ramadhan, S.E. (staf program CSR pendidikan)",
		Phone:             "(022) 4231770",
		Email:             "csr@bankparahyangan.co.id",
		SignatoryName:     "Drs. Bambang Sutrisno, M.M.",
		SignatoryPosition: "Kepala",
	}
	partners[fakultas] = model.Partner{
		Name:              "Fakultas Matematika dan Ilmu Pengetahuan Alam Universitas Priangan",
		Kind:              model.KindPerguruanTingi,
		Address:           "Jl. Dr. Setiabudi No. 229, Kecamatan Sukasari, Kota Bandung 40154",
		ContactPerson:     "Dr. Yuyun Wahyuni, M.Si. (Wakil Dekan Bidang Kerja Sama)",
		Phone:             "(022) 2013163",
		Email:             "fmipa@unpri.ac.id",
		SignatoryName:     "Prof. Dr. Agus Setiawan, M.Si.",
		SignatoryPosition: "Dekan",
	}
	partners[batik] = model.Partner{
		Name:              "Batik Kujang Parahyangan",
		Kind:              model.KindBisnis,
		Address:           "Jl. Cigadung Raya Timur No. 47, Kecamatan Cibeunying Kaler, Kota Bandung 40191",
		ContactPerson:     "Hj. Neneng Kurniasih",
		Phone:             "0812-2147-5530",
		Email:             "batikkujangparahyangan@gmail.com",
		SignatoryName:     "Hj. Neneng Kurniasih",
		SignatoryPosition: "Pemilik",
	}
	partners[paguyuban] = model.Partner{
		Name:              "Paguyuban Orang Tua Siswa SMP Negeri 1 Bandung",
		Kind:              model.KindKomunitas,
		Address:           "d.a. SMP Negeri 1 Bandung, Jl. Kesatriaan No. 12, Kota Bandung 40262",
		ContactPerson:     "Ibu Lilis Suryani (sekretaris paguyuban)",
		Phone:             "0813-2055-8712",
		Email:             "paguyuban.smpn1bdg@gmail.com",
		SignatoryName:     "H. Asep Saepudin, S.T.",
		SignatoryPosition: "Ketua",
	}
	partners[yayasan] = model.Partner{
		Name:              "Yayasan Taman Baca Cahaya Ilmu",
		Kind:              model.KindNirlaba,
		Address:           "Jl. Turangga No. 31, Kecamatan Lengkong, Kota Bandung 40263",
		ContactPerson:     "Fajar Nugraha, S.Hum. (pengelola program literasi)",
		Phone:             "0857-2233-9041",
		Email:             "halo@cahayailmu.or.id",
		SignatoryName:     "Dr. Maya Puspitasari, M.Pd.",
		SignatoryPosition: "Ketua",
	}
	partners[alumnus] = model.Partner{
		Name:              "Ir. Hendra Gunawan, M.T.",
		Kind:              model.KindIndividu,
		Address:           "Jl. Pasirluyu Barat No. 8, Kecamatan Regol, Kota Bandung 40254",
		ContactPerson:     "Ir. Hendra Gunawan, M.T.",
		Phone:             "0811-2260-714",
		Email:             "hendra.gunawan71@gmail.com",
		SignatoryName:     "Ir. Hendra Gunawan, M.T.",
		SignatoryPosition: "Alumni angkatan 1986",
	}
	partners[dinas] = model.Partner{
		Name:              "Dinas Pendidikan Kota Bandung",
		Kind:              model.KindPemerintah,
		Address:           "Jl. Jenderal Ahmad Yani No. 239, Kecamatan Cibeunying Kidul, Kota Bandung 40113",
		ContactPerson:     "Drs. Ujang Suherman (Kepala Seksi Kurikulum SMP)",
		Phone:             "(022) 7208213",
		Email:             "disdik@bandung.go.id",
		SignatoryName:     "Dr. H. Dedi Supriadi, M.Pd.",
		SignatoryPosition: "Kepala",
	}
	partners[robotika] = model.Partner{
		Name:              "Komunitas Robotika Bandung",
		Kind:              model.KindKomunitas,
		Address:           "Jl. Dipatiukur No. 102, Kecamatan Coblong, Kota Bandung 40132",
		ContactPerson:     "Galih Pratama (koordinator relawan mentor)",
		Phone:             "0896-1234-5587",
		Email:             "robotikabandung@gmail.com",
		SignatoryName:     "Galih Pratama, S.T.",
		SignatoryPosition: "Ketua",
	}
	partners[teknologi] = model.Partner{
		Name:              "PT Sinar Tekno Nusantara",
		Kind:              model.KindBisnis,
		Address:           "Kawasan Bandung Techno Park, Jl. Telekomunikasi No. 1, Kabupaten Bandung 40257",
		ContactPerson:     "Andini Putri, S.Kom. (manajer kemitraan pendidikan)",
		Phone:             "(022) 8752 4410",
		Email:             "kemitraan@sinartekno.co.id",
		SignatoryName:     "Budi Hartono, S.T., M.B.A.",
		SignatoryPosition: "Direktur Utama",
	}
	partners[pmi] = model.Partner{
		Name:              "Palang Merah Indonesia Kota Bandung",
		Kind:              model.KindNirlaba,
		Address:           "Jl. Aceh No. 79, Kecamatan Sumur Bandung, Kota Bandung 40113",
		ContactPerson:     "Teguh Firmansyah (pembina PMR wilayah)",
		Phone:             "(022) 4207051",
		Email:             "markas@pmikotabandung.or.id",
		SignatoryName:     "H. Yayat Hidayat, S.Sos.",
		SignatoryPosition: "Ketua",
	}
	// when each partner was entered (days ago) and last edited
	partnerDays := [nPartners][2]int{
		puskesmas: {230, 40}, bankCSR: {215, 60}, fakultas: {200, 90}, batik: {120, 25},
		paguyuban: {225, 10}, yayasan: {210, 35}, alumnus: {190, 150}, dinas: {235, 235},
		robotika: {45, 12}, teknologi: {38, 6}, pmi: {205, 70},
	}
	for i := range partners {
		partners[i].CreatedAt = at(partnerDays[i][0], 9+i%6, 5*i)
		partners[i].UpdatedAt = at(partnerDays[i][1], 13+i%4, 7*i%60)
	}

	type plan struct {
		title      string
		category   model.NeedCategory
		need       string
		partner    int
		stage      model.Stage
		status     model.Status
		created    int // days ago
		updated    int // days ago
		hour, mins int
	}
	plans := []plan{
		{
			title:    "Program Sekolah Ramah Anak dan Pencegahan Perundungan",
			category: model.NeedLainnya,
			need: "Angket iklim sekolah semester lalu menunjukkan 18% siswa kelas VII pernah mengalami " +
				"perundungan verbal. Sekolah memerlukan pendampingan untuk membentuk tim pencegahan " +
				"kekerasan, melatih guru BK dan wali kelas, serta menyusun tata tertib yang ramah anak.",
			partner: noPartner, stage: model.StageKebutuhan, status: model.StatusDraft,
			created: 9, updated: 3, hour: 10, mins: 20,
		},
		{
			title:    "Jalur Landai dan Toilet Ramah Disabilitas",
			category: model.NeedSarana,
			need: "Sekolah menerima empat siswa berkebutuhan khusus, dua di antaranya pengguna kursi roda, " +
				"tetapi belum memiliki jalur landai ke lantai dua, pegangan tangan, dan toilet yang " +
				"dapat diakses. Diperlukan dukungan pembangunan sarana yang aksesibel.",
			partner: noPartner, stage: model.StageKebutuhan, status: model.StatusDraft,
			created: 16, updated: 16, hour: 8, mins: 45,
		},
		{
			title:    "Ekstrakurikuler Robotik dan Pemrograman",
			category: model.NeedEkstrakurikuler,
			need: "Minat siswa terhadap robotik tinggi (62 pendaftar), tetapi sekolah belum memiliki " +
				"perangkat robotik maupun pembina yang menguasai pemrograman mikrokontroler. " +
				"Diperlukan mitra yang dapat meminjamkan kit robotik dan menyediakan mentor setiap pekan.",
			partner: robotika, stage: model.StagePenjajakan, status: model.StatusDraft,
			created: 52, updated: 6, hour: 11, mins: 5,
		},
		{
			title:    "Hibah Perangkat Laboratorium Komputer untuk Asesmen Berbasis Komputer",
			category: model.NeedSarana,
			need: "Laboratorium komputer hanya memiliki 20 unit yang layak pakai untuk 320 siswa, sehingga " +
				"asesmen berbasis komputer harus dibagi dalam banyak sesi. Sekolah membutuhkan " +
				"tambahan komputer, jaringan lokal, dan pelatihan teknisi.",
			partner: teknologi, stage: model.StagePenjajakan, status: model.StatusDraft,
			created: 40, updated: 5, hour: 14, mins: 0,
		},
		{
			title:    "Bimbingan Belajar Persiapan Asesmen Nasional oleh Mahasiswa",
			category: model.NeedAkademik,
			need: "Hasil rapor pendidikan menunjukkan kemampuan numerasi siswa masih di bawah kompetensi " +
				"minimum. Sekolah membutuhkan tenaga pendamping belajar tambahan bagi siswa kelas VIII " +
				"di luar jam pelajaran.",
			partner: fakultas, stage: model.StagePenjajakan, status: model.StatusDibatalkan,
			created: 175, updated: 130, hour: 9, mins: 30,
		},
		{
			title:    "Magang Guru Prakarya di Sentra Batik Cigadung",
			category: model.NeedProfesional,
			need: "Guru Prakarya belum pernah mengikuti praktik langsung membatik tulis dan cap, sehingga " +
				"pembelajaran muatan lokal batik masih sebatas teori. Guru memerlukan magang singkat " +
				"di usaha batik agar dapat membimbing proyek kewirausahaan siswa.",
			partner: batik, stage: model.StageProposal, status: model.StatusDraft,
			created: 118, updated: 25, hour: 13, mins: 40,
		},
		{
			title:    "Kantin Sehat dan Gizi Seimbang",
			category: model.NeedDukunganSiswa,
			need: "Banyak siswa tidak sarapan dan jajanan di sekitar sekolah belum terjamin keamanannya. " +
				"Sekolah bersama orang tua ingin menata kantin sehat, menyediakan menu bergizi " +
				"seimbang, dan mengadakan edukasi gizi bagi siswa.",
			partner: paguyuban, stage: model.StageProposal, status: model.StatusDraft,
			created: 70, updated: 10, hour: 15, mins: 10,
		},
		{
			title:    "Pendampingan Praktikum dan Penataan Laboratorium IPA",
			category: model.NeedSarana,
			need: "Laboratorium IPA belum memenuhi standar: banyak alat praktikum rusak, bahan kimia belum " +
				"tertata sesuai kaidah keselamatan, dan guru jarang melaksanakan praktikum. Sekolah " +
				"membutuhkan pendampingan penataan laboratorium dan hibah alat peraga.",
			partner: fakultas, stage: model.StagePerjanjian, status: model.StatusBerjalan,
			created: 160, updated: 14, hour: 10, mins: 0,
		},
		{
			title:    "Pelatihan Kewirausahaan dan Bazar Karya Siswa",
			category: model.NeedLainnya,
			need: "Proyek penguatan profil pelajar Pancasila bertema kewirausahaan memerlukan praktisi " +
				"usaha yang dapat melatih siswa menghitung modal, mengemas produk, dan memasarkan " +
				"karya pada bazar akhir semester.",
			partner: batik, stage: model.StagePerjanjian, status: model.StatusDibatalkan,
			created: 100, updated: 44, hour: 14, mins: 25,
		},
		{
			title:    "Gerakan Literasi Sekolah: Pojok Baca Kelas",
			category: model.NeedAkademik,
			need: "Minat baca siswa rendah dan koleksi perpustakaan sebagian besar buku paket. Sekolah " +
				"membutuhkan tambahan buku bacaan bermutu untuk pojok baca di setiap kelas serta " +
				"pendampingan kegiatan membaca 15 menit sebelum pelajaran.",
			partner: yayasan, stage: model.StageImplementasi, status: model.StatusBerjalan,
			created: 205, updated: 4, hour: 8, mins: 15,
		},
		{
			title:    "Pelatihan Pembelajaran Berdiferensiasi bagi Guru",
			category: model.NeedProfesional,
			need: "Supervisi akademik menemukan bahwa sebagian besar guru belum menyesuaikan pembelajaran " +
				"dengan kesiapan dan minat belajar siswa. Guru memerlukan lokakarya dan pendampingan " +
				"di kelas tentang pembelajaran berdiferensiasi sesuai Kurikulum Merdeka.",
			partner: dinas, stage: model.StageImplementasi, status: model.StatusBerjalan,
			created: 150, updated: 20, hour: 9, mins: 50,
		},
		{
			title:    "Beasiswa Siswa Berprestasi dari Keluarga Prasejahtera",
			category: model.NeedDukunganSiswa,
			need: "Sebanyak 37 siswa berprestasi berasal dari keluarga prasejahtera dan berisiko tidak " +
				"melanjutkan ke SMA. Diperlukan bantuan biaya seragam, buku, dan transportasi serta " +
				"pendampingan motivasi belajar.",
			partner: bankCSR, stage: model.StageMonev, status: model.StatusBerjalan,
			created: 212, updated: 8, hour: 10, mins: 35,
		},
		{
			title:    "Pembinaan Ekstrakurikuler Palang Merah Remaja",
			category: model.NeedEkstrakurikuler,
			need: "Anggota PMR bertambah menjadi 54 siswa, tetapi pembina sekolah belum bersertifikat " +
				"pertolongan pertama dan perlengkapan P3K di UKS terbatas. Sekolah membutuhkan " +
				"pelatih bersertifikat dan pembinaan berkala.",
			partner: pmi, stage: model.StageMonev, status: model.StatusBerjalan,
			created: 200, updated: 30, hour: 13, mins: 0,
		},
		{
			title:    "Penjaringan dan Pemeriksaan Kesehatan Berkala Siswa",
			category: model.NeedDukunganSiswa,
			need: "Sekolah perlu melaksanakan penjaringan kesehatan siswa baru, pemeriksaan berkala, " +
				"pemberian tablet tambah darah bagi siswi, serta penyuluhan kesehatan reproduksi " +
				"remaja yang belum dapat ditangani sendiri oleh UKS.",
			partner: puskesmas, stage: model.StagePeninjauan, status: model.StatusSelesai,
			created: 228, updated: 18, hour: 8, mins: 0,
		},
		{
			title:    "Renovasi Ruang Perpustakaan dari Donasi Alumni",
			category: model.NeedSarana,
			need: "Ruang perpustakaan sempit, atapnya bocor, dan rak buku lapuk sehingga koleksi mudah " +
				"rusak. Sekolah membutuhkan perbaikan atap, rak baru, dan meja baca agar perpustakaan " +
				"layak dipakai satu rombongan belajar sekaligus.",
			partner: alumnus, stage: model.StagePeninjauan, status: model.StatusSelesai,
			created: 188, updated: 2, hour: 16, mins: 5,
		},
		{
			title:    "Kelas Inspirasi: Alumni Berbagi Cerita Karier",
			category: model.NeedLainnya,
			need: "Siswa kelas IX memerlukan gambaran dunia kerja dan pilihan studi lanjut. Sekolah ingin " +
				"menghadirkan alumni dari berbagai profesi untuk berbagi pengalaman dalam satu hari " +
				"kelas inspirasi.",
			partner: alumnus, stage: model.StageImplementasi, status: model.StatusSelesai,
			created: 140, updated: 95, hour: 11, mins: 45,
		},
	}
	partnerships := make([]model.Partnership, len(plans))
	for i, pl := range plans {
		ps := model.NewPartnership()
		ps.Title = pl.title
		ps.Need.Category = pl.category
		ps.Need.Description = pl.need
		ps.Stage = pl.stage
		ps.Status = pl.status
		ps.CreatedAt = at(pl.created, pl.hour, pl.mins)
		ps.UpdatedAt = at(pl.updated, (pl.hour+3)%24, (pl.mins+17)%60)
		if ps.UpdatedAt.Before(ps.CreatedAt) {
			ps.UpdatedAt = ps.CreatedAt
		}
		partnerships[i] = ps
	}

	// IDs in the order the records were made, so they sort like their creation times
	type record struct {
		created time.Time
		id      *model.ID
	}
	var records []record
	for i := range partners {
		records = append(records, record{partners[i].CreatedAt, &partners[i].ID})
	}
	for i := range partnerships {
		records = append(records, record{partnerships[i].CreatedAt, &partnerships[i].ID})
	}
	sort.SliceStable(records, func(i, j int) bool { return records[i].created.Before(records[j].created) })
	for _, r := range records {
		*r.id = model.NewID(r.created)
	}
	for i, pl := range plans {
		if pl.partner != noPartner {
			partnerships[i].PartnerID = partners[pl.partner].ID
		}
	}

	return Data{School: school, Partners: partners, Partnerships: partnerships}
}
