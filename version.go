// Package kemitraan carries what the whole program shares from its root folder: the
// version, read from FyneApp.toml, the one place it is written.
package kemitraan

import (
	_ "embed"
	"fmt"
	"strconv"
	"strings"
)

//go:embed FyneApp.toml
var fyneApp string

// Metadata is the [Details] table of FyneApp.toml.
type Metadata struct {
	Name    string // "Kemitraan Sekolah"
	ID      string // "id.sch.kemitraan"
	Version string // "0.1.0"
	Build   int    // 1
}

var metadata = mustParse(fyneApp)

// App is the program's name, ID, version and build number from FyneApp.toml.
func App() Metadata { return metadata }

// Version is the version as the programs print it: "Kemitraan Sekolah 0.1.0 (build 1)".
func Version() string {
	return fmt.Sprintf("%s %s (build %d)", metadata.Name, metadata.Version, metadata.Build)
}

func mustParse(toml string) Metadata {
	m, err := parseMetadata(toml)
	if err != nil {
		panic("FyneApp.toml: " + err.Error())
	}
	return m
}

// parseMetadata reads the keys of the [Details] table: `Key = "text"` or `Key = 12`,
// one a line. It is no TOML parser; it reads what FyneApp.toml holds.
func parseMetadata(toml string) (Metadata, error) {
	var m Metadata
	table := ""
	for n, line := range strings.Split(toml, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") {
			table = strings.Trim(line, "[] ")
			continue
		}
		if table != "Details" {
			continue
		}
		key, value, ok := strings.Cut(line, "=")
		if !ok {
			return m, fmt.Errorf("line %d: no '=' in %q", n+1, line)
		}
		key, value = strings.TrimSpace(key), strings.TrimSpace(value)
		if q, err := strconv.Unquote(value); err == nil {
			value = q
		}
		switch key {
		case "Name":
			m.Name = value
		case "ID":
			m.ID = value
		case "Version":
			m.Version = value
		case "Build":
			b, err := strconv.Atoi(value)
			if err != nil {
				return m, fmt.Errorf("line %d: Build %q is not a number", n+1, value)
			}
			m.Build = b
		}
	}
	if m.Name == "" || m.Version == "" {
		return m, fmt.Errorf("no Name or Version in [Details]")
	}
	return m, nil
}
