// Code generated from the article templates the program shipped before clauses had
// named fields (git history of assets/templates, schema 3); DO NOT EDIT.

package clause

// legacyDefaults are the default wordings of every earlier version, by article: a
// school's or an agreement's own text equal to one of them is the default, not a
// wording of its own, and gives way to the new default.
var legacyDefaults = map[string][]string{
	"pertimbangan": {
		"a. bahwa PIHAK PERTAMA adalah satuan pendidikan{{with .School.City}} di {{.}}{{end}} yang berupaya meningkatkan mutu layanan pendidikan{{with .Need}}, dan saat ini memerlukan dukungan untuk {{.}}{{end}};\nb. bahwa PIHAK KEDUA adalah {{.PartnerKind}} yang memiliki kemampuan, sumber daya, dan kepedulian untuk mendukung peningkatan mutu pendidikan;\nc. bahwa PARA PIHAK sepakat untuk bekerja sama dalam {{.Topic}} atas dasar saling menguntungkan dan itikad baik;\n",
		"a. bahwa PIHAK PERTAMA adalah satuan pendidikan{{with .School.City}} di {{.}}{{end}} yang berupaya meningkatkan mutu layanan pendidikan{{with .NeedArea}} dan memerlukan dukungan di bidang {{.}}{{end}};\nb. bahwa PIHAK KEDUA adalah {{.PartnerKind}} yang memiliki kemampuan, sumber daya, dan kepedulian untuk mendukung peningkatan mutu pendidikan;\nc. bahwa PARA PIHAK sepakat untuk bekerja sama dalam {{.Topic}} atas dasar saling menguntungkan dan itikad baik;\n",
	},
	"maksud_tujuan": {
		"(1) Maksud {{.Sebutan}} ini adalah sebagai pedoman bagi PARA PIHAK dalam melaksanakan kerja sama {{.Topic}}.\n(2) Tujuan {{.Sebutan}} ini adalah {{with .Objectives}}{{kalimat .}}{{else}}terlaksananya kerja sama yang memberi manfaat bagi peserta didik, pendidik, dan masyarakat.{{end}}\n",
		"(1) Maksud {{.Sebutan}} ini adalah sebagai pedoman bagi PARA PIHAK dalam melaksanakan kerja sama {{.Topic}}.\n(2) Tujuan {{.Sebutan}} ini adalah {{with .Objectives}}{{lanjutan .}}{{else}}terlaksananya kerja sama yang memberi manfaat bagi peserta didik, pendidik, dan masyarakat.{{end}}\n",
	},
	"ruang_lingkup": {
		"Ruang lingkup {{.Sebutan}} ini meliputi:\n{{range $i, $a := .Activities}}{{huruf $i}}. {{$a}};\n{{end}}{{huruf (len .Activities)}}. kegiatan lain yang disepakati PARA PIHAK sesuai dengan maksud dan tujuan {{.Sebutan}} ini.\n",
		"Ruang lingkup {{.Sebutan}} ini meliputi:\n{{range $i, $a := .Activities}}{{huruf $i}}. {{butir $a}}{{tanda $i (len $.Activities) 1}}\n{{end}}{{huruf (len .Activities)}}. kegiatan lain yang disepakati PARA PIHAK sesuai dengan maksud dan tujuan {{.Sebutan}} ini.\n",
	},
	"hak_kewajiban": {
		"(1) PIHAK PERTAMA berkewajiban:\n{{range $i, $o := .SchoolObligations}}{{huruf $i}}. {{$o}};\n{{end}}(2) PIHAK KEDUA berkewajiban:\n{{range $i, $o := .PartnerObligations}}{{huruf $i}}. {{$o}};\n{{end}}(3) PIHAK PERTAMA berhak menerima dukungan dari PIHAK KEDUA sesuai dengan kewajiban PIHAK KEDUA sebagaimana dimaksud pada ayat (2).\n(4) PIHAK KEDUA berhak memperoleh informasi pelaksanaan kegiatan dan laporan hasil kerja sama dari PIHAK PERTAMA.\n",
		"(1) PIHAK PERTAMA berkewajiban:\n{{range $i, $o := .SchoolObligations}}{{huruf $i}}. {{butir $o}}{{tanda $i (len $.SchoolObligations)}}\n{{end}}(2) PIHAK KEDUA berkewajiban:\n{{range $i, $o := .PartnerObligations}}{{huruf $i}}. {{butir $o}}{{tanda $i (len $.PartnerObligations)}}\n{{end}}(3) PIHAK PERTAMA berhak menerima dukungan dari PIHAK KEDUA sesuai dengan kewajiban PIHAK KEDUA sebagaimana dimaksud pada ayat (2).\n(4) PIHAK KEDUA berhak memperoleh informasi pelaksanaan kegiatan dan laporan hasil kerja sama dari PIHAK PERTAMA.\n",
	},
	"jangka_waktu": {
		"(1) {{.Sebutan}} ini berlaku untuk jangka waktu {{.Duration}}, terhitung sejak tanggal {{tanggal .Agreement.Start}} sampai dengan tanggal {{tanggal .Agreement.End}}.\n(2) {{.Sebutan}} ini dapat diperpanjang atau diakhiri atas kesepakatan PARA PIHAK, dengan pemberitahuan secara tertulis oleh pihak yang menghendakinya paling lambat {{angka .NoticeDays}} hari sebelum jangka waktu sebagaimana dimaksud pada ayat (1) berakhir.\n",
	},
	"pembiayaan": {
		"{{if .Agreement.FundingAmount}}(1) PIHAK KEDUA memberikan dukungan dana untuk pelaksanaan kerja sama ini sebesar {{rupiah .Agreement.FundingAmount}}.\n{{else}}(1) Biaya yang timbul dari pelaksanaan kerja sama ini ditanggung oleh PARA PIHAK sesuai dengan kewajiban masing-masing.\n{{end}}{{if .Total}}(2) Rencana anggaran kegiatan seluruhnya sebesar {{rupiah .Total}}{{if and .SchoolPays .PartnerPays}}, yang terdiri atas bagian PIHAK PERTAMA sebesar {{rupiah .SchoolPays}} dan bagian PIHAK KEDUA sebesar {{rupiah .PartnerPays}}{{else if .PartnerPays}}, yang seluruhnya ditanggung oleh PIHAK KEDUA{{else}}, yang seluruhnya ditanggung oleh PIHAK PERTAMA{{end}}.\n{{end}}{{with .Agreement.Funding}}({{if $.Total}}3{{else}}2{{end}}) {{kalimat .}}\n{{end}}({{.FundingLast}}) Dukungan PIHAK KEDUA merupakan bantuan yang tidak mengikat dan bukan pungutan, dikelola secara transparan, dan dipertanggungjawabkan oleh PIHAK PERTAMA sesuai dengan ketentuan peraturan perundang-undangan.\n",
		"{{if .Agreement.FundingAmount}}(1) PIHAK KEDUA memberikan dukungan untuk pelaksanaan kerja sama ini senilai {{rupiah .Agreement.FundingAmount}}.\n{{else}}(1) Biaya yang timbul dari pelaksanaan kerja sama ini ditanggung oleh PARA PIHAK sesuai dengan kewajiban masing-masing.\n{{end}}{{if .Total}}(2) Rencana anggaran kegiatan seluruhnya sebesar {{rupiah .Total}}{{if and .SchoolPays .PartnerPays}}, yang terdiri atas bagian PIHAK PERTAMA sebesar {{rupiah .SchoolPays}} dan bagian PIHAK KEDUA sebesar {{rupiah .PartnerPays}}{{else if .PartnerPays}}, yang seluruhnya ditanggung oleh PIHAK KEDUA{{else}}, yang seluruhnya ditanggung oleh PIHAK PERTAMA{{end}}.\n{{end}}{{with .Agreement.Funding}}({{if $.Total}}3{{else}}2{{end}}) {{kalimat .}}\n{{end}}({{.FundingLast}}) Dukungan PIHAK KEDUA merupakan bantuan yang tidak mengikat dan bukan pungutan, dikelola secara transparan, dan dipertanggungjawabkan oleh PIHAK PERTAMA sesuai dengan ketentuan peraturan perundang-undangan.\n",
	},
	"monitoring_evaluasi": {
		"(1) PARA PIHAK melaksanakan monitoring dan evaluasi atas pelaksanaan {{.Sebutan}} ini secara bersama-sama paling sedikit setiap {{angka .EvaluationMonths}} bulan.\n{{if .Indicators}}(2) Monitoring dan evaluasi mengacu pada indikator keberhasilan berikut:\n{{range $i, $s := .Indicators}}{{huruf $i}}. {{$s}};\n{{end}}(3){{else}}(2){{end}} Hasil monitoring dan evaluasi dituangkan dalam laporan tertulis yang disampaikan PIHAK PERTAMA kepada PIHAK KEDUA dan menjadi bahan pertimbangan perpanjangan {{.Sebutan}} ini.\n",
		"(1) PARA PIHAK melaksanakan monitoring dan evaluasi atas pelaksanaan {{.Sebutan}} ini secara bersama-sama paling sedikit setiap {{angka .EvaluationMonths}} bulan.\n{{if .Indicators}}(2) Monitoring dan evaluasi mengacu pada indikator keberhasilan berikut:\n{{range $i, $s := .Indicators}}{{huruf $i}}. {{butir $s}}{{tanda $i (len $.Indicators)}}\n{{end}}(3){{else}}(2){{end}} Hasil monitoring dan evaluasi dituangkan dalam laporan tertulis yang disampaikan PIHAK PERTAMA kepada PIHAK KEDUA dan menjadi bahan pertimbangan perpanjangan {{.Sebutan}} ini.\n",
	},
	"keadaan_kahar": {
		"(1) Keadaan kahar (force majeure) adalah keadaan di luar kemampuan dan kehendak PARA PIHAK yang mengakibatkan tidak dapat dilaksanakannya kewajiban, antara lain bencana alam, wabah penyakit, kebakaran, huru-hara, dan kebijakan pemerintah di bidang pendidikan.\n(2) Pihak yang mengalami keadaan kahar wajib memberitahukannya secara tertulis kepada pihak lainnya paling lambat {{angka .ForceMajeureDays}} hari kalender sejak terjadinya keadaan kahar.\n(3) Keadaan kahar tidak membatalkan {{.Sebutan}} ini; pelaksanaan kewajiban yang tertunda disesuaikan berdasarkan kesepakatan PARA PIHAK.{{with .Agreement.ForceMajeure}}\n(4) {{kalimat .}}{{end}}\n",
	},
	"penyelesaian_perselisihan": {
		"(1) Apabila terjadi perselisihan dalam pelaksanaan {{.Sebutan}} ini, PARA PIHAK sepakat untuk menyelesaikannya secara musyawarah untuk mufakat.\n(2) Apabila musyawarah sebagaimana dimaksud pada ayat (1) tidak mencapai mufakat dalam waktu 30 (tiga puluh) hari, {{with .Agreement.Dispute}}{{kalimat .}}{{else}}PARA PIHAK sepakat untuk menyelesaikannya melalui Pengadilan Negeri {{.Place}}.{{end}}\n",
		"(1) Apabila terjadi perselisihan dalam pelaksanaan {{.Sebutan}} ini, PARA PIHAK sepakat untuk menyelesaikannya secara musyawarah untuk mufakat.\n(2) Apabila musyawarah sebagaimana dimaksud pada ayat (1) tidak mencapai mufakat dalam waktu 30 (tiga puluh) hari, {{with .Agreement.Dispute}}{{lanjutan .}}{{else}}PARA PIHAK sepakat untuk menyelesaikannya melalui Pengadilan Negeri {{.Place}}.{{end}}\n",
	},
	"perubahan": {
		"(1) Hal-hal yang belum diatur atau perubahan atas {{.Sebutan}} ini akan diatur kemudian dalam addendum yang dibuat secara tertulis dan ditandatangani oleh PARA PIHAK.\n(2) Addendum sebagaimana dimaksud pada ayat (1) merupakan bagian yang tidak terpisahkan dari {{.Sebutan}} ini.\n",
		"(1) Hal-hal yang belum diatur atau perubahan atas {{.Sebutan}} ini akan diatur kemudian dalam adendum yang dibuat secara tertulis dan ditandatangani oleh PARA PIHAK.\n(2) Adendum sebagaimana dimaksud pada ayat (1) merupakan bagian yang tidak terpisahkan dari {{.Sebutan}} ini.\n",
	},
	"penutup": {
		"{{.Sebutan}} ini dibuat dalam rangkap {{angka .Originals}}, masing-masing bermeterai cukup dan mempunyai kekuatan hukum yang sama, serta berlaku sejak ditandatangani oleh PARA PIHAK.\n",
		"{{.Sebutan}} ini dibuat dalam rangkap {{angka .Originals}}, masing-masing bermeterai cukup dan mempunyai kekuatan hukum yang sama, serta ditandatangani oleh PARA PIHAK pada hari dan tanggal sebagaimana tersebut pada awal {{.Sebutan}} ini.\n",
	},
	"mou_maksud_tujuan": {
		"(1) Maksud Nota Kesepahaman ini adalah sebagai landasan bagi PARA PIHAK untuk menjalin kerja sama {{.Topic}}.\n(2) Tujuan Nota Kesepahaman ini adalah {{with .Objectives}}{{kalimat .}}{{else}}terwujudnya kerja sama yang memberi manfaat bagi peserta didik, pendidik, dan masyarakat.{{end}}\n",
		"(1) Maksud Nota Kesepahaman ini adalah sebagai landasan bagi PARA PIHAK untuk menjalin kerja sama {{.Topic}}.\n(2) Tujuan Nota Kesepahaman ini adalah {{with .Objectives}}{{lanjutan .}}{{else}}terwujudnya kerja sama yang memberi manfaat bagi peserta didik, pendidik, dan masyarakat.{{end}}\n",
	},
	"mou_ruang_lingkup": {
		"Ruang lingkup Nota Kesepahaman ini meliputi:\n{{range $i, $a := .Activities}}{{huruf $i}}. {{$a}};\n{{end}}{{huruf (len .Activities)}}. bidang lain yang disepakati PARA PIHAK.\n",
		"Ruang lingkup Nota Kesepahaman ini meliputi:\n{{range $i, $a := .Activities}}{{huruf $i}}. {{butir $a}}{{tanda $i (len $.Activities) 1}}\n{{end}}{{huruf (len .Activities)}}. bidang lain yang disepakati PARA PIHAK.\n",
	},
	"mou_pelaksanaan": {
		"(1) Pelaksanaan Nota Kesepahaman ini diatur lebih lanjut dalam Perjanjian Kerja Sama yang memuat hak dan kewajiban, pembiayaan, serta ketentuan lain yang diperlukan.\n(2) Perjanjian Kerja Sama sebagaimana dimaksud pada ayat (1) merupakan bagian yang tidak terpisahkan dari Nota Kesepahaman ini.\n",
	},
	"mou_jangka_waktu": {
		"Nota Kesepahaman ini berlaku untuk jangka waktu {{.Duration}}, terhitung sejak tanggal {{tanggal .Agreement.Start}} sampai dengan tanggal {{tanggal .Agreement.End}}, dan dapat diperpanjang atas kesepakatan PARA PIHAK.\n",
	},
	"mou_biaya": {
		"Biaya yang timbul dari pelaksanaan Nota Kesepahaman ini ditanggung oleh PARA PIHAK sesuai dengan kesepakatan yang diatur dalam Perjanjian Kerja Sama{{if .Agreement.FundingAmount}}, dengan rencana dukungan PIHAK KEDUA sebesar {{rupiah .Agreement.FundingAmount}}{{end}}.\n",
	},
	"mou_penutup": {
		"Nota Kesepahaman ini dibuat dalam rangkap {{angka .Originals}}, masing-masing bermeterai cukup dan mempunyai kekuatan hukum yang sama, serta berlaku sejak ditandatangani oleh PARA PIHAK.\n",
		"Nota Kesepahaman ini dibuat dalam rangkap {{angka .Originals}}, masing-masing bermeterai cukup dan mempunyai kekuatan hukum yang sama, serta ditandatangani oleh PARA PIHAK pada hari dan tanggal sebagaimana tersebut pada awal Nota Kesepahaman ini.\n",
	},
}
