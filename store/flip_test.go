package store

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/model"
)

// Silent bit rot (#13.6): a bit flipped anywhere in a data file is either reported
// (the file is refused when opened, or Check names the damaged record or page) or
// changes nothing that can be read (it fell into free space or unused bytes). Never
// does the file read back different while Check says it is sound.
//
// Half the flips fall anywhere in the file's pages, half into the pages the file's
// tree reaches (where records live). The default run flips a few hundred bits; run
// more by hand with
//
//	go test ./store/ -run TestBitFlips -flip.count=2000 -v
var (
	flipCount = flag.Int("flip.count", 300, "number of single-bit flips in TestBitFlips (50 with -short)")
	flipSeed  = flag.Uint64("flip.seed", 0, "seed of the flips (0: from the clock); the test logs the one it used")
)

func TestBitFlips(t *testing.T) {
	n := *flipCount
	if testing.Short() {
		n = min(n, 50)
	}
	seed := *flipSeed
	if seed == 0 {
		seed = uint64(time.Now().UnixNano())
	}
	t.Logf("seed %d (repeat with -flip.seed=%d)", seed, seed)
	rng := rand.New(rand.NewPCG(seed, 2))

	orig := filepath.Join(t.TempDir(), "asli.db")
	flipFixture(t, orig)
	data, err := os.ReadFile(orig)
	if err != nil {
		t.Fatal(err)
	}
	want, err := readBack(orig)
	if err != nil {
		t.Fatal(err)
	}
	pageSize, used, reached := flipTargets(t, orig)
	t.Logf("file %d bytes, %d pages in use, %d reached by its tree", len(data), used, len(reached))

	outcomes := map[string]int{}
	dir := t.TempDir()
	for i := range n {
		off := rng.IntN(used * pageSize)
		if i%2 == 1 {
			p := reached[rng.IntN(len(reached))]
			off = int(p)*pageSize + rng.IntN(pageSize)
		}
		bit := byte(1) << rng.IntN(8)
		flipped := bytes.Clone(data)
		flipped[off] ^= bit
		path := filepath.Join(dir, fmt.Sprintf("salinan-%d.db", i))
		if err := os.WriteFile(path, flipped, 0o600); err != nil {
			t.Fatal(err)
		}
		outcome, err := judgeFlip(path, want)
		if err != nil {
			t.Errorf("seed %d, flip %d (byte %d, bit %#02x, page %d): %v", seed, i, off, bit, off/pageSize, err)
		}
		outcomes[outcome]++
		_ = os.Remove(path)
		_ = os.Remove(ReportPath(path))
	}
	var lines []string
	for k, v := range outcomes {
		lines = append(lines, fmt.Sprintf("%5d  %s", v, k))
	}
	sort.Sort(sort.Reverse(sort.StringSlice(lines)))
	t.Logf("seed %d: %d flips:\n%s", seed, n, strings.Join(lines, "\n"))
}

// judgeFlip opens a flipped copy read-only, checks it and reads it back, and says
// what happened; an error when the copy reads back different from want while Check
// passed, or Check passed and reading failed.
func judgeFlip(path, want string) (string, error) {
	db, err := OpenWith(path, Options{ReadOnly: true})
	if err != nil {
		k := model.KindOf(err)
		if k == nil {
			return "", fmt.Errorf("refused at opening without a kind: %v", err)
		}
		return "refused at opening: " + k.MessageID(), nil
	}
	defer db.Close()
	_, err = db.CheckContext(context.Background())
	if err != nil {
		var rep *model.DamageReport
		if !errors.As(err, &rep) || len(rep.Problems) == 0 {
			return "", fmt.Errorf("check failed without naming what: %v", err)
		}
		what := "a page or a meta page"
		if strings.Contains(rep.Problems[0], "checksum") || strings.Contains(rep.Problems[0], "amplop") {
			what = "a record (checksum)"
		} else if !strings.HasPrefix(rep.Problems[0], "halaman") {
			what = "a record (content)"
		}
		return "check named " + what, nil
	}
	got, err := readBack(path)
	switch {
	case err != nil:
		return "", fmt.Errorf("check passed but reading failed: %v", err)
	case got != want:
		return "", fmt.Errorf("check passed but the file reads back different:\n%s", firstDiff(got, want))
	}
	return "no change (free or unused bytes)", nil
}

