package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// renamedSample writes the translated sample of package qa with Lavrov's entity renamed Sergey in
// English, not projected, and returns its path.
func renamedSample(t *testing.T) string {
	t.Helper()
	data, err := os.ReadFile("../../annotate/qa/testdata/sample-translated.json")
	if err != nil {
		t.Fatal(err)
	}
	d, err := annotate.Unmarshal(data, "sample-translated.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range d.Entities {
		if e.Names["fr"] == "Sergueï Lavrov" {
			if err := annotate.NewEditor(d).RenameEntity(e.ID, "en", "Sergey Lavrov"); err != nil {
				t.Fatal(err)
			}
		}
	}
	out, err := annotate.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "renamed.json")
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// namesQA runs glose-cli qa with only the name check and returns its lines.
func namesQA(t *testing.T, args ...string) []string {
	t.Helper()
	var stdout, stderr bytes.Buffer
	disable := "untranslated,same-as-source,quote-missing,number-mismatch,unbalanced-quotes,french-typography,quote-style,symbol-missing,pending-suggestions,spelling"
	if err := cmdQA(append([]string{"--fail-on", "never", "--disable", disable}, args...), &stdout, &stderr); err != nil {
		t.Fatalf("qa %q: %v\n%s", args, err, stderr.String())
	}
	return strings.FieldsFunc(stdout.String(), func(r rune) bool { return r == '\n' })
}

// TestQAChecksEntityNamesByDefault: with no option, the document's entities are the glossary: the
// English still reading Sergei Lavrov is flagged in the three segments that say it.
func TestQAChecksEntityNamesByDefault(t *testing.T) {
	got := namesQA(t, renamedSample(t))
	want := "warning\tname-inconsistent\tThe English reads \"Sergei Lavrov\", but the entity \"Sergueï Lavrov\" is \"Sergey Lavrov\" in English."
	if len(got) != 3 || !strings.HasPrefix(got[0], "s1\t") || !strings.HasPrefix(got[1], "s11\t") || !strings.HasPrefix(got[2], "s18\t") {
		t.Fatalf("got %q, want issues in s1, s11, s18", got)
	}
	for _, g := range got {
		if !strings.HasSuffix(g, want) {
			t.Errorf("%q, want %q", g, want)
		}
	}
}

// TestQAGlossaryFormats: --glossary reads what the app imports (CSV, TBX) and tab-separated lines;
// the glossary's Moskva is expected where the English says Moscow, in the four segments that do.
func TestQAGlossaryFormats(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"terms.tsv": "# French<TAB>English\nMoscou\tMoskva\nMaison-Blanche\tWhite House\n",
		"terms.csv": "source,target,note\nMoscou,Moskva,the Russian spelling\nMaison-Blanche,White House,\n",
		"terms.tbx": `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="fr"><text><body>
<termEntry><langSet xml:lang="fr"><tig><term>Moscou</term></tig></langSet><langSet xml:lang="en"><tig><term>Moskva</term></tig></langSet></termEntry>
<termEntry><langSet xml:lang="fr"><tig><term>Maison-Blanche</term></tig></langSet><langSet xml:lang="en"><tig><term>White House</term></tig></langSet></termEntry>
</body></text></martif>`,
	}
	doc := "../../annotate/qa/testdata/sample-translated.json"
	for name, text := range files {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		got := namesQA(t, "--glossary", path, doc)
		var segs []string
		for _, g := range got {
			segs = append(segs, strings.Fields(g)[0])
			if !strings.HasSuffix(g, `"Moscou" is translated "Moscow", but the glossary says "Moskva".`) {
				t.Errorf("%s: %q", name, g)
			}
		}
		if strings.Join(segs, " ") != "s6 s7 s12 s19" {
			t.Errorf("%s: issues in %v, want s6 s7 s12 s19", name, segs)
		}
	}
	bad := filepath.Join(dir, "bad.tsv")
	if err := os.WriteFile(bad, []byte("Moscou Moskva\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	if err := cmdQA([]string{"--glossary", bad, doc}, &stdout, &stderr); err == nil || !strings.Contains(err.Error(), "bad.tsv:1: expected a French term, a tab and its English") {
		t.Errorf("bad glossary: %v", err)
	}
}

// TestQAGlossaryMatchesAsTheApp: --glossary compares terms as the app's glossary does (word for word,
// case, accents, hyphens and guillemets aside), so that the command line and the app's QA tab flag the
// same names: "maison blanche" is the document's Maison-Blanche.
func TestQAGlossaryMatchesAsTheApp(t *testing.T) {
	path := filepath.Join(t.TempDir(), "terms.tsv")
	if err := os.WriteFile(path, []byte("« maison blanche »\tBlue House 👍🏽\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got := namesQA(t, "--glossary", path, "../../annotate/qa/testdata/sample-translated.json")
	if len(got) == 0 {
		t.Fatal("no issue: the glossary's « maison blanche » did not find Maison-Blanche")
	}
	for _, g := range got {
		if !strings.Contains(g, `"Maison-Blanche" is translated`) || !strings.HasSuffix(g, `but the glossary says "Blue House 👍🏽".`) {
			t.Errorf("%q", g)
		}
	}
}
