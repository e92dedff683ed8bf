package app

import (
	"os"
	"regexp"
	"strings"
	"testing"
	"unicode"
)

// TestReadmeNamesTheMenusItems: every "Menu › Item" the README writes is an item of the app's menus,
// by its full name or without its qualifier, in English, so that a reader finds it where the README
// says ("Tools › Pre-annotate" was "Pre-annotate the document"; a renamed item leaves no stale name
// behind). Sub-items ("Tools › Settings › …" names a field of the dialog) are not checked.
func TestReadmeNamesTheMenusItems(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	useLocale(t, "en_US.UTF-8")
	ui, _ := newTestUI(t, testDoc(t), false)
	items := map[string][]string{}
	for _, m := range ui.menu.Items {
		for _, it := range m.Items {
			if it.IsSeparator {
				continue
			}
			label := strings.TrimSuffix(it.Label, "…")
			// The README may leave a qualifier out: "Import a glossary" for "Import a glossary (TBX,
			// CSV)…", "Change the mention’s kind" for "…: name, description, pronoun".
			core, _, _ := strings.Cut(label, " (")
			core, _, _ = strings.Cut(core, ":")
			items[m.Label] = append(items[m.Label], label, core)
		}
	}
	text := strings.Join(strings.Fields(strings.ReplaceAll(string(readme), "'", "’")), " ")
	ref := regexp.MustCompile(`\b(File|Edit|Tag|Segment|Tools|View|Help) › "?`)
	n := 0
	for _, m := range ref.FindAllStringSubmatchIndex(text, -1) {
		menu, after := text[m[2]:m[3]], text[m[1]:min(m[1]+80, len(text))]
		found := false
		for _, label := range items[menu] {
			if strings.HasPrefix(after, label) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("README: %s › %q: no item of that menu starts so (%q)", menu, after, items[menu])
		}
		n++
	}
	if n < 30 {
		t.Errorf("only %d menu references found in the README", n)
	}
}

// TestReadmeLinksReachItsSections: every link of the README to one of its own sections (`](#…)`)
// names a heading, as GitHub makes its anchor (lower case, punctuation dropped, spaces as hyphens), so
// that the contents list and the cross-references survive a heading renamed.
func TestReadmeLinksReachItsSections(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	anchors := map[string]bool{}
	for _, h := range regexp.MustCompile(`(?m)^#+ (.+)$`).FindAllStringSubmatch(string(readme), -1) {
		slug := strings.Map(func(r rune) rune {
			switch {
			case r == ' ':
				return '-'
			case r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r):
				return unicode.ToLower(r)
			}
			return -1
		}, h[1])
		anchors[slug] = true
	}
	links := regexp.MustCompile(`\]\(#([^)]+)\)`).FindAllStringSubmatch(string(readme), -1)
	for _, l := range links {
		if !anchors[l[1]] {
			t.Errorf("README links to #%s, which no heading makes", l[1])
		}
	}
	if len(links) < 10 {
		t.Errorf("only %d links to the README's sections found", len(links))
	}
}
