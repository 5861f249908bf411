package main

import (
	"encoding/json"
	"io/fs"
	"path"
	"regexp"
	"strings"
	"sync"
	"text/template"

	"github.com/kemitraan/kemitraan/assets"
	"github.com/kemitraan/kemitraan/model"
)

// The command line says an error's kind (model.Kind) in the chosen language (--lang
// id, the default, or en) from the program's own translations, the ones the window
// uses, then what it concerns (the file, the record) on a second line. It reads the
// translation files itself: the command line builds without Fyne.

// languages are the translations the command line can speak.
var languages = []string{"id", "en"}

var (
	messagesOnce sync.Once
	messages     map[string]map[string]string // language → message ID → text
)

// loadMessages reads every translation file: "id.json", "data.id.json", ….
func loadMessages() {
	messages = map[string]map[string]string{}
	entries, _ := fs.ReadDir(assets.Translations, "translations")
	for _, e := range entries {
		name := e.Name()
		lang := ""
		for _, l := range languages {
			if name == l+".json" || strings.HasSuffix(name, "."+l+".json") {
				lang = l
			}
		}
		if lang == "" {
			continue
		}
		data, err := fs.ReadFile(assets.Translations, path.Join("translations", name))
		if err != nil {
			continue
		}
		var raw map[string]json.RawMessage
		if json.Unmarshal(data, &raw) != nil {
			continue
		}
		if messages[lang] == nil {
			messages[lang] = map[string]string{}
		}
		for id, v := range raw {
			var s string
			if json.Unmarshal(v, &s) == nil {
				messages[lang][id] = s
				continue
			}
			var plural struct{ Other string }
			if json.Unmarshal(v, &plural) == nil && plural.Other != "" {
				messages[lang][id] = plural.Other
			}
		}
	}
}

// message is the text of id in lang, filled with data; "" when there is none.
func message(lang, id string, data map[string]string) string {
	messagesOnce.Do(loadMessages)
	text := messages[lang][id]
	if text == "" || !strings.Contains(text, "{{") {
		return text
	}
	t, err := template.New(id).Parse(text)
	if err != nil {
		return text
	}
	var b strings.Builder
	if t.Execute(&b, data) != nil {
		return text
	}
	return b.String()
}

// maxDetail bounds the second line of an error.
const maxDetail = 600

// explain says err to a person in lang: the kind's message, then the details (the
// error's own text without the kind's Indonesian words) on a second line.
func explain(lang string, err error) string {
	k := model.KindOf(err)
	if k == nil {
		if msg := message(lang, "error.unknown", map[string]string{"Err": clipDetail(err.Error())}); msg != "" {
			return msg
		}
		return clipDetail(err.Error())
	}
	msg := message(lang, k.MessageID(), nil)
	if msg == "" {
		msg = k.Error()
	}
	if d := details(err, k); d != "" {
		msg += "\n  (" + d + ")"
	}
	return msg
}

var (
	emptyParens = regexp.MustCompile(`\(\s*\)`)
	extraColons = regexp.MustCompile(`:\s*(:|\(|;|$)`)
	extraSpaces = regexp.MustCompile(`\s{2,}`)
)

// details is err's text without the words of its kind: the file, the record, the cause.
func details(err error, k *model.Kind) string {
	s := err.Error()
	for kk := k; kk != nil; kk = kk.Parent() {
		s = strings.Replace(s, kk.Error(), "", 1)
	}
	for i := 0; i < 3; i++ {
		s = emptyParens.ReplaceAllString(s, "")
		s = extraColons.ReplaceAllString(s, " $1")
		s = extraSpaces.ReplaceAllString(s, " ")
	}
	s = strings.Trim(strings.TrimSpace(s), ":;")
	return clipDetail(strings.TrimSpace(s))
}

func clipDetail(s string) string {
	if len(s) <= maxDetail {
		return s
	}
	cut := maxDetail
	for cut > 0 && s[cut]&0xC0 == 0x80 {
		cut--
	}
	return s[:cut] + "…"
}
