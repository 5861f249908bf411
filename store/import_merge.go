package store

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"runtime"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/model"
)

// Merging a bundle into the file.
//
// Bundles carry no history, only each record as it stands with its UpdatedAt, so a
// record found on both sides is judged by its content and its UpdatedAt alone:
//
//   - New: the file has no record with the ID. It is added.
//   - Same: both sides are equal. Nothing happens.
//   - Changed: they differ and the bundle's UpdatedAt is later than the file's: the
//     other PC changed it after this one last did. By default the bundle's version
//     replaces the file's.
//   - Conflict: they differ and the file's UpdatedAt is later than (or equal to) the
//     bundle's: this PC changed it since, and perhaps the other one too. By default
//     the file's version, the newer one, is kept.
//
// Without a common ancestor this rule cannot see that both sides edited a record when
// the bundle's edit is the later one: that shows as Changed. The plan therefore lists
// both versions' titles and times for Changed records as well as for conflicts, and
// every Changed or Conflict record can be decided either way with a Choice. Clocks of
// the two PCs are trusted; a PC whose clock runs ahead wins by default.
//
// Special cases:
//
//   - The school profile is taken only when the file has none; a different profile
//     is a Conflict kept by default whatever its time (a district office merging its
//     schools keeps its own).
//   - Timeline events have no ID and never change: an event equal to one on the same
//     partnership at the same moment is Same, any other New.
//   - Attachments never change either: one with a known ID and different content or
//     name is a Conflict, kept by default.
//   - A partnership's letters (the nomor surat given) are never lost: whichever version
//     is kept, letters the other one has and it lacks are added, by number. Letters
//     alone the bundle adds make the partnership Changed.
//   - Letter counters keep the larger value of each year, so no number is given twice.
//   - Import never deletes: a record deleted here but still in the bundle comes back
//     as New.
//
// Importing the same bundle twice changes nothing the second time: every record it
// took is then Same.

// The types of a plan are the model's (store.ImportPlan is model.ImportPlan), so
// that the UI can show a plan without importing the store.
type (
	// ImportStatus is what a record of a bundle is to the file.
	ImportStatus = model.ImportStatus
	// RecordKind names the kind of a record in an ImportPlan.
	RecordKind = model.RecordKind
	// Choice decides a Changed or Conflict record.
	Choice = model.Choice
	// Version is one side of a record, as a plan shows it.
	Version = model.Version
	// ImportItem is one record of the bundle and what it is to the file.
	ImportItem = model.ImportItem
	// ImportPlan is what merging a bundle would do, for a person to look at before
	// ApplyImport.
	ImportPlan = model.ImportPlan
	// ImportCounts counts the items of a plan by status.
	ImportCounts = model.ImportCounts
	// ImportResult says what ApplyImport wrote.
	ImportResult = model.ImportResult
)

// The statuses of a record in an ImportPlan.
const (
	ImportNew      = model.ImportNew
	ImportChanged  = model.ImportChanged
	ImportSame     = model.ImportSame
	ImportConflict = model.ImportConflict
)

// The kinds of record a bundle holds.
const (
	RecordSchool      = model.RecordSchool
	RecordPartner     = model.RecordPartner
	RecordPartnership = model.RecordPartnership
	RecordEvent       = model.RecordEvent
	RecordAttachment  = model.RecordAttachment
	// RecordStudentActivity is an SMK's students' activity (PKL).
	RecordStudentActivity = model.RecordStudentActivity
)

// SchoolID stands for the school profile in an ImportItem and in the choices given to
// ApplyImport (it is not a valid model.ID, so it names no other record).
const SchoolID = model.SchoolID

// The choices.
const (
	ChoiceDefault  = model.ChoiceDefault  // the item's Default
	ChoiceIncoming = model.ChoiceIncoming // take the bundle's version
	ChoiceLocal    = model.ChoiceLocal    // keep the file's version
)

// PlanImport checks the bundle's records and says, for each, whether it is new,
// changed, the same or in conflict with the file (see the rule above). It changes
// nothing. A record that is not valid, an ID given twice, or a reference to a partner
// or partnership neither the bundle nor the file holds is refused, wrapping
// ErrBundleDamaged and naming the record.
func (db *DB) PlanImport(b *Bundle) (ImportPlan, error) {
	return db.PlanImportContext(context.Background(), b)
}

