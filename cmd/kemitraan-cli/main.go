// Command kemitraan-cli works on the same data file as the desktop program, without a
// window: sample data, listing, printing letters, backups and restore, export and
// import, and checks. It needs no cgo.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"slices"
	"sort"
	"strings"

	"github.com/kemitraan/kemitraan"
	"github.com/kemitraan/kemitraan/store"
)

// command is one subcommand: its name, a one-line summary and what it does.
type command struct {
	name, usage, summary string
	run                  func(env *env, args []string) error
}

var commands = []command{
	{"demo", "demo [--smk | --partnerships N --events M]", "isi berkas data kosong dengan contoh data (--smk: contoh SMK dengan DUDI dan PKL; N>0: data besar untuk uji kecepatan)", runDemo},
	{"list", "list [--pkl]", "satu baris per kemitraan: id, tahap, judul, mitra (--pkl: aktivitas PKL SMK dan penempatan peserta didik, dengan ID)", runList},
	{"pdf", "pdf --doc JENIS (--partnership ID | --year YYYY | --activity ID | --placement ID) --out FILE", "cetak dokumen (permohonan, proposal, mou, pks, monev; tahunan; SMK: pengantar-pkl per aktivitas, monitoring-pkl per penempatan) ke PDF dan simpan di berkas data; surat yang sudah diterbitkan dicetak ulang sama persis", runPDF},
	{"register", "register [--year YYYY] [--out AGENDA.xlsx]", "agenda surat keluar: nomor, tanggal, hal, tujuan, kemitraan; --out menulisnya ke Excel", runRegister},
	{"verify", "verify FILE.pdf", "periksa apakah PDF sama persis dengan dokumen yang tersimpan", runVerify},
	{"export", "export --format json|csv|xlsx|dapodik --out PATH [--with-students]", "ekspor data (csv: PATH adalah folder; dapodik: berkas .xlsx untuk Dapodik SMK)", runExport},
	{"import", "import FILE [--dry-run]", "impor berkas ekspor .json dari komputer lain", runImport},
	{"backup", "backup --to DIR", "cadangkan berkas data ke folder (misalnya flashdisk)", runBackup},
	{"restore", "restore FILE [--yes]", "pulihkan berkas data dari cadangan", runRestore},
	{"check", "check", "periksa berkas data dan tampilkan jumlah data", runCheck},
}

// version is what --version prints: "Kemitraan Sekolah 0.1.0 (build 1)", from
// FyneApp.toml through the root package.
var version = kemitraan.Version()

// env is what every subcommand gets: where the data is, where to read answers from
// and where to write, the language of its errors, and a context that ends on Ctrl+C.
type env struct {
	dbPath string
	lang   string
	ctx    context.Context
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
}

// open opens the data file for writing; a missing file is an error except for
// commands that create it.
func (e *env) open(create bool) (*store.DB, error) {
	if !create {
		if _, err := os.Stat(e.dbPath); err != nil {
			return nil, fmt.Errorf("%s: %w", e.dbPath, store.ErrNoDataFile)
		}
	}
	return store.OpenWith(e.dbPath, store.Options{Holder: store.HolderCLI})
}

// openRead opens the data file for a command that only reads it: read-only, so that
// it works on a write-protected stick and never changes the file. An older file,
// which must be upgraded first, is opened for writing when it can be.
func (e *env) openRead() (*store.DB, error) {
	if _, err := os.Stat(e.dbPath); err != nil {
		return nil, fmt.Errorf("%s: %w", e.dbPath, store.ErrNoDataFile)
	}
	db, err := store.OpenWith(e.dbPath, store.Options{ReadOnly: true})
	if errors.Is(err, store.ErrOlderReadOnly) {
		if rw, rwErr := e.open(false); rwErr == nil {
			return rw, nil
		}
	}
	return db, err
}

// usageError marks a mistake in the command line: exit code 2 and the usage text.
type usageError struct{ msg string }

func (u usageError) Error() string { return u.msg }

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is main without the process: it returns the exit code, so tests can call it.
// Exit codes: 0 done, 1 failed (or declined), 2 a mistake in the command line.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("kemitraan-cli", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	dbPath := fs.String("db", "", "berkas data (bawaan: berkas program desktop)")
	lang := fs.String("lang", "id", "bahasa pesan kesalahan: id atau en")
	showVersion := fs.Bool("version", false, "tampilkan versi")
	if err := fs.Parse(args); err != nil {
		usage(stderr)
		fmt.Fprintln(stderr, "kemitraan-cli:", err)
		return 2
	}
	if *showVersion {
		fmt.Fprintln(stdout, version)
		return 0
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
	if !slices.Contains(languages, *lang) {
		usage(stderr)
		fmt.Fprintf(stderr, "kemitraan-cli: --lang %q tidak dikenal; pilihan: %s\n", *lang, strings.Join(languages, ", "))
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	e := &env{dbPath: *dbPath, lang: *lang, ctx: ctx, stdin: stdin, stdout: stdout, stderr: stderr}
	if e.dbPath == "" {
		p, err := defaultDBPath()
		if err != nil {
			fmt.Fprintln(stderr, "kemitraan-cli:", err)
			return 1
		}
		e.dbPath = p
	}
	if err := cmd.run(e, rest); err != nil {
		var ue usageError
		if errors.As(err, &ue) {
			fmt.Fprintf(stderr, "kemitraan-cli %s: %v\n", name, err)
			fmt.Fprintf(stderr, "pemakaian: kemitraan-cli [--db BERKAS] %s\n", cmd.usage)
			return 2
		}
		fmt.Fprintf(stderr, "kemitraan-cli %s: %s\n", name, explain(e.lang, err))
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
	fmt.Fprintln(w, "pemakaian: kemitraan-cli [--db BERKAS] [--lang id|en] PERINTAH [opsi]")
	fmt.Fprintln(w, "           kemitraan-cli --version")
	fmt.Fprintln(w, "\nperintah:")
	cs := append([]command(nil), commands...)
	sort.Slice(cs, func(i, j int) bool { return cs[i].name < cs[j].name })
	for _, c := range cs {
		fmt.Fprintf(w, "  %-50s %s\n", c.usage, c.summary)
	}
}

// parseWithFile parses a subcommand that takes one file and options, in either
// order: "restore FILE --yes" or "restore --yes FILE".
func parseWithFile(fs *flag.FlagSet, args []string, what string) (string, error) {
	fs.SetOutput(io.Discard)
	if err := fs.Parse(args); err != nil {
		return "", usageError{err.Error()}
	}
	if fs.NArg() == 0 {
		return "", usageError{what + " wajib diisi"}
	}
	file := fs.Arg(0)
	if err := parseFlags(fs, fs.Args()[1:]); err != nil {
		return "", err
	}
	return file, nil
}

// parseFlags parses a subcommand's options; stray arguments are a usage error.
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
