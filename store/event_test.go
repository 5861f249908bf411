package store

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/kemitraan/kemitraan/model"
)

// MustLoadPartnership puts a partnership with the given ID into the file.
func MustLoadPartnership(t testing.TB, db *DB, id model.ID, title string) model.Partnership {
	t.Helper()
	ps := model.NewPartnership()
	ps.ID = id
	ps.Title = title
	ps.Need.Category = model.NeedAkademik
	ps.Need.Description = "Kebutuhan " + title
	ps.CreatedAt = time.Date(2026, 1, 5, 8, 0, 0, 0, time.UTC)
	ps.UpdatedAt, ps.StageSince = ps.CreatedAt, ps.CreatedAt
	if err := db.Load(Records{Partnerships: []model.Partnership{ps}}); err != nil {
		t.Fatalf("Load(%s): %v", title, err)
	}
	return ps
}

func MustAddEvent(t testing.TB, db *DB, e model.Event) {
	t.Helper()
	if err := db.AddEvent(e); err != nil {
		t.Fatalf("AddEvent(%+v): %v", e, err)
	}
}

func MustEvents(t testing.TB, db *DB, id model.ID) []model.Event {
	t.Helper()
	events, err := db.Events(id)
	if err != nil {
		t.Fatalf("Events(%s): %v", id, err)
	}
	return events
}

func eventTexts(events []model.Event) []string {
	texts := make([]string, len(events))
	for i, e := range events {
		texts[i] = e.Text
	}
	return texts
}

// One partnership's events come back in time order, whatever order they were written
// in, and not those of the partnership whose ID sorts right after it.
func TestEventsInTimeOrder(t *testing.T) {
	db := MustOpenTemp(t)
	a := MustLoadPartnership(t, db, "01KP0B8T00G4G4N1ERT5", "A")
	b := MustLoadPartnership(t, db, "01KP0B8T00G4G4N1ERT6", "B") // the next key after A's
	c := MustLoadPartnership(t, db, "01KP0B8T00G4G4N1ERT4", "C") // the key before A's
	at := func(d int) time.Time { return time.Date(2026, 3, d, 10, 0, 0, 0, time.UTC) }
	for _, e := range []model.Event{
		model.NewNote(a, "a3", at(3)),
		model.NewNote(b, "b1", at(1)),
		model.NewNote(a, "a1", at(1)),
		model.NewNote(c, "c9", at(9)),
		model.NewMeeting(a, at(2), "a2", "Kepala sekolah, mitra", "Notulen"),
		model.NewNote(b, "b0", at(1).Add(-time.Hour)),
		model.NewNote(a, "a0", time.Date(1999, 12, 31, 23, 59, 59, 999, time.UTC)),
	} {
		MustAddEvent(t, db, e)
	}
	if got, want := eventTexts(MustEvents(t, db, a.ID)), []string{"a0", "a1", "a2", "a3"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Events(A) = %q, want %q", got, want)
	}
	if got, want := eventTexts(MustEvents(t, db, b.ID)), []string{"b0", "b1"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Events(B) = %q, want %q", got, want)
	}
	meeting := MustEvents(t, db, a.ID)[2]
	want := model.Event{PartnershipID: a.ID, Time: at(2), Kind: model.EventMeeting, Stage: model.StageKebutuhan,
		Text: "a2", Participants: "Kepala sekolah, mitra", Minutes: "Notulen"}
	if !reflect.DeepEqual(meeting, want) {
		t.Errorf("meeting came back as %+v, want %+v", meeting, want)
	}
}

// Two events of one nanosecond are both kept, in the order they were written.
func TestEventsSameNanosecond(t *testing.T) {
	db := MustOpenTemp(t)
	ps := MustLoadPartnership(t, db, "01KP0B8T00G4G4N1ERT5", "A")
	now := time.Date(2026, 3, 1, 10, 0, 0, 123456789, time.UTC)
	for _, text := range []string{"pertama", "kedua", "ketiga"} {
		MustAddEvent(t, db, model.NewNote(ps, text, now))
	}
	if got, want := eventTexts(MustEvents(t, db, ps.ID)), []string{"pertama", "kedua", "ketiga"}; !reflect.DeepEqual(got, want) {
		t.Errorf("Events = %q, want %q", got, want)
	}
}

