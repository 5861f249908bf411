// Command kemitraan-cli works on the same data file as the desktop program, without a
// window: sample data, listing, printing letters, export and checks. It needs no cgo.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/kemitraan/kemitraan/store"
)

// command is one subcommand: its name, a one-line summary and what it does.
type command struct {
	name, usage, summary string
	run                  func(env *env, args []string) error
}

var commands = []command{
	{"demo", "demo", "isi berkas data dengan contoh data yang realistis", runDemo},
	{"list", "list", "satu baris per kemitraan: id, tahap, judul, mitra", runList},
	{"pdf", "pdf --partnership ID --doc permohonan --out FILE", "cetak dokumen kemitraan ke PDF", runPDF},
	{"export", "export --format json --out FILE", "ekspor seluruh data", runExport},
	{"check", "check", "periksa berkas data dan tampilkan jumlah data", runCheck},
}

// env is what every subcommand gets: where the data is and where to write.
type env struct {
	dbPath string
	stdout io.Writer
	stderr io.Writer
}

// open opens the data file; a missing file is an error except for commands that create it.
func (e *env) open(create bool) (*store.DB, error) {
	if !create {
		if _, err := os.Stat(e.dbPath); err != nil {
			return nil, fmt.Errorf("berkas data %s tidak ditemukan; jalankan program sekali atau pakai --db", e.dbPath)
		}
	}
	return store.Open(e.dbPath)
}

// usageError marks a mistake in the command line: exit code 2 and the usage text.
type usageError struct{ msg string }

func (u usageError) Error() string { return u.msg }

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is main without the process: it returns the exit code, so tests can call it.
func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("kemitraan-cli", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	dbPath := fs.String("db", "", "berkas data (bawaan: berkas program desktop)")
	if err := fs.Parse(args); err != nil {
		usage(stderr)
		fmt.Fprintln(stderr, "kemitraan-cli:", err)
		return 2
	}
	if fs.NArg() == 0 {
		usage(stderr)
		return 2
	}
	name, rest := fs.Arg(0), fs.Args()[1:]
	if name == "help" || name == "-h" {
		usage(stdout)
		return 0
	}
	cmd, ok := findCommand(name)
	if !ok {
		usage(stderr)
		fmt.Fprintf(stderr, "kemitraan-cli: perintah tidak dikenal: %q\n", name)
		return 2
	}
	e := &env{dbPath: *dbPath, stdout: stdout, stderr: stderr}
	if e.dbPath == "" {
		p, err := defaultDBPath()
		if err != nil {
			fmt.Fprintln(stderr, "kemitraan-cli:", err)
			return 1
		}
		e.dbPath = p
	}
	if err := cmd.run(e, rest); err != nil {
		fmt.Fprintf(stderr, "kemitraan-cli %s: %v\n", name, err)
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintf(stderr, "pemakaian: kemitraan-cli [--db BERKAS] %s\n", cmd.usage)
			return 2
		}
		return 1
	}
	return 0
}

func findCommand(name string) (command, bool) {
	for _, c := range commands {
		if c.name == name {
			return c, true
		}
	}
	return command{}, false
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "pemakaian: kemitraan-cli [--db BERKAS] PERINTAH [opsi]")
	fmt.Fprintln(w, "\nperintah:")
	cs := append([]command(nil), commands...)
	sort.Slice(cs, func(i, j int) bool { return cs[i].name < cs[j].name })
	for _, c := range cs {
		fmt.Fprintf(w, "  %-50s %s\n", c.usage, c.summary)
	}
}

// flags parses a subcommand's options; stray arguments are a usage error.
func parseFlags(fs *flag.FlagSet, args []string) error {
	fs.SetOutput(io.Discard)
	if err := fs.Parse(args); err != nil {
		return usageError{err.Error()}
	}
	if fs.NArg() > 0 {
		return usageError{"argumen tidak dikenal: " + strings.Join(fs.Args(), " ")}
	}
	return nil
}
