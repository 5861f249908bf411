// Package document makes a partnership's printed documents from the data file: it
// gathers what model/pdf needs from a Store, gives letters their number from the
// register, renders the PDF and keeps it with the partnership (store.DB.AddDocument).
// The desktop screens and kemitraan-cli both print through it, so a document made
// either way is the same.
//
// A letter is issued once. A request letter or a proposal, once made, prints again
// as the very file that was made — same number, same date, same code — until the
// person asks for a new one (Options.Reissue), which takes a new number. An MoU or a
// PKS carries the number of its agreement and the agreement's date: made again from
// the same data, it is the same file, and is not kept twice.
package document

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/kemitraan/kemitraan/model"
	"github.com/kemitraan/kemitraan/model/pdf"
)

// Store is what making documents needs of the data file; store.DB satisfies it.
type Store interface {
	School() (model.School, error)
	SchoolClauses() (map[string]string, error)
	Partnership(id model.ID) (model.Partnership, error)
	Partner(id model.ID) (model.Partner, error)
	Attachments(pid model.ID) ([]model.Attachment, error)
	AttachmentData(id model.ID) ([]byte, error)
	// IssueLetter takes the next number of the register for a letter; PeekLetter
	// says which it will be; RegisterLetter records a number given by hand.
	IssueLetter(pid model.ID, l model.Letter) (model.Letter, error)
	PeekLetter(date time.Time) (string, error)
	RegisterLetter(pid model.ID, l model.Letter) (model.Letter, error)
	SetLetterDocument(pid model.ID, number, code string, doc model.ID) error
	// StudentActivity is an SMK's students' activity (PKL) under a partnership.
	StudentActivity(id model.ID) (model.StudentActivity, error)
	AddDocument(pid model.ID, kind, name string, pdf []byte, code string, dated time.Time) (model.Attachment, error)
}

// Request asks for one document of one partnership.
type Request struct {
	Partnership model.ID
	Kind        model.DocumentKind // any kind but DocAnnual
	// Date is the date a request letter or a proposal is issued with; zero means
	// today. It may be earlier than today (a letter sent before), never later.
	// Agreements carry their own date and a monitoring report its evaluation's.
	Date time.Time
	// Today is the day the document is made; zero means time.Now().
	Today time.Time
	// Evaluation is the evaluation a monitoring report reports; "" means the latest.
	Evaluation model.ID
	// Activity is the PKL activity (model.StudentActivity) of the partnership whose
	// surat pengantar PKL or monitoring sheet is asked for; Placement the placement in
	// it whose monitoring sheet is (the only one when the activity has one).
	Activity  model.ID
	Placement model.ID
	// Options are the person's choices for this document: a letter's Sifat and
	// Tembusan (nil: the school's defaults), whether the proposal is enclosed, a
	// proposal's cover letter and attachments, an agreement's e-Meterai, and whether
	// to issue a new letter instead of printing the one issued (Reissue).
	Options model.DocumentOptions
}

// Made is a document made and kept.
type Made struct {
	Attachment model.Attachment // as stored with the partnership
	PDF        []byte
	Code       string    // the document code in its footer
	Number     string    // the school's number of a letter or an agreement
	Date       time.Time // the date it carries
	// Reprint says that the document was made before: PDF is the file kept then.
	Reprint bool
}

// ErrNotAvailable is wrapped by Make when the partnership's data do not allow the
// document yet; the message lists what is missing (see Missing).
var ErrNotAvailable = errors.New("dokumen belum dapat dibuat")

// Staged is a document file written completely aside, not yet under its name
// (safefile.Staged).
type Staged interface {
	Commit() error
	Abort()
}

// Make makes the document r asks for from the stored data, and keeps it with the
// partnership together with its timeline event (see the package's comment for
// letters issued before). Data the document cannot be printed without give an error
// wrapping ErrNotAvailable or pdf.ErrIncomplete; a wording that cannot be used a
// *pdf.ClauseError; an agreement's number another letter holds model.ErrNumberTaken.
func Make(st Store, r Request) (Made, error) {
	return makeDoc(st, r, nil)
}

