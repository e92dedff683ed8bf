package preannotate

import (
	"slices"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate/ner"
	"github.com/glose-app/glose/annotate/plaintext"
)

// entitySpans pre-annotates text imported as name and gives its entity spans' texts and labels, in
// text order.
func entitySpans(t *testing.T, name, text string) []string {
	t.Helper()
	d, err := plaintext.Import(name, []byte(text), plaintext.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := Run(d, Options{}); err != nil {
		t.Fatal(err)
	}
	if d.Text != text {
		t.Fatalf("%s: Run changed the text to %q", name, d.Text)
	}
	var got []string
	for _, sp := range d.Spans {
		switch sp.Label {
		case "PER", "ORG", "LOC", "MISC":
			got = append(got, sp.Label+" "+d.SpanText(sp))
		}
	}
	return got
}

// TestRunReadsNamesCutByAWrap: a paragraph hard-wrapped at 72 columns cuts names over its lines; the
// recogniser reads such a name whole, as the same paragraph on one line gives it, the mention keeping
// the text's line break ("Emmanuel⏎Macron", "Jean-⏎Pierre Raffarin").
func TestRunReadsNamesCutByAWrap(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Visite dans le Sud\n\nLors de sa visite à Marseille, le président de la République Emmanuel\n" +
			"Macron a rencontré les élus de la région pendant deux longues heures.\n", "PER Emmanuel\nMacron"},
		{"Réforme agricole\n\nLors d'un déplacement dans la Vienne, l'ancien Premier ministre Jean-\n" +
			"Pierre Raffarin a défendu la réforme devant des agriculteurs inquiets.\n", "PER Jean-\nPierre Raffarin"},
	} {
		got := entitySpans(t, "wrapped.txt", c.text)
		oneLine := entitySpans(t, "one-line.txt", strings.NewReplacer("-\n", "-", "\n", " ").Replace(c.text))
		if !slices.Contains(got, c.want) {
			t.Errorf("%q: entities %q, want %q among them (on one line: %q)", c.text, got, c.want, oneLine)
		}
		if len(got) != len(oneLine) {
			t.Errorf("%q: %d entities %q, on one line %d: %q", c.text, len(got), got, len(oneLine), oneLine)
		}
	}
}

// TestWrappedNamesEntity: the entity of a name cut by a wrap is named on one line, as the Entities
// tab lists it and the English name is looked up.
func TestWrappedNamesEntity(t *testing.T) {
	text := "Visite dans le Sud\n\nLors de sa visite à Marseille, le président de la République Emmanuel\n" +
		"Macron a rencontré les élus de la région pendant deux longues heures.\n"
	d, err := plaintext.Import("wrapped.txt", []byte(text), plaintext.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := Run(d, Options{}); err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range d.Entities {
		names = append(names, e.Names["fr"])
	}
	if !slices.Contains(names, "Emmanuel Macron") {
		t.Errorf("entities named %q, want Emmanuel Macron among them", names)
	}
	for in, want := range map[string]string{"Jean-\nPierre Raffarin": "Jean-Pierre Raffarin", "Emmanuel \n Macron": "Emmanuel Macron",
		"Marine Le Pen": "Marine Le Pen"} {
		if got := oneLine(in); got != want {
			t.Errorf("oneLine(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestRunKeepsShortLinesApart: short lines inside one segment (a share widget's links, a list
// announced by a long line) are lines to the recogniser as they were, not one run of names.
func TestRunKeepsShortLinesApart(t *testing.T) {
	for _, text := range []string{
		"Partager cet article :\nCourriel ,\nFacebook ,\nTwitter\n",
		"Le chroniqueur a donné des surnoms à plusieurs figures du mouvement :\n-Maxime Nicolle : un complotiste ;\n-Éric Drouet : un putschiste.\n",
	} {
		soft := softBreaksOf(t, text)
		if len(soft) == 0 {
			t.Fatalf("%q: no line break inside a segment: the test reads nothing", text)
		}
		if got, _ := recogniserText(text, soft); got != text {
			t.Errorf("%q: the recogniser reads %q", text, got)
		}
	}
}

func softBreaksOf(t *testing.T, text string) []int {
	t.Helper()
	d, err := plaintext.Import("lines.txt", []byte(text), plaintext.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return softBreaks(d)
}

// TestRecogniserOffsets: a mention found over a dropped line break ends where its text does.
func TestRecogniserOffsets(t *testing.T) {
	text := strings.Repeat("x", 50) + " Jean-\nPierre et Marie-\nClaire."
	soft := []int{strings.Index(text, "\n"), strings.LastIndex(text, "\n")}
	r, dropped := recogniserText(text, soft)
	if want := strings.Repeat("x", 50) + " Jean-Pierre et Marie-\nClaire."; r != want {
		t.Fatalf("recogniserText = %q, want %q (the second line is short)", r, want)
	}
	ms := []ner.Mention{{Start: 51, End: 62}}
	fromRecogniser(ms, dropped)
	if got := text[ms[0].Start:ms[0].End]; got != "Jean-\nPierre" {
		t.Errorf("mention moved to %q, want Jean-⏎Pierre", got)
	}
	// two breaks dropped: the names after them move back by one and by two bytes
	text = strings.Repeat("x", 50) + " Jean-\nPierre " + strings.Repeat("y", 50) + " Marie-\nClaire et Paul."
	soft = []int{strings.Index(text, "\n"), strings.LastIndex(text, "\n")}
	r, dropped = recogniserText(text, soft)
	var names []ner.Mention
	for _, n := range []string{"Jean-Pierre", "Marie-Claire", "Paul"} {
		i := strings.Index(r, n)
		names = append(names, ner.Mention{Start: i, End: i + len(n)})
	}
	fromRecogniser(names, dropped)
	var got []string
	for _, m := range names {
		got = append(got, text[m.Start:m.End])
	}
	if want := []string{"Jean-\nPierre", "Marie-\nClaire", "Paul"}; !slices.Equal(got, want) {
		t.Errorf("mentions moved to %q, want %q", got, want)
	}
}
