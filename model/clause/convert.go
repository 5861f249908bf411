package clause

import (
	"strings"
	"text/template/parse"
)

// Before clauses had named fields, their wording was a Go template
// ("{{with .School.City}} di {{.}}{{end}}"), which a principal had to write as code.
// Convert turns such a text into plain text with fields, as the program's own
// default wordings and what schools made of them use them: fields, the functions
// that formatted them, the "with … else …" of a typed text and its default, the lists
// with their letters and punctuation. ok is false for a text it cannot turn into
// fields (its own conditions, other functions); such a text is kept as it was and
// still prints.
//
// A text equal to a default wording the program once shipped is the default: it gives
// "" and true, and the article takes the present default.
func fromTemplate(name, text string) (string, bool) {
	for _, old := range legacyDefaults[name] {
		if text == old {
			return "", true
		}
	}
	if !strings.Contains(text, "{{") {
		return text, true // no code: already plain text
	}
	trees, err := parse.Parse(name, text, "{{", "}}", templateFuncs)
	if err != nil {
		return "", false
	}
	t := trees[name]
	if t == nil || t.Root == nil {
		return "", false
	}
	var c converter
	c.list(t.Root)
	if c.failed {
		return "", false
	}
	return c.b.String(), true
}

// templateFuncs are the functions the old templates could call, for the parser
// (which needs a value for each; they are never called here).
var templateFuncs = func() map[string]any {
	m := map[string]any{}
	for _, name := range []string{"rupiah", "terbilang", "angka", "tanggal", "huruf", "kalimat", "lanjutan", "butir", "tanda", "upper", "lower",
		// text/template's own
		"and", "or", "not", "len", "index", "slice", "eq", "ne", "lt", "le", "gt", "ge", "print", "printf", "println",
		"html", "js", "urlquery", "call"} {
		m[name] = true
	}
	return m
}()

type converter struct {
	b      strings.Builder
	failed bool
}

func (c *converter) mark(key string) {
	f, ok := ByKey(key)
	if !ok {
		c.failed = true
		return
	}
	c.b.WriteString(f.Mark())
}

func (c *converter) list(l *parse.ListNode) {
	if l == nil {
		return
	}
	for _, n := range l.Nodes {
		if c.failed {
			return
		}
		c.node(n)
	}
}

// simpleFields are the old data fields that a field now names, printed as they were.
var simpleFields = map[string]string{
	".Topic": "title", ".Sebutan": "document", ".School.Name": "school.name", ".School.City": "school.city",
	".Partner.Name": "partner.name", ".PartnerKind": "partner.kind", ".Place": "place", ".Duration": "duration",
	".NeedArea": "need.area", ".Need": "need",
}

// calls are the old function calls on a data field that a field now names.
var calls = map[string]string{
	"angka .NoticeDays": "notice.days", "angka .ForceMajeureDays": "forcemajeure.days",
	"angka .Originals": "originals", "angka .EvaluationMonths": "monitoring.months",
	"tanggal .Agreement.Start": "start", "tanggal .Agreement.End": "end",
	"rupiah .Agreement.FundingAmount": "funding.partner", "rupiah .PartnerPays": "funding.partner",
	"rupiah .SchoolPays": "funding.school", "rupiah .Total": "funding.total",
	"lanjutan .Objectives": "objectives", "kalimat .Objectives": "objectives",
	"lanjutan .Need": "need", "kalimat .Need": "need",
}

// withs are the "{{with X}}…{{end}}" (and "{{with X}}…{{else}}…{{end}}") an old text
// used, by X, with what each became.
var withs = map[string]func(c *converter, w *parse.WithNode){
	".School.City": func(c *converter, w *parse.WithNode) { c.dotInside(w, "school.city") },
	".NeedArea":    func(c *converter, w *parse.WithNode) { c.dotInside(w, "need.area") },
	".Need":        func(c *converter, w *parse.WithNode) { c.dotInside(w, "need") },
	// a typed text or its default: the field chooses
	".Objectives":        func(c *converter, w *parse.WithNode) { c.mark("objectives") },
	".Agreement.Dispute": func(c *converter, w *parse.WithNode) { c.mark("dispute") },
	// an ayat that is there only when the text was typed
	".Agreement.ForceMajeure": func(c *converter, w *parse.WithNode) { c.typedAyat(w, "forcemajeure.extra") },
	".Agreement.Funding":      func(c *converter, w *parse.WithNode) { c.typedAyat(w, "funding.terms") },
}