// MakeWritten makes the document r asks for as Make does, and writes it with stage
// (which writes the PDF aside and returns it staged) before anything is recorded: a
// document printed into a file the person chose (kemitraan-cli pdf, Cetak dokumen
// into a folder) is not recorded as made when its file could not be written — a full
// stick would otherwise leave a letter number used, a document kept and an event on
// the timeline for a letter nobody has. A letter is made with the number the register
// will give next; should another letter take it meanwhile, it is made again with its
// own. When recording fails after the number was given, the file is named all the
// same (it carries that number) and the error returned.
func MakeWritten(st Store, r Request, stage func(pdf []byte, name string) (Staged, error)) (Made, error) {
	return makeDoc(st, r, stage)
}

// input is what a document is made from.
type input struct {
	r       Request
	school  model.School
	ps      model.Partnership
	partner model.Partner
	today   time.Time
	// act and placement are a PKL document's activity and (monitoring sheet) placement.
	act       model.StudentActivity
	placement model.Placement
}

// rendered is a document made and not yet kept.
type rendered struct {
	pdf          []byte
	code, number string
	name         string // the file name, without ".pdf"
	date         time.Time
}

func makeDoc(st Store, r Request, stage func([]byte, string) (Staged, error)) (Made, error) {
	in, err := gather(st, r)
	if err != nil {
		return Made{}, err
	}
	switch r.Kind {
	case model.DocRequest, model.DocProposal, model.DocPKLLetter:
		if !r.Options.Reissue {
			if made, ok, err := reprint(st, in, stage); ok || err != nil {
				return made, err
			}
		}
		return issue(st, in, stage)
	case model.DocPKS, model.DocMoU:
		return agreement(st, in, stage)
	case model.DocMonev, model.DocPKLMonitoring:
		doc, err := render(st, in, model.Letter{})
		if err != nil {
			return Made{}, err
		}
		return keepOnce(st, in, doc, model.Letter{}, stage)
	}
	return Made{}, fmt.Errorf("jenis dokumen %q tidak dikenal", r.Kind)
}

// gather reads what the document is made from and refuses what it cannot be made of.
func gather(st Store, r Request) (input, error) {
	today := r.Today
	if today.IsZero() {
		today = time.Now()
	}
	if r.Date.IsZero() {
		r.Date = today
	}
	if civil(r.Date).After(civil(today)) {
		return input{}, fmt.Errorf("%s: %w", model.LongDate(r.Date), model.ErrLetterDate)
	}
	school, err := st.School()
	if err != nil {
		return input{}, err
	}
	ps, err := st.Partnership(r.Partnership)
	if err != nil {
		return input{}, err
	}
	var partner *model.Partner
	if ps.PartnerID != "" {
		pt, err := st.Partner(ps.PartnerID)
		if err != nil {
			return input{}, err
		}
		partner = &pt
	}
	if err := r.Options.Validate().Err(); err != nil {
		return input{}, err
	}
	if miss := Missing(school, ps, partner, r.Kind); len(miss) > 0 {
		return input{}, fmt.Errorf("%w: %s: %s", ErrNotAvailable, r.Kind.Label(), Reasons(miss))
	}
	in := input{r: r, school: school, ps: ps, partner: *partner, today: today}
	if r.Kind.ForStudents() {
		if in.act, in.placement, err = pklInput(st, ps, r); err != nil {
			return input{}, err
		}
	}
	return in, nil
}