// PlanImportContext is PlanImport stopping, with ErrCancelled, when ctx ends.
func (db *DB) PlanImportContext(ctx context.Context, b *Bundle) (ImportPlan, error) {
	defer lowerMemoryLimit()()
	if b == nil {
		return ImportPlan{}, fmt.Errorf("%w: tidak ada isi", ErrBundleDamaged)
	}
	if err := checkBundle(b); err != nil {
		return ImportPlan{}, err
	}
	var plan ImportPlan
	err := db.view(func(tx *bolt.Tx) error {
		var err error
		plan, err = planImport(ctx, tx, b)
		return err
	})
	return plan, err
}

// ApplyImport merges the plan's bundle into the file in one transaction: all of it or
// nothing; except a large bundle (over 50,000 events or 32 MB of attachments), whose
// attachments and events follow its records in batches and are dropped from the
// bundle as they are written (see applyLater). Each Changed or Conflict record
// follows choices[its ID] (SchoolID for the school), or its Default; choices for New
// and Same records are ignored. If the file
// changed since the plan was made, so that a record's status is no longer the
// plan's, nothing is written and the error wraps ErrImportStale.
func (db *DB) ApplyImport(plan ImportPlan, choices map[model.ID]Choice) (ImportResult, error) {
	return db.ApplyImportContext(context.Background(), plan, choices)
}

// ApplyImportContext is ApplyImport stopping when ctx ends: the transaction is then
// rolled back, nothing is written, and the error wraps ErrCancelled.
func (db *DB) ApplyImportContext(ctx context.Context, plan ImportPlan, choices map[model.ID]Choice) (ImportResult, error) {
	b := plan.Bundle
	if b == nil {
		return ImportResult{}, fmt.Errorf("%w: tidak ada isi", ErrBundleDamaged)
	}
	if err := checkBundle(b); err != nil {
		return ImportResult{}, err
	}
	defer lowerMemoryLimit()()
	var res ImportResult
	var later *laterWork
	if large(b) {
		later = &laterWork{}
	}
	err := db.update(func(tx *bolt.Tx) error {
		now, err := planImport(ctx, tx, b)
		if err != nil {
			return err
		}
		if !samePlan(now, plan) {
			return ErrImportStale
		}
		if later != nil {
			*later = laterWork{}
		}
		res, err = applyImport(ctx, tx, now, choices, later)
		return err
	})
	if err != nil {
		return ImportResult{}, err
	}
	if later != nil {
		if err := db.applyLater(b, later); err != nil {
			return res, fmt.Errorf("%w; %d peristiwa dan %d lampiran sudah diimpor sebagian: impor lagi berkas yang sama untuk melengkapinya",
				err, len(later.events), len(later.attachments))
		}
	}
	return res, nil
}

// A large bundle (a district office's, a hostile one) is not written in one
// transaction: bbolt keeps a transaction's pages in memory until it commits, and a
// million events would take gigabytes. Its records go in one transaction, as a small
// bundle's do; then its attachments and its timeline events, which only add to
// records already there, in batches of importBatchBytes and importBatchEvents, each
// batch's part of the bundle dropped once written. A failure half way leaves some of
// them imported; importing the same bundle again adds the rest (what is there is
// Same). Variables, so that tests can make them small.
var (
	importBatchEvents = 50_000
	importBatchBytes  = 32 << 20
)

// importMemoryLimit is the soft memory limit (runtime/debug) while an import runs:
// the garbage collector then frees the decoded bundle's garbage before the heap
// doubles, so that the largest bundle imports in about 500 MB.
const importMemoryLimit = 350 << 20

// lowerMemoryLimit sets importMemoryLimit, unless a lower limit is set, and returns
// the function that puts the old one back.
func lowerMemoryLimit() func() {
	old := debug.SetMemoryLimit(-1)
	if old <= importMemoryLimit {
		return func() {}
	}
	debug.SetMemoryLimit(importMemoryLimit)
	return func() { debug.SetMemoryLimit(old) }
}

// laterWork is what a large bundle's import writes after its records.
type laterWork struct {
	attachments []int   // indexes into Bundle.Attachments
	events      []int32 // indexes into Bundle.Events, in key order
}

