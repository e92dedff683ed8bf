package main

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/suggest/glossary"
)

const termsTBX = `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Core" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader/><text><body>
<conceptEntry id="c1"><langSec xml:lang="fr"><termSec><term>Sergueï Lavrov</term></termSec></langSec>
  <langSec xml:lang="en"><termSec><term>Sergei Lavrov</term></termSec></langSec></conceptEntry>
</body></text></tbx>`

// TestTMImportTerms fills the glossary from the command line, in the formats --glossary reads: CSV
// whose separator and encoding the file tells (an Excel French export: semicolons, Windows-1252),
// TBX, tab-separated lines and standard input; tm terms says when there is none.
func TestTMImportTerms(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "tm.db")
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	// an empty glossary says so, in text; JSON stays a list
	g, err := glossary.Open(db, "fr", "en")
	if err != nil {
		t.Fatal(err)
	}
	g.Close()
	if out, _, err := runTM(t, cmdTM, "terms", "--tm", db); err != nil || out != "no glossary entries for fr→en (glose-cli tm import-terms adds a CSV, TSV or TBX glossary, tm add-term one term)\n" {
		t.Errorf("tm terms on an empty glossary: %q %v", out, err)
	}
	if out, _, err := runTM(t, cmdTM, "terms", "--tm", db, "--json"); err != nil || out != "[]\n" {
		t.Errorf("tm terms --json on an empty glossary: %q %v", out, err)
	}

	// Excel's French CSV: semicolons, Windows-1252 (É is 0xC9, « » are 0xAB 0xBB, the no-break space 0xA0)
	excel := write("excel.csv", []byte("Terme;Cible\r\n\xc9lys\xe9e;Elysee Palace\r\n\xab\xa0Le Monde\xa0\xbb;Le Monde;journal\r\n"))
	utf := write("emoji.csv", []byte("\ufeffsource,target\n\"Parlement, gallois\",Welsh Parliament 🇫🇷\npouce 👍🏽,thumbs up 👍🏽\n"))
	tsv := write("noms.tsv", []byte("# French<TAB>English\n\nZoe\u0301 Dupont\tZoé Dupont\nAssemblée nationale, Paris\tNational Assembly\n"))
	tbx := write("terms.tbx", []byte(termsTBX))
	out, _, err := runTM(t, cmdTM, "import-terms", "--tm", db, excel, utf, tsv, tbx)
	want := "" +
		excel + ": 2 glossary entries imported (fr→en)\n" +
		utf + ": 2 glossary entries imported (fr→en)\n" +
		tsv + ": 2 glossary entries imported (fr→en)\n" +
		tbx + ": 1 glossary entry imported (fr→en)\n"
	if err != nil || out != want {
		t.Fatalf("tm import-terms: %v\n%s\nwant\n%s", err, out, want)
	}
	old := stdin
	t.Cleanup(func() { stdin = old })
	stdin = strings.NewReader("x\u0301;y\u0301\n")
	if out, _, err := runTM(t, cmdTM, "import-terms", "--tm", db, "-"); err != nil || out != "stdin: 1 glossary entry imported (fr→en)\n" {
		t.Errorf("tm import-terms -: %q %v", out, err)
	}
	// importing a file again doubles nothing
	if _, _, err := runTM(t, cmdTM, "import-terms", "--tm", db, excel); err != nil {
		t.Fatal(err)
	}
	out, _, err = runTM(t, cmdTM, "terms", "--tm", db, "--json")
	var terms []tmTerm
	if err != nil || json.Unmarshal([]byte(out), &terms) != nil {
		t.Fatalf("tm terms --json: %v\n%s", err, out)
	}
	got := map[string]string{}
	for _, e := range terms {
		got[e.Source+" → "+e.Target] = e.Origin
	}
	for entry, origin := range map[string]string{
		"Élysée → Elysee Palace":                         "excel.csv",
		"«\u00a0Le Monde\u00a0» → Le Monde":              "excel.csv",
		"Parlement, gallois → Welsh Parliament 🇫🇷":       "emoji.csv",
		"pouce 👍🏽 → thumbs up 👍🏽":                        "emoji.csv",
		"Zoe\u0301 Dupont → Zoé Dupont":                  "noms.tsv",
		"Assemblée nationale, Paris → National Assembly": "noms.tsv",
		"Sergueï Lavrov → Sergei Lavrov":                 "terms.tbx",
		"x\u0301 → y\u0301":                              "stdin.csv", // read as CSV
	} {
		if got[entry] != origin {
			t.Errorf("entry %q from %q, want from %q (all: %v)", entry, got[entry], origin, got)
		}
	}
	if len(terms) != 8 {
		t.Errorf("%d entries, want 8: %v", len(terms), got)
	}

	badTSV := write("bad.tsv", []byte("Moscou\tMoscow\n« Élysée » sans tab\n"))
	badCSV := write("bad.csv", []byte("a,\"b\n"))
	for _, tt := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"import-terms", "--tm", db}, 2, "needs at least one glossary file"},
		{[]string{"import-terms", "--tm", db, badTSV}, 1, "bad.tsv:2: expected a French term, a tab and its English"},
		{[]string{"import-terms", "--tm", db, badCSV}, 1, "bad.csv: CSV line 1"},
		{[]string{"import-terms", "--tm", db, filepath.Join(dir, "missing.csv")}, 1, "missing.csv"},
	} {
		_, _, err := runTM(t, cmdTM, tt.args...)
		code := 1
		var ee *exitError
		if errors.As(err, &ee) {
			code = ee.code
		}
		if err == nil || code != tt.code || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("tm %v: %v (exit %d), want exit %d and %q", tt.args, err, code, tt.code, tt.want)
		}
	}
	// a file refused stores nothing of it
	if out, _, _ := runTM(t, cmdTM, "terms", "--tm", db); strings.Contains(out, "Moscou") {
		t.Errorf("bad.tsv's first line stored:\n%s", out)
	}

	// --glossary reads the same tab-separated lines, in the same encodings
	latin := write("latin.tsv", []byte("\xc9lys\xe9e\tElysee Palace\n"))
	if fg, err := readGlossary(latin, "fr", "en"); err != nil || len(fg.Lookup("Élysée")) != 1 {
		t.Errorf("--glossary latin.tsv = %v, %v", fg, err)
	}
}