// pklInput is the activity, and for a monitoring sheet the placement, a PKL
// document is made of: the activity must be a PKL of this partnership with students.
func pklInput(st Store, ps model.Partnership, r Request) (model.StudentActivity, model.Placement, error) {
	if r.Activity == "" {
		return model.StudentActivity{}, model.Placement{}, fmt.Errorf("%w: %s: pilih aktivitas PKL", ErrNotAvailable, r.Kind.Label())
	}
	act, err := st.StudentActivity(r.Activity)
	if err != nil {
		return model.StudentActivity{}, model.Placement{}, err
	}
	switch {
	case act.PartnershipID != ps.ID:
		return act, model.Placement{}, fmt.Errorf("aktivitas %s bukan milik kemitraan %q: %w", act.ID, ps.Title, model.ErrNotFound)
	case act.Kind != model.ActivityKindPKL:
		return act, model.Placement{}, fmt.Errorf("%w: %s: aktivitas %q bukan PKL", ErrNotAvailable, r.Kind.Label(), act.Title)
	case len(act.Placements) == 0:
		return act, model.Placement{}, fmt.Errorf("%w: %s: aktivitas %q belum memuat peserta didik", ErrNotAvailable, r.Kind.Label(), act.Title)
	}
	if r.Kind != model.DocPKLMonitoring {
		return act, model.Placement{}, nil
	}
	if r.Placement == "" {
		if len(act.Placements) == 1 {
			return act, act.Placements[0], nil
		}
		return act, model.Placement{}, fmt.Errorf("%w: %s: pilih penempatan peserta didik", ErrNotAvailable, r.Kind.Label())
	}
	for _, pl := range act.Placements {
		if pl.ID == r.Placement {
			return act, pl, nil
		}
	}
	return act, model.Placement{}, fmt.Errorf("penempatan %s pada aktivitas %q: %w", r.Placement, act.Title, model.ErrNotFound)
}

// Issued is the letter of the kind issued last for the partnership (a request letter,
// a proposal's cover letter), with its kept document; false when none was. A
// partnership has a surat pengantar PKL per activity: IssuedPKLLetter finds it.
func Issued(st Store, ps model.Partnership, kind model.DocumentKind) (model.Letter, model.Attachment, bool) {
	docs, err := st.Attachments(ps.ID)
	if err != nil {
		return model.Letter{}, model.Attachment{}, false
	}
	var made []model.Attachment
	for _, a := range docs {
		if a.IsDocument() && a.DocKind == kind {
			made = append(made, a)
		}
	}
	if len(made) == 0 {
		return model.Letter{}, model.Attachment{}, false
	}
	last := made[len(made)-1] // attachments are listed oldest first
	for i := len(ps.Letters) - 1; i >= 0; i-- {
		l := ps.Letters[i]
		if l.Kind == string(kind) && (l.Document == last.ID || l.Document == "" && l.Code != "" && l.Code == last.Code) {
			return l, last, true
		}
	}
	// a proposal without a cover letter has no number: the date it carries is the
	// file's (a file kept before that was recorded: the day it was made)
	date := last.Dated
	if date.IsZero() {
		date = last.Added
	}
	return model.Letter{Kind: string(kind), Date: date, Code: last.Code}, last, true
}

// IssuedPKLLetter is the surat pengantar PKL issued last for the activity, with its
// kept document; false when none was (or its file is no longer kept).
func IssuedPKLLetter(st Store, ps model.Partnership, activity model.ID) (model.Letter, model.Attachment, bool) {
	docs, err := st.Attachments(ps.ID)
	if err != nil {
		return model.Letter{}, model.Attachment{}, false
	}
	for i := len(ps.Letters) - 1; i >= 0; i-- {
		l := ps.Letters[i]
		if l.Kind != string(model.DocPKLLetter) || l.Activity != activity || l.Document == "" {
			continue
		}
		for _, a := range docs {
			if a.ID == l.Document && a.IsDocument() {
				return l, a, true
			}
		}
	}
	return model.Letter{}, model.Attachment{}, false
}

