package app

import (
	"os"
	"regexp"
	"strings"
	"testing"
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
