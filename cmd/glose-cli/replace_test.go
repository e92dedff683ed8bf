package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// The English of the document replaceDoc writes, by segment: « guillemets » with no-break spaces, an
// emoji, e + U+0301, a locked segment and a reviewed one.
var replaceSegs = []struct {
	target string
	status annotate.Status
	locked bool
}{
	{"« The Brexit\u00a0deal 😀 » was signed by Jose\u0301 Bové.", annotate.StatusTranslated, false},
	{"DEAL or no Deal: the ordeal of a deal.", annotate.StatusNew, false},
	{"A locked deal.", annotate.StatusTranslated, true},
	{"The café deal, reviewed.", annotate.StatusReviewed, false},
	{"Nothing to change.", annotate.StatusDraft, false},
}

// replaceDoc writes a Glose JSON document of replaceSegs, with a MISC span on the first segment's
// "Brexit deal", and returns its path.
func replaceDoc(t *testing.T, dir, name string) string {
	t.Helper()
	src := "Un accord. Pas d’accord. Verrouillé. Le café. Rien."
	d := annotate.NewDocument(strings.TrimSuffix(name, ".json"), "Accords", src, "fr", "en")
	ed := annotate.NewEditor(d)
	for i, part := range strings.SplitAfter(src, ". ") {
		a := strings.Index(src, strings.TrimSpace(part))
		seg := d.AddSegment(a, a+len(strings.TrimSpace(part)), 0, annotate.KindSentence)
		seg.Target, seg.Status, seg.Locked = replaceSegs[i].target, replaceSegs[i].status, replaceSegs[i].locked
	}
	first := d.Segments[0]
	a := strings.Index(first.Target, "Brexit\u00a0deal")
	sp := &annotate.Span{Side: annotate.Target, Segment: first.ID, Start: a, End: a + len("Brexit\u00a0deal"),
		Label: annotate.LabelMISC, Origin: annotate.Human, Confidence: 1}
	if err := ed.AddSpan(sp); err != nil {
		t.Fatal(err)
	}
	data, err := annotate.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestReplaceInPlace: glose-cli replace over two files in place replaces as the app's Replace all does
// (case kept, no-break space matched, locked segment left and counted, reviewed made translated, the
// span over the replaced words covering the new ones), says so per file, and keeps each previous
// version as FILE.bak.
func TestReplaceInPlace(t *testing.T) {
	dir := t.TempDir()
	a, b := replaceDoc(t, dir, "a.json"), replaceDoc(t, dir, "b.json")
	orig, _ := os.ReadFile(a)
	code, stdout, stderr := runCLI(t, "replace", "--find", "brexit deal", "--with", "trade agreement", "--in-place", a, b)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if stdout != "" {
		t.Errorf("--in-place printed on standard output: %q", stdout)
	}
	for _, p := range []string{a, b} {
		if !strings.Contains(stderr, "glose-cli replace: "+p+": 1 replacement in 1 segment\n") {
			t.Errorf("stderr %q does not count the replacement in %s", stderr, p)
		}
		d := readGlose(t, p)
		seg := d.Segments[0]
		if want := "« The Trade agreement 😀 » was signed by Jose\u0301 Bové."; seg.Target != want {
			t.Errorf("%s: %q, want %q", p, seg.Target, want)
		}
		spans := d.TargetSpans(seg.ID)
		if len(spans) != 1 || seg.Target[spans[0].Start:spans[0].End] != "Trade agreement" {
			t.Errorf("%s: the span over the replaced words: %v, want it on the new words", p, spans)
		}
	}
	if bak, err := os.ReadFile(a + ".bak"); err != nil || string(bak) != string(orig) {
		t.Errorf("a.json.bak: %v; want the previous version", err)
	}

	code, _, stderr = runCLI(t, "replace", "--find", "deal", "--with", "agreement", "--whole-words", "--in-place", a)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stderr, a+": 4 replacements in 2 segments; 1 reviewed segment is translated again: their review was of other words; 1 locked segment left alone\n") {
		t.Errorf("stderr %q", stderr)
	}
	d := readGlose(t, a)
	for i, want := range []struct {
		target string
		status annotate.Status
	}{
		{"« The Trade agreement 😀 » was signed by Jose\u0301 Bové.", annotate.StatusTranslated},
		{"AGREEMENT or no Agreement: the ordeal of a agreement.", annotate.StatusDraft},
		{"A locked deal.", annotate.StatusTranslated},
		{"The café agreement, reviewed.", annotate.StatusTranslated},
		{"Nothing to change.", annotate.StatusDraft},
	} {
		if s := d.Segments[i]; s.Target != want.target || s.Status != want.status {
			t.Errorf("segment %d: %q %s, want %q %s", i+1, s.Target, s.Status, want.target, want.status)
		}
	}
}