// reprint gives the request letter or proposal issued last, as the file kept then.
func reprint(st Store, in input, stage func([]byte, string) (Staged, error)) (Made, bool, error) {
	var (
		l  model.Letter
		a  model.Attachment
		ok bool
	)
	if in.r.Kind == model.DocPKLLetter {
		l, a, ok = IssuedPKLLetter(st, in.ps, in.act.ID)
	} else {
		l, a, ok = Issued(st, in.ps, in.r.Kind)
	}
	if !ok {
		return Made{}, false, nil
	}
	data, err := st.AttachmentData(a.ID)
	if err != nil {
		if errors.Is(err, model.ErrNotFound) {
			return Made{}, false, nil // the file is gone: a new one is issued
		}
		return Made{}, false, err
	}
	made := Made{Attachment: a, PDF: data, Code: a.Code, Number: l.Number, Date: l.Date, Reprint: true}
	if stage != nil {
		staged, err := stage(data, strings.TrimSuffix(a.Name, ".pdf")+".pdf")
		if err != nil {
			return Made{}, true, err
		}
		return made, true, staged.Commit()
	}
	return made, true, nil
}

// issue makes a new request letter or proposal, dated r.Date, numbered from the
// register when it is a letter (a proposal with a cover letter).
func issue(st Store, in input, stage func([]byte, string) (Staged, error)) (Made, error) {
	kind := in.r.Kind
	numbered := kind == model.DocRequest || kind == model.DocPKLLetter || in.r.Options.CoverLetter
	if !numbered {
		doc, err := render(st, in, model.Letter{Date: in.r.Date})
		if err != nil {
			return Made{}, err
		}
		return keep(st, in, doc, model.Letter{}, stage)
	}
	opts := in.r.Options
	opts.Reissue = false
	want := model.Letter{Kind: string(kind), Date: in.r.Date.Round(0), Subject: model.Subject(kind, in.ps.Title),
		Addressee: in.partner.Addressee(), Options: &opts, Activity: in.act.ID}
	peek, err := st.PeekLetter(in.r.Date)
	if err != nil {
		return Made{}, err
	}
	trial := want
	trial.Number = peek
	doc, err := render(st, in, trial)
	if err != nil {
		return Made{Number: peek}, err
	}
	var staged Staged
	if stage != nil {
		if staged, err = stage(doc.pdf, doc.name+".pdf"); err != nil {
			return Made{}, err
		}
	}
	letter, err := st.IssueLetter(in.ps.ID, want)
	if err != nil {
		if staged != nil {
			staged.Abort()
		}
		return Made{}, err
	}
	if letter.Number != peek {
		// another letter took the number meanwhile: this one is made again with its
		// own; should that fail, the letter stays in the register without a document,
		// which says it was not printed
		if staged != nil {
			staged.Abort()
			staged = nil
		}
		if doc, err = render(st, in, letter); err != nil {
			return Made{Number: letter.Number}, err
		}
		if stage != nil {
			if staged, err = stage(doc.pdf, doc.name+".pdf"); err != nil {
				return Made{Number: letter.Number}, err
			}
		}
	}
	made, kerr := keepStaged(st, in, doc, letter, staged)
	return made, kerr
}

// agreement makes the MoU or the PKS under the agreement's own number and date, which
// the register records (refused when another letter holds the number).
func agreement(st Store, in input, stage func([]byte, string) (Staged, error)) (Made, error) {
	a := in.ps.Agreement
	number, date := a.SchoolNumber, a.Date
	if in.r.Kind == model.DocMoU {
		number, date = a.MoU.SchoolNumber, a.MoU.Date
	}
	letter, err := st.RegisterLetter(in.ps.ID, model.Letter{Kind: string(in.r.Kind), Number: number, Date: date,
		Subject: model.Subject(in.r.Kind, in.ps.Title), Addressee: in.partner.Addressee()})
	if err != nil {
		return Made{Number: number}, err
	}
	doc, err := render(st, in, letter)
	if err != nil {
		return Made{Number: number}, err
	}
	return keepOnce(st, in, doc, letter, stage)
}

