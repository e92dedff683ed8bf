package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// entityByFrench returns the entity of d with the given French name, or nil.
func entityByFrench(d *annotate.Document, fr string) *annotate.Entity {
	for _, e := range d.Entities {
		if e.Name("fr") == fr {
			return e
		}
	}
	return nil
}

// TestAnnotateGlossaryNamesEntities pre-annotates an article with a glossary of the user's: the
// entities it names take its English (not the built-in respelling or city list), the others keep
// theirs; projection of an English translation then finds the glossary's name, with no glossary of its
// own, and makes it a mention of the entity. CSV, TBX-free tab-separated lines and a missing file.
func TestAnnotateGlossaryNamesEntities(t *testing.T) {
	dir := t.TempDir()
	article := filepath.Join(dir, "article.txt")
	text := "« Nous ne céderons pas », a déclaré Sergueï Lavrov à Moscou 🇷🇺.\n\n" +
		"Charles-Maurice de Talleyrand-Périgord reste un modèle, selon le ministre.\n"
	if err := os.WriteFile(article, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	csv := filepath.Join(dir, "terms.csv")
	if err := os.WriteFile(csv, []byte("source,target\nSergueï Lavrov,Sergey Lavrov\nCharles-Maurice de Talleyrand-Périgord,Talleyrand\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tsv := filepath.Join(dir, "terms.txt")
	if err := os.WriteFile(tsv, []byte("# mes noms\nSERGUEÏ LAVROV\tSergey Lavrov\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	annotated := func(args ...string) *annotate.Document {
		t.Helper()
		code, stdout, stderr := runCLI(t, append([]string{"annotate"}, append(args, article)...)...)
		if code != 0 {
			t.Fatalf("annotate %v: exit %d: %s", args, code, stderr)
		}
		d, err := annotate.Unmarshal([]byte(stdout), "stdout")
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	for _, tt := range []struct {
		args               []string
		lavrov, talleyrand string
	}{
		{nil, "Sergei Lavrov", "Charles-Maurice de Talleyrand-Périgord"},
		{[]string{"--glossary", csv}, "Sergey Lavrov", "Talleyrand"},
		{[]string{"--glossary", tsv}, "Sergey Lavrov", "Charles-Maurice de Talleyrand-Périgord"},
	} {
		d := annotated(tt.args...)
		for fr, want := range map[string]string{"Sergueï Lavrov": tt.lavrov, "Charles-Maurice de Talleyrand-Périgord": tt.talleyrand, "Moscou": "Moscow"} {
			e := entityByFrench(d, fr)
			if e == nil {
				t.Errorf("%v: no entity %q", tt.args, fr)
			} else if got := e.Name("en"); got != want {
				t.Errorf("%v: entity %q is %q in English, want %q", tt.args, fr, got, want)
			}
		}
	}

	// The translator writes the glossary's name; projection, with no glossary, finds it through the entity.
	d := annotated("--glossary", csv)
	d.Segments[0].Target = "“We will not give in,” said Sergey Lavrov in Moscow 🇷🇺."
	b, err := annotate.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	in := filepath.Join(dir, "translated.json")
	if err := os.WriteFile(in, b, 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI(t, "project", in)
	if code != 0 {
		t.Fatalf("project: exit %d: %s", code, stderr)
	}
	p, err := annotate.Unmarshal([]byte(stdout), "stdout")
	if err != nil {
		t.Fatal(err)
	}
	e := entityByFrench(p, "Sergueï Lavrov")
	var english []string
	for _, id := range e.Mentions {
		if sp := p.Span(id); sp != nil && sp.Side == annotate.Target {
			english = append(english, p.SpanText(sp))
		}
	}
	if strings.Join(english, "|") != "Sergey Lavrov" {
		t.Errorf("English mentions of Sergueï Lavrov: %q, want the glossary's name", english)
	}

	if code, _, stderr := runCLI(t, "annotate", "--glossary", filepath.Join(dir, "none.csv"), article); code == 0 || !strings.Contains(stderr, "none.csv") {
		t.Errorf("a missing glossary: exit %d, %q; want an error naming the file", code, stderr)
	}
}