// ranges are the lists an old text ranged over, by what it ranged over.
var ranges = map[string]string{
	".SchoolObligations": "obligations.school", ".PartnerObligations": "obligations.partner",
	".Activities": "scope", ".Indicators": "indicators",
}

func (c *converter) node(n parse.Node) {
	switch n := n.(type) {
	case *parse.TextNode:
		c.b.Write(n.Text)
	case *parse.ActionNode:
		if n.Pipe == nil || len(n.Pipe.Decl) > 0 || len(n.Pipe.Cmds) != 1 {
			c.failed = true
			return
		}
		c.command(n.Pipe.Cmds[0])
	case *parse.WithNode:
		f := withs[pipeText(n.Pipe)]
		if f == nil {
			c.failed = true
			return
		}
		f(c, n)
	case *parse.RangeNode:
		key := ranges[rangeOver(n.Pipe)]
		if key == "" {
			c.failed = true
			return
		}
		// the block field goes on a line of its own; what followed the item in the
		// range (its punctuation, the line break) is the program's now
		c.newLine()
		c.mark(key)
		c.b.WriteString("\n")
	default:
		c.failed = true
	}
}

// command converts "{{.Topic}}", "{{angka .NoticeDays}}", "{{huruf (len .Activities)}}".
func (c *converter) command(cmd *parse.CommandNode) {
	text := cmd.String()
	if key, ok := simpleFields[text]; ok {
		c.mark(key)
		return
	}
	if key, ok := calls[text]; ok {
		c.mark(key)
		return
	}
	if strings.HasPrefix(text, "huruf (len ") {
		// the letter of the item after a list: an item the program letters
		c.b.WriteString("-") // "{{huruf …}}." leaves "-.", which Convert mends
		return
	}
	c.failed = true
}

// dotInside converts "{{with X}} di {{.}}{{end}}": the text around the dot, with the
// field in its place.
func (c *converter) dotInside(w *parse.WithNode, key string) {
	if w.ElseList != nil {
		c.failed = true
		return
	}
	for _, n := range w.List.Nodes {
		switch n := n.(type) {
		case *parse.TextNode:
			c.b.Write(n.Text)
		case *parse.ActionNode:
			if n.Pipe == nil || n.Pipe.String() != "." {
				c.failed = true
				return
			}
			c.mark(key)
		default:
			c.failed = true
			return
		}
	}
}

// typedAyat converts "{{with .Agreement.ForceMajeure}}\n(4) {{kalimat .}}{{end}}":
// the ayat with the field, which the program leaves out when nothing was typed.
func (c *converter) typedAyat(w *parse.WithNode, key string) {
	if w.ElseList != nil {
		c.failed = true
		return
	}
	for _, n := range w.List.Nodes {
		switch n := n.(type) {
		case *parse.TextNode:
			c.b.Write(n.Text)
		case *parse.ActionNode:
			switch n.Pipe.String() {
			case ".", "kalimat .", "lanjutan .":
				c.mark(key)
			default:
				c.failed = true
				return
			}
		default:
			c.failed = true
			return
		}
	}
}

func (c *converter) newLine() {
	s := c.b.String()
	if s != "" && !strings.HasSuffix(s, "\n") {
		c.b.WriteString("\n")
	}
}

func pipeText(p *parse.PipeNode) string {
	if p == nil || len(p.Decl) > 0 {
		return ""
	}
	return p.String()
}

// rangeOver is what "{{range $i, $o := .SchoolObligations}}" ranges over.
func rangeOver(p *parse.PipeNode) string {
	if p == nil || len(p.Cmds) != 1 {
		return ""
	}
	return p.Cmds[0].String()
}

// Plain reports whether text is plain text with fields, not an old template.
func Plain(text string) bool { return !strings.Contains(text, "{{") }

// Convert is fromTemplate with what the conversion leaves mended: "-." item marks.
func Convert(name, text string) (string, bool) {
	out, ok := fromTemplate(name, text)
	if !ok || out == "" {
		return out, ok
	}
	lines := strings.Split(out, "\n")
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "-. ") {
			lines[i] = "- " + strings.TrimSpace(t[3:])
		}
	}
	return strings.TrimRight(strings.Join(lines, "\n"), "\n") + "\n", true
}
