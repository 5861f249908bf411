package store

import (
	"context"
	"errors"
	"sync"
)

// A file can be damaged where opening it does not read (bbolt checks only its meta
// pages): a bit that rots on the disk, a page a power cut half wrote on a cheap
// stick. Writing into such a file spreads the damage, so the file is checked fully
// (Check) once a day before it is first written: VerifyInBackground starts the check
// right after opening, and the first write of the day waits for it, or runs it, when
// it has not passed that day. When it finds damage, every later write is refused
// with that damage (ErrDamaged, the report's summary), reads go on, and the window
// offers the newest good backup.

// verifier is the state of the daily check.
type verifier struct {
	mu      sync.Mutex
	day     string        // the day the file last passed, "2006-01-02"
	running chan struct{} // closed when the running check ends; nil when none runs
	damage  error         // what a check found; writes are refused while it is set
}

// passed records that the file passed its check (or was made new) on day.
func (v *verifier) passed(day string) {
	v.mu.Lock()
	v.day, v.damage = day, nil
	v.mu.Unlock()
}

// checkedToday returns nil when the file passed its check today, else waits for the
// running check or runs one, and returns the damage it found.
func (db *DB) checkedToday() error {
	for {
		v := &db.verify
		v.mu.Lock()
		switch {
		case v.damage != nil:
			err := v.damage
			v.mu.Unlock()
			return err
		case v.day == db.today():
			v.mu.Unlock()
			return nil
		case v.running != nil:
			ch := v.running
			v.mu.Unlock()
			<-ch
			continue
		}
		v.running = make(chan struct{})
		v.mu.Unlock()
		if err := db.runVerify(db.ctx); err != nil && !errors.Is(err, ErrDamaged) {
			return err // it could not run (cancelled, unreadable): no write either
		}
	}
}

// runVerify checks the file and records the outcome; the caller has set
// verify.running, which runVerify closes.
func (db *DB) runVerify(ctx context.Context) error {
	day := db.today()
	_, err := db.CheckContext(ctx)
	v := &db.verify
	v.mu.Lock()
	switch {
	case err == nil:
		v.day, v.damage = day, nil
	case errors.Is(err, ErrDamaged):
		v.damage = err
	}
	close(v.running)
	v.running = nil
	v.mu.Unlock()
	return err
}

// VerifyInBackground checks the whole file (Check) on a goroutine of its own and
// calls done with what it found: nil when the file is sound, an error wrapping
// ErrDamaged (a *model.DamageReport, whose full report is written beside the data
// file) when it is damaged, or another error when the check could not run. When it
// has already passed today, done gets nil at once. Close cancels a check that runs;
// done is then not called. Writes wait for the check (see above).
func (db *DB) VerifyInBackground(done func(error)) {
	v := &db.verify
	v.mu.Lock()
	if v.damage != nil || v.day == db.today() || v.running != nil {
		err, ch := v.damage, v.running
		v.mu.Unlock()
		db.jobs.Add(1)
		go func() {
			defer db.jobs.Done()
			if ch != nil {
				select {
				case <-ch:
				case <-db.ctx.Done():
					return
				}
				v.mu.Lock()
				err = v.damage
				v.mu.Unlock()
			}
			if done != nil {
				done(err)
			}
		}()
		return
	}
	v.running = make(chan struct{})
	v.mu.Unlock()
	db.jobs.Add(1)
	go func() {
		defer db.jobs.Done()
		err := db.runVerify(db.ctx)
		if db.ctx.Err() != nil {
			return
		}
		if done != nil {
			done(err)
		}
	}()
}

// Damage is what the day's check found wrong with the file, nil when it found
// nothing (or has not run).
func (db *DB) Damage() error {
	db.verify.mu.Lock()
	defer db.verify.mu.Unlock()
	return db.verify.damage
}
