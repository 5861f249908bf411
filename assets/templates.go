package assets

import "embed"

// Clauses holds the default wording of the articles (pasal) of agreements, one text
// per article in clauses/NAME.txt: plain Indonesian with named fields («nama
// sekolah»), which package model/clause fills in with the partnership's data, after
// the school's and the agreement's own wording.
//
//go:embed clauses
var Clauses embed.FS