// readBack is everything the file holds, as the program reads it: the export (every
// record, attachments' bytes included), the summaries and the drafts.
func readBack(path string) (string, error) {
	db, err := OpenWith(path, Options{ReadOnly: true})
	if err != nil {
		return "", err
	}
	defer db.Close()
	var buf bytes.Buffer
	if err := db.Export(&buf); err != nil {
		return "", err
	}
	var b Bundle
	if err := json.Unmarshal(buf.Bytes(), &b); err != nil {
		return "", err
	}
	b.ExportedAt = time.Time{}
	sums, err := db.Summaries()
	if err != nil {
		return "", err
	}
	drafts, err := db.Drafts()
	if err != nil {
		return "", err
	}
	out, err := json.Marshal(struct {
		B Bundle
		S []Summary
		D []Draft
	}{b, sums, drafts})
	return string(out), err
}

func firstDiff(a, b string) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	lo := max(0, i-60)
	return fmt.Sprintf("got  …%s…\nwant …%s…", a[lo:min(len(a), i+60)], b[lo:min(len(b), i+60)])
}

// flipFixture makes a small file holding every kind of record.
func flipFixture(t *testing.T, path string) {
	t.Helper()
	db := MustOpen(t, path)
	MustSaveSchool(t, db, validSchool())
	for i := range 8 {
		p := MustSavePartner(t, db, fmt.Sprintf("Mitra pencacah %d", i))
		ps := MustSavePartnership(t, db, fmt.Sprintf("Kemitraan tahap %d", i), p.ID)
		ps.Activities = []model.Activity{{Title: "Pelatihan guru", Date: day(2026, 3, 1+i), Status: model.ActivityDone}}
		ps.Proposal.Budget = []model.BudgetItem{{Item: "Konsumsi", Amount: model.Rupiah(1000000 * (i + 1)), PaidBy: model.PartySchool}}
		if err := db.SavePartnership(&ps); err != nil {
			t.Fatal(err)
		}
		for j := range 4 {
			MustAddEvent(t, db, model.NewNote(ps, fmt.Sprintf("Catatan %d rapat ke-%d", i, j), day(2026, 4, 1+j)))
		}
		MustIssue(t, db, ps.ID, "permohonan", day(2026, 11, 26))
		if i < 2 {
			MustAddAttachment(t, db, ps.ID, "foto.png", fakeFile("foto.png", 3000))
		}
	}
	if err := db.KeepDraft("kemitraan/baru", "Kemitraan baru", []byte(`{"title":"Pojok baca"}`)); err != nil {
		t.Fatal(err)
	}
	MustClose(t, db)
}

// flipTargets reads the file's page size, its pages in use and the pages its tree
// reaches (bbolt's meta and freelist pages, branches, leaves and their overflow).
func flipTargets(t *testing.T, path string) (pageSize, used int, reached []uint64) {
	t.Helper()
	bdb, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer bdb.Close()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	err = bdb.View(func(tx *bolt.Tx) error {
		ps := tx.DB().Info().PageSize
		s := structure{pageSize: ps, txid: uint64(tx.ID()), root: uint64(tx.Cursor().Bucket().RootPage()), hwm: uint64(tx.Size()) / uint64(ps)}
		var out problems
		freelist, ok := checkMetas(f, s, &out)
		if !ok || out.total > 0 {
			return fmt.Errorf("the fixture's metas: %v", out.list)
		}
		w := &pageWalker{f: f, s: s, out: &out, ctx: context.Background(), seen: newBits(s.hwm), free: newBits(s.hwm)}
		setBit(w.seen, 0)
		setBit(w.seen, 1)
		if err := w.readFreelist(freelist); err != nil {
			return err
		}
		if err := w.walkTree(s.root); err != nil {
			return err
		}
		if out.total > 0 {
			return fmt.Errorf("the fixture is damaged: %v", out.list)
		}
		for id := uint64(0); id < s.hwm; id++ {
			if bit(w.seen, id) {
				reached = append(reached, id)
			}
		}
		pageSize, used = ps, int(s.hwm)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return pageSize, used, reached
}
