package app

import (
	"regexp"
	"strconv"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate/formats"
)

// formatTitle is a format's title in the user's language; the formats package names them in English
// for the command line.
func formatTitle(f formats.Format) string {
	switch f.Name {
	case "jsonl":
		return lang.X("format.jsonl", "Glose JSON Lines corpus")
	case "text":
		return lang.X("format.text", "Plain text or Markdown")
	case "doccano":
		return lang.X("format.doccano", "doccano relation JSONL")
	case "labelstudio":
		return lang.X("format.labelstudio", "Label Studio JSON tasks")
	case "spacy":
		return lang.X("format.spacy", "spaCy JSONL (entities + span group sc)")
	case "brat":
		return lang.X("format.brat", "brat standoff (.txt + .ann)")
	case "conll":
		return lang.X("format.conll", "CoNLL-2003 (IOB2, token<TAB>tag)")
	case "tmx":
		return lang.X("format.tmx", "TMX 1.4b translation memory")
	}
	return f.Title // a name (Glose JSON, XLIFF 2.1, W3C Web Annotation) that needs no translation
}

// exportWarning is one kind of the formats package's export warnings, recognised by its English
// wording, and how to say it in the user's language.
type exportWarning struct {
	re  *regexp.Regexp
	say func(m []string, n int) string // m: the submatches; n: the count, the first number
}

// exportWarnings are the warnings exports give most; the others are shown in English.
var exportWarnings = []exportWarning{
	{regexp.MustCompile(`^(.+) keeps no links: (\d+) links? left out$`), func(m []string, n int) string {
		return lang.XN("export.no-links", "{{.Format}} keeps no links: {{.N}} links left out", n, map[string]any{"Format": m[1], "N": n})
	}},
	{regexp.MustCompile(`^(.+) keeps no entities: (\d+) (?:entity \(mention group\)|entities \(mention groups\)) left out$`), func(m []string, n int) string {
		return lang.XN("export.no-entities", "{{.Format}} keeps no entities: {{.N}} entities (mention groups) left out", n, map[string]any{"Format": m[1], "N": n})
	}},
	{regexp.MustCompile(`^(.+) keeps no translations: (\d+) segment targets? left out`), func(m []string, n int) string {
		return lang.XN("export.no-translations", "{{.Format}} keeps no translations: {{.N}} translated segments left out (XLIFF, TMX and Glose JSON Lines keep them)", n, map[string]any{"Format": m[1], "N": n})
	}},
	{regexp.MustCompile(`^(\d+) target spans? left out \(exporting the source side`), func(_ []string, n int) string {
		return lang.XN("export.target-spans", "{{.N}} spans of the English left out: only the French is exported (choose Both to keep them)", n, map[string]any{"N": n})
	}},
	{regexp.MustCompile(`^(\d+) source spans? left out \(exporting the target side`), func(_ []string, n int) string {
		return lang.XN("export.source-spans", "{{.N}} spans of the French left out: only the English is exported (choose Both to keep them)", n, map[string]any{"N": n})
	}},
	{regexp.MustCompile(`^(\d+) spans? of the target \(English\) text left out`), func(_ []string, n int) string {
		return lang.XN("export.target-spans", "{{.N}} spans of the English left out: only the French is exported (choose Both to keep them)", n, map[string]any{"N": n})
	}},
	{regexp.MustCompile(`^(\d+) spans? of the source \(French\) text left out`), func(_ []string, n int) string {
		return lang.XN("export.source-spans", "{{.N}} spans of the French left out: only the English is exported (choose Both to keep them)", n, map[string]any{"N": n})
	}},
	{regexp.MustCompile(`^TMX keeps no spans: (\d+) spans? and (\d+) links? left out$`), func(m []string, n int) string {
		links, _ := strconv.Atoi(m[2]) // the regexp matched digits
		return lang.XN("export.tmx-spans", "TMX keeps no annotations: {{.N}} spans and {{.Links}} left out", n,
			map[string]any{"N": n, "Links": lang.XN("export.links", "{{.N}} links", links, map[string]any{"N": links})})
	}},
	{regexp.MustCompile(`^(\d+) segments? not translated or still (?:a draft is|drafts are) left out of the memory$`), func(_ []string, n int) string {
		return lang.XN("export.tmx-untranslated", "{{.N}} segments not translated or still drafts left out of the memory", n, map[string]any{"N": n})
	}},
}

// warningText is an export warning in the user's language when it is one of the common kinds, else as
// the formats package wrote it. The document's ID is left out: the app exports one document.
func warningText(w formats.Warning) string {
	for _, k := range exportWarnings {
		m := k.re.FindStringSubmatch(w.Msg)
		if m == nil {
			continue
		}
		n := 0
		for _, s := range m[1:] {
			if v, err := strconv.Atoi(s); err == nil {
				n = v
				break
			}
		}
		return k.say(m, n)
	}
	return w.Msg
}