// large reports whether b is imported in batches.
func large(b *Bundle) bool {
	if len(b.Events) > importBatchEvents {
		return true
	}
	var n int
	for _, a := range b.Attachments {
		n += len(a.Data)
	}
	return n > importBatchBytes
}

// applyLater writes a large bundle's attachments and events in batches, dropping
// each batch's data from the bundle once written.
func (db *DB) applyLater(b *Bundle, later *laterWork) error {
	for len(later.attachments) > 0 {
		n, size := 0, 0
		for n < len(later.attachments) && (n == 0 || size+len(b.Attachments[later.attachments[n]].Data) <= importBatchBytes) {
			size += len(b.Attachments[later.attachments[n]].Data)
			n++
		}
		batch := later.attachments[:n]
		err := db.update(func(tx *bolt.Tx) error {
			for _, i := range batch {
				a := normalAttachment(b.Attachments[i])
				if key, _ := findAttachment(tx.Bucket(bucketAttachments), a.ID); key != nil {
					if err := tx.Bucket(bucketAttachments).Delete(key); err != nil {
						return err
					}
				}
				if err := putJSON(tx.Bucket(bucketAttachments), attachmentKey(a.PartnershipID, a.ID), a.Attachment); err != nil {
					return err
				}
				if err := put(tx.Bucket(bucketAttachmentData), []byte(a.ID), a.Data); err != nil {
					return err
				}
				b.Attachments[i].Data = nil // sealed: the bundle's copy is not needed any more
			}
			return nil
		})
		if err != nil {
			return err
		}
		later.attachments = later.attachments[n:]
		runtime.GC()
	}
	for len(later.events) > 0 {
		batch := later.events[:min(importBatchEvents, len(later.events))]
		err := db.update(func(tx *bolt.Tx) error { return putEvents(context.Background(), tx, b, batch) })
		if err != nil {
			return err
		}
		for _, i := range batch {
			b.Events[i] = model.Event{}
		}
		later.events = later.events[len(batch):]
		runtime.GC()
	}
	return nil
}

func samePlan(a, b ImportPlan) bool {
	if len(a.Items) != len(b.Items) || a.Events != b.Events {
		return false
	}
	for i := range a.Items {
		x, y := a.Items[i], b.Items[i]
		if x.Kind != y.Kind || x.ID != y.ID || x.Status != y.Status || !x.Local.UpdatedAt.Equal(y.Local.UpdatedAt) {
			return false
		}
	}
	return true
}

// checkBundle refuses what Load would refuse, and IDs given twice. ReadBundle has
// checked each record already; a Bundle may come from elsewhere too.
func checkBundle(b *Bundle) error {
	bad := func(err error) error {
		if errors.Is(err, ErrBundleDamaged) {
			return err
		}
		return fmt.Errorf("%w: %v", ErrBundleDamaged, err)
	}
	if err := checkBundleSchool(b.School); err != nil {
		return bad(err)
	}
	seen := make(map[model.ID]bool, len(b.Partners)+len(b.Partnerships)+len(b.Attachments))
	twice := func(what, name string, id model.ID) error {
		if seen[id] {
			return bad(fmt.Errorf("%s %q: ID %s muncul dua kali", what, clip(name), id))
		}
		seen[id] = true
		return nil
	}
	for _, p := range b.Partners {
		if err := checkBundlePartner(p); err != nil {
			return bad(err)
		}
		if err := twice("mitra", p.Name, p.ID); err != nil {
			return err
		}
	}
	for _, ps := range b.Partnerships {
		if err := checkBundlePartnership(ps); err != nil {
			return bad(err)
		}
		if err := twice("kemitraan", ps.Title, ps.ID); err != nil {
			return err
		}
	}
	for _, e := range b.Events {
		if err := checkBundleEvent(e); err != nil {
			return bad(err)
		}
	}
	for _, a := range b.Attachments {
		if err := checkBundleAttachment(a); err != nil {
			return bad(err)
		}
		if err := twice("lampiran", a.Name, a.ID); err != nil {
			return err
		}
	}
	for _, a := range b.StudentActivities {
		if err := checkStoredActivity(a); err != nil {
			return bad(err)
		}
		if err := twice("aktivitas peserta didik", a.Title, a.ID); err != nil {
			return err
		}
	}
	for year, n := range b.LetterCounters {
		if err := checkBundleCounter(year, n); err != nil {
			return err
		}
	}
	return nil
}

