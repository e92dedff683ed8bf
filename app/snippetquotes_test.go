package app

import (
	"fmt"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
	"github.com/glose-app/glose/annotate/qa"
)

// TestWarningSnippetOwnQuotes: a warning about a quotation's span quotes the span's text, which
// starts with its own guillemets; in either language the message does not put its own marks
// around them (« « Ceux qui pensent… »), and a snippet cut before its closing mark gets it back.
// A snippet without marks, or one whose quotation closes before its end, keeps the message's marks.
func TestWarningSnippetOwnQuotes(t *testing.T) {
	const nb = "\u00a0"
	cut := annotate.Shorten("«"+nb+"Ceux qui pensent que la guerre est finie se trompent"+nb+"», a-t-il dit.", 18)
	if cut != "«"+nb+"Ceux qui pensent…" {
		t.Fatalf("Shorten gave %q", cut)
	}
	frWordCut := "L’annotation QUOTE %s commence ou finit au milieu d’un mot" + nb + ": le mot a été coupé en deux jetons"
	enWordCut := "The QUOTE span %s starts or ends inside a word: the word was cut into two tokens"
	for _, c := range []struct {
		language, text, want, in string
	}{
		{"fr", cut, frWordCut, "«" + nb + "Ceux qui pensent…" + nb + "»"},
		{"en", cut, enWordCut, "«" + nb + "Ceux qui pensent…" + nb + "»"},
		{"fr", "«" + nb + "Je reste" + nb + "»", frWordCut, "«" + nb + "Je reste" + nb + "»"},
		{"en", "“I stay”", enWordCut, "“I stay”"},
		{"fr", "“I stay”", frWordCut, "“I stay”"},
		{"fr", "Ceux qui pensent…", frWordCut, "«" + nb + "Ceux qui pensent…" + nb + "»"},
		{"en", "Ceux qui pensent…", enWordCut, "“Ceux qui pensent…”"},
		{"fr", "« Non », a-t-il dit", frWordCut, "«" + nb + "« Non », a-t-il dit" + nb + "»"},
		{"en", "« Non », a-t-il dit", enWordCut, "“« Non », a-t-il dit”"},
	} {
		useLanguage(t, c.language)
		w := formats.Warning{Code: formats.WarnWordCut, Args: map[string]any{"Label": "QUOTE", "Text": c.text}}
		if got, want := warningText(w), fmt.Sprintf(c.want, c.in); got != want {
			t.Errorf("%s, %q:\n got %q\nwant %q", c.language, c.text, got, want)
		}
	}
}

// TestQAMessageSnippetOwnQuotes: a QA message naming a quotation in guillemets does not quote it twice.
func TestQAMessageSnippetOwnQuotes(t *testing.T) {
	useLanguage(t, "fr")
	is := qa.Issue{Key: "qa.name-inconsistent.glossary", Args: map[string]string{"source": "« Quotidien »", "target": "Daily", "expected": "“Quotidien”"}}
	want := "« Quotidien » est traduit «\u00a0Daily\u00a0», mais le glossaire indique “Quotidien”."
	if got := issueMessage(is); got != want {
		t.Errorf("got %q\nwant %q", got, want)
	}
}
