package assets

import "embed"

// Templates holds the default wording of the articles (pasal) of agreements, one Go
// text/template per article in templates/NAME.tmpl; package model/pdf fills them in
// with the partnership's data, after the school's and the agreement's own wording.
//
//go:embed templates
var Templates embed.FS
