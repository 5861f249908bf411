package store

import (
	"bufio"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/model"
)

// defaultCrashTrials is the number of kill -9 trials go test runs (about 12 s, 21 s
// with -race, on two cores); run more by hand with
//
//	go test ./store/ -run TestCrashAck -crash.trials=1000 -v
const defaultCrashTrials = 200

var (
	crashTrials = flag.Int("crash.trials", defaultCrashTrials, "number of kill -9 trials in TestCrashAcknowledgedSavesSurvive")
	crashSeed   = flag.Uint64("crash.seed", 0, "seed of the kill times (0: from the clock); the test logs the one it used")
)

// crashHelperEnv, when set to a data file's path, makes TestCrashHelper the writer
// that TestCrashAcknowledgedSavesSurvive kills.
const crashHelperEnv = "KEMITRAAN_CRASH_HELPER_DB"

// TestCrashHelper is not a test of its own: run by TestCrashAcknowledgedSavesSurvive
// in a child process, it saves partners one transaction at a time and prints each ID
// on stdout once SavePartner has returned, until it is killed.
func TestCrashHelper(t *testing.T) {
	path := os.Getenv(crashHelperEnv)
	if path == "" {
		t.Skip("helper process of TestCrashAcknowledgedSavesSurvive")
	}
	db, err := Open(path)
	if err != nil {
		fmt.Println("ERROR", err)
		os.Exit(2)
	}
	out := bufio.NewWriter(os.Stdout)
	fmt.Fprintln(out, "READY")
	_ = out.Flush()
	for i := 0; ; i++ {
		p := model.Partner{Name: fmt.Sprintf("Mitra %d", i), Kind: model.KindKomunitas}
		if err := db.SavePartner(&p); err != nil {
			fmt.Fprintln(out, "ERROR", err)
			_ = out.Flush()
			os.Exit(2)
		}
		fmt.Fprintln(out, p.ID)
		if err := out.Flush(); err != nil {
			os.Exit(3)
		}
	}
}

// A writer killed with SIGKILL at a random moment loses no acknowledged save, and the
// file it leaves passes Check. Every trial goes on with the same file, so the later
// trials crash a file that has grown and been crashed before.
func TestCrashAcknowledgedSavesSurvive(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("SIGKILL is Unix")
	}
	if os.Getenv(crashHelperEnv) != "" {
		t.Skip("in the helper process")
	}
	trials := *crashTrials
	if testing.Short() {
		trials = min(trials, 20)
	}
	path := filepath.Join(t.TempDir(), "kemitraan.db")
	seed := *crashSeed
	if seed == 0 {
		seed = uint64(time.Now().UnixNano())
	}
	// the seed makes a failure repeatable: go test ./store -run TestCrashAck -crash.seed=N
	t.Logf("seed %d (repeat with -crash.seed=%d)", seed, seed)
	rng := rand.New(rand.NewPCG(seed, 1))
	acked := map[model.ID]bool{}
	start := time.Now()
	var beforeReady int
	for trial := range trials {
		// most trials kill while saving, 5–60 ms after the file is open; one in ten kills
		// the helper as it starts, while it opens (or makes) the file
		early := rng.IntN(10) == 0
		delay := time.Duration(5+rng.IntN(56)) * time.Millisecond
		if early {
			delay = time.Duration(rng.IntN(8)) * time.Millisecond
		}
		ids, ready, err := runCrashHelper(path, early, delay)
		if err != nil {
			t.Fatalf("seed %d, trial %d: %v", seed, trial, err)
		}
		if !ready {
			beforeReady++
		}
		for _, id := range ids {
			acked[id] = true
		}

		// the file opens, passes Check, and holds every acknowledged ID
		db, err := Open(path)
		if err != nil {
			t.Fatalf("seed %d, trial %d: Open after kill -9: %v", seed, trial, err)
		}
		c, err := db.Check()
		if err != nil {
			_ = db.Close()
			t.Fatalf("seed %d, trial %d: Check after kill -9: %v", seed, trial, err)
		}
		var missing []model.ID
		err = db.view(func(tx *bolt.Tx) error {
			b := tx.Bucket(bucketPartners)
			for id := range acked {
				if b.Get([]byte(id)) == nil {
					missing = append(missing, id)
				}
			}
			return nil
		})
		_ = db.Close()
		if err != nil {
			t.Fatal(err)
		}
		if len(missing) > 0 {
			t.Fatalf("seed %d, trial %d: %d acknowledged saves lost, e.g. %s", seed, trial, len(missing), missing[0])
		}
		if c.Partners < len(acked) {
			t.Fatalf("trial %d: %d partners, %d acknowledged", trial, c.Partners, len(acked))
		}
	}
	t.Logf("seed %d: %d trials (%d killed while opening), %d acknowledged saves, all present, 0 failures, %s",
		seed, trials, beforeReady, len(acked), time.Since(start).Round(time.Millisecond))
}

// runCrashHelper starts the helper on path, kills it with SIGKILL after delay
// (counted from its start when early, else from when it has the file open), and
// returns the IDs it acknowledged and whether it got the file open.
func runCrashHelper(path string, early bool, delay time.Duration) (ids []model.ID, ready bool, err error) {
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashHelper$", "-test.count=1")
	cmd.Env = append(os.Environ(), crashHelperEnv+"="+path)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, false, err
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		return nil, false, err
	}
	kill := func() { _ = cmd.Process.Kill() } // SIGKILL on Unix
	if early {
		time.AfterFunc(delay, kill)
	}
	sc := bufio.NewScanner(stdout)
	var helperErr string
	for sc.Scan() {
		line := sc.Text()
		switch {
		case line == "READY":
			ready = true
			if !early {
				time.AfterFunc(delay, kill)
			}
		case strings.HasPrefix(line, "ERROR"):
			helperErr = line
			kill()
		case ready && model.ID(line).Valid():
			ids = append(ids, model.ID(line))
		}
	}
	werr := cmd.Wait()
	if helperErr != "" {
		return nil, ready, fmt.Errorf("helper: %s", helperErr)
	}
	if ee, ok := werr.(*exec.ExitError); !ok || ee.ExitCode() != -1 {
		return nil, ready, fmt.Errorf("helper ended by itself (%v), not by the kill: %s", werr, stderr.String())
	}
	return ids, ready, nil
}
