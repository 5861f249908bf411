package demo

import "github.com/kemitraan/kemitraan/model"

// What each sample partnership recorded at each stage. Days are counted back from
// the day the sample is made (negative: days ahead); the days of activities and of
// the jadwal are counted from the first day of the agreement's period.

type approach struct {
	daysAgo int
	notes   string
}

type candidate struct {
	partner    int
	notes      string
	approaches []approach
}

type scheduleRow struct {
	day           int // days after the period starts
	activity, pic string
}

type budgetRow struct {
	item    string
	amount  model.Rupiah
	partner bool // paid by the partner, else by the school
}

type indicator struct {
	name   string
	target float64
	unit   string
}

type proposal struct {
	background, objectives, targets, activities string
	school, partner                             []string
	schedule                                    []scheduleRow
	budget                                      []budgetRow
	evaluationPlan                              string
	indicators                                  []indicator
	// due are the days after the start an indicator can first be measured, by name
	due map[string]int
}

type agreement struct {
	kind model.AgreementKind
	// partnerNumber is the partner's own number; {bulan} and {tahun} are the month in
	// Roman numerals and the year of the agreement's date.
	partnerNumber   string
	school, partner []string // kewajiban
	purpose         string   // what the partner's contribution pays for, in words
	signDaysAgo     int      // the agreement's date; negative when still ahead
	signed          bool
	startDaysAgo    int // first day of the period, which lasts one year
	// termins are the days after the start each part of a budget line is due (by
	// the line's item); a partner's line without them is due two weeks after the start
	termins map[string][]int
	// inKind says which budget lines the partner gives as goods or services
	inKind map[string]model.ContributionForm
	// personalData: the partnership processes students' or parents' personal data
	personalData bool
	mou          *mouPlan // the MoU a PKS carries out (kind mou_pks)
}

// mouPlan is an MoU signed before the PKS that carries it out.
type mouPlan struct {
	partnerNumber string
	signDaysAgo   int
	startDaysAgo  int
	years         int
}

type activity struct {
	day                        int
	title, description, people string
	status                     model.ActivityStatus
}

type evaluation struct {
	daysAgo            int
	achieved           []float64 // per indicator of the proposal, in order
	ratings            [model.NumBenefits]int
	findings, followUp string
}

type review struct {
	daysAgo  int
	summary  string
	decision model.Decision
}

type plan struct {
	title         string
	category      model.NeedCategory
	need          string
	beneficiaries []model.Beneficiary
	priority      model.Priority
	partner       int
	stage         model.Stage
	status        model.Status
	created       int // days ago
	updated       int // days ago; the last stage move counts too
	hour, mins    int

	candidates []candidate
	proposal   *proposal
	// planStart is when a proposal not yet agreed plans to start (days ago, negative ahead)
	planStart   int
	agreement   *agreement
	activities  []activity
	evaluations []evaluation
	review      *review
	// ended says why a partnership was cancelled or ended outside the stage-7 review
	ended string
}

var (
	siswa         = []model.Beneficiary{model.BenefitSiswa}
	guru          = []model.Beneficiary{model.BenefitGuru}
	siswaGuru     = []model.Beneficiary{model.BenefitSiswa, model.BenefitGuru}
	siswaOrangTua = []model.Beneficiary{model.BenefitSiswa, model.BenefitOrangTua}
	semua         = []model.Beneficiary{model.BenefitSiswa, model.BenefitGuru, model.BenefitOrangTua}
)

const (
	// what the stage 4 form asks: how a dispute ends when deliberation fails, and what
	// the partners add to the article on force majeure (the templates say the rest)
	disputeText      = "PARA PIHAK sepakat menyelesaikannya melalui Pengadilan Negeri Bandung."
	forceMajeureText = "Apabila keadaan kahar berlangsung lebih dari 3 (tiga) bulan, PARA PIHAK " +
		"meninjau kembali jadwal kegiatan dan dapat mengakhiri Perjanjian ini atas kesepakatan bersama."
)

