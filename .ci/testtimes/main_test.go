package main

import (
	"strings"
	"testing"
)

const passed = `{"Action":"start","Package":"k/model"}
{"Action":"run","Package":"k/model","Test":"TestA"}
{"Action":"output","Package":"k/model","Test":"TestA","Output":"=== RUN   TestA\n"}
{"Action":"output","Package":"k/model","Test":"TestA","Output":"--- PASS: TestA (2.50s)\n"}
{"Action":"pass","Package":"k/model","Test":"TestA","Elapsed":2.5}
{"Action":"run","Package":"k/model","Test":"TestA/sub"}
{"Action":"pass","Package":"k/model","Test":"TestA/sub","Elapsed":9}
{"Action":"pass","Package":"k/model","Test":"TestB","Elapsed":0.25}
{"Action":"output","Package":"k/model","Output":"PASS\n"}
{"Action":"output","Package":"k/model","Output":"ok  \tk/model\t3.1s\n"}
{"Action":"pass","Package":"k/model","Elapsed":3.1}
{"Action":"output","Package":"k/ui","Output":"ok  \tk/ui\t125.4s\n"}
{"Action":"pass","Package":"k/ui","Elapsed":125.4}
`

func TestSummaryOfPassingRun(t *testing.T) {
	var out strings.Builder
	failed, err := summarise(strings.NewReader(passed), &out, 1)
	if err != nil || failed {
		t.Fatalf("failed %v, err %v", failed, err)
	}
	want := "ok  \tk/model\t3.1s\nok  \tk/ui\t125.4s\n\n" +
		"Time per package:\n    2m5.4s  k/ui\n      3.1s  k/model\n" +
		"Slowest tests:\n      2.5s  model.TestA\n"
	if out.String() != want {
		t.Errorf("summary\n%s\nwant\n%s", out.String(), want)
	}
}

func TestSummaryOfFailure(t *testing.T) {
	run := `{"Action":"output","Package":"k/store","Test":"TestC","Output":"=== RUN   TestC\n"}
{"Action":"output","Package":"k/store","Test":"TestC","Output":"    c_test.go:9: got 1, want 2\n"}
{"Action":"output","Package":"k/store","Test":"TestC","Output":"--- FAIL: TestC (0.10s)\n"}
{"Action":"fail","Package":"k/store","Test":"TestC","Elapsed":0.1}
{"Action":"output","Package":"k/store","Output":"FAIL\tk/store\t0.2s\n"}
{"Action":"fail","Package":"k/store","Elapsed":0.2}
`
	var out strings.Builder
	failed, err := summarise(strings.NewReader(run), &out, 10)
	if err != nil || !failed {
		t.Fatalf("failed %v, err %v", failed, err)
	}
	for _, s := range []string{"c_test.go:9: got 1, want 2", "--- FAIL: TestC", "FAIL\tk/store", "k/store  FAILED"} {
		if !strings.Contains(out.String(), s) {
			t.Errorf("the summary lacks %q:\n%s", s, out.String())
		}
	}

	build := `{"ImportPath":"k/ui [k/ui.test]","Action":"build-output","Output":"ui/x.go:1:1: syntax error\n"}
{"ImportPath":"k/ui [k/ui.test]","Action":"build-fail"}
{"Action":"output","Package":"k/ui","Output":"FAIL\tk/ui [build failed]\n"}
{"Action":"fail","Package":"k/ui","Elapsed":0}
`
	out.Reset()
	if failed, _ := summarise(strings.NewReader(build), &out, 10); !failed || !strings.Contains(out.String(), "syntax error") {
		t.Errorf("a build failure: failed %v\n%s", failed, out.String())
	}
	if failed, err := summarise(strings.NewReader("go: no module\n"), &out, 10); !failed || err == nil {
		t.Errorf("no results: failed %v, err %v", failed, err)
	}
}
