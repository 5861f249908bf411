package clause

import (
	"strings"
	"testing"
)

// TestFill: fields are filled; ayat are numbered in order whatever was typed; list
// items are lettered and end ";", "; dan", "."; a line whose field is empty goes,
// and so does a lead-in whose list is empty.
func TestFill(t *testing.T) {
	text := "(1) PIHAK KEDUA berkewajiban:\n«kewajiban pihak kedua»\n(5) «ketentuan tambahan keadaan kahar».\n(9) Penutup «judul kerja sama»."
	got := Fill(text, Values{"obligations.partner": Items([]string{"Menyediakan pelatih.", "menyusun modul;", "Melaporkan hasil"}), "title": "Literasi"})
	want := "(1) PIHAK KEDUA berkewajiban:\na. menyediakan pelatih;\nb. menyusun modul; dan\nc. melaporkan hasil.\n(2) Penutup Literasi."
	if got != want {
		t.Errorf("Fill:\n%s\nwant\n%s", got, want)
	}
	// an ayat that is only its field goes when the field is empty
	got = Fill("(1) Satu.\n(2) «ketentuan tambahan keadaan kahar».\n(3) Tiga.", Values{})
	if got != "(1) Satu.\n(2) Tiga." {
		t.Errorf("an empty ayat stays:\n%s", got)
	}
	// a lead-in whose list is empty goes with it
	got = Fill("(1) Satu.\n(2) Mengacu pada indikator berikut:\n«indikator»", Values{})
	if got != "(1) Satu." {
		t.Errorf("a lead-in without its list:\n%s", got)
	}
	// considerations: "bahwa …;" without "dan", the last "."
	got = Fill("a. bahwa satu;\n«pertimbangan MoU»\nb. bahwa dua;", Values{"considerations.mou": "- bahwa MoU telah ditandatangani"})
	if got != "a. bahwa satu;\nb. bahwa MoU telah ditandatangani;\nc. bahwa dua." {
		t.Errorf("considerations:\n%s", got)
	}
	// "atau" is kept when typed
	got = Fill("Berakhir apabila:\n- satu;\n- dua; atau\n- tiga.", Values{})
	if got != "Berakhir apabila:\na. satu;\nb. dua; atau\nc. tiga." {
		t.Errorf("atau:\n%s", got)
	}
	// a name's full stop is not doubled
	if got := Fill("Ditandatangani oleh «nama mitra».", Values{"partner.name": "Ir. Hendra Gunawan, M.T."}); got != "Ditandatangani oleh Ir. Hendra Gunawan, M.T." {
		t.Errorf("double stop: %q", got)
	}
}

func TestCheck(t *testing.T) {
	for text, key := range map[string]string{
		"":                        "clause.error.empty",
		"Teks «nama sekolah":      "clause.error.open",
		"Teks nama» sekolah":      "clause.error.close",
		"Teks «nama sekolh».":     "clause.error.unknown",
		"Isi: «ruang lingkup» ya": "clause.error.block",
	} {
		e := Check(text)
		if e == nil || e.Key != key {
			t.Errorf("Check(%q) = %v, want %s", text, e, key)
		}
	}
	if e := Check("(1) Teks «nama sekolah».\n«ruang lingkup»\n- lain."); e != nil {
		t.Errorf("a good text: %v", e)
	}
	for _, f := range Fields {
		if f.Key == "" || f.Label == "" || f.Help == "" || strings.ContainsAny(f.Label, "«»") {
			t.Errorf("field %+v", f)
		}
	}
}

// TestConvertOldTemplates: the wordings schools wrote as Go templates become plain
// text with fields — the old defaults give way to the new ones, the common idioms
// turn, a text with conditions of its own stays as it was.
func TestConvertOldTemplates(t *testing.T) {
	conditional := map[string]bool{"pembiayaan": true, "monitoring_evaluasi": true, "mou_biaya": true}
	for name, olds := range legacyDefaults {
		for _, old := range olds {
			if out, ok := Convert(name, old); !ok || out != "" {
				t.Errorf("%s: an old default gives %q, %v; want the new default", name, out, ok)
			}
			// a default a school changed a little still turns
			changed := strings.Replace(old, "PARA PIHAK", "Para Pihak", 1)
			if changed == old {
				continue
			}
			out, ok := Convert(name, changed)
			if conditional[name] {
				// conditions of the program's own, which fields now carry: the school's
				// changed text is kept as it was, and prints as it did
				if ok {
					t.Errorf("%s: a changed default with conditions was turned into %q", name, out)
				}
				continue
			}
			if !ok || strings.Contains(out, "{{") {
				t.Errorf("%s: a changed default does not turn: %q, %v", name, out, ok)
				continue
			}
			if e := Check(out); e != nil {
				t.Errorf("%s: the turned text %q: %v", name, out, e)
			}
		}
	}
	out, ok := Convert("pertimbangan", "a. bahwa PIHAK PERTAMA adalah sekolah{{with .School.City}} di {{.}}{{end}};\nb. bahwa kerja sama {{.Topic}} disepakati;\n")
	if !ok || out != "a. bahwa PIHAK PERTAMA adalah sekolah di «kota»;\nb. bahwa kerja sama «judul kerja sama» disepakati;\n" {
		t.Errorf("idioms: %q, %v", out, ok)
	}
	out, ok = Convert("hak_kewajiban", "(1) Kewajiban:\n{{range $i, $o := .SchoolObligations}}{{huruf $i}}. {{butir $o}}{{tanda $i (len $.SchoolObligations)}}\n{{end}}(2) Lain.")
	if !ok || out != "(1) Kewajiban:\n«kewajiban pihak pertama»\n(2) Lain.\n" {
		t.Errorf("a list: %q, %v", out, ok)
	}
	if _, ok := Convert("perubahan", "{{if gt .Originals 1}}Tertulis.{{end}}"); ok {
		t.Error("a condition of its own was turned")
	}
	if out, ok := Convert("penutup", "Teks biasa tanpa kode."); !ok || out != "Teks biasa tanpa kode.\n" {
		t.Errorf("plain text: %q, %v", out, ok)
	}
}