// checkBundleCounter refuses a letter counter beyond model.MaxLetterNumber: the next
// letters would wrap round to numbers given before.
func checkBundleCounter(year string, n uint64) error {
	if n > model.MaxLetterNumber {
		return fmt.Errorf("%w: nomor surat tahun %s sampai %d, batasnya %d", ErrBundleOutOfRange, clip(year), n, model.MaxLetterNumber)
	}
	return nil
}

// checkAmounts refuses amounts beyond model.MaxRupiah, one by one and summed, so that
// no total the program makes of them overflows.
func checkAmounts(ps model.Partnership) error {
	var total model.Rupiah
	for _, b := range ps.Proposal.Budget {
		if b.Amount > model.MaxRupiah || b.Amount < 0 {
			return fmt.Errorf("%w: kemitraan %q: anggaran %q sebesar %d", ErrBundleOutOfRange, clip(ps.Title), clip(b.Item), int64(b.Amount))
		}
		if total += b.Amount; total > model.MaxRupiah {
			return fmt.Errorf("%w: kemitraan %q: jumlah anggaran melewati %d", ErrBundleOutOfRange, clip(ps.Title), int64(model.MaxRupiah))
		}
	}
	if a := ps.Agreement.LegacyFundingAmount; a > model.MaxRupiah || a < 0 {
		return fmt.Errorf("%w: kemitraan %q: kontribusi mitra sebesar %d", ErrBundleOutOfRange, clip(ps.Title), int64(a))
	}
	for _, c := range ps.Agreement.Contributions {
		if c.Amount > model.MaxRupiah || c.Amount < 0 {
			return fmt.Errorf("%w: kemitraan %q: kontribusi %q sebesar %d", ErrBundleOutOfRange, clip(ps.Title), clip(c.What), int64(c.Amount))
		}
	}
	if _, err := ps.Agreement.ContributionTotals(); err != nil {
		return fmt.Errorf("%w: kemitraan %q: jumlah kontribusi melewati %d", ErrBundleOutOfRange, clip(ps.Title), int64(model.MaxRupiah))
	}
	var received []model.Rupiah
	for _, r := range ps.Receipts {
		if r.Amount > model.MaxRupiah || r.Amount < 0 {
			return fmt.Errorf("%w: kemitraan %q: penerimaan sebesar %d", ErrBundleOutOfRange, clip(ps.Title), int64(r.Amount))
		}
		received = append(received, r.Amount)
	}
	if _, err := model.Sum(received...); err != nil {
		return fmt.Errorf("%w: kemitraan %q: jumlah penerimaan melewati %d", ErrBundleOutOfRange, clip(ps.Title), int64(model.MaxRupiah))
	}
	return nil
}

// The checks of one record of a bundle: what Load refuses.

func checkBundleSchool(s *model.School) error {
	if s == nil {
		return nil
	}
	if problems := s.Validate(); problems != nil {
		return fmt.Errorf("profil sekolah: %v", problems)
	}
	return nil
}

func checkBundlePartner(p model.Partner) error {
	if !p.ID.Valid() {
		return fmt.Errorf("mitra %q: ID %q tidak valid", clip(p.Name), clip(string(p.ID)))
	}
	if problems := p.Validate(); problems != nil {
		return fmt.Errorf("mitra %q: %v", clip(p.Name), problems)
	}
	return nil
}

func checkBundlePartnership(ps model.Partnership) error {
	if !ps.ID.Valid() {
		return fmt.Errorf("kemitraan %q: ID %q tidak valid", clip(ps.Title), clip(string(ps.ID)))
	}
	if ps.PartnerID != "" && !ps.PartnerID.Valid() {
		return fmt.Errorf("kemitraan %q: ID mitra %q tidak valid", clip(ps.Title), clip(string(ps.PartnerID)))
	}
	if problems := ps.Validate(); problems != nil {
		return fmt.Errorf("kemitraan %q: %v", clip(ps.Title), problems)
	}
	return checkAmounts(ps)
}

