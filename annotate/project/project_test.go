package project_test

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/plaintext"
	"github.com/glose-app/glose/annotate/project"
)

// small builds a document of one segment per paragraph with targets and person-made source spans.
func small(t *testing.T, src string, targets []string, spans ...[2]string) (*annotate.Document, []*annotate.Span) {
	t.Helper()
	d := plaintext.Build("t.txt", src, nil, plaintext.Options{})
	if len(d.Segments) != len(targets) {
		t.Fatalf("%d segments for %d targets", len(d.Segments), len(targets))
	}
	for i, s := range d.Segments {
		s.Target = targets[i]
	}
	e := annotate.NewEditor(d)
	var out []*annotate.Span
	from := 0
	for _, sp := range spans {
		a := strings.Index(d.Text[from:], sp[1])
		if a < 0 {
			t.Fatalf("span %q not in source", sp[1])
		}
		s := &annotate.Span{Side: annotate.Source, Start: from + a, End: from + a + len(sp[1]), Label: sp[0]}
		if err := e.AddSpan(s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
		from = s.Start
	}
	return d, out
}

// english returns the texts linked by translation from a source span.
func english(d *annotate.Document, src *annotate.Span) []string {
	var out []string
	for _, l := range d.LinksOf(src.ID) {
		if l.Type == annotate.LinkTranslation && l.From == src.ID {
			out = append(out, d.SpanText(d.Span(l.To)))
		}
	}
	return out
}

func TestSegmentFindsSpans(t *testing.T) {
	cases := []struct {
		name    string
		src     string
		targets []string
		spans   [][2]string
		want    [][]string // English per span
	}{
		{"quote and names", "Sergueï Lavrov a dit « c'est fini » à Moscou.", []string{"Sergei Lavrov said “it’s over” in Moscow."},
			[][2]string{{"PER", "Sergueï Lavrov"}, {"QUOTE", "« c'est fini »"}, {"LOC", "Moscou"}},
			[][]string{{"Sergei Lavrov"}, {"“it’s over”"}, {"Moscow"}}},
		{"straight quotes, emoji, combining", "😀 Le Président Sergueï Lavrov a dit « c'est fini ».", []string{"😀 President Se\u0301rgei Lavrov said \"it's over\"."},
			[][2]string{{"PER", "Sergueï Lavrov"}, {"QUOTE", "« c'est fini »"}},
			[][]string{{"Se\u0301rgei Lavrov"}, {"\"it's over\""}}},
		{"quote over two segments", "« Notre dialogue est libre de l'idéologisation qui caractérisait l'administration d'Obama. Ce sont des hommes d'action »",
			[]string{"“Our dialogue is free of the ideologisation of the Obama administration. ", " They are men of action.”"},
			[][2]string{{"QUOTE", "« Notre dialogue est libre de l'idéologisation qui caractérisait l'administration d'Obama. Ce sont des hommes d'action »"}},
			[][]string{{"“Our dialogue is free of the ideologisation of the Obama administration.", "They are men of action.”"}}},
		{"quote without marks tagged", "Il a dit « c'est fini ».", []string{"He said “it’s over”."},
			[][2]string{{"QUOTE", "c'est fini"}}, [][]string{{"it’s over"}}},
		{"two quotes in order", "« Oui », dit-il, puis « non ».", []string{"“Yes,” he said, then “no”."},
			[][2]string{{"QUOTE", "« Oui »"}, {"QUOTE", "« non »"}}, [][]string{{"“Yes,”"}, {"“no”"}}},
		{"respelled names", "Khrouchtchev visite le Pendjab.", []string{"Khrushchev visits Punjab."},
			[][2]string{{"PER", "Khrouchtchev"}, {"LOC", "Pendjab"}}, [][]string{{"Khrushchev"}, {"Punjab"}}},
		{"repeated name", "Moscou et Moscou.", []string{"Moscow and Moscow."},
			[][2]string{{"LOC", "Moscou"}, {"LOC", "Moscou"}}, [][]string{{"Moscow"}, {"Moscow"}}},
		{"no counterpart", "Il a dit « non ».", []string{"He refused."}, [][2]string{{"QUOTE", "« non »"}}, [][]string{nil}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, spans := small(t, c.src, c.targets, c.spans...)
			if _, err := project.Document(annotate.NewEditor(d), project.Options{}); err != nil {
				t.Fatal(err)
			}
			for i, sp := range spans {
				got := english(d, sp)
				if strings.Join(got, "|") != strings.Join(c.want[i], "|") {
					t.Errorf("%s: got %q, want %q", d.Describe(sp), got, c.want[i])
				}
			}
			if err := d.Validate(); err != nil {
				t.Fatal(err)
			}
		})
	}
}