// keepOnce keeps a document made from the same data as before only once: the file
// kept then is the reprint.
func keepOnce(st Store, in input, doc rendered, letter model.Letter, stage func([]byte, string) (Staged, error)) (Made, error) {
	if docs, err := st.Attachments(in.ps.ID); err == nil {
		sum := sha(doc.pdf)
		for i := len(docs) - 1; i >= 0; i-- {
			if a := docs[i]; a.IsDocument() && a.DocKind == in.r.Kind && a.SHA256 == sum {
				made := Made{Attachment: a, PDF: doc.pdf, Code: doc.code, Number: doc.number, Date: doc.date, Reprint: true}
				if stage != nil {
					staged, err := stage(doc.pdf, doc.name+".pdf")
					if err != nil {
						return Made{}, err
					}
					return made, staged.Commit()
				}
				return made, nil
			}
		}
	}
	return keep(st, in, doc, letter, stage)
}

// keep writes the file (when stage is given) and records the document.
func keep(st Store, in input, doc rendered, letter model.Letter, stage func([]byte, string) (Staged, error)) (Made, error) {
	var staged Staged
	if stage != nil {
		var err error
		if staged, err = stage(doc.pdf, doc.name+".pdf"); err != nil {
			return Made{}, err
		}
	}
	return keepStaged(st, in, doc, letter, staged)
}

// keepStaged records a rendered document with its partnership — the PDF with its
// event, the code and the document with its letter — then names the staged file.
func keepStaged(st Store, in input, doc rendered, letter model.Letter, staged Staged) (Made, error) {
	made := Made{PDF: doc.pdf, Code: doc.code, Number: doc.number, Date: doc.date}
	a, err := st.AddDocument(in.ps.ID, string(in.r.Kind), doc.name+".pdf", doc.pdf, doc.code, doc.date)
	if err == nil {
		made.Attachment = a
		if letter.Number != "" {
			err = st.SetLetterDocument(in.ps.ID, letter.Number, doc.code, a.ID)
		}
	}
	if staged != nil {
		if err != nil && made.Attachment.ID == "" && letter.Number == "" {
			staged.Abort() // nothing recorded: no file either
			return made, err
		}
		if cerr := staged.Commit(); err == nil {
			err = cerr
		}
	}
	return made, err
}

// render makes the PDF; a letter is made with letter, its number and date.
func render(st Store, in input, letter model.Letter) (rendered, error) {
	var (
		buf bytes.Buffer
		doc rendered
		err error
	)
	school, pt, ps, r := in.school, in.partner, in.ps, in.r
	// the file's name says what it is: the document, the partnership and its date
	title := ps.PeriodTitle(model.PeriodOf(ps, st.Partnership))
	switch r.Kind {
	case model.DocRequest:
		doc.code, err = pdf.WriteRequestLetter(&buf, pdf.RequestLetter{School: school, Partner: pt, Partnership: ps, Letter: letter, Options: r.Options})
		doc.number, doc.date = letter.Number, letter.Date
		doc.name = fileBase(r.Kind, title, letter.Date)
	case model.DocProposal:
		// a program parents pay for carries "Mengetahui, Ketua Komite Sekolah"
		p := pdf.Proposal{School: school, Partner: pt, Partnership: ps, Date: letter.Date,
			Attachments: r.Options.Attachments, Options: r.Options}
		if model.ParentFunded(ps, &pt) {
			p.Committee, p.CommitteeChair = true, model.Signatory{Name: school.CommitteeChair}
		}
		if letter.Number != "" {
			p.Cover = letter
			if req, _, ok := Issued(st, ps, model.DocRequest); ok && req.Number != "" {
				p.Request = &req
			}
		}
		doc.code, err = pdf.WriteProposal(&buf, p)
		doc.number, doc.date = letter.Number, letter.Date
		doc.name = fileBase(r.Kind, title, letter.Date)
	case model.DocPKS, model.DocMoU:
		school := schoolClauses(st)
		for name, text := range school {
			if err := pdf.CheckClause(name, text); err != nil {
				return rendered{}, err
			}
		}
		in := pdf.Agreement{School: in.school, Partner: pt, Partnership: ps, Clauses: school,
			Paraf: !in.school.NoParaf, Options: r.Options}
		if r.Kind == model.DocPKS {
			doc.code, err = pdf.WritePKS(&buf, in)
		} else {
			doc.code, err = pdf.WriteMoU(&buf, in)
		}
		doc.number, doc.date = letter.Number, letter.Date
		date := letter.Date
		if date.IsZero() {
			date = r.Date
		}
		doc.name = fileBase(r.Kind, title, date)
	case model.DocPKLLetter:
		doc.code, err = pdf.WritePKLLetter(&buf, pdf.PKLLetter{School: school, Partner: pt, Partnership: ps, Activity: in.act,
			Letter: letter, Options: r.Options})
		doc.number, doc.date = letter.Number, letter.Date
		doc.name = fileBase(r.Kind, oneLine(in.act.Title), letter.Date)
	case model.DocPKLMonitoring:
		doc.code, err = pdf.WritePKLMonitoring(&buf, pdf.PKLMonitoring{School: school, Partner: pt, Partnership: ps,
			Activity: in.act, Placement: in.placement})
		// the sheet is named after its student, whom the teacher looks for among many
		doc.name = fileBase(r.Kind, oneLine(in.placement.Student.Name)+" - "+oneLine(in.act.Title), time.Time{})
	case model.DocMonev:
		ev, ok := Evaluation(ps, r.Evaluation)
		if !ok {
			return rendered{}, fmt.Errorf("%w: evaluasi %s tidak ditemukan", ErrNotAvailable, r.Evaluation)
		}
		doc.code, err = pdf.WriteMonev(&buf, pdf.Monev{School: school, Partner: pt, Partnership: ps, Evaluation: ev})
		doc.date = ev.Date
		doc.name = fileBase(r.Kind, title, ev.Date)
	default:
		return rendered{}, fmt.Errorf("jenis dokumen %q tidak dikenal", r.Kind)
	}
	if err != nil {
		return doc, err
	}
	doc.pdf = buf.Bytes()
	return doc, nil
}