func checkBundleEvent(e model.Event) error {
	if err := checkEvent(e); err != nil {
		return fmt.Errorf("peristiwa %q kemitraan %s: %v", clip(e.Text), clip(string(e.PartnershipID)), err)
	}
	if !e.PartnershipID.Valid() || e.Time.IsZero() || !e.Stage.Valid() {
		return fmt.Errorf("peristiwa %q kemitraan %q: kemitraan, waktu dan tahap wajib diisi", clip(e.Text), clip(string(e.PartnershipID)))
	}
	return nil
}

func checkBundleAttachment(a AttachmentFile) error {
	if !a.ID.Valid() || !a.PartnershipID.Valid() {
		return fmt.Errorf("lampiran %q: ID %q atau kemitraan %q tidak valid", clip(a.Name), clip(string(a.ID)), clip(string(a.PartnershipID)))
	}
	if _, err := model.CheckAttachment(a.Name, a.Data); err != nil {
		return fmt.Errorf("lampiran %q: %v", clip(a.Name), err)
	}
	return nil
}

// planImport compares the bundle with the file inside tx.
func planImport(ctx context.Context, tx *bolt.Tx, b *Bundle) (ImportPlan, error) {
	plan := ImportPlan{Bundle: b, LetterCounters: map[string]uint64{}}
	var err error
	add := func(it ImportItem) {
		switch it.Status {
		case ImportNew, ImportChanged:
			it.Default = ChoiceIncoming
		default:
			it.Default = ChoiceLocal
		}
		plan.Items = append(plan.Items, it)
	}

	if b.School != nil {
		in := *b.School
		it := ImportItem{Kind: RecordSchool, ID: SchoolID, Incoming: Version{Title: in.Name, UpdatedAt: in.UpdatedAt}}
		if tx.Bucket(bucketSchool).Get(keyProfile) == nil {
			it.Status = ImportNew
		} else {
			local, err := getSchool(tx)
			if err != nil {
				return plan, err
			}
			it.Local = Version{Title: local.Name, UpdatedAt: local.UpdatedAt}
			it.Status = ImportConflict
			if sameJSON(local, in) {
				it.Status = ImportSame
			} else {
				it.Fields = differentFields(local, in)
			}
			plan.OtherSchool = local.NPSN != "" && in.NPSN != "" && local.NPSN != in.NPSN
		}
		add(it)
	}

	partners := tx.Bucket(bucketPartners)
	for i, in := range b.Partners {
		it := ImportItem{Kind: RecordPartner, ID: in.ID, Incoming: Version{Title: in.Name, UpdatedAt: in.UpdatedAt}, Index: i}
		if v := partners.Get([]byte(in.ID)); v == nil {
			it.Status = ImportNew
		} else {
			var local model.Partner
			if err := decode(bucketPartners, []byte(in.ID), v, &local); err != nil {
				return plan, err
			}
			it.Local = Version{Title: local.Name, UpdatedAt: local.UpdatedAt}
			it.Status = compareVersions(sameJSON(local, in), local.UpdatedAt, in.UpdatedAt)
			if it.Status != ImportSame {
				it.Fields = differentFields(local, in)
			}
		}
		add(it)
	}

	inBundle := make(map[model.ID]bool, len(b.Partners)+len(b.Partnerships))
	for _, p := range b.Partners {
		inBundle[p.ID] = true
	}
	partnerships := tx.Bucket(bucketPartnerships)
	for i, in := range b.Partnerships {
		if in.PartnerID != "" && !inBundle[in.PartnerID] && partners.Get([]byte(in.PartnerID)) == nil {
			return plan, fmt.Errorf("%w: kemitraan %q: mitra %s tidak ada di berkas ekspor maupun di data ini", ErrBundleDamaged, clip(in.Title), in.PartnerID)
		}
		it := ImportItem{Kind: RecordPartnership, ID: in.ID, Incoming: Version{Title: in.Title, UpdatedAt: in.UpdatedAt}, Index: i}
		if v := partnerships.Get([]byte(in.ID)); v == nil {
			it.Status = ImportNew
		} else {
			var local model.Partnership
			if err := decode(bucketPartnerships, []byte(in.ID), v, &local); err != nil {
				return plan, err
			}
			it.Local = Version{Title: local.Title, UpdatedAt: local.UpdatedAt}
			same := sameJSON(withoutLetters(local), withoutLetters(in))
			if same && len(missingLetters(local.Letters, in.Letters)) > 0 {
				it.Status = ImportChanged // letters alone: nothing to lose by taking them
			} else {
				it.Status = compareVersions(same, local.UpdatedAt, in.UpdatedAt)
			}
			if it.Status != ImportSame {
				it.Fields = differentFields(local, in)
			}
		}
		add(it)
	}
	for _, ps := range b.Partnerships {
		inBundle[ps.ID] = true
	}

	plan.Events, _, err = planEvents(ctx, tx, b, inBundle)
	if err != nil {
		return plan, err
	}

	for i, a := range b.Attachments {
		if !inBundle[a.PartnershipID] && partnerships.Get([]byte(a.PartnershipID)) == nil {
			return plan, fmt.Errorf("%w: lampiran %q: kemitraan %s tidak ada di berkas ekspor maupun di data ini", ErrBundleDamaged, clip(a.Name), a.PartnershipID)
		}
		it := ImportItem{Kind: RecordAttachment, ID: a.ID, Incoming: Version{Title: a.Name, UpdatedAt: a.Added}, Index: i}
		local, data, found, err := localAttachment(tx, a)
		if err != nil {
			return plan, err
		}
		switch {
		case !found:
			it.Status = ImportNew
		default:
			it.Local = Version{Title: local.Name, UpdatedAt: local.Added}
			it.Status = ImportConflict
			in := normalAttachment(a)
			if sameJSON(local, in.Attachment) && bytes.Equal(data, in.Data) {
				it.Status = ImportSame
			}
		}
		add(it)
	}

	if err := planStudentActivities(tx, b, inBundle, add); err != nil {
		return plan, err
	}

	counters := tx.Bucket(bucketCounters)
	for year, n := range b.LetterCounters {
		y, _ := strconv.Atoi(year)
		local, err := localCounter(counters, y)
		if err != nil {
			return plan, err
		}
		if n > local {
			plan.LetterCounters[year] = n
		}
	}
	return plan, nil
}

