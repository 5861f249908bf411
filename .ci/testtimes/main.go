// Command testtimes reads `go test -json` on its standard input and writes what a
// person needs from it: each package's result line as it comes (ok, FAIL, build
// errors), the output of every test that failed, and at the end the time of each
// package and the slowest tests, so that a slow suite shows where its time goes. It
// exits with 1 when anything failed or nothing was tested.
//
//	go test -json ./... | go run ./.ci/testtimes
package main

import (
	"bufio"
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"time"
)

// event is one line of `go test -json` (cmd/test2json).
type event struct {
	Action     string
	Package    string
	ImportPath string // build-output, build-fail
	Test       string
	Elapsed    float64 // seconds
	Output     string
}

type timing struct {
	name    string
	seconds float64
	failed  bool
}

func main() {
	failed, err := summarise(os.Stdin, os.Stdout, 10)
	if err != nil {
		fmt.Fprintln(os.Stderr, "testtimes:", err)
		os.Exit(1)
	}
	if failed {
		os.Exit(1)
	}
}

// summarise copies the results from r to w and reports whether anything failed.
func summarise(r io.Reader, w io.Writer, slowest int) (failed bool, err error) {
	var packages, tests []timing
	output := map[string][]string{} // a running test's output, by package and test
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	for sc.Scan() {
		line := sc.Bytes()
		var e event
		if json.Unmarshal(line, &e) != nil {
			fmt.Fprintf(w, "%s\n", line) // not an event: go itself speaking
			continue
		}
		key := e.Package + " " + e.Test
		switch {
		case e.Action == "build-output":
			fmt.Fprint(w, e.Output)
		case e.Action == "build-fail":
			failed = true
		case e.Action == "output" && e.Test == "":
			if !strings.HasPrefix(e.Output, "=== ") && !strings.HasPrefix(e.Output, "PASS\n") {
				fmt.Fprint(w, e.Output) // ok/FAIL lines, panics outside tests
			}
		case e.Action == "output":
			output[key] = append(output[key], e.Output)
		case e.Action == "pass" || e.Action == "fail" || e.Action == "skip":
			t := timing{seconds: e.Elapsed, failed: e.Action == "fail"}
			failed = failed || t.failed
			if e.Test == "" {
				t.name = e.Package
				packages = append(packages, t)
			} else if !strings.Contains(e.Test, "/") {
				t.name = e.Package[strings.LastIndex(e.Package, "/")+1:] + "." + e.Test
				tests = append(tests, t)
			}
			if t.failed && e.Test != "" {
				fmt.Fprint(w, strings.Join(output[key], ""))
			}
			delete(output, key)
		}
	}
	if err := sc.Err(); err != nil {
		return true, err
	}
	if len(packages) == 0 {
		return true, fmt.Errorf("no test results on the input")
	}
	byTime := func(a, b timing) int { return cmp.Compare(b.seconds, a.seconds) }
	slices.SortStableFunc(packages, byTime)
	slices.SortStableFunc(tests, byTime)
	fmt.Fprintln(w, "\nTime per package:")
	for _, p := range packages {
		mark := ""
		if p.failed {
			mark = "  FAILED"
		}
		fmt.Fprintf(w, "  %8s  %s%s\n", seconds(p.seconds), p.name, mark)
	}
	fmt.Fprintf(w, "Slowest tests:\n")
	for _, t := range tests[:min(slowest, len(tests))] {
		fmt.Fprintf(w, "  %8s  %s\n", seconds(t.seconds), t.name)
	}
	return failed, nil
}

func seconds(s float64) string {
	return (time.Duration(s*10) * time.Second / 10).String()
}
