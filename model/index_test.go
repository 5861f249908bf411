package model

import (
	"fmt"
	"testing"
	"time"
)

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"Sékolah Çahaya":       "sekolah cahaya",
		"Ma'had Al-Ḥikmah":     "ma'had al-hikmah",
		"Maʿhad al‑Ṣiddīq":     "ma'had al‑siddiq",
		"PEÑA Müller Ångström": "pena muller angstrom",
		"Straße Æsir Œuvre":    "strasse aesir oeuvre",
		"Łódź Đà Nẵng Ẓāhir":   "lodz da nang zahir",
		"SMP Negeri 1":         "smp negeri 1",
		"Se\u0301kolah":        "sekolah", // a combining accent typed apart
		"Ḍuḥā Ṭāhā Ġāzī Ḳādir": "duha taha gazi kadir",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
	if s := "sudah kecil"; Fold(s) != s {
		t.Error("lower ASCII changed")
	}
}

func testIndex() *Index {
	ix := NewIndex()
	ix.Add(PartnershipDoc(Summary{ID: "p1", Title: "Sékolah Çahaya Literasi", Stage: StageProposal,
		PartnerName: "Ma'had Al-Ḥikmah", Need: "Pojok baca di setiap kelas"}))
	ix.Add(PartnershipDoc(Summary{ID: "p2", Title: "Pelatihan guru", Stage: StageImplementasi,
		PartnerName: "PT Maju", Need: "Literasi digital untuk guru sekolah"}))
	ix.Add(PartnerDoc(Partner{ID: "m1", Name: "Ma'had Al-Ḥikmah", ContactPerson: "Ustaz Fauzi"}))
	ix.Add(PartnerDoc(Partner{ID: "m2", Name: "PT Maju", ContactPerson: "Bu Réna"}))
	ps := Partnership{ID: "p2", Title: "Pelatihan guru", Activities: []Activity{
		{ID: "a1", Title: "Lokakarya literasi", Description: "Di aula sekolah", Status: ActivityDone}}}
	for _, d := range ActivityDocs(ps) {
		ix.Add(d)
	}
	events := []Event{
		{PartnershipID: "p2", Time: time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC), Kind: EventCreated, Text: "Kemitraan dibuat"},
		{PartnershipID: "p2", Time: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC), Kind: EventNote, Stage: StageProposal,
			Text: "Mitra meminta jadwal ulang karena banjir"},
		{PartnershipID: "p2", Time: time.Date(2026, 3, 3, 9, 0, 0, 0, time.UTC), Kind: EventMeeting, Stage: StageProposal,
			Text: "Rapat koordinasi", Minutes: "Disepakati anggaran konsumsi ditanggung komite"},
	}
	for _, d := range NoteDocs(events, ps.Title) {
		ix.Add(d)
	}
	return ix
}

func keys(hits []Hit) []string {
	var k []string
	for _, h := range hits {
		k = append(k, h.Key)
	}
	return k
}

func TestIndexAccentsAndCase(t *testing.T) {
	ix := testIndex()
	r := ix.Search("SEKOLAH", 10)
	if got := keys(r.Groups[DocPartnership]); len(got) != 2 || got[0] != "p1" || got[1] != "p2" {
		t.Errorf("partnerships for sekolah: %v (the title match first)", got)
	}
	if !r.Groups[DocPartnership][0].InTitle || r.Groups[DocPartnership][1].InTitle {
		t.Errorf("InTitle: %+v", r.Groups[DocPartnership])
	}
	if got := keys(r.Groups[DocActivity]); len(got) != 1 {
		t.Errorf("activities for sekolah: %v", got)
	}
	r = ix.Search("hikmah", 10)
	if got := keys(r.Groups[DocPartner]); len(got) != 1 || got[0] != "m1" {
		t.Errorf("partners for hikmah: %v", got)
	}
	if got := keys(r.Groups[DocPartnership]); len(got) != 1 || got[0] != "p1" {
		t.Errorf("partnerships for hikmah (by partner name): %v", got)
	}
	if r := ix.Search("réna", 10); len(r.Groups[DocPartner]) != 1 {
		t.Errorf("partner by contact with accent in query: %+v", r)
	}
	if r := ix.Search("   ", 10); r.Len() != 0 {
		t.Errorf("empty query: %+v", r)
	}
}

func TestIndexFindsNotes(t *testing.T) {
	ix := testIndex()
	r := ix.Search("banjir", 10)
	if r.Len() != 1 || len(r.Groups[DocNote]) != 1 || r.Groups[DocNote][0].PartnershipID != "p2" ||
		r.Groups[DocNote][0].Stage != StageProposal || r.Groups[DocNote][0].Context != "Pelatihan guru" {
		t.Fatalf("banjir: %+v", r)
	}
	// inside the minutes of a meeting
	if r := ix.Search("konsumsi", 10); len(r.Groups[DocNote]) != 1 || r.Groups[DocNote][0].Title != "Rapat koordinasi" {
		t.Fatalf("konsumsi: %+v", r)
	}
	// the events the program writes are not notes
	if r := ix.Search("dibuat", 10); r.Len() != 0 {
		t.Fatalf("dibuat: %+v", r)
	}
}