// compareVersions applies the rule to a record found on both sides.
func compareVersions(same bool, local, incoming time.Time) ImportStatus {
	switch {
	case same:
		return ImportSame
	case incoming.After(local):
		return ImportChanged
	default:
		return ImportConflict
	}
}

// applyImport writes what plan and choices decide; plan was made in tx.
func applyImport(ctx context.Context, tx *bolt.Tx, plan ImportPlan, choices map[model.ID]Choice, later *laterWork) (ImportResult, error) {
	var res ImportResult
	b := plan.Bundle
	var activities map[model.ID][]byte // the file's activities' keys, read at the first one
	take := func(it ImportItem) bool {
		switch it.Status {
		case ImportNew:
			res.Added++
			return true
		case ImportSame:
			res.Unchanged++
			return false
		}
		c := choices[it.ID]
		if c != ChoiceIncoming && c != ChoiceLocal {
			c = it.Default
		}
		if c == ChoiceIncoming {
			res.Updated++
			return true
		}
		res.Kept++
		return false
	}

	for _, it := range plan.Items {
		switch it.Kind {
		case RecordSchool:
			if take(it) {
				if err := putJSON(tx.Bucket(bucketSchool), keyProfile, *b.School); err != nil {
					return res, err
				}
			}
		case RecordPartner:
			if take(it) {
				p := b.Partners[it.Index]
				if err := putJSON(tx.Bucket(bucketPartners), []byte(p.ID), p); err != nil {
					return res, err
				}
			}
		case RecordPartnership:
			in := b.Partnerships[it.Index]
			if it.Status == ImportNew {
				res.Added++
				if err := checkPartner(tx, in); err != nil {
					return res, err
				}
				if err := putPartnership(tx, in); err != nil {
					return res, err
				}
				continue
			}
			local, err := getPartnership(tx, in.ID)
			if err != nil {
				return res, err
			}
			if take(it) {
				in.Letters = append(append([]model.Letter(nil), in.Letters...), missingLetters(in.Letters, local.Letters)...)
				if err := checkPartner(tx, in); err != nil {
					return res, err
				}
				if err := putPartnership(tx, in); err != nil {
					return res, err
				}
			} else if extra := missingLetters(local.Letters, in.Letters); len(extra) > 0 {
				// the version kept lacks letters the other PC gave: keep their numbers
				local.Letters = append(local.Letters, extra...)
				res.LettersAdded += len(extra)
				if err := putPartnership(tx, local); err != nil {
					return res, err
				}
			}
		case RecordStudentActivity:
			if take(it) {
				if activities == nil {
					activities = activityKeys(tx)
				}
				if err := putStudentActivity(tx, b.StudentActivities[it.Index], activities); err != nil {
					return res, err
				}
			}
		case RecordAttachment:
			if !take(it) {
				continue
			}
			if later != nil {
				later.attachments = append(later.attachments, it.Index)
				continue
			}
			a := normalAttachment(b.Attachments[it.Index])
			// a conflicting one may be filed under another partnership
			if key, _ := findAttachment(tx.Bucket(bucketAttachments), a.ID); key != nil {
				if err := tx.Bucket(bucketAttachments).Delete(key); err != nil {
					return res, err
				}
			}
			if err := putJSON(tx.Bucket(bucketAttachments), attachmentKey(a.PartnershipID, a.ID), a.Attachment); err != nil {
				return res, err
			}
			if err := put(tx.Bucket(bucketAttachmentData), []byte(a.ID), a.Data); err != nil {
				return res, err
			}
		}
	}

	// events last: every partnership they belong to is in the file now
	_, fresh, err := planEvents(ctx, tx, b, nil)
	if err != nil {
		return res, err
	}
	sortEvents(b, fresh)
	if later != nil {
		later.events = fresh
	} else if err := putEvents(ctx, tx, b, fresh); err != nil {
		return res, err
	}
	res.Added += len(fresh)
	res.Unchanged += plan.Events.Same

	for year, n := range plan.LetterCounters {
		y, _ := strconv.Atoi(year)
		if err := raiseLetterCounter(tx, y, n); err != nil {
			return res, err
		}
		res.CountersRaised++
	}
	return res, nil
}