// TestReplaceDryRun: --dry-run lists each match with its segment and context, writes nothing, and
// --json gives the same with offsets in code points; --unconfirmed-only leaves confirmed segments.
func TestReplaceDryRun(t *testing.T) {
	dir := t.TempDir()
	a := replaceDoc(t, dir, "a.json")
	orig, _ := os.ReadFile(a)
	code, stdout, stderr := runCLI(t, "replace", "--find", "jose\u0301", "--with", "josé", "--dry-run", a)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	want := a + ": segment s1: …deal 😀 » was signed by [Jose\u0301 → José] Bové.\n" +
		"glose-cli replace: " + a + ": 1 replacement in 1 segment (dry run: nothing written)\n"
	if stdout != want {
		t.Errorf("--dry-run printed\n%q\nwant\n%q", stdout, want)
	}
	if now, _ := os.ReadFile(a); string(now) != string(orig) {
		t.Error("--dry-run changed the file")
	}
	if _, err := os.Stat(a + ".bak"); err == nil {
		t.Error("--dry-run left a backup")
	}

	code, stdout, stderr = runCLI(t, "replace", "--find", "DEAL", "--with", "pact", "--dry-run", "--json", "--unconfirmed-only", a)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	var got []replaceJSON
	if err := json.Unmarshal([]byte(stdout), &got); err != nil {
		t.Fatalf("%v: %s", err, stdout)
	}
	if len(got) != 1 || got[0].Reviewed != 0 || got[0].Replacements != 4 || got[0].Segments != 1 || got[0].Skipped != 2 || got[0].Locked != 1 {
		t.Fatalf("--json: %+v; want 4 replacements in 1 segment, 2 confirmed and 1 locked left", got)
	}
	m := got[0].Matches[0]
	if m.Segment != "s2" || m.Start != 0 || m.End != 4 || m.Old != "DEAL" || m.New != "PACT" || m.After != " or no Deal: the ordeal of a…" {
		t.Errorf("first match %+v", m)
	}
	code, stdout, _ = runCLI(t, "replace", "--find", "deal", "--with", "pact", "--whole-words", "--dry-run", a)
	if want := a + ": 5 replacements in 3 segments (dry run: nothing written); 1 reviewed segment would be translated again: their review was of other words; 1 locked segment left alone\n"; code != 0 || !strings.HasSuffix(stdout, want) {
		t.Errorf("exit %d, --dry-run ends %q, want %q", code, stdout, want)
	}
	if m := got[0].Matches[2]; m.Old != "deal" || m.Start != 23 || m.End != 27 { // inside "ordeal": no --whole-words
		t.Errorf("third match %+v, want the deal of ordeal at 23-27", m)
	}
}

// TestReplaceStdinToStdout: "-" reads the document from standard input and, with no -o, the result
// goes to standard output, the count to standard error.
func TestReplaceStdinToStdout(t *testing.T) {
	data, _ := os.ReadFile(replaceDoc(t, t.TempDir(), "a.json"))
	withStdin(t, string(data))
	code, stdout, stderr := runCLI(t, "replace", "--find", "café", "--with", "cafe", "--match-accents", "-")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	d, err := annotate.Unmarshal([]byte(stdout), "stdout")
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Segments[3].Target; got != "The cafe deal, reviewed." {
		t.Errorf("segment 4: %q", got)
	}
	if !strings.Contains(stderr, "glose-cli replace: stdin: 1 replacement in 1 segment") {
		t.Errorf("stderr %q", stderr)
	}
}

// TestReplaceRefuses: a command line that cannot run is a usage error (2), a file that cannot be read
// an error (1) naming it, and in both cases nothing is written, the other files included.
func TestReplaceRefuses(t *testing.T) {
	dir := t.TempDir()
	good := replaceDoc(t, dir, "good.json")
	orig, _ := os.ReadFile(good)
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte("{\"format\": \"glose/1\",\n  \"id\": \"x\",,\n}"), 0o644); err != nil {
		t.Fatal(err)
	}
	missing := filepath.Join(dir, "missing.json")
	for _, c := range []struct {
		name string
		args []string
		code int
		want string
	}{
		{"empty find", []string{"--find", "", "--with", "x", good}, 2, "--find: give the TEXT to find"},
		{"no find", []string{"--with", "x", good}, 2, "--find: give the TEXT to find"},
		{"lone accent", []string{"--find", "\u0301", "--with", "x", good}, 2, "nothing to find once accents are ignored"},
		{"no with", []string{"--find", "deal", good}, 2, "--with TEXT is required"},
		{"no file", []string{"--find", "deal", "--with", "x"}, 2, "expected at least one DOC"},
		{"two files to stdout", []string{"--find", "deal", "--with", "x", good, good}, 2, "give --in-place"},
		{"-o and --in-place", []string{"--find", "deal", "--with", "x", "-o", bad, "--in-place", good}, 2, "-o and --in-place"},
		{"stdin in place", []string{"--find", "deal", "--with", "x", "--in-place", "-"}, 2, "has no place to be written back"},
		{"missing file", []string{"--find", "deal", "--with", "x", "--in-place", good, missing}, 1, missing},
		{"invalid JSON", []string{"--find", "deal", "--with", "x", "--in-place", good, bad}, 1, bad + ": line 2, column 13: invalid JSON"},
	} {
		t.Run(c.name, func(t *testing.T) {
			code, stdout, stderr := runCLI(t, append([]string{"replace"}, c.args...)...)
			if code != c.code || !strings.Contains(stderr, c.want) {
				t.Errorf("exit %d, stderr %q; want %d and %q", code, stderr, c.code, c.want)
			}
			if stdout != "" {
				t.Errorf("stdout %q", stdout)
			}
			if now, _ := os.ReadFile(good); string(now) != string(orig) {
				t.Error("good.json was written")
			}
		})
	}
}