func TestAddEventRefuses(t *testing.T) {
	db := MustOpenTemp(t)
	ps := MustLoadPartnership(t, db, "01KP0B8T00G4G4N1ERT5", "A")
	now := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	var fe model.FieldError
	if err := db.AddEvent(model.NewNote(ps, "  ", now)); !errors.As(err, &fe) || fe.Key != "validation.required" {
		t.Errorf("a note without text: %v", err)
	}
	if err := db.AddEvent(model.NewMeeting(ps, now, "", "Budi", "")); !errors.As(err, &fe) {
		t.Errorf("a meeting without subject: %v", err)
	}
	if err := db.AddEvent(model.Event{PartnershipID: ps.ID, Kind: "pesta", Text: "?"}); err == nil {
		t.Error("an event of an unknown kind was written")
	}
	if err := db.AddEvent(model.Event{PartnershipID: ps.ID, Kind: model.EventNote, Text: "x", Time: time.Date(1960, 1, 1, 0, 0, 0, 0, time.UTC)}); err == nil {
		t.Error("an event of 1960 was written")
	}
	other := model.NewNote(model.Partnership{ID: "01KP0B8T00G4G4N1ERT6"}, "catatan", now)
	if err := db.AddEvent(other); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("an event of a missing partnership: %v, want ErrNotFound", err)
	}
	if _, err := db.Events("01KP0B8T00G4G4N1ERT6"); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("Events of a missing partnership: %v, want ErrNotFound", err)
	}
	if events := MustEvents(t, db, ps.ID); len(events) != 0 {
		t.Errorf("refused events were written: %+v", events)
	}

	// an event without stage or time gets the partnership's and now
	MustAddEvent(t, db, model.Event{PartnershipID: ps.ID, Kind: model.EventNote, Text: "tanpa waktu"})
	if e := MustEvents(t, db, ps.ID)[0]; e.Stage != ps.Stage || e.Time.IsZero() {
		t.Errorf("filled event: %+v", e)
	}
}

// A new partnership gets its "dibuat" event, and the events saved with it get its ID.
func TestSavePartnershipWithEvents(t *testing.T) {
	db := MustOpenTemp(t)
	ps := model.NewPartnership()
	ps.Title = "Pojok Baca"
	ps.Need.Category = model.NeedAkademik
	ps.Need.Description = "Minat baca rendah"
	if err := db.SavePartnership(&ps, model.Event{Kind: model.EventNote, Text: "Usul dari rapat komite"}); err != nil {
		t.Fatal(err)
	}
	events := MustEvents(t, db, ps.ID)
	if len(events) != 2 || events[0].Kind != model.EventCreated || !events[0].Time.Equal(ps.CreatedAt) ||
		events[1].Kind != model.EventNote || events[1].PartnershipID != ps.ID || events[1].Stage != model.StageKebutuhan {
		t.Fatalf("timeline of a new partnership: %+v", events)
	}
	if !ps.StageSince.Equal(ps.CreatedAt) {
		t.Errorf("StageSince %v, want CreatedAt %v", ps.StageSince, ps.CreatedAt)
	}

	// moving on: the model's event is saved with the record
	e, err := ps.Advance(nil, db.stamp())
	if err != nil {
		t.Fatal(err)
	}
	if err := db.SavePartnership(&ps, e); err != nil {
		t.Fatal(err)
	}
	events = MustEvents(t, db, ps.ID)
	if len(events) != 3 || events[2].Kind != model.EventStageMoved || events[2].Stage != model.StagePenjajakan {
		t.Errorf("after Advance: %+v", events)
	}
	if got, _ := db.Partnership(ps.ID); got.Stage != model.StagePenjajakan || !got.StageSince.Equal(e.Time) {
		t.Errorf("stored stage %v since %v, want 2 since %v", got.Stage, got.StageSince, e.Time)
	}

	// an existing partnership gets no second "dibuat"
	if err := db.SavePartnership(&ps); err != nil {
		t.Fatal(err)
	}
	if n := len(MustEvents(t, db, ps.ID)); n != 3 {
		t.Errorf("saving again left %d events, want 3", n)
	}
	// nor events of another partnership
	if err := db.SavePartnership(&ps, model.Event{PartnershipID: "01KP0B8T00G4G4N1ERT6", Kind: model.EventNote, Text: "x"}); err == nil {
		t.Error("an event of another partnership was saved with this one")
	}
}