// planEvents counts the bundle's events that are new to the file and those it holds
// already (or that the bundle holds twice), and returns the new ones. Each event is
// known by a hash of all it says; the file's events of every partnership the bundle
// names are read once, by one range scan each, so the work grows with the number of
// events, not with its square. inBundle, when not nil, names the partnerships the
// bundle adds: an event of a partnership neither it nor the file holds is refused.
func planEvents(ctx context.Context, tx *bolt.Tx, b *Bundle, inBundle map[model.ID]bool) (ImportCounts, []int32, error) {
	var c ImportCounts
	partnerships := tx.Bucket(bucketPartnerships)
	known := make(map[eventHash]struct{}, len(b.Events))
	scanned := map[model.ID]bool{}
	var fresh []int32
	for i, e := range b.Events {
		if i%4096 == 0 && ctx.Err() != nil {
			return c, nil, cancelled(ctx.Err())
		}
		if !scanned[e.PartnershipID] {
			scanned[e.PartnershipID] = true
			if partnerships.Get([]byte(e.PartnershipID)) == nil {
				if inBundle != nil && !inBundle[e.PartnershipID] {
					return c, nil, fmt.Errorf("%w: peristiwa %q: kemitraan %s tidak ada di berkas ekspor maupun di data ini", ErrBundleDamaged, clip(e.Text), clip(string(e.PartnershipID)))
				}
			} else {
				err := eachEvent(tx, e.PartnershipID, func(old model.Event) error {
					known[hashEvent(old)] = struct{}{}
					return nil
				})
				if err != nil {
					return c, nil, err
				}
			}
		}
		e.Time = e.Time.Round(0)
		h := hashEvent(e)
		if _, ok := known[h]; ok {
			c.Same++
			continue
		}
		known[h] = struct{}{}
		c.New++
		fresh = append(fresh, int32(i))
	}
	return c, fresh, nil
}

// eventHash identifies an event by all it says.
type eventHash [16]byte

func hashEvent(e model.Event) eventHash {
	h := fnv.New128a()
	var buf [8]byte
	binary.BigEndian.PutUint64(buf[:], uint64(e.Time.UnixNano()))
	for _, part := range []string{string(e.PartnershipID), string(buf[:]), string(e.Kind), strconv.Itoa(int(e.Stage)),
		e.Text, e.Participants, e.Minutes} {
		binary.BigEndian.PutUint64(buf[:], uint64(len(part)))
		_, _ = h.Write(buf[:])
		_, _ = h.Write([]byte(part))
	}
	var out eventHash
	h.Sum(out[:0])
	return out
}

