package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/store"
)

// The data-safety commands: backup, restore and import.

func runBackup(e *env, args []string) error {
	flags := flag.NewFlagSet("backup", flag.ContinueOnError)
	to := flags.String("to", "", "folder tujuan cadangan (misalnya flashdisk)")
	if err := parseFlags(flags, args); err != nil {
		return err
	}
	if *to == "" {
		return usageError{"--to wajib diisi"}
	}
	db, err := e.openRead()
	if err != nil {
		return err
	}
	defer db.Close()
	warnNetwork(e, *to)

	last := -1
	progress := func(written, total int64) {
		pct := 100
		if total > 0 {
			pct = int(written * 100 / total)
		}
		if pct != last {
			last = pct
			fmt.Fprintf(e.stderr, "\rmencadangkan… %3d%% (%s dari %s)", pct, sizeText(written), sizeText(total))
		}
	}
	info, err := db.BackupContext(e.ctx, *to, time.Now(), progress)
	if last >= 0 {
		fmt.Fprintln(e.stderr)
	}
	if err != nil {
		return err
	}
	c := info.Counts
	fmt.Fprintf(e.stdout, "cadangan ditulis dan diperiksa: %s (%s)\nmitra: %d, kemitraan: %d, surat: %d, peristiwa: %d, lampiran: %d\n",
		info.Path, sizeText(info.Size), c.Partners, c.Partnerships, c.Letters, c.Events, c.Attachments)
	return nil
}

func runRestore(e *env, args []string) error {
	flags := flag.NewFlagSet("restore", flag.ContinueOnError)
	yes := flags.Bool("yes", false, "pulihkan tanpa bertanya")
	from, err := parseWithFile(flags, args, "berkas cadangan")
	if err != nil {
		return err
	}
	p, err := store.InspectContext(e.ctx, from)
	if err != nil {
		return fmt.Errorf("berkas %s tidak dapat dipulihkan: %w", from, err)
	}
	school := p.SchoolName
	if school == "" {
		school = "(profil sekolah belum diisi)"
	}
	newest := "-"
	if !p.Newest.IsZero() {
		newest = p.Newest.Local().Format("02/01/2006 15:04")
	}
	c := p.Counts
	fmt.Fprintf(e.stdout, "berkas cadangan: %s (%s, skema %d)\nsekolah: %s\nNPSN: %s\nmitra: %d, kemitraan: %d, surat: %d, peristiwa: %d, lampiran: %d\nperubahan terakhir: %s\n",
		from, sizeText(p.Size), p.SchemaVersion, school, orDash(p.NPSN), c.Partners, c.Partnerships, c.Letters, c.Events, c.Attachments, newest)
	_, statErr := os.Stat(e.dbPath)
	missing := errors.Is(statErr, fs.ErrNotExist)
	if missing {
		fmt.Fprintf(e.stdout, "berkas data %s belum ada dan akan dibuat dari cadangan ini.\n", e.dbPath)
	} else {
		fmt.Fprintf(e.stdout, "berkas data %s akan diganti dengan isi cadangan ini (berkas sekarang dicadangkan dulu).\n", e.dbPath)
	}
	if !*yes {
		fmt.Fprint(e.stdout, "Pulihkan? [y/N] ")
		if !confirmed(e) {
			return store.ErrCancelled
		}
	}

	now := time.Now()
	if missing {
		// no data file yet: the copy becomes it
		if err := store.RestoreBackupInto(e.dbPath, from); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "dipulihkan: %s\n", e.dbPath)
		return nil
	}
	db, err := store.OpenWith(e.dbPath, store.Options{Holder: store.HolderCLI})
	if errors.Is(err, store.ErrDamaged) {
		// the current file cannot be opened (damaged, empty, not a data file): keep it
		// aside for support, never overwrite it
		moved, qerr := store.QuarantineDamaged(e.dbPath, now)
		if qerr != nil {
			return fmt.Errorf("%w; memindahkan berkas rusak juga gagal: %w", err, qerr)
		}
		fmt.Fprintf(e.stdout, "berkas data yang rusak disimpan sebagai %s\n", moved)
		if err := store.RestoreBackupInto(e.dbPath, from); err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "dipulihkan: %s\n", e.dbPath)
		return nil
	}
	if err != nil {
		return err
	}
	defer db.Close()
	before, err := db.RestoreContext(e.ctx, from, now)
	switch {
	case before.Kind == model.BackupDamagedKept && before.Path != "":
		fmt.Fprintf(e.stdout, "berkas data sebelumnya rusak; disimpan apa adanya sebagai %s\n", before.Path)
	case before.Path != "":
		fmt.Fprintf(e.stdout, "berkas data sebelumnya dicadangkan di %s\n", before.Path)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "dipulihkan: %s\n", e.dbPath)
	return nil
}

// confirmed reads a yes from stdin: y, ya or yes, in any case.
func confirmed(e *env) bool {
	line, _ := bufio.NewReader(e.stdin).ReadString('\n')
	if !strings.HasSuffix(line, "\n") {
		fmt.Fprintln(e.stdout) // no answer typed: end the question's line
	}
	switch strings.ToLower(strings.TrimSpace(line)) {
	case "y", "ya", "yes":
		return true
	}
	return false
}

