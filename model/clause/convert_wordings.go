package clause

// ConvertWordings turns wordings written as Go templates (old, by article name) into
// plain text with fields, added to plain (the wordings already plain): a text equal
// to a default the program once shipped is dropped (the present default applies); a
// text that cannot be turned stays in the old map, and still prints.
func ConvertWordings(old, plain map[string]string) (stillOld, newPlain map[string]string) {
	for name, text := range old {
		out, ok := Convert(name, text)
		switch {
		case !ok:
			if stillOld == nil {
				stillOld = map[string]string{}
			}
			stillOld[name] = text
		case out != "":
			if _, set := plain[name]; set {
				continue // a plain wording of the same article is the newer
			}
			if newPlain == nil {
				newPlain = map[string]string{}
			}
			newPlain[name] = out
		}
	}
	for name, text := range plain {
		if newPlain == nil {
			newPlain = map[string]string{}
		}
		newPlain[name] = text
	}
	return stillOld, newPlain
}
