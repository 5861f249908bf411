package kemitraan

import (
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/kemitraan/kemitraan"

// listedPackage is what `go list -json` says of a package of the module.
type listedPackage struct {
	ImportPath   string
	Standard     bool
	Imports      []string // of the package's own files
	Deps         []string // every package it needs, transitively, tests left out
	TestImports  []string
	XTestImports []string
}

// goList lists the module's packages as they build for goos, with the program's tags.
func goList(t *testing.T, goos string) map[string]listedPackage {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Fatalf("the go command is needed to read the import graph: %v", err)
	}
	cmd := exec.Command(goTool, "list", "-tags", "migrated_fynedo", "-json=ImportPath,Standard,Imports,Deps,TestImports,XTestImports", "./...")
	cmd.Env = append(os.Environ(), "GOOS="+goos, "CGO_ENABLED=1") // as the desktop program builds
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list for %s: %v", goos, err)
	}
	pkgs := map[string]listedPackage{}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for {
		var p listedPackage
		if err := dec.Decode(&p); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		pkgs[p.ImportPath] = p
	}
	for _, want := range []string{module, module + "/model", module + "/model/pdf", module + "/store", module + "/ui", module + "/cmd/kemitraan"} {
		if _, ok := pkgs[want]; !ok {
			t.Fatalf("go list for %s does not list %s; got %d packages", goos, want, len(pkgs))
		}
	}
	return pkgs
}

// isStandard reports whether path is a package of Go's standard library: its first
// element has no dot (a module path has a domain).
func isStandard(path string) bool {
	first, _, _ := strings.Cut(path, "/")
	return !strings.Contains(first, ".")
}

// TestImportRule holds the layout's rule of who imports whom (DESIGN.md,
// "Architecture"), on every system the program is built for:
//   - model imports only the standard library;
//   - model/pdf and store never import Fyne, not even through another package;
//   - ui never imports store: it reaches data through its Store interface (its
//     tests may use a real store);
//   - only cmd/kemitraan imports fyne.io/fyne/v2/app (cgo and OpenGL), in its code
//     or its tests.
func TestImportRule(t *testing.T) {
	for _, goos := range []string{"linux", "windows", "darwin"} {
		pkgs := goList(t, goos)
		fail := func(format string, args ...any) { t.Errorf(goos+": "+format, args...) }

		for _, dep := range pkgs[module+"/model"].Deps {
			if !isStandard(dep) {
				fail("model needs %s; it may import only the standard library", dep)
			}
		}
		for _, p := range []string{module + "/model/pdf", module + "/store"} {
			for _, dep := range pkgs[p].Deps {
				if strings.HasPrefix(dep, "fyne.io/") {
					fail("%s needs %s; it must build without Fyne", p, dep)
				}
			}
		}
		ui := pkgs[module+"/ui"]
		if slices.Contains(ui.Deps, module+"/store") {
			fail("ui needs %s; it must reach data only through its Store interface", module+"/store")
		}
		for path, p := range pkgs {
			if path == module+"/cmd/kemitraan" {
				continue
			}
			for _, imports := range [][]string{p.Deps, p.TestImports, p.XTestImports} {
				if slices.Contains(imports, "fyne.io/fyne/v2/app") {
					fail("%s imports fyne.io/fyne/v2/app; only cmd/kemitraan may", path)
				}
			}
		}
		if !slices.Contains(pkgs[module+"/cmd/kemitraan"].Imports, "fyne.io/fyne/v2/app") {
			fail("cmd/kemitraan does not import fyne.io/fyne/v2/app: is the rule still read right?")
		}
	}
}

func TestIsStandard(t *testing.T) {
	for path, want := range map[string]bool{"fmt": true, "encoding/json": true, "fyne.io/fyne/v2": false,
		module + "/model": false, "go.etcd.io/bbolt": false} {
		if isStandard(path) != want {
			t.Errorf("isStandard(%q) = %v", path, !want)
		}
	}
}