func runImport(e *env, args []string) error {
	flags := flag.NewFlagSet("import", flag.ContinueOnError)
	dryRun := flags.Bool("dry-run", false, "tampilkan rencana impor saja, tanpa mengubah apa pun")
	file, err := parseWithFile(flags, args, "berkas ekspor")
	if err != nil {
		return err
	}
	f, err := os.Open(file)
	if err != nil {
		return fmt.Errorf("membuka berkas ekspor: %w", err)
	}
	bundle, err := store.ReadBundle(f, 0)
	f.Close()
	if err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	if *dryRun {
		if _, err := os.Stat(e.dbPath); errors.Is(err, fs.ErrNotExist) {
			// a preview makes no data file: compare with an empty one made aside
			tmp, err := os.MkdirTemp("", "kemitraan-uji-*")
			if err != nil {
				return err
			}
			defer os.RemoveAll(tmp)
			e.dbPath = filepath.Join(tmp, "kosong.db")
		}
	}
	db, err := e.open(true)
	if err != nil {
		return err
	}
	defer db.Close()
	plan, err := db.PlanImport(bundle)
	if err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	printPlan(e, file, plan)
	if *dryRun {
		fmt.Fprintln(e.stdout, "uji coba (--dry-run): tidak ada yang diubah")
		return nil
	}
	c := plan.Counts()
	if c.New+c.Changed+c.Conflict == 0 && len(plan.LetterCounters) == 0 {
		fmt.Fprintln(e.stdout, "semua data sudah sama; tidak ada yang diubah")
		return nil
	}
	// today's automatic backup, if there is none yet, before the file changes
	if _, err := db.AutoBackup(time.Now()); err != nil {
		return fmt.Errorf("mencadangkan berkas data sebelum impor: %w", err)
	}
	if err := e.ctx.Err(); err != nil {
		return fmt.Errorf("%w (%w)", store.ErrCancelled, err)
	}
	res, err := db.ApplyImport(plan, nil)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "diimpor: %d ditambahkan, %d diperbarui, %d dipertahankan, %d sudah sama", res.Added, res.Updated, res.Kept, res.Unchanged)
	if res.LettersAdded > 0 {
		fmt.Fprintf(e.stdout, ", %d nomor surat ditambahkan", res.LettersAdded)
	}
	fmt.Fprintln(e.stdout)
	return nil
}

// kindNames are the plural names of the kinds of record, in the plan's order.
var kindNames = []struct {
	kind store.RecordKind
	name string
}{
	{store.RecordSchool, "profil sekolah"},
	{store.RecordPartner, "mitra"},
	{store.RecordPartnership, "kemitraan"},
	{store.RecordEvent, "peristiwa"},
	{store.RecordAttachment, "lampiran"},
	{store.RecordStudentActivity, "aktivitas peserta didik"},
}

// printPlan writes the plan's summary: the counts, the conflicts and the changes.
func printPlan(e *env, file string, plan store.ImportPlan) {
	w := e.stdout
	b := plan.Bundle
	from := "tanpa profil sekolah"
	if b.School != nil {
		from = fmt.Sprintf("%s, NPSN %s", b.School.Name, b.School.NPSN)
	}
	fmt.Fprintf(w, "berkas ekspor: %s (%s, diekspor %s)\n", file, from, when(b.ExportedAt))
	if plan.OtherSchool {
		fmt.Fprintln(w, "perhatian: berkas ini dari sekolah lain (NPSN berbeda); profil sekolah di sini tetap dipakai")
	}
	c := plan.Counts()
	fmt.Fprintf(w, "rencana impor: %d baru, %d berubah, %d sama, %d konflik\n", c.New, c.Changed, c.Same, c.Conflict)
	for _, k := range kindNames {
		kc := plan.CountsOf(k.kind)
		if kc == (store.ImportCounts{}) {
			continue
		}
		fmt.Fprintf(w, "  %-15s %d baru, %d berubah, %d sama, %d konflik\n", k.name+":", kc.New, kc.Changed, kc.Same, kc.Conflict)
	}
	list := func(status store.ImportStatus, title string, max int) {
		shown, more := 0, 0
		for _, it := range plan.Items {
			if it.Status != status {
				continue
			}
			if shown == max {
				more++
				continue
			}
			if shown == 0 {
				fmt.Fprintln(w, title)
			}
			shown++
			keep := "versi berkas ekspor diambil"
			if it.Default == store.ChoiceLocal {
				keep = "versi di sini dipertahankan"
			}
			fmt.Fprintf(w, "  %s %s: di sini %q (%s); berkas ekspor %q (%s) → %s\n", it.Kind, it.ID,
				it.Local.Title, when(it.Local.UpdatedAt), it.Incoming.Title, when(it.Incoming.UpdatedAt), keep)
		}
		if more > 0 {
			fmt.Fprintf(w, "  … dan %d lainnya\n", more)
		}
	}
	list(store.ImportConflict, "konflik (diubah di kedua tempat; bawaan: yang lebih baru dipertahankan):", -1)
	list(store.ImportChanged, "berubah (versi berkas ekspor lebih baru):", 20)
	for year, n := range plan.LetterCounters {
		fmt.Fprintf(w, "nomor surat tahun %s dilanjutkan dari %d\n", year, n)
	}
}

func when(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.Local().Format("02/01/2006 15:04")
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// sizeText is a size as a person reads it: 12,3 MB.
func sizeText(n int64) string { return model.ByteSize(n, ",") }

// warnNetwork warns when a destination looks like a network share.
func warnNetwork(e *env, path string) {
	if store.LooksLikeNetworkPath(path) {
		fmt.Fprintf(e.stderr, "perhatian: %s tampaknya folder jaringan; simpan di disk komputer ini atau flashdisk bila bisa\n", path)
	}
}
