package document

import (
	"github.com/kemitraan/kemitraan/model"
)

// A document printed into a file the person chose (kemitraan-cli pdf, Cetak dokumen
// into a folder) must not be recorded as made when its file could not be written:
// a full stick would otherwise leave a letter number used, a document kept and an
// event on the timeline for a letter nobody has. MakeWritten therefore writes the
// file aside first (Stage) and records the document only once the file is complete;
// its name is given (Commit) after the record. A request letter is made with the
// number the counter will give next, which IssueLetterNumber then gives; should
// another letter have taken it meanwhile, the letter is made again with its own.

// Staged is a document file written completely aside, not yet under its name
// (safefile.Staged).
type Staged interface {
	Commit() error
	Abort()
}

// NumberPeeker is what MakeWritten needs beyond Store: the next number, unused.
type NumberPeeker interface {
	NextLetterSequence(year int) (int, error)
}

// MakeWritten makes the document r asks for as Make does, and writes it with stage
// (which writes the PDF aside and returns it staged) before anything is recorded.
// When stage fails nothing is recorded: no number used, no document, no event. When
// recording fails after the number was given, the file is named all the same (it
// carries that number) and the error returned.
func MakeWritten(st interface {
	Store
	NumberPeeker
}, r Request, stage func(pdf []byte, name string) (Staged, error)) (Made, error) {
	in, err := gather(st, r)
	if err != nil {
		return Made{}, err
	}
	if r.Kind != model.DocRequest {
		doc, err := render(st, in, model.Letter{})
		if err != nil {
			return Made{Number: doc.number}, err
		}
		staged, err := stage(doc.pdf, doc.name+".pdf")
		if err != nil {
			return Made{}, err
		}
		made, err := keep(st, in, model.Letter{}, doc)
		if err != nil {
			staged.Abort()
			return made, err
		}
		return made, staged.Commit()
	}
	seq, err := st.NextLetterSequence(in.r.Date.Year())
	if err != nil {
		return Made{}, err
	}
	want := model.Letter{Kind: string(model.DocRequest), Number: model.FormatLetterNumber(in.school, seq, in.r.Date),
		Date: in.r.Date.Round(0)}
	doc, staged, err := renderStaged(st, in, want, stage)
	if err != nil {
		return Made{Number: doc.number}, err
	}
	letter, err := st.IssueLetterNumber(in.ps.ID, string(model.DocRequest), in.r.Date)
	if err != nil {
		staged.Abort()
		return Made{}, err
	}
	if stored, err := st.Partnership(in.ps.ID); err == nil {
		in.ps = stored // with the letter just recorded
	}
	if letter.Number != want.Number {
		// another letter took the number meanwhile: this one is made again with its
		// own; should that not fit any more, the letter stays recorded without a code
		// or a document, which says it was not printed
		staged.Abort()
		if doc, staged, err = renderStaged(st, in, letter, stage); err != nil {
			return Made{Number: letter.Number}, err
		}
	}
	made, kerr := keep(st, in, letter, doc)
	if cerr := staged.Commit(); kerr == nil {
		kerr = cerr
	}
	return made, kerr
}

// renderStaged renders a request letter with letter (recorded with its partnership
// or about to be) and stages its file.
func renderStaged(st Store, in input, letter model.Letter, stage func(pdf []byte, name string) (Staged, error)) (rendered, Staged, error) {
	if !hasLetter(in.ps.Letters, letter.Number) {
		in.ps.Letters = append(append([]model.Letter(nil), in.ps.Letters...), letter)
	}
	doc, err := render(st, in, letter)
	if err != nil {
		return doc, nil, err
	}
	staged, err := stage(doc.pdf, doc.name+".pdf")
	return doc, staged, err
}

func hasLetter(letters []model.Letter, number string) bool {
	for _, l := range letters {
		if l.Number == number {
			return true
		}
	}
	return false
}