func TestIndexMultiWord(t *testing.T) {
	ix := testIndex()
	if r := ix.Search("literasi guru", 10); keys(r.Groups[DocPartnership])[0] != "p2" || len(r.Groups[DocPartnership]) != 1 {
		t.Errorf("literasi guru: %+v", r.Groups)
	}
	if r := ix.Search("guru cahaya", 10); r.Len() != 0 {
		t.Errorf("no document has both: %+v", r)
	}
	if r := ix.Search("hikmah  pojok", 10); len(r.Groups[DocPartnership]) != 1 {
		t.Errorf("words from partner name and need: %+v", r)
	}
}

func TestIndexUpdateAndRemove(t *testing.T) {
	ix := testIndex()
	n := ix.Len()
	ix.Update(PartnershipDoc(Summary{ID: "p1", Title: "Kebun sekolah", PartnerName: "Dinas Pertanian"}))
	if ix.Len() != n {
		t.Errorf("Update added a document: %d, want %d", ix.Len(), n)
	}
	if r := ix.Search("cahaya", 10); len(r.Groups[DocPartnership]) != 0 {
		t.Errorf("old title still found: %+v", r)
	}
	if r := ix.Search("kebun", 10); keys(r.Groups[DocPartnership])[0] != "p1" {
		t.Errorf("new title not found: %+v", r)
	}
	ix.Remove(DocPartner, "m2")
	if r := ix.Search("maju", 10); len(r.Groups[DocPartner]) != 0 || len(r.Groups[DocPartnership]) != 1 {
		t.Errorf("after removing the partner: %+v", r)
	}
	ix.RemovePartnership("p2")
	if r := ix.Search("banjir", 10); r.Len() != 0 {
		t.Errorf("notes of a removed partnership: %+v", r)
	}
	if r := ix.Search("lokakarya", 10); r.Len() != 0 {
		t.Errorf("activities of a removed partnership: %+v", r)
	}
	// a free slot is reused
	ix.Add(PartnerDoc(Partner{ID: "m3", Name: "Komunitas Baca"}))
	if r := ix.Search("baca", 10); len(r.Groups[DocPartner]) != 1 {
		t.Errorf("new partner: %+v", r)
	}
}

func TestIndexLimitKeepsTitleMatchesAndCounts(t *testing.T) {
	ix := NewIndex()
	for i, title := range []string{"lain a", "lain b", "kopi 1", "lain c", "kopi 2"} {
		ix.Add(Doc{Kind: DocNote, Key: string(rune('a' + i)), Title: title, Text: "kopi"})
	}
	r := ix.Search("kopi", 3)
	if r.Total[DocNote] != 5 || len(r.Groups[DocNote]) != 3 {
		t.Fatalf("total %d, shown %d", r.Total[DocNote], len(r.Groups[DocNote]))
	}
	if got := keys(r.Groups[DocNote]); got[0] != "c" || got[1] != "e" || got[2] != "a" {
		t.Errorf("order %v", got)
	}
}

func TestIndexCompactsAndStopsEarly(t *testing.T) {
	ix := NewIndex()
	for _, round := range []string{"pertama", "kedua", "ketiga"} {
		for i := range 2000 {
			ix.Update(Doc{Kind: DocNote, Key: fmt.Sprint(i), PartnershipID: "p", Title: fmt.Sprintf("catatan %d putaran %s", i, round)})
		}
	}
	if ix.Len() != 2000 {
		t.Fatalf("Len %d", ix.Len())
	}
	if r := ix.Search("putaran pertama", 0); r.Total[DocNote] != 0 {
		t.Errorf("old rounds found: %d", r.Total[DocNote])
	}
	if r := ix.Search("catatan 1999 putaran ketiga", 0); r.Total[DocNote] != 1 {
		t.Errorf("latest round: %+v", r.Total)
	}
	for i := range 1500 {
		ix.Remove(DocNote, fmt.Sprint(i))
	}
	if ix.Len() != 500 || len(ix.entries) > 2000 {
		t.Errorf("after removing: Len %d, %d entries kept", ix.Len(), len(ix.entries))
	}
	r := ix.Search("catatan", 10)
	if len(r.Groups[DocNote]) != 10 || !r.More[DocNote] || r.Groups[DocNote][0].Title != "catatan 1500 putaran ketiga" {
		t.Errorf("limited search: %d shown, more %v, first %q", len(r.Groups[DocNote]), r.More[DocNote], r.Groups[DocNote][0].Title)
	}
	if r := ix.Search("catatan", 0); r.Total[DocNote] != 500 || r.More[DocNote] {
		t.Errorf("unlimited: %d, more %v", r.Total[DocNote], r.More[DocNote])
	}
}
