// Package document makes a partnership's printed documents from the data file: it
// gathers what model/pdf needs from a Store, gives letters their number, renders the
// PDF and keeps it with the partnership (store.DB.AddDocument). The desktop screens
// and kemitraan-cli both print through it, so a document made either way is the same.
package document

import (
	"bytes"
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
	SchoolTemplates() (map[string]string, error)
	Partnership(id model.ID) (model.Partnership, error)
	Partner(id model.ID) (model.Partner, error)
	IssueLetterNumber(partnershipID model.ID, kind string, date time.Time) (model.Letter, error)
	SetLetterCode(partnershipID model.ID, number, code string) error
	AddDocument(pid model.ID, kind, name string, pdf []byte, code string) (model.Attachment, error)
}

// Request asks for one document of one partnership.
type Request struct {
	Partnership model.ID
	Kind        model.DocumentKind // any kind but DocAnnual
	// Date is the date of a request letter or a proposal; zero means today. Agreements
	// carry their own date and a monitoring report its evaluation's.
	Date time.Time
	// Evaluation is the evaluation a monitoring report reports; "" means the latest.
	Evaluation model.ID
	// Options are the person's choices for this document: a letter's Sifat and
	// Tembusan (nil: the school's defaults), an agreement's e-Meterai.
	Options model.DocumentOptions
}

// Made is a document made and kept.
type Made struct {
	Attachment model.Attachment // as stored with the partnership
	PDF        []byte
	Code       string // the document code in its footer
	Number     string // the nomor surat of a request letter; the school's number of an agreement
}

// ErrNotAvailable is wrapped by Make when the partnership's data do not allow the
// document yet; the message lists what is missing (see Missing).
var ErrNotAvailable = errors.New("dokumen belum dapat dibuat")

// Make makes the document r asks for from the stored data, and keeps it with the
// partnership together with its timeline event. A request letter first gets the next
// nomor surat (IssueLetterNumber) and its code is recorded with the letter. Data the
// document cannot be printed without give an error wrapping ErrNotAvailable or
// pdf.ErrIncomplete; a broken article template a *pdf.TemplateError.
func Make(st Store, r Request) (Made, error) {
	in, err := gather(st, r)
	if err != nil {
		return Made{}, err
	}
	var letter model.Letter
	if r.Kind == model.DocRequest {
		letter, err = st.IssueLetterNumber(in.ps.ID, string(model.DocRequest), in.r.Date)
		if err != nil {
			return Made{}, err
		}
		if stored, err := st.Partnership(in.ps.ID); err == nil {
			in.ps = stored // with the letter just recorded
		}
	}
	doc, err := render(st, in, letter)
	if err != nil {
		return Made{Number: doc.number}, err
	}
	return keep(st, in, letter, doc)
}

// input is what a document is made from.
type input struct {
	r       Request
	school  model.School
	ps      model.Partnership
	partner model.Partner
}

// rendered is a document made and not yet kept.
type rendered struct {
	pdf          []byte
	code, number string
	name         string // the file name, without ".pdf"
}

// gather reads what the document is made from and refuses what it cannot be made of.
func gather(st Store, r Request) (input, error) {
	if r.Date.IsZero() {
		r.Date = time.Now()
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
	return input{r: r, school: school, ps: ps, partner: *partner}, nil
}

// render makes the PDF; a request letter is made with letter, its number.
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
		doc.number = letter.Number
		doc.name = fileBase(r.Kind, title, r.Date)
	case model.DocProposal:
		// a program parents pay for carries "Mengetahui, Ketua Komite Sekolah"
		p := pdf.Proposal{School: school, Partner: pt, Partnership: ps, Date: r.Date}
		if model.ParentFunded(ps, &pt) {
			p.Committee, p.CommitteeChair = true, model.Signatory{Name: school.CommitteeChair}
		}
		doc.code, err = pdf.WriteProposal(&buf, p)
		doc.name = fileBase(r.Kind, title, r.Date)
	case model.DocPKS, model.DocMoU:
		t, terr := pdf.ParseTemplates(pdf.DefaultTemplates(), schoolTemplates(st), ps.Agreement.Articles)
		if terr != nil {
			return rendered{}, terr
		}
		in := pdf.Agreement{School: school, Partner: pt, Partnership: ps, Templates: t,
			Paraf: !school.NoParaf, Options: r.Options}
		if r.Kind == model.DocPKS {
			doc.code, err = pdf.WritePKS(&buf, in)
		} else {
			doc.code, err = pdf.WriteMoU(&buf, in)
		}
		doc.number = ps.Agreement.SchoolNumber
		date := ps.Agreement.Date
		if date.IsZero() {
			date = r.Date
		}
		doc.name = fileBase(r.Kind, title, date)
	case model.DocMonev:
		ev, ok := Evaluation(ps, r.Evaluation)
		if !ok {
			return rendered{}, fmt.Errorf("%w: evaluasi %s tidak ditemukan", ErrNotAvailable, r.Evaluation)
		}
		doc.code, err = pdf.WriteMonev(&buf, pdf.Monev{School: school, Partner: pt, Partnership: ps, Evaluation: ev})
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

// keep records a rendered document with its partnership: the code with its letter,
// the PDF with its event.
func keep(st Store, in input, letter model.Letter, doc rendered) (Made, error) {
	if in.r.Kind == model.DocRequest {
		if err := st.SetLetterCode(in.ps.ID, letter.Number, doc.code); err != nil {
			return Made{Number: doc.number}, err
		}
	}
	a, err := st.AddDocument(in.ps.ID, string(in.r.Kind), doc.name+".pdf", doc.pdf, doc.code)
	if err != nil {
		return Made{Number: doc.number, Code: doc.code}, err
	}
	return Made{Attachment: a, PDF: doc.pdf, Code: doc.code, Number: doc.number}, nil
}

// schoolTemplates is the school's wording; a store that cannot read it leaves the
// defaults (the document still prints).
func schoolTemplates(st Store) map[string]string {
	m, err := st.SchoolTemplates()
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

// AgreementKind is the document the partnership's agreement prints as: DocPKS or
// DocMoU, "" when the kind is not chosen yet.
func AgreementKind(ps model.Partnership) model.DocumentKind {
	switch ps.Agreement.Kind {
	case model.AgreementPKS:
		return model.DocPKS
	case model.AgreementMoU:
		return model.DocMoU
	}
	return ""
}

// Annual makes the laporan tahunan kemitraan of year over every partnership, dated
// today. It is not kept in the data file: it belongs to no partnership.
func Annual(school model.School, partnerships []model.Partnership, partners []model.Partner, year int, today time.Time) ([]byte, string, error) {
	if school.IsZero() {
		return nil, "", fmt.Errorf("%w: %s", ErrNotAvailable, missingSchool.Text)
	}
	var buf bytes.Buffer
	code, err := pdf.WriteAnnualReport(&buf, pdf.AnnualReport{School: school, Year: year,
		Partnerships: partnerships, Partners: partners, Today: today})
	if err != nil {
		return nil, "", err
	}
	return buf.Bytes(), code, nil
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
