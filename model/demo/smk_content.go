package demo

import "github.com/kemitraan/kemitraan/model"

// What each partnership of the SMK sample recorded at each stage, in the order of
// smkLinkMatch. Days are counted back from the day the sample is made.
func smkPlans() []plan {
	return []plan{
		{
			title:    "Bursa Kerja Khusus dan Job Fair Lulusan",
			category: model.NeedDukunganSiswa,
			need: "Penelusuran alumni menunjukkan 38% lulusan tahun lalu belum bekerja enam bulan sesudah lulus. " +
				"Bursa Kerja Khusus sekolah memerlukan mitra perusahaan dan pemerintah daerah untuk menyelenggarakan " +
				"job fair dan rekrutmen bersama di sekolah.",
			beneficiaries: siswa, priority: model.PriorityTinggi,
			partner: noPartner, stage: model.StageKebutuhan, status: model.StatusDraft,
			created: 11, updated: 4, hour: 9, mins: 40,
		},
		{
			title:    "Teaching Factory Instalasi Jaringan dan CCTV",
			category: model.NeedAkademik,
			need: "Siswa TKJ kelas XI belum mengerjakan pesanan nyata. Sekolah mencari usaha instalasi jaringan yang " +
				"bersedia menyalurkan pekerjaan kecil dan mengirim teknisi sebagai guru tamu untuk teaching factory.",
			beneficiaries: siswaGuru, priority: model.PrioritySedang,
			partner: datanet, stage: model.StagePenjajakan, status: model.StatusDraft,
			created: 35, updated: 6, hour: 13, mins: 10,
			candidates: []candidate{
				{datanet, "Usaha lokal dengan enam teknisi; pemiliknya alumni TKJ sekolah.", []approach{
					{28, "Pertemuan dengan direktur di bengkel kerja; bersedia menyalurkan pesanan instalasi CCTV rumah."},
					{9, "Teknisi meninjau laboratorium jaringan dan peralatan kerja siswa."},
				}},
			},
		},
		{
			title:    "PKL Perbankan bagi Siswa Akuntansi dan Keuangan Lembaga",
			category: model.NeedAkademik,
			need: "Siswa AKL membutuhkan tempat PKL di lembaga keuangan agar terbiasa dengan pelayanan nasabah, " +
				"pembukuan, dan aplikasi perbankan; sebagian besar PKL selama ini di toko dan koperasi kecil.",
			beneficiaries: siswa, priority: model.PriorityTinggi,
			partner: bprKarawang, stage: model.StagePerjanjian, status: model.StatusDraft,
			created: 75, updated: 3, hour: 10, mins: 30,
			candidates: []candidate{
				{bprKarawang, "Bank milik pemerintah daerah dengan 11 kantor kas; bersedia menerima siswa PKL.", []approach{
					{66, "Audiensi dengan Direktur Utama; bank menawarkan empat tempat PKL per semester."},
					{47, "Pertemuan dengan Kepala Bagian Operasional tentang jadwal dan tata tertib PKL."},
				}},
			},
			proposal: &proposal{
				background: "Kompetensi keahlian Akuntansi dan Keuangan Lembaga menyiapkan lulusan untuk lembaga keuangan, " +
					"tetapi tempat PKL di lembaga keuangan di Karawang terbatas. Siswa belum mengenal layanan " +
					"perbankan dan aplikasi inti bank sebelum lulus.",
				objectives: "Memberi siswa AKL pengalaman kerja di bank, menyelaraskan materi perbankan di sekolah dengan " +
					"praktik bank, dan membuka jalur rekrutmen lulusan.",
				targets:    "Delapan siswa kelas XI AKL setiap tahun dan dua guru produktif AKL.",
				activities: "PKL empat bulan di kantor pusat dan kantor kas, pembimbingan oleh pegawai bank, dan beasiswa ikatan dinas.",
				school: []string{
					"Menyeleksi siswa peserta PKL",
					"Menugaskan guru pembimbing dan melakukan monitoring",
					"Menyusun jurnal dan penilaian PKL bersama bank",
				},
				partner: []string{
					"Menerima dan membimbing siswa PKL",
					"Menunjuk instruktur dari pegawai bank",
					"Memberikan beasiswa ikatan dinas bagi dua siswa terbaik",
				},
				schedule: []scheduleRow{
					{0, "Pembekalan PKL di sekolah", "Wakasek Hubungan Industri"},
					{7, "Awal PKL gelombang 1", "Kepala Bagian Operasional"},
					{60, "Monitoring tengah PKL", "Guru pembimbing"},
					{120, "Penilaian dan penutupan PKL", "Guru pembimbing dan instruktur"},
				},
				budget: []budgetRow{
					{"Transportasi monitoring guru pembimbing", 1_800_000, false},
					{"Seragam dan perlengkapan PKL siswa", 2_000_000, false},
					{"Beasiswa ikatan dinas (2 siswa, 1 tahun)", 14_400_000, true},
				},
				evaluationPlan: "Guru pembimbing dan instruktur menilai jurnal dan sikap kerja siswa setiap bulan; " +
					"sekolah menelusuri lulusan yang direkrut.",
				indicators: []indicator{
					{"Siswa menyelesaikan PKL", 8, "orang"},
					{"Rata-rata nilai PKL", 85, "poin"},
				},
			},
			agreement: &agreement{
				kind: model.AgreementPKS, partnerNumber: "045/PKS/BPR-KM/{bulan}/{tahun}",
				school: []string{
					"Menyeleksi dan mengirim siswa peserta PKL",
					"Menugaskan guru pembimbing dan melaksanakan monitoring",
					"Menanggung biaya perlengkapan PKL siswa",
				},
				partner: []string{
					"Menerima siswa PKL dan menunjuk instruktur",
					"Menilai siswa bersama guru pembimbing",
					"Memberikan beasiswa ikatan dinas bagi dua siswa terbaik",
				},
				purpose:     "beasiswa ikatan dinas",
				signDaysAgo: 2, startDaysAgo: -30, // printed and numbered, waiting for signatures
			},
		},
		{
			title:    "Kelas Industri Teknik Kendaraan Ringan",
			category: model.NeedAkademik,
			need: "Kurikulum TKR belum mengikuti teknologi perakitan yang dipakai industri di Karawang, dan " +
				"peralatan praktik mesin sudah tua. Sekolah membutuhkan kelas industri bersama perusahaan otomotif.",
			beneficiaries: siswaGuru, priority: model.PriorityTinggi,
			partner: sakura, stage: model.StageImplementasi, status: model.StatusBerjalan,
			created: 300, updated: 5, hour: 8, mins: 20,
			candidates: []candidate{
				{sakura, "Pabrik komponen otomotif terbesar di kawasan Suryacipta; memiliki program pendidikan vokasi.", []approach{
					{285, "Presentasi program kelas industri kepada bagian pengembangan SDM."},
					{260, "Perusahaan meninjau bengkel TKR dan menyetujui penyelarasan kurikulum."},
					{235, "Disepakati kelas industri satu rombongan belajar dan hibah peralatan."},
				}},
				{disnaker, "Membina program pemagangan di kawasan industri.", []approach{
					{280, "Disnaker menyarankan kerja sama langsung dengan perusahaan dan bersedia memfasilitasi pertemuan."},
				}},
			},
			proposal: &proposal{
				background: "Lulusan TKR banyak melamar ke industri komponen otomotif di Karawang, tetapi harus dilatih ulang " +
					"karena kurikulum dan peralatan sekolah tertinggal dari lini produksi.",
				objectives: "Menyelaraskan kurikulum TKR dengan kebutuhan industri, meningkatkan kompetensi guru, dan " +
					"menyiapkan lulusan yang siap direkrut.",
				targets:    "36 siswa kelas industri XII TKR dan enam guru produktif TKR.",
				activities: "Penyusunan kurikulum bersama, guru tamu, PKL terstruktur, sertifikasi, magang guru, dan hibah peralatan.",
				school: []string{
					"Menyediakan rombongan belajar kelas industri",
					"Menugaskan guru produktif untuk magang dan pembimbingan",
					"Menyesuaikan jadwal pembelajaran dengan kurikulum bersama",
				},
				partner: []string{
					"Menyusun kurikulum bersama sekolah",
					"Mengirim instruktur sebagai guru tamu",
					"Menerima siswa PKL dan guru magang",
					"Menghibahkan peralatan praktik",
				},
				schedule: []scheduleRow{
					{0, "Lokakarya penyelarasan kurikulum", "Wakasek Kurikulum"},
					{30, "Serah terima hibah engine stand", "Supervisor Pengembangan SDM"},
					{60, "Magang guru gelombang 1", "Ketua Kompetensi Keahlian TKR"},
					{120, "Awal PKL kelas industri", "Wakasek Hubungan Industri"},
				},
				budget: []budgetRow{
					{"Dua unit engine stand dan satu set special service tool", 185_000_000, true},
					{"Instruktur guru tamu (12 sesi)", 12_000_000, true},
					{"Transportasi magang guru", 6_000_000, false},
					{"Uji sertifikasi kompetensi 36 siswa", 21_600_000, false},
				},
				evaluationPlan: "Setiap semester sekolah dan perusahaan menilai capaian kurikulum, hasil sertifikasi dan jumlah lulusan yang direkrut.",
				indicators: []indicator{
					{"Siswa lulus sertifikasi kompetensi", 30, "orang"},
					{"Guru menyelesaikan magang industri", 6, "orang"},
					{"Lulusan direkrut perusahaan", 10, "orang"},
				},
			},
			agreement: &agreement{
				kind: model.AgreementPKS, partnerNumber: "SAPI/HRD/{tahun}/118",
				school: []string{
					"Menyelenggarakan kelas industri sesuai kurikulum bersama",
					"Menugaskan guru produktif mengikuti magang industri",
					"Memelihara peralatan hibah dan mencatatnya sebagai barang milik daerah",
				},
				partner: []string{
					"Menyusun kurikulum bersama dan mengirim guru tamu",
					"Menerima siswa PKL dan guru magang",
					"Menghibahkan dua unit engine stand dan satu set special service tool",
					"Mengutamakan lulusan kelas industri dalam rekrutmen",
				},
				purpose: "peralatan praktik dan instruktur guru tamu",
				// the equipment is handed over, the instructors teach: neither is money
				inKind: map[string]model.ContributionForm{
					"Dua unit engine stand dan satu set special service tool": model.FormGoods,
					"Instruktur guru tamu (12 sesi)":                          model.FormServices,
				},
				signDaysAgo: 200, signed: true, startDaysAgo: 190,
			},
			activities: []activity{
				{5, "Lokakarya penyelarasan kurikulum TKR", "Guru produktif dan tim SDM perusahaan menyusun modul perakitan mesin.", "6 guru TKR, 3 instruktur", model.ActivityDone},
				{32, "Serah terima hibah peralatan praktik", "Dua unit engine stand dan satu set special service tool diterima dan dicatat.", "Kepala sekolah, perwakilan perusahaan", model.ActivityDone},
				{64, "Magang guru gelombang 1", "Tiga guru TKR magang dua pekan di lini perakitan.", "3 guru TKR", model.ActivityDone},
				{200, "Uji sertifikasi kompetensi", "Uji kompetensi perakitan mesin oleh LSP.", "36 siswa XII TKR", model.ActivityPlanned},
			},
		},
		{
			title:    "PKL di Bengkel Mitra Teknik Kendaraan Ringan",
			category: model.NeedAkademik,
			need: "Tempat PKL TKR di industri besar terbatas, sehingga sebagian siswa perlu PKL lebih dulu di bengkel umum " +
				"untuk servis berkala dan perbaikan ringan.",
			beneficiaries: siswa, priority: model.PrioritySedang,
			partner: bengkel, stage: model.StageImplementasi, status: model.StatusBerjalan,
			created: 290, updated: 60, hour: 14, mins: 45,
			candidates: []candidate{
				{bengkel, "Bengkel umum dengan delapan mekanik, dua di antaranya alumni sekolah.", []approach{
					{270, "Pemilik bersedia menerima tiga siswa per gelombang selama dua bulan."},
					{255, "Disepakati tata tertib, jam kerja dan keselamatan kerja siswa."},
				}},
			},
			proposal: &proposal{
				background: "Siswa TKR memerlukan pengalaman servis kendaraan pelanggan sungguhan sebelum PKL di industri.",
				objectives: "Melatih siswa servis berkala, perbaikan rem dan kelistrikan bodi di bengkel yang melayani pelanggan.",
				targets:    "Enam siswa XII TKR setiap tahun dalam dua gelombang.",
				activities: "PKL dua bulan per gelombang dengan pembimbingan mekanik senior dan monitoring guru.",
				school:     []string{"Mengirim siswa dan guru pembimbing", "Membekali siswa dengan K3 bengkel", "Menilai PKL bersama instruktur"},
				partner:    []string{"Menerima tiga siswa per gelombang", "Menunjuk mekanik senior sebagai instruktur", "Menilai sikap dan kemampuan kerja siswa"},
				schedule: []scheduleRow{
					{70, "PKL gelombang 1", "Guru pembimbing"},
					{250, "PKL gelombang 2", "Guru pembimbing"},
				},
				budget: []budgetRow{
					{"Transportasi monitoring guru", 900_000, false},
					{"Perlengkapan keselamatan kerja siswa", 1_200_000, false},
				},
				evaluationPlan: "Guru pembimbing dan instruktur menilai jurnal kerja siswa pada akhir setiap gelombang.",
				indicators:     []indicator{{"Siswa menyelesaikan PKL", 6, "orang"}},
			},
			agreement: &agreement{
				kind: model.AgreementPKS, partnerNumber: "03/JM/{bulan}/{tahun}",
				school:      []string{"Mengirim siswa PKL beserta guru pembimbing", "Membekali siswa dengan keselamatan kerja", "Menilai PKL bersama instruktur"},
				partner:     []string{"Menerima siswa PKL", "Menunjuk instruktur", "Menilai siswa bersama guru pembimbing"},
				purpose:     "pembimbingan siswa di bengkel",
				signDaysAgo: 230, signed: true, startDaysAgo: 220,
			},
			activities: []activity{
				{68, "Pembekalan PKL gelombang 1", "Siswa dibekali tata tertib dan K3 bengkel.", "3 siswa, guru pembimbing", model.ActivityDone},
				{130, "Penilaian PKL gelombang 1", "Instruktur dan guru menilai jurnal dan praktik siswa.", "3 siswa, instruktur, guru", model.ActivityDone},
			},
		},
		{
			title:         "PKL dan Sertifikasi Jaringan Komputer",
			category:      model.NeedAkademik,
			need:          "Siswa TKJ perlu PKL di penyelenggara jaringan dan sertifikat industri agar bersaing di bursa kerja.",
			beneficiaries: siswa, priority: model.PriorityTinggi,
			partner: telemedia, stage: model.StageMonev, status: model.StatusBerjalan,
			created: 400, updated: 20, hour: 9, mins: 0,
			candidates: []candidate{
				{telemedia, "Penyelenggara jaringan nasional dengan kantor cabang di Karawang.", []approach{
					{380, "Presentasi kebutuhan PKL dan sertifikasi kepada kantor cabang."},
					{350, "Perusahaan menyetujui PKL lima siswa dan pelatihan sertifikasi MTCNA."},
				}},
			},
			proposal: &proposal{
				background: "Hanya 20% lulusan TKJ memiliki sertifikat industri, padahal perusahaan jaringan di Karawang mensyaratkannya.",
				objectives: "Memberi pengalaman kerja di pusat operasi jaringan dan menyiapkan siswa lulus sertifikasi MTCNA.",
				targets:    "Lima siswa XII TKJ per tahun dan dua guru TKJ.",
				activities: "PKL enam bulan, pelatihan sertifikasi, guru tamu, dan teaching factory layanan pemasangan jaringan.",
				school:     []string{"Mengirim siswa PKL dan guru pembimbing", "Menyediakan laboratorium untuk pelatihan", "Mengelola teaching factory"},
				partner:    []string{"Menerima siswa PKL", "Menyelenggarakan pelatihan sertifikasi", "Menyalurkan pesanan pemasangan jaringan"},
				schedule: []scheduleRow{
					{20, "Awal PKL", "Guru pembimbing"},
					{150, "Pelatihan dan ujian MTCNA", "Network Engineer"},
					{230, "Awal teaching factory", "Ketua Kompetensi Keahlian TKJ"},
				},
				budget: []budgetRow{
					{"Pelatihan dan ujian sertifikasi MTCNA (5 siswa)", 12_500_000, true},
					{"Bahan habis pakai teaching factory", 4_000_000, false},
				},
				evaluationPlan: "Sekolah dan perusahaan menilai hasil PKL, kelulusan sertifikasi dan mutu pekerjaan teaching factory.",
				indicators: []indicator{
					{"Siswa lulus sertifikasi MTCNA", 5, "orang"},
					{"Titik jaringan dipasang teaching factory", 40, "titik"},
				},
			},
			agreement: &agreement{
				kind: model.AgreementPKS, partnerNumber: "TJP/KRW/PKS/{tahun}/027",
				school:      []string{"Mengirim siswa PKL dan guru pembimbing", "Menyediakan laboratorium jaringan", "Mengelola teaching factory"},
				partner:     []string{"Menerima dan membimbing siswa PKL", "Menyelenggarakan pelatihan sertifikasi", "Menyalurkan pesanan pemasangan jaringan rumah"},
				purpose:     "pelatihan dan ujian sertifikasi MTCNA",
				signDaysAgo: 320, signed: true, startDaysAgo: 300,
			},
			activities: []activity{
				{15, "Pembekalan PKL TKJ", "Siswa dibekali tata tertib dan keselamatan kerja.", "5 siswa, guru pembimbing", model.ActivityDone},
				{150, "Ujian sertifikasi MTCNA", "Lima siswa mengikuti ujian sertifikasi di kantor cabang.", "5 siswa XII TKJ", model.ActivityDone},
				{228, "Pembukaan teaching factory", "Kelompok siswa XI TKJ menerima pesanan pertama.", "4 siswa XI TKJ, teknisi perusahaan", model.ActivityDone},
			},
			evaluations: []evaluation{
				{95, []float64{4, 12}, [model.NumBenefits]int{4, 5, 4, 4, 3},
					"Empat dari lima siswa lulus MTCNA; teaching factory baru memasang 12 titik.",
					"Siswa yang belum lulus mengikuti ujian ulang; pesanan teaching factory ditambah."},
			},
		},
		{
			title:         "Magang Guru Akuntansi di Kantor Jasa Akuntansi",
			category:      model.NeedProfesional,
			need:          "Guru produktif AKL belum pernah bekerja di kantor jasa akuntansi dan belum menguasai aplikasi akuntansi terkini.",
			beneficiaries: guru, priority: model.PrioritySedang,
			partner: kja, stage: model.StagePeninjauan, status: model.StatusSelesai,
			created: 510, updated: 95, hour: 10, mins: 15,
			candidates: []candidate{
				{kja, "Kantor jasa akuntansi yang melayani 120 UMKM di Karawang.", []approach{
					{505, "Pemimpin kantor bersedia menerima dua guru magang bergantian."},
				}},
			},
			proposal: &proposal{
				background: "Materi akuntansi di sekolah masih berbasis pencatatan manual, sementara UMKM kini memakai aplikasi akuntansi.",
				objectives: "Meningkatkan kompetensi guru AKL dalam aplikasi akuntansi dan perpajakan UMKM.",
				targets:    "Empat guru produktif AKL.",
				activities: "Magang guru dua pekan bergantian dan penyusunan bahan ajar bersama.",
				school:     []string{"Menugaskan guru magang", "Menyusun bahan ajar dari hasil magang", "Melaporkan hasil magang"},
				partner:    []string{"Menerima guru magang", "Menunjuk pembimbing", "Menelaah bahan ajar"},
				schedule: []scheduleRow{
					{30, "Magang guru gelombang 1", "Ketua Kompetensi Keahlian AKL"},
					{200, "Magang guru gelombang 2", "Ketua Kompetensi Keahlian AKL"},
				},
				budget:         []budgetRow{{"Transportasi guru magang", 3_200_000, false}},
				evaluationPlan: "Guru menyusun laporan magang dan bahan ajar yang ditelaah kantor jasa akuntansi.",
				indicators:     []indicator{{"Guru menyelesaikan magang", 4, "orang"}},
			},
			agreement: &agreement{
				kind: model.AgreementMoU, partnerNumber: "KJA-W/{tahun}/09",
				school:      []string{"Menugaskan guru magang", "Menyusun bahan ajar dari hasil magang", "Melaporkan hasil magang"},
				partner:     []string{"Menerima guru magang", "Menunjuk pembimbing magang", "Menelaah bahan ajar"},
				purpose:     "pembimbingan guru magang",
				signDaysAgo: 500, signed: true, startDaysAgo: 480,
			},
			activities: []activity{
				{32, "Magang guru gelombang 1", "Dua guru magang pembukuan UMKM dengan aplikasi akuntansi.", "2 guru AKL", model.ActivityDone},
				{205, "Magang guru gelombang 2", "Dua guru magang perpajakan UMKM.", "2 guru AKL", model.ActivityDone},
			},
			evaluations: []evaluation{
				{300, []float64{2}, [model.NumBenefits]int{3, 5, 4, 4, 3}, "Dua guru menyelesaikan magang gelombang 1.", "Gelombang 2 dijadwalkan sesudah ujian semester."},
				{110, []float64{4}, [model.NumBenefits]int{3, 5, 4, 4, 3}, "Empat guru menyelesaikan magang; bahan ajar aplikasi akuntansi disusun.", "Bahan ajar dipakai di kelas XI AKL."},
			},
			review: &review{100, "Tujuan tercapai: semua guru AKL telah magang dan bahan ajar baru dipakai. Kemitraan diakhiri sesuai jangka waktunya.", model.DecisionEnd},
		},
	}
}