func plans() []plan {
	return []plan{
		{
			title:    "Program Sekolah Ramah Anak dan Pencegahan Perundungan",
			category: model.NeedLainnya,
			need: "Angket iklim sekolah semester lalu menunjukkan 18% siswa kelas VII pernah mengalami " +
				"perundungan verbal. Sekolah memerlukan pendampingan untuk membentuk tim pencegahan " +
				"kekerasan, melatih guru BK dan wali kelas, serta menyusun tata tertib yang ramah anak.",
			beneficiaries: semua, priority: model.PriorityTinggi,
			partner: noPartner, stage: model.StageKebutuhan, status: model.StatusDraft,
			created: 9, updated: 3, hour: 10, mins: 20,
		},
		{
			title:    "Jalur Landai dan Toilet Ramah Disabilitas",
			category: model.NeedSarana,
			need: "Sekolah menerima empat siswa berkebutuhan khusus, dua di antaranya pengguna kursi roda, " +
				"tetapi belum memiliki jalur landai ke lantai dua, pegangan tangan, dan toilet yang " +
				"dapat diakses. Diperlukan dukungan pembangunan sarana yang aksesibel.",
			beneficiaries: siswa, priority: model.PrioritySedang,
			partner: noPartner, stage: model.StageKebutuhan, status: model.StatusDraft,
			created: 16, updated: 16, hour: 8, mins: 45,
		},
		{
			title:    "Ekstrakurikuler Robotik dan Pemrograman",
			category: model.NeedEkstrakurikuler,
			need: "Minat siswa terhadap robotik tinggi (62 pendaftar), tetapi sekolah belum memiliki " +
				"perangkat robotik maupun pembina yang menguasai pemrograman mikrokontroler. " +
				"Diperlukan mitra yang dapat meminjamkan kit robotik dan menyediakan mentor setiap pekan.",
			beneficiaries: siswa, priority: model.PrioritySedang,
			partner: robotika, stage: model.StagePenjajakan, status: model.StatusDraft,
			created: 52, updated: 6, hour: 11, mins: 5,
			candidates: []candidate{
				{robotika, "Memiliki 25 relawan mentor dan berpengalaman membina tim lomba robotik tingkat kota.", []approach{
					{40, "Pertemuan awal dengan koordinator relawan di sekretariat komunitas; komunitas bersedia meminjamkan 10 kit robotik."},
					{26, "Dua mentor meninjau laboratorium komputer dan jadwal ekstrakurikuler hari Jumat."},
					{12, "Komunitas menyatakan kesediaan tertulis; disepakati tiga mentor bergantian setiap pekan."},
				}},
				{teknologi, "Program CSR berfokus pada perangkat TIK; dapat dipertimbangkan untuk pengadaan kit sendiri.", []approach{
					{30, "Dihubungi melalui e-mail; perusahaan belum memiliki program pembinaan robotik untuk SMP."},
				}},
			},
		},
		{
			title:    "Hibah Perangkat Laboratorium Komputer untuk Asesmen Berbasis Komputer",
			category: model.NeedSarana,
			need: "Laboratorium komputer hanya memiliki 20 unit yang layak pakai untuk 320 siswa, sehingga " +
				"asesmen berbasis komputer harus dibagi dalam banyak sesi. Sekolah membutuhkan " +
				"tambahan komputer, jaringan lokal, dan pelatihan teknisi.",
			beneficiaries: siswaGuru, priority: model.PriorityTinggi,
			partner: teknologi, stage: model.StagePenjajakan, status: model.StatusDraft,
			created: 40, updated: 5, hour: 14, mins: 0,
			candidates: []candidate{
				{teknologi, "Menyalurkan hibah perangkat TIK ke sekolah di Kota dan Kabupaten Bandung setiap tahun.", []approach{
					{36, "Presentasi kebutuhan laboratorium kepada manajer kemitraan pendidikan."},
					{20, "Tim teknis perusahaan menyurvei ruang laboratorium, daya listrik, dan jaringan."},
					{9, "Perusahaan meminta rincian spesifikasi dan proposal resmi sebelum akhir bulan."},
				}},
				{bankCSR, "Pernah menghibahkan komputer ke SMP di Kecamatan Regol.", []approach{
					{28, "Konsultasi dengan staf CSR; anggaran hibah perangkat TIK tahun ini sudah tersalurkan."},
				}},
			},
		},
		{
			title:    "Bimbingan Belajar Persiapan Asesmen Nasional oleh Mahasiswa",
			category: model.NeedAkademik,
			need: "Hasil rapor pendidikan menunjukkan kemampuan numerasi siswa masih di bawah kompetensi " +
				"minimum. Sekolah membutuhkan tenaga pendamping belajar tambahan bagi siswa kelas VIII " +
				"di luar jam pelajaran.",
			beneficiaries: siswa, priority: model.PriorityTinggi,
			partner: fakultas, stage: model.StagePenjajakan, status: model.StatusDibatalkan,
			created: 175, updated: 130, hour: 9, mins: 30,
			candidates: []candidate{
				{fakultas, "Program studi pendidikan matematika mewajibkan mahasiswa praktik mengajar di sekolah.", []approach{
					{168, "Audiensi dengan Wakil Dekan Bidang Kerja Sama tentang program mahasiswa mengajar."},
					{150, "Fakultas menawarkan 12 mahasiswa pendidikan matematika sebagai pendamping belajar."},
					{135, "Jadwal praktik lapangan mahasiswa bergeser ke semester genap, sesudah asesmen nasional."},
				}},
				{dinas, "Seksi Kurikulum memiliki program pendampingan numerasi bagi sekolah sasaran.", []approach{
					{160, "Konsultasi dengan Kepala Seksi Kurikulum SMP; sekolah belum termasuk sekolah sasaran tahun ini."},
				}},
			},
			ended: "Jadwal mahasiswa tidak dapat disesuaikan dengan jadwal asesmen nasional; pendampingan " +
				"numerasi dilaksanakan oleh guru matematika sekolah sendiri.",
		},
		{
			title:    "Magang Guru Prakarya di Sentra Batik Cigadung",
			category: model.NeedProfesional,
			need: "Guru Prakarya belum pernah mengikuti praktik langsung membatik tulis dan cap, sehingga " +
				"pembelajaran muatan lokal batik masih sebatas teori. Guru memerlukan magang singkat " +
				"di usaha batik agar dapat membimbing proyek kewirausahaan siswa.",
			beneficiaries: guru, priority: model.PrioritySedang,
			partner: batik, stage: model.StageProposal, status: model.StatusDraft,
			created: 118, updated: 25, hour: 13, mins: 40,
			candidates: []candidate{
				{batik, "Usaha batik tulis dan cap dengan 14 perajin; terbiasa menerima magang mahasiswa.", []approach{
					{110, "Kunjungan ke sentra batik Cigadung bersama dua guru Prakarya."},
					{95, "Pemilik usaha bersedia menerima empat guru magang selama dua pekan pada libur semester."},
					{80, "Disepakati materi magang: pewarnaan alam, batik cap, dan perhitungan harga pokok."},
				}},
			},
			planStart: -40,
			proposal: &proposal{
				background: "Kurikulum Merdeka memberi ruang bagi muatan lokal dan projek penguatan profil pelajar " +
					"Pancasila bertema kewirausahaan. Batik merupakan warisan budaya yang dekat dengan kehidupan " +
					"siswa di Kota Bandung, tetapi guru Prakarya SMP Negeri 1 Bandung belum memiliki pengalaman " +
					"praktik membatik sehingga pembelajaran masih berupa pengenalan teori dan gambar.",
				objectives: "Meningkatkan kompetensi guru Prakarya dalam teknik membatik tulis dan cap, pewarnaan " +
					"alam, serta perhitungan usaha batik skala kecil, sehingga guru mampu membimbing projek " +
					"kewirausahaan siswa secara langsung.",
				targets: "Empat guru Prakarya dan Seni Budaya; dampak lanjutan bagi 320 siswa kelas VIII yang " +
					"mengikuti projek kewirausahaan batik.",
				activities: "Magang guru selama 10 hari kerja di sentra produksi Batik Kujang Parahyangan, dilanjutkan " +
					"dengan praktik membatik bersama siswa di sekolah yang didampingi perajin.",
				school: []string{
					"Menugaskan empat guru peserta magang dan mengatur jadwal pengganti mengajar",
					"Menyediakan transportasi dan konsumsi peserta magang",
					"Menyediakan ruang praktik membatik di sekolah",
				},
				partner: []string{
					"Menyediakan tempat, alat, dan bahan praktik selama magang",
					"Menugaskan perajin senior sebagai pembimbing",
					"Mendampingi praktik perdana membatik bersama siswa di sekolah",
				},
				schedule: []scheduleRow{
					{0, "Pembukaan magang dan pengenalan proses produksi", "Wakasek Kurikulum"},
					{2, "Praktik batik tulis dan pewarnaan alam", "Perajin senior"},
					{7, "Praktik batik cap dan perhitungan harga pokok", "Perajin senior"},
					{11, "Penutupan magang dan penyerahan sertifikat", "Pemilik usaha"},
					{30, "Praktik membatik bersama siswa di sekolah", "Guru Prakarya"},
				},
				budget: []budgetRow{
					{"Transportasi peserta magang (4 orang × 10 hari)", 2_000_000, false},
					{"Konsumsi peserta magang", 1_500_000, false},
					{"Bahan praktik kain mori, malam, dan pewarna alam", 3_250_000, true},
					{"Honor perajin pembimbing", 2_500_000, true},
				},
				evaluationPlan: "Kompetensi guru dinilai melalui karya batik yang dihasilkan pada akhir magang dan " +
					"observasi praktik bersama siswa oleh Wakasek Kurikulum satu bulan sesudah magang.",
				indicators: []indicator{
					{"Guru menyelesaikan magang", 4, "orang"},
					{"Karya batik guru yang layak jual", 8, "lembar"},
					{"Siswa mengikuti praktik membatik", 320, "siswa"},
				},
			},
		},
		{
			title:    "Kantin Sehat dan Gizi Seimbang",
			category: model.NeedDukunganSiswa,
			need: "Banyak siswa tidak sarapan dan jajanan di sekitar sekolah belum terjamin keamanannya. " +
				"Sekolah bersama orang tua ingin menata kantin sehat, menyediakan menu bergizi " +
				"seimbang, dan mengadakan edukasi gizi bagi siswa.",
			beneficiaries: siswaOrangTua, priority: model.PriorityTinggi,
			partner: paguyuban, stage: model.StageProposal, status: model.StatusDraft,
			created: 70, updated: 10, hour: 15, mins: 10,
			candidates: []candidate{
				{paguyuban, "Beberapa orang tua siswa berpengalaman mengelola usaha katering.", []approach{
					{63, "Rapat dengan pengurus paguyuban tentang pengelolaan kantin oleh koperasi orang tua."},
					{50, "Paguyuban menyetujui pembentukan tim kantin sehat dan iuran sukarela untuk peralatan."},
				}},
				{puskesmas, "Memiliki tenaga gizi dan sanitarian untuk pembinaan kantin sekolah.", []approach{
					{56, "Konsultasi dengan petugas gizi; puskesmas bersedia memberi penyuluhan, tetapi tidak mengelola kantin."},
				}},
			},
			planStart: -25,
			proposal: &proposal{
				background: "Survei sarapan kepada 640 siswa menunjukkan 41% siswa tidak sarapan sebelum berangkat " +
					"sekolah, sementara kantin sekolah belum memenuhi syarat kantin sehat dan sebagian jajanan " +
					"di luar pagar sekolah menggunakan pewarna dan pengawet yang tidak aman.",
				objectives: "Mewujudkan kantin sekolah yang memenuhi standar kantin sehat, menyediakan menu bergizi " +
					"seimbang dengan harga terjangkau, dan menumbuhkan kebiasaan makan sehat pada siswa.",
				targets: "Seluruh siswa SMP Negeri 1 Bandung (960 siswa) dan enam pengelola kantin.",
				activities: "Penataan ruang dan peralatan kantin, pelatihan higiene dan sanitasi bagi pengelola, " +
					"penyusunan menu mingguan bergizi seimbang, serta edukasi gizi melalui kegiatan Jumat Sehat.",
				school: []string{
					"Menyediakan ruang kantin dan sarana air bersih",
					"Menetapkan tata tertib jajan sehat di lingkungan sekolah",
					"Mengintegrasikan edukasi gizi ke dalam kegiatan Jumat Sehat",
				},
				partner: []string{
					"Membentuk tim pengelola kantin dari unsur orang tua",
					"Menyediakan menu bergizi seimbang dengan harga yang disepakati",
					"Menghimpun donasi sukarela untuk peralatan kantin",
					"Melaporkan pengelolaan kantin setiap bulan kepada sekolah",
				},
				schedule: []scheduleRow{
					{0, "Penataan ruang dan peralatan kantin", "Wakasek Sarana"},
					{7, "Pelatihan higiene dan sanitasi pengelola kantin", "Pembina UKS"},
					{14, "Peluncuran kantin sehat dan menu mingguan", "Ketua Paguyuban"},
					{45, "Pemeriksaan sampel jajanan oleh puskesmas", "Pembina UKS"},
				},
				budget: []budgetRow{
					{"Etalase tertutup dan peralatan makan", 7_500_000, true},
					{"Wastafel dan saluran air kantin", 4_200_000, false},
					{"Pelatihan higiene pengelola kantin", 1_800_000, false},
				},
				evaluationPlan: "Pembina UKS menilai kantin setiap bulan dengan daftar periksa kantin sehat dan " +
					"melakukan survei kebiasaan sarapan siswa pada akhir semester.",
				indicators: []indicator{
					{"Butir daftar periksa kantin sehat terpenuhi", 90, "%"},
					{"Siswa yang sarapan sebelum sekolah", 80, "%"},
				},
			},
		},
		{
			title:    "Pendampingan Praktikum dan Penataan Laboratorium IPA",
			category: model.NeedSarana,
			need: "Laboratorium IPA belum memenuhi standar: banyak alat praktikum rusak, bahan kimia belum " +
				"tertata sesuai kaidah keselamatan, dan guru jarang melaksanakan praktikum. Sekolah " +
				"membutuhkan pendampingan penataan laboratorium dan hibah alat peraga.",
			beneficiaries: siswaGuru, priority: model.PriorityTinggi,
			partner: fakultas, stage: model.StagePerjanjian, status: model.StatusDraft,
			created: 160, updated: 2, hour: 10, mins: 0,
			candidates: []candidate{
				{fakultas, "Memiliki laboratorium pendidikan IPA dan program pengabdian kepada masyarakat.", []approach{
					{150, "Audiensi dengan Wakil Dekan Bidang Kerja Sama; fakultas tertarik menjadikan sekolah mitra pengabdian."},
					{138, "Tim dosen meninjau laboratorium IPA dan menginventarisasi alat yang rusak."},
					{125, "Fakultas menyetujui hibah alat peraga dan pendampingan praktikum selama satu tahun."},
				}},
			},
			proposal: &proposal{
				background: "Laboratorium IPA SMP Negeri 1 Bandung dibangun tahun 2004 dan belum pernah ditata ulang. " +
					"Inventarisasi menunjukkan 46% alat praktikum rusak atau tidak lengkap, bahan kimia disimpan " +
					"tanpa lembar data keselamatan, dan rata-rata praktikum hanya dua kali per semester.",
				objectives: "Menata laboratorium IPA sesuai standar keselamatan, melengkapi alat peraga praktikum, " +
					"dan meningkatkan keterampilan guru IPA merancang praktikum berbasis inkuiri.",
				targets: "Enam guru IPA, satu laboran, dan 960 siswa kelas VII sampai IX.",
				activities: "Penataan ruang dan penyimpanan bahan kimia, hibah alat peraga, lokakarya perancangan " +
					"praktikum inkuiri, dan pendampingan praktikum di kelas oleh dosen serta mahasiswa.",
				school: []string{
					"Menyediakan ruang laboratorium dan lemari penyimpanan bahan",
					"Menugaskan guru IPA dan laboran mengikuti lokakarya",
					"Menjadwalkan praktikum sedikitnya empat kali per semester",
				},
				partner: []string{
					"Menghibahkan alat peraga praktikum IPA",
					"Menugaskan dosen pendamping dan mahasiswa",
					"Menyelenggarakan lokakarya praktikum inkuiri",
					"Menyusun panduan keselamatan laboratorium",
				},
				schedule: []scheduleRow{
					{0, "Penataan ruang dan penyimpanan bahan kimia", "Laboran"},
					{14, "Serah terima hibah alat peraga", "Dekan FMIPA"},
					{21, "Lokakarya perancangan praktikum inkuiri", "Dosen pendamping"},
					{60, "Pendampingan praktikum di kelas VII", "Guru IPA"},
					{180, "Evaluasi pelaksanaan praktikum", "Wakasek Kurikulum"},
				},
				budget: []budgetRow{
					{"Alat peraga praktikum IPA (24 jenis)", 38_500_000, true},
					{"Lemari asam dan lemari penyimpanan bahan kimia", 12_000_000, true},
					{"Honor dan transportasi dosen pendamping", 6_000_000, true},
					{"Konsumsi lokakarya", 2_400_000, false},
					{"Bahan habis pakai praktikum", 5_000_000, false},
				},
				evaluationPlan: "Evaluasi dilakukan setiap semester dengan membandingkan jumlah praktikum, hasil " +
					"observasi pembelajaran, dan kondisi laboratorium terhadap daftar periksa keselamatan.",
				indicators: []indicator{
					{"Praktikum terlaksana per semester per kelas", 4, "kali"},
					{"Alat praktikum dalam kondisi baik", 90, "%"},
					{"Guru IPA merancang praktikum inkuiri", 6, "orang"},
				},
			},
			agreement: &agreement{
				kind: model.AgreementPKS, partnerNumber: "1287/UN-PRI.FMIPA/KS/{tahun}",
				school: []string{
					"Menyediakan ruang laboratorium IPA beserta sarana penyimpanan bahan",
					"Menugaskan guru IPA dan laboran mengikuti seluruh kegiatan",
					"Memelihara dan mencatat alat peraga hibah sebagai barang milik daerah",
					"Menyampaikan laporan pelaksanaan praktikum setiap semester",
				},
				partner: []string{
					"Menghibahkan alat peraga praktikum IPA sebagaimana dirinci dalam pasal tentang pembiayaan",
					"Menugaskan dosen pendamping dan mahasiswa selama jangka waktu Perjanjian",
					"Menyelenggarakan lokakarya perancangan praktikum inkuiri",
					"Menyusun panduan keselamatan laboratorium sekolah",
				},
				purpose: "alat peraga, sarana penyimpanan bahan kimia, dan pendampingan dosen",
				inKind: map[string]model.ContributionForm{
					"Alat peraga praktikum IPA (24 jenis)":           model.FormGoods,
					"Lemari asam dan lemari penyimpanan bahan kimia": model.FormGoods,
					"Honor dan transportasi dosen pendamping":        model.FormServices,
				},
				signDaysAgo: 2, signed: true, startDaysAgo: -5,
			},
		},
		{
			title:    "Pelatihan Kewirausahaan dan Bazar Karya Siswa",
			category: model.NeedLainnya,
			need: "Proyek penguatan profil pelajar Pancasila bertema kewirausahaan memerlukan praktisi " +
				"usaha yang dapat melatih siswa menghitung modal, mengemas produk, dan memasarkan " +
				"karya pada bazar akhir semester.",
			beneficiaries: siswa, priority: model.PrioritySedang,
			partner: batik, stage: model.StagePerjanjian, status: model.StatusDibatalkan,
			created: 100, updated: 44, hour: 14, mins: 25,
			candidates: []candidate{
				{batik, "Pemilik usaha aktif membina UMKM batik di Kecamatan Cibeunying Kaler.", []approach{
					{95, "Pemilik usaha bersedia menjadi praktisi pendamping projek kewirausahaan kelas IX."},
					{88, "Disepakati pendampingan empat kali pertemuan dan bazar karya pada akhir semester."},
				}},
				{paguyuban, "Beberapa orang tua siswa adalah pelaku UMKM kuliner dan kriya.", []approach{
					{91, "Orang tua bersedia menjadi narasumber sekali, tetapi tidak dapat mendampingi secara rutin."},
				}},
			},
			proposal: &proposal{
				background: "Projek penguatan profil pelajar Pancasila kelas IX bertema kewirausahaan menuntut siswa " +
					"merancang, membuat, dan menjual produk. Guru membutuhkan praktisi usaha agar siswa belajar " +
					"langsung dari pengalaman nyata pelaku usaha.",
				objectives: "Melatih siswa menghitung modal dan harga jual, mengemas produk, serta memasarkan karya " +
					"secara langsung dan daring.",
				targets: "320 siswa kelas IX dalam 10 rombongan belajar dan 10 guru fasilitator projek.",
				activities: "Empat sesi pelatihan kewirausahaan oleh praktisi, pendampingan pembuatan produk, dan " +
					"bazar karya siswa pada akhir semester.",
				school:  []string{"Menyusun modul projek dan menugaskan guru fasilitator", "Menyelenggarakan bazar karya siswa"},
				partner: []string{"Memberikan pelatihan kewirausahaan empat sesi", "Menilai produk siswa bersama guru"},
				schedule: []scheduleRow{
					{0, "Sesi 1: menghitung modal dan harga jual", "Praktisi mitra"},
					{7, "Sesi 2: desain dan pengemasan produk", "Praktisi mitra"},
					{14, "Sesi 3: pemasaran daring", "Praktisi mitra"},
					{60, "Bazar karya siswa", "Koordinator projek"},
				},
				budget: []budgetRow{
					{"Honor praktisi (4 sesi)", 2_000_000, false},
					{"Modal awal produk siswa", 5_000_000, false},
					{"Tenda dan perlengkapan bazar", 1_500_000, true},
				},
				evaluationPlan: "Guru fasilitator menilai rencana usaha dan produk setiap kelompok dengan rubrik projek.",
				indicators: []indicator{
					{"Kelompok siswa menghasilkan produk layak jual", 40, "kelompok"},
					{"Penjualan pada bazar", 10_000_000, "rupiah"},
				},
			},
			agreement: &agreement{
				kind: model.AgreementPKS, partnerNumber: "07/BKP/{bulan}/{tahun}",
				school: []string{
					"Menyusun modul projek kewirausahaan",
					"Menugaskan guru fasilitator mendampingi setiap sesi",
					"Menyelenggarakan bazar karya siswa",
				},
				partner: []string{
					"Memberikan pelatihan kewirausahaan sebanyak empat sesi",
					"Menilai produk siswa bersama guru fasilitator",
					"Meminjamkan tenda dan perlengkapan bazar",
				},
				purpose:     "perlengkapan bazar karya siswa",
				signDaysAgo: 39, startDaysAgo: 32,
			},
			ended: "Pemilik usaha tidak dapat memenuhi jadwal pendampingan semester ini karena pesanan meningkat; " +
				"kemitraan dibatalkan sebelum penandatanganan dan dapat diajukan kembali tahun depan.",
		},
		{
			title:    "Gerakan Literasi Sekolah: Pojok Baca Kelas",
			category: model.NeedAkademik,
			need: "Minat baca siswa rendah dan koleksi perpustakaan sebagian besar buku paket. Sekolah " +
				"membutuhkan tambahan buku bacaan bermutu untuk pojok baca di setiap kelas serta " +
				"pendampingan kegiatan membaca 15 menit sebelum pelajaran.",
			beneficiaries: siswaGuru, priority: model.PriorityTinggi,
			partner: yayasan, stage: model.StageImplementasi, status: model.StatusBerjalan,
			created: 205, updated: 4, hour: 8, mins: 15,
			candidates: []candidate{
				{yayasan, "Mengelola 12 taman baca di Kota Bandung dan menyalurkan donasi buku anak dan remaja.", []approach{
					{198, "Kunjungan ke Taman Baca Cahaya Ilmu; yayasan memiliki program pojok baca sekolah."},
					{185, "Yayasan meninjau ruang kelas dan perpustakaan sekolah."},
					{176, "Yayasan menyanggupi 600 buku bacaan dan pendampingan wali kelas selama satu tahun."},
				}},
				{dinas, "Perpustakaan daerah di bawah koordinasi dinas membuka layanan perpustakaan keliling.", []approach{
					{190, "Layanan perpustakaan keliling hanya dapat berkunjung sebulan sekali."},
				}},
			},
			proposal: &proposal{
				background: "Asesmen literasi menunjukkan 38% siswa kelas VII belum mencapai kompetensi minimum membaca. " +
					"Koleksi perpustakaan didominasi buku paket, sedangkan buku bacaan fiksi dan nonfiksi untuk " +
					"remaja sangat terbatas. Kegiatan membaca 15 menit belum berjalan karena kelas tidak memiliki " +
					"bahan bacaan.",
				objectives: "Menumbuhkan kebiasaan membaca siswa melalui pojok baca di setiap kelas dan kegiatan " +
					"membaca 15 menit sebelum pelajaran, serta meningkatkan kemampuan literasi membaca siswa.",
				targets: "30 rombongan belajar (960 siswa) dan 30 wali kelas SMP Negeri 1 Bandung.",
				activities: "Penyediaan pojok baca di setiap kelas, hibah buku bacaan, pelatihan wali kelas sebagai " +
					"pendamping literasi, jurnal membaca siswa, dan festival literasi setiap semester.",
				school: []string{
					"Menyediakan rak pojok baca di setiap kelas",
					"Menjadwalkan kegiatan membaca 15 menit setiap hari",
					"Menugaskan wali kelas sebagai pendamping literasi",
				},
				partner: []string{
					"Menghibahkan 600 buku bacaan bermutu",
					"Melatih wali kelas mengelola pojok baca",
					"Mendampingi festival literasi setiap semester",
				},
				schedule: []scheduleRow{
					{7, "Serah terima buku dan penataan pojok baca", "Pustakawan"},
					{20, "Pelatihan wali kelas pendamping literasi", "Fasilitator yayasan"},
					{60, "Festival literasi semester ganjil", "Wakasek Kesiswaan"},
					{180, "Festival literasi semester genap", "Wakasek Kesiswaan"},
				},
				budget: []budgetRow{
					{"Rak pojok baca (30 kelas)", 9_000_000, false},
					{"Buku bacaan fiksi dan nonfiksi (600 eksemplar)", 27_000_000, true},
					{"Pelatihan wali kelas", 3_500_000, true},
					{"Hadiah festival literasi", 2_000_000, false},
				},
				evaluationPlan: "Wali kelas merekap jurnal membaca siswa setiap bulan; asesmen literasi diulang pada " +
					"akhir tahun pelajaran dan dibandingkan dengan hasil awal.",
				indicators: []indicator{
					{"Buku dibaca per siswa per semester", 6, "buku"},
					{"Kelas yang melaksanakan membaca 15 menit setiap hari", 30, "kelas"},
					{"Siswa kelas VII mencapai kompetensi minimum literasi", 80, "%"},
				},
			},
			agreement: &agreement{
				kind: model.AgreementPKS, partnerNumber: "012/YTB-CI/KS/{bulan}/{tahun}",
				school: []string{
					"Menyediakan rak pojok baca di setiap kelas",
					"Menjadwalkan kegiatan membaca 15 menit sebelum pelajaran",
					"Menugaskan wali kelas sebagai pendamping literasi",
					"Mencatat buku hibah dalam inventaris perpustakaan",
				},
				partner: []string{
					"Menghibahkan 600 buku bacaan sebagaimana dirinci dalam pasal tentang pembiayaan",
					"Melatih wali kelas mengelola pojok baca",
					"Mendampingi festival literasi setiap semester",
					"Memberikan rekomendasi bacaan sesuai jenjang",
				},
				purpose: "buku bacaan dan pelatihan wali kelas",
				inKind: map[string]model.ContributionForm{
					"Buku bacaan fiksi dan nonfiksi (600 eksemplar)": model.FormGoods,
					"Pelatihan wali kelas":                           model.FormServices,
				},
				signDaysAgo: 129, signed: true, startDaysAgo: 122,
			},
			activities: []activity{
				{7, "Serah terima 600 buku dan penataan pojok baca", "Buku dibagikan ke 30 kelas, masing-masing 20 judul.", "Pustakawan, 30 wali kelas, fasilitator yayasan", model.ActivityDone},
				{20, "Pelatihan wali kelas pendamping literasi", "Pelatihan sehari tentang pengelolaan pojok baca dan jurnal membaca.", "30 wali kelas, 2 fasilitator yayasan", model.ActivityDone},
				{64, "Festival literasi semester ganjil", "Lomba mendongeng, pameran resensi, dan bazar buku bekas.", "960 siswa, OSIS, yayasan", model.ActivityDone},
				{90, "Kunjungan penulis remaja", "Dibatalkan karena penulis berhalangan; dijadwalkan ulang semester genap.", "Siswa kelas VII", model.ActivityCancelled},
				{117, "Lomba resensi buku antarkelas", "Setiap kelas mengirim tiga resensi terbaik.", "Wali kelas, guru Bahasa Indonesia", model.ActivityPlanned},
			},
		},
		{
			title:    "Pelatihan Pembelajaran Berdiferensiasi bagi Guru",
			category: model.NeedProfesional,
			need: "Supervisi akademik menemukan bahwa sebagian besar guru belum menyesuaikan pembelajaran " +
				"dengan kesiapan dan minat belajar siswa. Guru memerlukan lokakarya dan pendampingan " +
				"di kelas tentang pembelajaran berdiferensiasi sesuai Kurikulum Merdeka.",
			beneficiaries: siswaGuru, priority: model.PrioritySedang,
			partner: dinas, stage: model.StageImplementasi, status: model.StatusBerjalan,
			created: 150, updated: 20, hour: 9, mins: 50,
			candidates: []candidate{
				{dinas, "Memiliki pengawas sekolah dan fasilitator Kurikulum Merdeka.", []approach{
					{144, "Konsultasi dengan Kepala Seksi Kurikulum SMP tentang program pendampingan guru."},
					{137, "Dinas menyetujui pendampingan oleh dua fasilitator dan pengawas pembina."},
				}},
			},
			proposal: &proposal{
				background: "Hasil supervisi akademik semester lalu menunjukkan 27 dari 42 guru masih menggunakan satu " +
					"strategi untuk seluruh siswa di kelas. Rapor pendidikan menunjukkan kesenjangan hasil belajar " +
					"antarsiswa yang lebar, terutama pada mata pelajaran matematika dan bahasa Inggris.",
				objectives: "Meningkatkan kemampuan guru melakukan asesmen diagnostik dan merancang pembelajaran " +
					"berdiferensiasi konten, proses, dan produk sesuai Kurikulum Merdeka.",
				targets: "42 guru SMP Negeri 1 Bandung, diutamakan guru matematika, bahasa Inggris, dan IPA.",
				activities: "Lokakarya dua hari, pendampingan di kelas oleh fasilitator, dan komunitas belajar guru " +
					"setiap dua pekan.",
				school: []string{
					"Menugaskan seluruh guru mengikuti lokakarya",
					"Menjadwalkan komunitas belajar guru setiap dua pekan",
					"Menyediakan ruang dan konsumsi kegiatan",
				},
				partner: []string{
					"Menugaskan dua fasilitator Kurikulum Merdeka",
					"Menugaskan pengawas pembina untuk pendampingan di kelas",
					"Menerbitkan sertifikat bagi peserta",
				},
				schedule: []scheduleRow{
					{5, "Lokakarya asesmen diagnostik dan pembelajaran berdiferensiasi", "Fasilitator dinas"},
					{40, "Pendampingan di kelas tahap I", "Pengawas pembina"},
					{100, "Pendampingan di kelas tahap II", "Pengawas pembina"},
					{150, "Gelar karya praktik baik guru", "Wakasek Kurikulum"},
				},
				budget: []budgetRow{
					{"Konsumsi lokakarya (2 hari, 50 orang)", 4_000_000, false},
					{"Penggandaan modul", 1_250_000, false},
					{"Transportasi fasilitator", 3_000_000, true},
				},
				evaluationPlan: "Pengawas pembina mengobservasi pembelajaran dengan instrumen supervisi sebelum dan " +
					"sesudah pendampingan; modul ajar guru ditelaah oleh tim kurikulum sekolah.",
				indicators: []indicator{
					{"Guru menyusun modul ajar berdiferensiasi", 35, "orang"},
					{"Skor rata-rata observasi pembelajaran", 80, "poin"},
				},
			},
			agreement: &agreement{
				kind: model.AgreementPKS, partnerNumber: "800/1402-Disdik/{tahun}",
				school: []string{
					"Menugaskan seluruh guru mengikuti lokakarya dan pendampingan",
					"Menjadwalkan komunitas belajar guru",
					"Menyediakan ruang dan konsumsi kegiatan",
				},
				partner: []string{
					"Menugaskan dua fasilitator Kurikulum Merdeka",
					"Menugaskan pengawas pembina untuk pendampingan di kelas",
					"Menerbitkan sertifikat bagi guru peserta",
				},
				purpose:     "fasilitator dan pengawas pembina dari program pengembangan guru",
				signDaysAgo: 94, signed: true, startDaysAgo: 90,
			},
			activities: []activity{
				{5, "Lokakarya pembelajaran berdiferensiasi", "Lokakarya dua hari tentang asesmen diagnostik dan strategi diferensiasi.", "42 guru, 2 fasilitator dinas", model.ActivityDone},
				{40, "Pendampingan di kelas tahap I", "Observasi dan umpan balik pada 14 kelas.", "Pengawas pembina, 14 guru", model.ActivityDone},
				{100, "Pendampingan di kelas tahap II", "Observasi lanjutan pada kelas yang sama.", "Pengawas pembina, 14 guru", model.ActivityPlanned},
			},
		},
		{
			title:    "Beasiswa Siswa Berprestasi dari Keluarga Prasejahtera",
			category: model.NeedDukunganSiswa,
			need: "Sebanyak 37 siswa berprestasi berasal dari keluarga prasejahtera dan berisiko tidak " +
				"melanjutkan ke SMA. Diperlukan bantuan biaya seragam, buku, dan transportasi serta " +
				"pendampingan motivasi belajar.",
			beneficiaries: siswaOrangTua, priority: model.PriorityTinggi,
			partner: bankCSR, stage: model.StageMonev, status: model.StatusBerjalan,
			created: 212, updated: 8, hour: 10, mins: 35,
			candidates: []candidate{
				{bankCSR, "Program CSR pendidikan menyalurkan beasiswa bagi siswa SMP dan SMA.", []approach{
					{205, "Pertemuan dengan staf program CSR pendidikan di kantor pusat."},
					{196, "Bank meminta data calon penerima dan surat keterangan dari kelurahan."},
					{188, "Bank menyetujui beasiswa bagi 37 siswa selama satu tahun."},
				}},
				{paguyuban, "Paguyuban menggalang donasi seragam bagi siswa yang membutuhkan.", []approach{
					{200, "Paguyuban dapat membantu seragam, tetapi tidak biaya transportasi sepanjang tahun."},
				}},
			},
			proposal: &proposal{
				background: "Data Dapodik menunjukkan 37 siswa berprestasi (peringkat sepuluh besar di kelasnya) " +
					"berasal dari keluarga penerima bantuan sosial. Wali kelas mencatat sebagian dari mereka sering " +
					"terlambat atau tidak hadir karena tidak memiliki ongkos transportasi.",
				objectives: "Menjamin siswa berprestasi dari keluarga prasejahtera tetap bersekolah, hadir secara " +
					"teratur, dan melanjutkan pendidikan ke jenjang SMA/SMK.",
				targets: "37 siswa kelas VII sampai IX penerima beasiswa beserta orang tua atau walinya.",
				activities: "Penyaluran beasiswa dalam dua tahap (seragam, buku, dan transportasi), pendampingan " +
					"motivasi belajar setiap bulan oleh guru BK, dan pertemuan orang tua setiap semester.",
				school: []string{
					"Menyeleksi dan memverifikasi calon penerima",
					"Menugaskan guru BK mendampingi penerima setiap bulan",
					"Melaporkan kehadiran dan hasil belajar penerima setiap semester",
				},
				partner: []string{
					"Menyalurkan dana beasiswa melalui rekening tabungan pelajar",
					"Menyelenggarakan edukasi literasi keuangan bagi penerima",
				},
				schedule: []scheduleRow{
					{10, "Seleksi dan verifikasi penerima", "Guru BK"},
					{30, "Penyaluran beasiswa tahap I", "Bendahara sekolah"},
					{120, "Edukasi literasi keuangan", "Staf CSR bank"},
					{200, "Penyaluran beasiswa tahap II", "Bendahara sekolah"},
				},
				budget: []budgetRow{
					{"Biaya transportasi (37 siswa × 12 bulan)", 66_600_000, true},
					{"Seragam dan sepatu", 18_500_000, true},
					{"Buku dan alat tulis", 11_100_000, true},
					{"Pendampingan guru BK", 3_000_000, false},
				},
				evaluationPlan: "Guru BK memantau kehadiran dan nilai rapor penerima setiap semester; bank menerima " +
					"laporan penggunaan dana dan foto kegiatan.",
				indicators: []indicator{
					{"Kehadiran rata-rata penerima", 95, "%"},
					{"Penerima naik kelas atau lulus", 37, "siswa"},
					{"Lulusan penerima yang melanjutkan ke SMA/SMK", 100, "%"},
				},
				due: map[string]int{"Lulusan penerima yang melanjutkan ke SMA/SMK": 340},
			},
			agreement: &agreement{
				kind: model.AgreementPKS, partnerNumber: "045/CSR-BPS/{bulan}/{tahun}",
				school: []string{
					"Menyeleksi penerima secara objektif dan transparan",
					"Menugaskan guru BK mendampingi penerima",
					"Menyampaikan laporan penggunaan dana setiap semester",
					"Mencantumkan dukungan PIHAK KEDUA dalam publikasi kegiatan",
				},
				partner: []string{
					"Menyalurkan dana beasiswa dalam dua tahap",
					"Membuka rekening tabungan pelajar bagi setiap penerima",
					"Menyelenggarakan edukasi literasi keuangan",
				},
				purpose:      "beasiswa transportasi, seragam, buku, dan alat tulis bagi 37 siswa",
				termins:      map[string][]int{"Biaya transportasi (37 siswa × 12 bulan)": {28, 198}},
				personalData: true,
				signDaysAgo:  149, signed: true, startDaysAgo: 140,
			},
			activities: []activity{
				{10, "Seleksi dan verifikasi penerima beasiswa", "Verifikasi dokumen dan kunjungan rumah.", "Guru BK, wali kelas", model.ActivityDone},
				{30, "Penyaluran beasiswa tahap I", "Penyerahan seragam, buku, dan buku tabungan.", "37 siswa, orang tua, staf CSR", model.ActivityDone},
				{120, "Edukasi literasi keuangan", "Sesi menabung dan mengelola uang saku.", "37 siswa, staf CSR bank", model.ActivityDone},
				{200, "Penyaluran beasiswa tahap II", "Transfer dana transportasi semester genap.", "Bendahara sekolah, staf CSR", model.ActivityPlanned},
			},
			evaluations: []evaluation{
				{20, []float64{93, 37, 0}, [model.NumBenefits]int{5, 3, 5, 4, 3},
					"Kehadiran penerima naik dari 84% menjadi 93%; dua siswa masih sering terlambat karena jarak rumah jauh.",
					"Guru BK melakukan kunjungan rumah kepada dua siswa; bank diminta mempercepat penyaluran tahap II."},
			},
		},
		{
			title:    "Pembinaan Ekstrakurikuler Palang Merah Remaja",
			category: model.NeedEkstrakurikuler,
			need: "Anggota PMR bertambah menjadi 54 siswa, tetapi pembina sekolah belum bersertifikat " +
				"pertolongan pertama dan perlengkapan P3K di UKS terbatas. Sekolah membutuhkan " +
				"pelatih bersertifikat dan pembinaan berkala.",
			beneficiaries: siswaGuru, priority: model.PrioritySedang,
			partner: pmi, stage: model.StageMonev, status: model.StatusBerjalan,
			created: 200, updated: 30, hour: 13, mins: 0,
			candidates: []candidate{
				{pmi, "Membina PMR di sekolah se-Kota Bandung dan memiliki pelatih bersertifikat.", []approach{
					{192, "Audiensi dengan pembina PMR wilayah di markas PMI."},
					{185, "PMI menyetujui nota kesepahaman pembinaan PMR Madya."},
				}},
				{puskesmas, "Puskesmas membina UKS sekolah di wilayahnya.", []approach{
					{190, "Puskesmas dapat membantu penyuluhan, tetapi tidak memiliki pelatih PMR."},
				}},
			},
			proposal: &proposal{
				background: "Ekstrakurikuler PMR diminati 54 siswa, tetapi pembinaan selama ini hanya dilakukan oleh " +
					"guru olahraga yang belum bersertifikat pertolongan pertama. Perlengkapan P3K di UKS tidak " +
					"lengkap dan tim PMR belum pernah mengikuti pelatihan resmi.",
				objectives: "Membina anggota PMR agar terampil memberikan pertolongan pertama dan siaga bencana, " +
					"serta menyiapkan pembina sekolah yang bersertifikat.",
				targets: "54 anggota PMR Madya dan 2 guru pembina.",
				activities: "Pelatihan dasar pertolongan pertama, pelatihan pembina, pembinaan rutin dua pekan sekali, " +
					"dan simulasi tanggap bencana bersama warga sekolah.",
				school: []string{
					"Menugaskan dua guru pembina PMR",
					"Menyediakan ruang UKS dan jadwal latihan",
				},
				partner: []string{
					"Menugaskan pelatih bersertifikat",
					"Menyelenggarakan pelatihan pembina PMR",
					"Meminjamkan perlengkapan simulasi",
				},
				schedule: []scheduleRow{
					{14, "Pelatihan dasar pertolongan pertama", "Pelatih PMI"},
					{45, "Pelatihan pembina PMR", "Pelatih PMI"},
					{90, "Kemah bakti PMR", "Pembina PMR"},
					{160, "Simulasi tanggap bencana gempa bumi", "Pembina PMR"},
				},
				budget: []budgetRow{
					{"Perlengkapan P3K dan tandu", 4_750_000, false},
					{"Pelatihan pembina PMR (2 orang)", 1_500_000, true},
					{"Konsumsi latihan", 2_160_000, false},
				},
				evaluationPlan: "Pelatih PMI menguji keterampilan anggota setiap semester; pembina mencatat kehadiran latihan.",
				indicators: []indicator{
					{"Anggota lulus uji pertolongan pertama", 45, "siswa"},
					{"Pembina bersertifikat", 2, "orang"},
				},
			},
			agreement: &agreement{
				kind: model.AgreementMoUPKS, partnerNumber: "121/PKS/PMI-KTBDG/{bulan}/{tahun}",
				mou: &mouPlan{partnerNumber: "118/MOU/PMI-KTBDG/{bulan}/{tahun}", signDaysAgo: 170, startDaysAgo: 165, years: 3},
				school: []string{
					"Menugaskan dua guru pembina PMR",
					"Menyediakan ruang UKS dan jadwal latihan",
					"Mengikutsertakan anggota PMR dalam kegiatan PMI Kota Bandung",
				},
				partner: []string{
					"Menugaskan pelatih bersertifikat untuk pembinaan rutin",
					"Menyelenggarakan pelatihan pembina PMR",
					"Meminjamkan perlengkapan simulasi tanggap bencana",
				},
				purpose:     "pelatihan pembina PMR",
				inKind:      map[string]model.ContributionForm{"Pelatihan pembina PMR (2 orang)": model.FormServices},
				signDaysAgo: 144, signed: true, startDaysAgo: 137,
			},
			activities: []activity{
				{14, "Pelatihan dasar pertolongan pertama", "Materi balut bidai, resusitasi jantung paru, dan evakuasi.", "54 anggota PMR, 2 pelatih PMI", model.ActivityDone},
				{45, "Pelatihan pembina PMR", "Dua guru mengikuti pelatihan tiga hari di markas PMI.", "2 guru pembina", model.ActivityDone},
				{90, "Kemah bakti PMR", "Dibatalkan karena hujan lebat dan peringatan cuaca ekstrem.", "54 anggota PMR", model.ActivityCancelled},
				{160, "Simulasi tanggap bencana gempa bumi", "Simulasi evakuasi seluruh warga sekolah.", "960 siswa, guru, PMI", model.ActivityPlanned},
			},
			evaluations: []evaluation{
				{32, []float64{41, 2}, [model.NumBenefits]int{3, 5, 4, 3, 4},
					"41 anggota lulus uji pertolongan pertama; kedua pembina telah bersertifikat. Kemah bakti batal karena cuaca.",
					"Uji ulang bagi 13 anggota pada bulan depan; kemah bakti dijadwalkan ulang pada musim kemarau."},
			},
		},
		{
			title:    "Penjaringan dan Pemeriksaan Kesehatan Berkala Siswa",
			category: model.NeedDukunganSiswa,
			need: "Sekolah perlu melaksanakan penjaringan kesehatan siswa baru, pemeriksaan berkala, " +
				"pemberian tablet tambah darah bagi siswi, serta penyuluhan kesehatan reproduksi " +
				"remaja yang belum dapat ditangani sendiri oleh UKS.",
			beneficiaries: siswaOrangTua, priority: model.PriorityTinggi,
			partner: puskesmas, stage: model.StagePeninjauan, status: model.StatusBerjalan,
			created: 420, updated: 18, hour: 8, mins: 0,
			candidates: []candidate{
				{puskesmas, "Puskesmas wilayah sekolah; wajib membina UKS di wilayahnya.", []approach{
					{412, "Pertemuan dengan koordinator UKS puskesmas tentang jadwal penjaringan kesehatan."},
					{403, "Puskesmas menyiapkan tim dokter, perawat, petugas gizi, dan bidan."},
					{396, "Disepakati jadwal penjaringan, pemberian tablet tambah darah, dan penyuluhan."},
				}},
			},
			proposal: &proposal{
				background: "Sekolah menerima 320 siswa baru setiap tahun. UKS hanya dikelola seorang guru pembina tanpa " +
					"tenaga kesehatan, sehingga penjaringan kesehatan, pemantauan anemia pada siswi, dan penyuluhan " +
					"kesehatan reproduksi remaja belum terlaksana secara teratur.",
				objectives: "Mendeteksi dini masalah kesehatan siswa, menurunkan angka anemia pada siswi, dan " +
					"meningkatkan pengetahuan siswa tentang kesehatan reproduksi remaja.",
				targets: "960 siswa, khususnya 320 siswa baru kelas VII dan 480 siswi penerima tablet tambah darah.",
				activities: "Penjaringan kesehatan siswa baru, pemeriksaan berkala setiap semester, pemberian tablet " +
					"tambah darah setiap pekan, dan penyuluhan kesehatan reproduksi remaja.",
				school: []string{
					"Menyediakan ruang pemeriksaan dan jadwal per kelas",
					"Menugaskan pembina UKS dan kader kesehatan siswa",
					"Menyampaikan hasil pemeriksaan kepada orang tua",
				},
				partner: []string{
					"Menugaskan tenaga kesehatan untuk penjaringan dan pemeriksaan berkala",
					"Menyediakan tablet tambah darah",
					"Memberikan penyuluhan kesehatan reproduksi remaja",
				},
				schedule: []scheduleRow{
					{10, "Penjaringan kesehatan siswa baru", "Tim puskesmas"},
					{45, "Pemberian tablet tambah darah perdana", "Petugas gizi"},
					{120, "Penyuluhan kesehatan reproduksi remaja", "Bidan puskesmas"},
					{200, "Pemeriksaan berkala semester genap", "Tim puskesmas"},
				},
				budget: []budgetRow{
					{"Tablet tambah darah (480 siswi × 52 pekan)", 12_480_000, true},
					{"Tenaga kesehatan dan bahan pemeriksaan", 9_600_000, true},
					{"Formulir dan kartu kesehatan siswa", 960_000, false},
					{"Konsumsi penyuluhan", 1_500_000, false},
				},
				evaluationPlan: "Puskesmas merekap hasil penjaringan dan kadar hemoglobin siswi setiap semester; " +
					"pengetahuan siswa diukur dengan tes awal dan tes akhir penyuluhan.",
				indicators: []indicator{
					{"Siswa baru mengikuti penjaringan kesehatan", 320, "siswa"},
					{"Siswi minum tablet tambah darah setiap pekan", 85, "%"},
					{"Kenaikan skor pengetahuan kesehatan reproduksi", 20, "poin"},
				},
			},
			agreement: &agreement{
				kind: model.AgreementPKS, partnerNumber: "440/215-PKM.LKG/{tahun}",
				school: []string{
					"Menyediakan ruang pemeriksaan dan mengatur jadwal per kelas",
					"Menugaskan pembina UKS dan kader kesehatan siswa",
					"Menyampaikan hasil pemeriksaan kepada orang tua",
					"Memantau kepatuhan siswi meminum tablet tambah darah",
				},
				partner: []string{
					"Menugaskan dokter, perawat, petugas gizi, dan bidan sesuai jadwal",
					"Menyediakan tablet tambah darah bagi siswi",
					"Memberikan penyuluhan kesehatan reproduksi remaja",
					"Merujuk siswa yang memerlukan penanganan lanjutan",
				},
				purpose:      "tablet tambah darah, tenaga kesehatan, dan bahan pemeriksaan",
				personalData: true,
				inKind: map[string]model.ContributionForm{
					"Tablet tambah darah (480 siswi × 52 pekan)": model.FormGoods,
					"Tenaga kesehatan dan bahan pemeriksaan":     model.FormServices,
				},
				signDaysAgo: 360, signed: true, startDaysAgo: 346,
			},
			activities: []activity{
				{10, "Penjaringan kesehatan siswa baru kelas VII", "Pemeriksaan status gizi, gigi, mata, telinga, dan kebugaran.", "320 siswa kelas VII, tim puskesmas", model.ActivityDone},
				{45, "Pemberian tablet tambah darah perdana", "Minum tablet bersama setiap Jumat pagi.", "480 siswi, petugas gizi", model.ActivityDone},
				{120, "Penyuluhan kesehatan reproduksi remaja", "Penyuluhan terpisah untuk siswa dan siswi kelas VIII.", "320 siswa kelas VIII, bidan puskesmas", model.ActivityDone},
				{200, "Pemeriksaan berkala semester genap", "Pemeriksaan ulang siswa dengan masalah gizi dan penglihatan.", "86 siswa, tim puskesmas", model.ActivityDone},
				{300, "Pemeriksaan hemoglobin siswi", "Pemeriksaan kadar hemoglobin sampel siswi.", "120 siswi, analis puskesmas", model.ActivityDone},
			},
			evaluations: []evaluation{
				{200, []float64{318, 72, 0}, [model.NumBenefits]int{4, 5, 4, 3, 3},
					"Penjaringan menjangkau 318 dari 320 siswa baru; 41 siswa memerlukan koreksi penglihatan. Kepatuhan minum tablet tambah darah baru 72%.",
					"Wali kelas mengingatkan jadwal minum tablet; siswa dengan gangguan penglihatan dirujuk ke puskesmas."},
				{60, []float64{318, 88, 24}, [model.NumBenefits]int{4, 5, 5, 4, 4},
					"Kepatuhan minum tablet tambah darah naik menjadi 88%; skor pengetahuan kesehatan reproduksi naik 24 poin.",
					"Kemitraan layak diperpanjang dengan tambahan pemeriksaan kesehatan jiwa remaja."},
			},
			review: &review{20,
				"Seluruh kegiatan terlaksana sesuai jadwal dan seluruh indikator tercapai. Sekolah dan puskesmas " +
					"sepakat memperpanjang kerja sama satu tahun dengan tambahan skrining kesehatan jiwa remaja.",
				model.DecisionExtend},
		},
		{
			title:    "Renovasi Ruang Perpustakaan dari Donasi Alumni",
			category: model.NeedSarana,
			need: "Ruang perpustakaan sempit, atapnya bocor, dan rak buku lapuk sehingga koleksi mudah " +
				"rusak. Sekolah membutuhkan perbaikan atap, rak baru, dan meja baca agar perpustakaan " +
				"layak dipakai satu rombongan belajar sekaligus.",
			beneficiaries: siswaGuru, priority: model.PriorityTinggi,
			partner: alumnus, stage: model.StagePeninjauan, status: model.StatusSelesai,
			created: 188, updated: 2, hour: 16, mins: 5,
			candidates: []candidate{
				{alumnus, "Alumni angkatan 1986, insinyur sipil; menawarkan donasi dan pengawasan pekerjaan.", []approach{
					{183, "Pertemuan dengan Ir. Hendra Gunawan dalam acara reuni alumni."},
					{178, "Donatur meninjau ruang perpustakaan dan menyanggupi renovasi atap, rak, dan meja baca."},
				}},
				{bankCSR, "Program CSR bank mendukung sarana pendidikan.", []approach{
					{181, "Bank mengarahkan sekolah ke program beasiswa yang sedang berjalan."},
				}},
			},
			proposal: &proposal{
				background: "Ruang perpustakaan seluas 56 m² mengalami kebocoran atap setiap musim hujan sehingga " +
					"sekitar 300 buku rusak dalam dua tahun terakhir. Rak kayu lapuk dan meja baca hanya cukup " +
					"untuk 12 siswa.",
				objectives: "Memperbaiki atap dan menata ulang ruang perpustakaan agar koleksi aman dan perpustakaan " +
					"dapat dipakai belajar satu rombongan belajar sekaligus.",
				targets: "960 siswa dan 42 guru pengguna perpustakaan.",
				activities: "Penggantian rangka dan penutup atap, pengadaan rak besi dan meja baca, pengecatan, dan " +
					"peresmian perpustakaan.",
				school: []string{
					"Menyediakan gambar kerja dan mengosongkan ruang selama pekerjaan",
					"Mengawasi pekerjaan bersama Komite Sekolah",
					"Mencatat hasil renovasi sebagai aset sekolah",
				},
				partner: []string{
					"Mendanai seluruh pekerjaan renovasi",
					"Mengawasi mutu pekerjaan konstruksi",
				},
				schedule: []scheduleRow{
					{3, "Pembongkaran dan penggantian atap", "Pengawas donatur"},
					{21, "Pengecatan dan perbaikan instalasi listrik", "Wakasek Sarana"},
					{30, "Pemasangan rak besi dan meja baca", "Pustakawan"},
					{60, "Peresmian perpustakaan", "Kepala Sekolah"},
				},
				budget: []budgetRow{
					{"Rangka baja ringan dan penutup atap", 28_000_000, true},
					{"Rak besi (12 unit) dan meja baca (8 unit)", 21_600_000, true},
					{"Cat dan instalasi listrik", 6_400_000, true},
					{"Konsumsi peresmian", 1_500_000, false},
				},
				evaluationPlan: "Komite Sekolah memeriksa hasil pekerjaan terhadap gambar kerja; pustakawan mencatat " +
					"jumlah kunjungan sebelum dan sesudah renovasi.",
				indicators: []indicator{
					{"Kapasitas ruang baca", 36, "siswa"},
					{"Kunjungan perpustakaan per bulan", 1200, "kunjungan"},
				},
			},
			agreement: &agreement{
				kind: model.AgreementPKS, partnerNumber: "HG/001/{bulan}/{tahun}",
				school: []string{
					"Menyediakan gambar kerja dan mengosongkan ruang perpustakaan",
					"Mengawasi pekerjaan bersama Komite Sekolah",
					"Mencatat hasil renovasi sebagai aset sekolah",
				},
				partner: []string{
					"Mendanai renovasi sesuai rencana anggaran",
					"Mengawasi mutu pekerjaan konstruksi",
					"Menyerahkan hasil pekerjaan kepada sekolah",
				},
				purpose: "renovasi atap, rak, meja baca, cat, dan instalasi listrik perpustakaan",
				inKind: map[string]model.ContributionForm{
					"Rangka baja ringan dan penutup atap":       model.FormGoods,
					"Rak besi (12 unit) dan meja baca (8 unit)": model.FormGoods,
					"Cat dan instalasi listrik":                 model.FormGoods,
				},
				signDaysAgo: 144, signed: true, startDaysAgo: 140,
			},
			activities: []activity{
				{3, "Pembongkaran dan penggantian atap", "Penggantian rangka kayu dengan baja ringan.", "Donatur, pekerja, Wakasek Sarana", model.ActivityDone},
				{30, "Pemasangan rak dan meja baca", "12 rak besi dan 8 meja baca dipasang.", "Pustakawan, pekerja", model.ActivityDone},
				{60, "Peresmian perpustakaan", "Peresmian bersama alumni dan Komite Sekolah.", "Kepala sekolah, donatur, komite, OSIS", model.ActivityDone},
			},
			evaluations: []evaluation{
				{40, []float64{36, 1350}, [model.NumBenefits]int{5, 4, 4, 3, 5},
					"Ruang baca menampung 36 siswa; kunjungan naik dari 480 menjadi 1.350 per bulan. Tidak ada kebocoran sepanjang musim hujan.",
					"Perawatan rutin dianggarkan dari dana BOS; kemitraan dapat diakhiri karena tujuan telah tercapai."},
			},
			review: &review{5,
				"Renovasi selesai lebih cepat dari jadwal dan sesuai gambar kerja. Tujuan kemitraan telah tercapai " +
					"sehingga kerja sama diakhiri dengan ucapan terima kasih kepada donatur.",
				model.DecisionEnd},
		},
		{
			title:    "Kelas Inspirasi: Alumni Berbagi Cerita Karier",
			category: model.NeedLainnya,
			need: "Siswa kelas IX memerlukan gambaran dunia kerja dan pilihan studi lanjut. Sekolah ingin " +
				"menghadirkan alumni dari berbagai profesi untuk berbagi pengalaman dalam satu hari " +
				"kelas inspirasi.",
			beneficiaries: siswa, priority: model.PriorityRendah,
			partner: alumnus, stage: model.StageImplementasi, status: model.StatusSelesai,
			created: 140, updated: 90, hour: 11, mins: 45,
			candidates: []candidate{
				{alumnus, "Koordinator ikatan alumni; dapat menghadirkan alumni dari berbagai profesi.", []approach{
					{135, "Pak Hendra bersedia mengoordinasikan sepuluh alumni narasumber."},
					{130, "Disepakati tanggal kelas inspirasi dan daftar profesi narasumber."},
				}},
			},
			proposal: &proposal{
				background: "Angket minat lanjutan studi menunjukkan 46% siswa kelas IX belum menentukan pilihan " +
					"sekolah lanjutan dan belum mengenal ragam profesi.",
				objectives: "Memberikan gambaran dunia kerja dan pilihan studi lanjut kepada siswa kelas IX melalui " +
					"cerita langsung para alumni.",
				targets: "320 siswa kelas IX.",
				activities: "Satu hari kelas inspirasi: sepuluh alumni dari berbagai profesi mengajar satu jam pelajaran " +
					"di setiap kelas, ditutup dengan diskusi panel.",
				school:  []string{"Menyusun jadwal kelas dan menyiapkan ruang", "Menugaskan wali kelas mendampingi"},
				partner: []string{"Menghadirkan sepuluh alumni narasumber", "Menyiapkan materi berbagi pengalaman"},
				schedule: []scheduleRow{
					{3, "Rapat persiapan dengan narasumber alumni", "Wakasek Humas"},
					{6, "Kelas inspirasi", "Koordinator alumni"},
				},
				budget: []budgetRow{
					{"Konsumsi narasumber dan panitia", 1_200_000, false},
					{"Cendera mata narasumber", 1_000_000, false},
				},
				evaluationPlan: "Siswa mengisi angket minat studi lanjut sesudah kegiatan.",
				indicators:     []indicator{{"Siswa yang telah menentukan pilihan studi lanjut", 75, "%"}},
			},
			agreement: &agreement{
				kind: model.AgreementPKS, partnerNumber: "HG/002/{bulan}/{tahun}",
				school: []string{
					"Menyusun jadwal dan menyiapkan ruang kelas",
					"Menugaskan wali kelas mendampingi narasumber",
					"Menyediakan konsumsi dan cendera mata",
				},
				partner: []string{
					"Menghadirkan sepuluh alumni narasumber",
					"Memastikan materi sesuai usia siswa",
					"Tidak melakukan promosi komersial dalam kegiatan",
				},
				purpose:     "kehadiran alumni narasumber tanpa honorarium",
				signDaysAgo: 99, signed: true, startDaysAgo: 99,
			},
			activities: []activity{
				{3, "Rapat persiapan dengan narasumber alumni", "Pembagian kelas dan penyusunan materi.", "10 alumni, Wakasek Humas", model.ActivityDone},
				{6, "Kelas inspirasi", "Sepuluh alumni berbagi cerita profesi di 10 kelas IX.", "320 siswa kelas IX, 10 alumni", model.ActivityDone},
			},
			ended: "Kelas inspirasi telah terlaksana; kemitraan satu kegiatan ini diakhiri tanpa monitoring lanjutan.",
		},
		{
			title:    "Bank Sampah Sekolah dan Tabungan Pelajar",
			category: model.NeedLainnya,
			need: "Sampah plastik dari kantin dan kelas menumpuk setiap hari dan belum dipilah. Sekolah " +
				"ingin membentuk bank sampah yang dikelola siswa, dengan hasil penjualan sampah " +
				"ditabung di rekening pelajar.",
			beneficiaries: semua, priority: model.PrioritySedang,
			partner: bankCSR, stage: model.StagePeninjauan, status: model.StatusBerjalan,
			created: 400, updated: 8, hour: 9, mins: 10,
			candidates: []candidate{
				{bankCSR, "Program CSR lingkungan dan tabungan pelajar.", []approach{
					{392, "Presentasi rencana bank sampah kepada Divisi CSR."},
					{384, "Bank menyetujui pendampingan dan pembukaan rekening tabungan pelajar."},
				}},
			},
			proposal: &proposal{
				background: "Sekolah menghasilkan sekitar 45 kg sampah plastik dan kertas setiap pekan yang belum " +
					"dipilah. Sekolah sedang mempersiapkan diri menjadi Sekolah Adiwiyata tingkat kota.",
				objectives: "Mengurangi sampah yang dibuang ke TPS, menumbuhkan kebiasaan memilah sampah, dan " +
					"membiasakan siswa menabung dari hasil penjualan sampah.",
				targets: "960 siswa, 30 pengurus bank sampah dari OSIS, dan orang tua siswa.",
				activities: "Pembentukan bank sampah sekolah, pelatihan pengelola, penimbangan mingguan, penjualan ke " +
					"pengepul, dan pembukaan tabungan pelajar bagi setiap nasabah.",
				school: []string{
					"Menyediakan tempat penampungan dan timbangan",
					"Membentuk pengurus bank sampah dari OSIS",
					"Menetapkan jadwal penimbangan mingguan",
				},
				partner: []string{
					"Membuka rekening tabungan pelajar",
					"Melatih pengurus bank sampah",
					"Menyediakan sarana pemilahan sampah",
				},
				schedule: []scheduleRow{
					{7, "Peluncuran bank sampah dan pembukaan tabungan", "Pembina OSIS"},
					{60, "Pelatihan pengelola bank sampah", "Staf CSR bank"},
					{150, "Penimbangan dan penjualan triwulan", "Pengurus bank sampah"},
					{330, "Lomba kelas terbersih", "Wakasek Kesiswaan"},
				},
				budget: []budgetRow{
					{"Tempat sampah terpilah (30 set)", 15_000_000, true},
					{"Timbangan digital dan gudang penampungan", 8_500_000, true},
					{"Pelatihan pengelola", 2_500_000, true},
					{"Hadiah lomba kelas terbersih", 1_500_000, false},
				},
				evaluationPlan: "Pengurus mencatat berat sampah dan saldo tabungan setiap pekan; pembina OSIS " +
					"melaporkan rekap setiap triwulan.",
				indicators: []indicator{
					{"Sampah terpilah per bulan", 150, "kg"},
					{"Siswa pemilik tabungan pelajar", 600, "siswa"},
				},
			},
			agreement: &agreement{
				kind: model.AgreementPKS, partnerNumber: "031/CSR-BPS/{bulan}/{tahun}",
				school: []string{
					"Menyediakan tempat penampungan dan timbangan",
					"Membentuk dan membina pengurus bank sampah",
					"Melaporkan kegiatan setiap triwulan",
				},
				partner: []string{
					"Membuka rekening tabungan pelajar bagi nasabah bank sampah",
					"Melatih pengurus bank sampah",
					"Menyediakan tempat sampah terpilah dan timbangan",
				},
				purpose:      "sarana pemilahan, timbangan, gudang penampungan, dan pelatihan pengelola",
				personalData: true,
				inKind: map[string]model.ContributionForm{
					"Tempat sampah terpilah (30 set)":          model.FormGoods,
					"Timbangan digital dan gudang penampungan": model.FormGoods,
					"Pelatihan pengelola":                      model.FormServices,
				},
				signDaysAgo: 329, signed: true, startDaysAgo: 320,
			},
			activities: []activity{
				{7, "Peluncuran bank sampah dan pembukaan tabungan", "Peluncuran bersama orang tua; 420 rekening dibuka.", "960 siswa, staf CSR bank", model.ActivityDone},
				{60, "Pelatihan pengelola bank sampah", "Pelatihan pencatatan, penimbangan, dan penjualan.", "30 pengurus OSIS, pembina", model.ActivityDone},
				{150, "Penimbangan dan penjualan triwulan", "Penjualan 410 kg sampah kepada pengepul.", "Pengurus bank sampah", model.ActivityDone},
				{330, "Lomba kelas terbersih", "Penilaian kebersihan dan pemilahan sampah per kelas.", "30 kelas, tim Adiwiyata", model.ActivityPlanned},
			},
			evaluations: []evaluation{
				{150, []float64{120, 420}, [model.NumBenefits]int{4, 3, 4, 3, 4},
					"Sampah terpilah 120 kg per bulan; 420 siswa memiliki tabungan pelajar.",
					"Sosialisasi ulang kepada kelas yang belum aktif menabung."},
				{40, []float64{165, 610}, [model.NumBenefits]int{4, 4, 4, 3, 5},
					"Target tercapai: 165 kg per bulan dan 610 penabung. Orang tua mulai menyetor sampah rumah tangga.",
					"Diusulkan addendum untuk menambah bank sampah bagi orang tua dan mesin pencacah plastik."},
			},
			review: &review{8,
				"Bank sampah berjalan baik dan melampaui target. Para pihak sepakat mengubah Perjanjian melalui addendum " +
					"untuk menambah layanan bagi orang tua siswa dan pengadaan mesin pencacah plastik.",
				model.DecisionAddendum},
		},
	}
}
