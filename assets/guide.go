package assets

import "embed"

// Guide holds the short guide the window shows under Bantuan → Panduan (F1), one
// Markdown file per language: guide/panduan.id.md, guide/panduan.en.md. The places
// of the data file, its backups and the documents are filled in when it is shown
// ({{DataFile}}, {{Backups}}, {{Documents}}, {{Sample}}).
//
//go:embed guide
var Guide embed.FS