// An invalid partnership, or one that fails inside the transaction, saves neither
// the record nor its events.
func TestSavePartnershipWithEventsAtomic(t *testing.T) {
	db := MustOpenTemp(t)
	note := model.Event{Kind: model.EventNote, Text: "Catatan"}

	invalid := model.Partnership{Title: "Tanpa kategori"}
	var problems model.Problems
	if err := db.SavePartnership(&invalid, note); !errors.As(err, &problems) {
		t.Fatalf("invalid partnership: %v, want model.Problems", err)
	}
	badEvent := model.NewPartnership()
	badEvent.Title, badEvent.Need.Category = "Catatan kosong", model.NeedAkademik
	if err := db.SavePartnership(&badEvent, model.Event{Kind: model.EventNote}); err == nil {
		t.Fatal("a note without text was saved")
	}
	missingPartner := badEvent
	missingPartner.Title, missingPartner.PartnerID = "Mitra hilang", "01KP0B8T00G4G4N1ERT6"
	if err := db.SavePartnership(&missingPartner, note); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("missing partner: %v, want ErrNotFound", err)
	}
	c, err := db.Check()
	if err != nil {
		t.Fatal(err)
	}
	if c.Partnerships != 0 || c.Events != 0 {
		t.Errorf("refused saves wrote %+v", c)
	}
}

func TestDeletePartnershipRemovesEventsAndAttachments(t *testing.T) {
	db := MustOpenTemp(t)
	keep := MustLoadPartnership(t, db, "01KP0B8T00G4G4N1ERT6", "Tetap")
	gone := MustLoadPartnership(t, db, "01KP0B8T00G4G4N1ERT5", "Dihapus")
	now := time.Date(2026, 3, 1, 10, 0, 0, 0, time.UTC)
	var goneFiles []model.Attachment
	for _, ps := range []model.Partnership{keep, gone} {
		MustAddEvent(t, db, model.NewNote(ps, "catatan", now))
		for _, name := range []string{"foto.png", "scan.pdf"} {
			a := MustAddAttachment(t, db, ps.ID, name, fakeFile(name, 1000))
			if ps.ID == gone.ID {
				goneFiles = append(goneFiles, a)
			}
		}
	}
	if err := db.DeletePartnership(gone.ID); err != nil {
		t.Fatal(err)
	}
	for _, a := range goneFiles {
		if _, err := db.AttachmentData(a.ID); !errors.Is(err, model.ErrNotFound) {
			t.Errorf("data of %s after deleting its partnership: %v", a.Name, err)
		}
	}
	c, err := db.Check()
	if err != nil {
		t.Fatal(err)
	}
	// keep: a note and two "lampiran" events, two attachments
	if want := (Counts{SchemaVersion: SchemaVersion, Partnerships: 1, Events: 3, Attachments: 2}); c != want {
		t.Errorf("after the delete: %+v, want %+v", c, want)
	}
	if list, err := db.Summaries(); err != nil || len(list) != 1 || list[0].ID != keep.ID {
		t.Errorf("summaries after the delete: %+v, %v", list, err)
	}
}