// schoolClauses is the school's wording; a store that cannot read it leaves the
// defaults (the document still prints).
func schoolClauses(st Store) map[string]string {
	m, err := st.SchoolClauses()
	if err != nil {
		return nil
	}
	return m
}

// Evaluation is the evaluation with that ID, or the latest one (by date) when id is "".
func Evaluation(ps model.Partnership, id model.ID) (model.Evaluation, bool) {
	if id != "" {
		for _, e := range ps.Evaluations {
			if e.ID == id {
				return e, true
			}
		}
		return model.Evaluation{}, false
	}
	evs := Evaluations(ps)
	if len(evs) == 0 {
		return model.Evaluation{}, false
	}
	return evs[0], true
}

// Evaluations are the partnership's evaluations, latest first.
func Evaluations(ps model.Partnership) []model.Evaluation {
	evs := append([]model.Evaluation(nil), ps.Evaluations...)
	sort.SliceStable(evs, func(i, j int) bool { return evs[i].Date.After(evs[j].Date) })
	return evs
}

// AgreementKinds are the documents the partnership's stage 4 makes: DocMoU and/or
// DocPKS, as its kind says; none while the kind is not chosen.
func AgreementKinds(ps model.Partnership) []model.DocumentKind {
	var k []model.DocumentKind
	if ps.Agreement.Kind.HasMoU() {
		k = append(k, model.DocMoU)
	}
	if ps.Agreement.Kind.HasPKS() {
		k = append(k, model.DocPKS)
	}
	return k
}

// sha is the hex SHA-256 of data, as model.Attachment.SHA256 records it.
func sha(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// FileNamePart makes a letter number usable in a file name on every system:
// "015/421.3/SMPN1-BDG/XI/2026" → "015-421.3-SMPN1-BDG-XI-2026".
func FileNamePart(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '/', '\\', ':', '*', '?', '"', '<', '>', '|', ' ':
			return '-'
		}
		if r < ' ' {
			return -1
		}
		return r
	}, strings.TrimSpace(s))
	if s == "" {
		return "tanpa-nomor"
	}
	return s
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func civil(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
