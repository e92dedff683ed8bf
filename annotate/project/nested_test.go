package project_test

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/project"
)

// TestStraightQuotesNested covers English that quotes inside a quotation with the same straight mark,
// or ends a sentence of quotation on several marks: the user gets the whole quotation, not the piece
// between two marks that happen to alternate.
func TestStraightQuotesNested(t *testing.T) {
	const overTwo = "« Le maire parlait depuis une heure.\n\nQuelqu'un a appelé cela \"un spectacle\" »."
	cases := []struct {
		name, src, quote string
		targets, want    []string
	}{
		{"a quotation inside a quotation", "« Quand le maire dira « c'est fini », nous partirons. »", "« Quand le maire dira « c'est fini », nous partirons. »",
			[]string{"\"When the mayor says, \"it is over,\" we will leave.\""},
			[]string{"\"When the mayor says, \"it is over,\" we will leave.\""}},
		{"a quotation opening on a quotation", "« « Bonjour », a-t-il dit. »", "« « Bonjour », a-t-il dit. »",
			[]string{"\"\"Hello,\" he said.\""}, []string{"\"\"Hello,\" he said.\""}},
		{"marks closing together", overTwo, "« Le maire parlait depuis une heure.\n\nQuelqu'un a appelé cela \"un spectacle\" »",
			[]string{"\"The mayor had been speaking for an hour.", "Somebody called it \"a show.\"\""},
			[]string{"\"The mayor had been speaking for an hour.", "Somebody called it \"a show.\"\""}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, spans := small(t, c.src, c.targets, [2]string{annotate.LabelQuote, c.quote})
			if _, err := project.Document(annotate.NewEditor(d), project.Options{}); err != nil {
				t.Fatal(err)
			}
			if got := english(d, spans[0]); strings.Join(got, "|") != strings.Join(c.want, "|") {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}

// TestQuotationInsideClosesMidway: in the middle of a quotation over three sentences, the sentence that
// closes a quotation nested in it is still all quotation, in French and in English alike.
func TestQuotationInsideClosesMidway(t *testing.T) {
	src := "« Elle me disait : « Tu es triste.\n\nNon, je suis en colère. »\n\nEt elle repartait. »"
	targets := []string{"\"She used to tell me, \"You are sad.", "No, I am angry.\"", "And off she went.\""}
	d, spans := small(t, src, targets, [2]string{annotate.LabelQuote, src})
	if _, err := project.Document(annotate.NewEditor(d), project.Options{}); err != nil {
		t.Fatal(err)
	}
	want := []string{"\"She used to tell me, \"You are sad.", "No, I am angry.\"", "And off she went.\""}
	if got := english(d, spans[0]); strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestQuotationRenderedAsTwo: « fatigué et déçu » translated "tired" and "disappointed" is one
// quotation; but when the French sentence itself holds two quotations and only one is tagged, the
// English two are not joined for it.
func TestQuotationRenderedAsTwo(t *testing.T) {
	d, spans := small(t, "L'équipe est « fatiguée et déçue » ce soir.", []string{"The team is \"tired\" and \"disappointed\" tonight."},
		[2]string{annotate.LabelQuote, "« fatiguée et déçue »"})
	if _, err := project.Document(annotate.NewEditor(d), project.Options{}); err != nil {
		t.Fatal(err)
	}
	if got, want := english(d, spans[0]), []string{"\"tired\" and \"disappointed\""}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
	d, spans = small(t, "Elle chante « oui, je suis là » et « au revoir, mes amis ».",
		[]string{"She sings \"yes, I am here\" and \"goodbye, my friends\"."}, [2]string{annotate.LabelQuote, "« oui, je suis là »"})
	if _, err := project.Document(annotate.NewEditor(d), project.Options{}); err != nil {
		t.Fatal(err)
	}
	if got, want := english(d, spans[0]), []string{"\"yes, I am here\""}; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestQuotationOverAMovedBoundary: two French sentences each quoted whole, which the English quotes as
// one quotation over both sentences; each French quotation gets its sentence's part of it.
func TestQuotationOverAMovedBoundary(t *testing.T) {
	src := "« Mon équipe n'a rien divulgué. »\n\n« Cette accusation est un mensonge. »"
	targets := []string{"\"My staff leaked nothing.", "This accusation is a lie.\""}
	d, spans := small(t, src, targets, [2]string{annotate.LabelQuote, "« Mon équipe n'a rien divulgué. »"},
		[2]string{annotate.LabelQuote, "« Cette accusation est un mensonge. »"})
	if _, err := project.Document(annotate.NewEditor(d), project.Options{}); err != nil {
		t.Fatal(err)
	}
	for i, want := range targets {
		if got := english(d, spans[i]); len(got) != 1 || got[0] != want {
			t.Errorf("quotation %d: got %q, want %q", i, got, want)
		}
	}
}
