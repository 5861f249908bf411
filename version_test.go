package kemitraan

import (
	"os"
	"regexp"
	"testing"
)

// TestVersionMatchesFyneApp reads FyneApp.toml on its own, with regular expressions,
// and checks that the version the programs print is the one written there.
func TestVersionMatchesFyneApp(t *testing.T) {
	data, err := os.ReadFile("FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	find := func(re string) string {
		m := regexp.MustCompile(`(?m)^\s*` + re + `\s*$`).FindSubmatch(data)
		if m == nil {
			t.Fatalf("FyneApp.toml has no line matching %s", re)
		}
		return string(m[1])
	}
	name := find(`Name\s*=\s*"([^"]+)"`)
	version := find(`Version\s*=\s*"([^"]+)"`)
	build := find(`Build\s*=\s*(\d+)`)
	id := find(`ID\s*=\s*"([^"]+)"`)

	if got, want := Version(), name+" "+version+" (build "+build+")"; got != want {
		t.Errorf("Version() = %q, want %q", got, want)
	}
	if a := App(); a.Version != version || a.Name != name || a.ID != id {
		t.Errorf("App() = %+v, want %s %s %s", a, name, version, id)
	}
}

func TestParseMetadata(t *testing.T) {
	m, err := parseMetadata("Website = \"x\"\n[Details]\n  Name = \"A B\"\n  Version = \"2.3.4\"\n  Build = 17\n[Migrations]\n  Version = \"9\"\n")
	if err != nil {
		t.Fatal(err)
	}
	if m != (Metadata{Name: "A B", Version: "2.3.4", Build: 17}) {
		t.Errorf("got %+v", m)
	}
	for _, bad := range []string{"", "[Details]\nName = \"x\"\n", "[Details]\nName = \"x\"\nVersion = \"1\"\nBuild = one\n", "[Details]\nName\n"} {
		if _, err := parseMetadata(bad); err == nil {
			t.Errorf("parseMetadata(%q): no error", bad)
		}
	}
}