// sortEvents orders the indexes of the bundle's events by their keys (partnership,
// time), so that bbolt appends to its pages instead of inserting into the middle of a
// page that grows with every insert.
func sortEvents(b *Bundle, idx []int32) {
	slices.SortStableFunc(idx, func(i, j int32) int {
		x, y := &b.Events[i], &b.Events[j]
		return cmp.Or(strings.Compare(string(x.PartnershipID), string(y.PartnershipID)), x.Time.Compare(y.Time))
	})
}

// putEvents writes the bundle's events idx (sorted) in tx.
func putEvents(ctx context.Context, tx *bolt.Tx, b *Bundle, idx []int32) error {
	for n, i := range idx {
		if n%4096 == 0 && ctx.Err() != nil {
			return cancelled(ctx.Err())
		}
		e := b.Events[i]
		e.Time = e.Time.Round(0)
		if err := putEvent(tx, e); err != nil {
			return err
		}
	}
	return nil
}

// differentFields lists the top-level JSON fields of a and b (two versions of one
// record) that differ, sorted, leaving out the ID and the times of creation and
// change.
func differentFields(a, b any) []string {
	fields := func(v any) map[string]json.RawMessage {
		data, err := json.Marshal(v)
		if err != nil {
			return nil
		}
		var m map[string]json.RawMessage
		_ = json.Unmarshal(data, &m)
		return m
	}
	fa, fb := fields(a), fields(b)
	var diff []string
	for k, va := range fa {
		if vb, ok := fb[k]; !ok || !bytes.Equal(va, vb) {
			diff = append(diff, k)
		}
	}
	for k := range fb {
		if _, ok := fa[k]; !ok {
			diff = append(diff, k)
		}
	}
	diff = slices.DeleteFunc(diff, func(k string) bool { return k == "id" || k == "created_at" || k == "updated_at" })
	slices.Sort(diff)
	return diff
}

// localAttachment finds the file's attachment with a's ID, under a's partnership or
// another, with its data.
func localAttachment(tx *bolt.Tx, a AttachmentFile) (model.Attachment, []byte, bool, error) {
	var local model.Attachment
	data, err := get(tx.Bucket(bucketAttachmentData), bucketAttachmentData, []byte(a.ID))
	if err != nil {
		return local, nil, false, err
	}
	list := tx.Bucket(bucketAttachments)
	key := attachmentKey(a.PartnershipID, a.ID)
	v := list.Get(key)
	if v == nil {
		if data == nil {
			return local, nil, false, nil
		}
		key, v = findAttachment(list, a.ID)
		if v == nil {
			return local, nil, false, nil
		}
	}
	err = decode(bucketAttachments, key, v, &local)
	return local, data, true, err
}

// normalAttachment is a as the file keeps it: its name cleaned as AddAttachment
// cleans it (no folders, no control characters), type and size from its data.
func normalAttachment(a AttachmentFile) AttachmentFile {
	fallback := "lampiran"
	if a.IsDocument() {
		fallback = "dokumen"
	}
	a.Name = attachmentName(a.Name, fallback)
	typ, _ := model.CheckAttachment(a.Name, a.Data)
	a.Type, a.Size = typ, int64(len(a.Data))
	return a
}

// localCounter is the file's letter counter of year (0 when none).
func localCounter(b *bolt.Bucket, year int) (uint64, error) {
	return readCounter(b, letterCounterKey(year))
}

func withoutLetters(ps model.Partnership) model.Partnership {
	ps.Letters = nil
	return ps
}

// missingLetters are the letters of other whose number have does not hold.
func missingLetters(have, other []model.Letter) []model.Letter {
	numbers := make(map[string]bool, len(have))
	for _, l := range have {
		numbers[l.Number] = true
	}
	var missing []model.Letter
	for _, l := range other {
		if !numbers[l.Number] {
			missing = append(missing, l)
			numbers[l.Number] = true
		}
	}
	return missing
}

// sameJSON reports whether a and b are stored alike: records are kept as JSON, so two
// versions that encode the same are the same record.
func sameJSON(a, b any) bool {
	x, errX := json.Marshal(a)
	y, errY := json.Marshal(b)
	return errX == nil && errY == nil && bytes.Equal(x, y)
}
