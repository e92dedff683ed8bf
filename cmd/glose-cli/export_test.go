package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/glose-app/glose/annotate"
)

// exportDoc writes a small annotated Glose document and returns its path.
func exportDoc(t *testing.T, dir string) string {
	t.Helper()
	text := "« C'est fini 😀 », a déclaré Sergueï Lavrov à Moscou."
	d := annotate.NewDocument("doc-1", "Test", text, "fr", "en")
	s := d.AddSegment(0, len(text), 0, annotate.KindSentence)
	s.Target, s.Status = "“It's over 😀,” said Sergei Lavrov in Moscow.", annotate.StatusTranslated
	e := annotate.NewEditor(d)
	for _, x := range []struct{ s, label string }{{"« C'est fini 😀 »", "QUOTE"}, {"Sergueï Lavrov", "PER"}, {"Moscou", "LOC"}} {
		i := strings.Index(text, x.s)
		if err := e.AddSpan(&annotate.Span{Side: annotate.Source, Start: i, End: i + len(x.s), Label: x.label}); err != nil {
			t.Fatal(err)
		}
	}
	if err := e.AddLink(&annotate.Link{Type: annotate.LinkSpeaker, From: "t1", To: "t2"}); err != nil {
		t.Fatal(err)
	}
	b, err := annotate.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "doc.json")
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func runExport(args ...string) (string, string, error) {
	var out, errOut bytes.Buffer
	err := cmdExport(args, &out, &errOut)
	return out.String(), errOut.String(), err
}

func TestExportCommand(t *testing.T) {
	dir := t.TempDir()
	doc := exportDoc(t, dir)
	stdout, stderr, err := runExport("--to", "doccano", doc)
	if err != nil || !strings.Contains(stdout, `"label":"PER","start_offset":28,"end_offset":42`) {
		t.Fatalf("doccano: %v\n%s", err, stdout)
	}
	if !strings.Contains(stderr, "warning: doc-1: doccano keeps no translations") {
		t.Fatalf("no warning on stderr: %q", stderr)
	}
	stdout, _, err = runExport("--to", "doccano", "--unit", "utf16", doc)
	if err != nil || !strings.Contains(stdout, `"start_offset":29,"end_offset":43`) {
		t.Fatalf("doccano utf16: %v\n%s", err, stdout)
	}
	out := filepath.Join(dir, "tasks.json")
	if _, _, err := runExport("--to", "labelstudio", "-o", out, doc); err != nil {
		t.Fatal(err)
	}
	if cfg, err := os.ReadFile(filepath.Join(dir, "tasks.label_config.xml")); err != nil || !strings.Contains(string(cfg), `<Label value="PER"`) {
		t.Fatalf("label config: %v %s", err, cfg)
	}
	bratDir := filepath.Join(dir, "brat")
	if _, _, err := runExport("--to", "brat", "-o", bratDir, doc); err != nil {
		t.Fatal(err)
	}
	ann, err := os.ReadFile(filepath.Join(bratDir, "doc-1.ann"))
	if err != nil || !strings.Contains(string(ann), "T2\tPER 28 42\tSergueï Lavrov") || !strings.Contains(string(ann), "R1\tspeaker Arg1:T1 Arg2:T2") {
		t.Fatalf("brat: %v\n%s", err, ann)
	}
	stdout, _, err = runExport("--to", "tmx", "--paragraphs", doc)
	if err != nil || !strings.Contains(stdout, `segtype="paragraph"`) || !strings.Contains(stdout, "Sergei Lavrov in Moscow") {
		t.Fatalf("tmx: %v\n%s", err, stdout)
	}
	stdout, stderr, err = runExport("--to", "xliff", "--no-markers", doc)
	if err != nil || strings.Contains(stdout, "<mrk") || strings.Contains(stdout, "<sm") || !strings.Contains(stdout, "<source>« C&#39;est fini 😀 », a déclaré Sergueï Lavrov à Moscou.</source>") {
		t.Fatalf("xliff --no-markers: %v\n%s", err, stdout)
	}
	if !strings.Contains(stderr, "warning: doc-1: 3 spans left out: the export is plain text, without span markers, as asked") {
		t.Fatalf("xliff --no-markers says %q", stderr)
	}
}

func TestExportCommandErrors(t *testing.T) {
	dir := t.TempDir()
	doc := exportDoc(t, dir)
	for _, args := range [][]string{{"--to", "nope", doc}, {doc}, {"--to", "brat", doc}, {"--to", "xliff", "--side", "left", doc}, {"--to", "doccano", "--no-markers", doc}} {
		_, _, err := runExport(args...)
		var ee *exitError
		if !errors.As(err, &ee) || ee.code != 2 {
			t.Fatalf("%v: got %v, want a usage error", args, err)
		}
	}
	// Every option the format does not use is refused alike, naming the formats that use it.
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"--to", "doccano", "--no-markers"}, "--no-markers: not used by doccano, only by xliff and xliff12"},
		{[]string{"--to", "doccano", "--paragraphs"}, "--paragraphs: not used by doccano, only by tmx"},
		{[]string{"--to", "conll", "--unit", "utf16"}, "--unit: not used by conll, only by doccano, labelstudio and quotes-csv"},
		{[]string{"--to", "tmx", "--unit", "codepoints", "--paragraphs"}, "--unit: not used by tmx, only by doccano, labelstudio and quotes-csv"},
		{[]string{"--to", "xliff", "--paragraphs"}, "--paragraphs: not used by xliff, only by tmx"},
		{[]string{"--to", "glose", "--no-markers"}, "--no-markers: not used by glose, only by xliff and xliff12"},
		// TMX keeps no spans: the options that choose them would change nothing.
		{[]string{"--to", "tmx", "--confirmed"}, "--confirmed: not used by tmx, which keeps no spans"},
		{[]string{"--to", "tmx", "--labels", "PER"}, "--labels: not used by tmx, which keeps no spans"},
		{[]string{"--to", "tmx", "--mentions", "all"}, "--mentions: not used by tmx, which keeps no spans"},
		{[]string{"--to", "tmx", "--side", "target"}, "--side: not used by tmx, which keeps no spans and always writes both texts"},
		{[]string{"--to", "tmx", "--paragraphs", "--side", "source", "--confirmed"}, "--side: not used by tmx, which keeps no spans and always writes both texts"},
		// Neither does XLIFF without markers.
		{[]string{"--to", "xliff", "--no-markers", "--confirmed"}, "--confirmed: not used with --no-markers, which leaves every span out"},
		{[]string{"--to", "xliff12", "--no-markers", "--side", "target"}, "--side: not used with --no-markers, which leaves every span out"},
	} {
		_, _, err := runExport(append(tt.args, doc)...)
		var ee *exitError
		if !errors.As(err, &ee) || ee.code != 2 || err.Error() != tt.want {
			t.Errorf("%v: got %v, want the usage error %q", tt.args, err, tt.want)
		}
	}
	for _, args := range [][]string{{"--to", "labelstudio", "--unit", "utf16"}, {"--to", "tmx", "--paragraphs"}, {"--to", "xliff12", "--no-markers"},
		{"--to", "xliff", "--side", "target", "--confirmed", "--labels", "PER", "--mentions", "names"},
		{"--to", "doccano", "--side", "source", "--confirmed", "--labels", "PER", "--mentions", "all"}} {
		if _, _, err := runExport(append(args, doc)...); err != nil {
			t.Errorf("%v: %v", args, err)
		}
	}
	if _, _, err := runExport("--to", "xliff", filepath.Join(dir, "missing.json")); err == nil || !strings.Contains(err.Error(), "missing.json") {
		t.Fatalf("missing file: %v", err)
	}
}

func TestImportCorpusWritesJSONLines(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "gold.jsonl")
	data := `{"id": "a", "text": "Lavrov à Moscou.", "entities": [{"id": 1, "label": "PER", "start_offset": 0, "end_offset": 6}], "relations": []}
{"id": "b", "text": "Trump à Washington.", "entities": [], "relations": []}
`
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if err := cmdImport([]string{p}, &out, &errOut); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 2 {
		t.Fatalf("want 2 JSON lines, got %d", len(lines))
	}
	d, err := annotate.Unmarshal([]byte(lines[0]), "line 1")
	if err != nil || len(d.Spans) != 1 || d.SpanText(d.Spans[0]) != "Lavrov" {
		t.Fatalf("%v %+v", err, d)
	}
}

// TestLabelStudioUTF16RoundTrip: a Label Studio file exported with --unit utf16 and imported without
// --unit gets its spans back on the right characters, with a warning saying which unit was read; forcing
// the wrong unit is an error that says what to do.
func TestLabelStudioUTF16RoundTrip(t *testing.T) {
	dir := t.TempDir()
	doc := exportDoc(t, dir)
	tasks := filepath.Join(dir, "u16.json")
	if _, _, err := runExport("--to", "labelstudio", "--unit", "utf16", "-o", tasks, doc); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if err := cmdImport([]string{tasks}, &out, &errOut); err != nil {
		t.Fatal(err)
	}
	d, err := annotate.Unmarshal(out.Bytes(), "import")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, sp := range d.Spans {
		got = append(got, sp.Label+" "+d.SpanText(sp))
	}
	if strings.Join(got, "|") != "QUOTE « C'est fini 😀 »|PER Sergueï Lavrov|LOC Moscou" {
		t.Fatalf("spans %q", got)
	}
	if want := "glose-cli import: warning: " + tasks + ": offsets read as UTF-16 code units, not Unicode code points: the value.text of 3 of 3 regions"; !strings.Contains(errOut.String(), want) {
		t.Fatalf("stderr %q lacks %q", errOut.String(), want)
	}
	err = cmdImport([]string{"--unit", "codepoints", tasks}, &out, &errOut)
	if err == nil || !strings.Contains(err.Error(), `annotation 1 result[0] (region "t1"): value.text is "« C'est fini 😀 »" but the text at [0, 17) (Unicode code points) is "« C'est fini 😀 »,"`) || !strings.Contains(err.Error(), "import with --unit utf16") {
		t.Fatalf("forced code points: %v", err)
	}
}

// suggestedDoc writes a Glose document whose quotation a person confirmed with its speaker link while
// the speaker's mention and the place are still suggestions, with a span in the translation; it
// returns the file's path and content.
func suggestedDoc(t *testing.T, dir string) (string, []byte) {
	t.Helper()
	text := "« C'est fini », a déclaré Sergueï Lavrov à Moscou."
	d := annotate.NewDocument("doc-2", "Test", text, "fr", "en")
	s := d.AddSegment(0, len(text), 0, annotate.KindSentence)
	s.Target, s.Status = "“It's over,” said Sergei Lavrov in Moscow.", annotate.StatusTranslated
	e := annotate.NewEditor(d)
	for _, x := range []struct {
		s, label string
		origin   annotate.Origin
	}{{"« C'est fini »", "QUOTE", annotate.Human}, {"Sergueï Lavrov", "PER", annotate.Auto}, {"Moscou", "LOC", annotate.Auto}} {
		i := strings.Index(text, x.s)
		if err := e.AddSpan(&annotate.Span{Side: annotate.Source, Start: i, End: i + len(x.s), Label: x.label, Origin: x.origin, Confidence: 0.8}); err != nil {
			t.Fatal(err)
		}
	}
	i := strings.Index(s.Target, "Moscow")
	if err := e.AddSpan(&annotate.Span{Side: annotate.Target, Segment: s.ID, Start: i, End: i + len("Moscow"), Label: "LOC"}); err != nil {
		t.Fatal(err)
	}
	if err := e.AddLink(&annotate.Link{Type: annotate.LinkSpeaker, From: "t1", To: "t2"}); err != nil {
		t.Fatal(err)
	}
	b, err := annotate.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(dir, "doc.json")
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return p, b
}

// TestExportGloseOptions: export --to glose writes the document as it is, and honours --confirmed
// (no suggestion left) and --side (no span of the other side), saying what they leave out; a
// confirmed speaker link left out with its suggested mention is said in every format.
func TestExportGloseOptions(t *testing.T) {
	dir := t.TempDir()
	doc, data := suggestedDoc(t, dir)
	stdout, stderr, err := runExport("--to", "glose", doc)
	if err != nil || stdout != string(data) || stderr != "" {
		t.Fatalf("--to glose: %v, the document back %v, stderr %q", err, stdout == string(data), stderr)
	}
	spans := func(out string) []string {
		t.Helper()
		d, err := annotate.Unmarshal([]byte(out), "export")
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, sp := range d.Spans {
			got = append(got, fmt.Sprintf("%s %s %s %s", sp.Side, sp.Origin, sp.Label, d.SpanText(sp)))
		}
		return got
	}
	lost := `warning: doc-2: 1 confirmed link joins a suggestion and is left out with it: PER "Sergueï Lavrov" (accept the suggestion, or export without --confirmed)`
	for _, c := range []struct {
		args    []string
		spans   []string
		warning string
	}{
		{[]string{"--confirmed"}, []string{"source human QUOTE « C'est fini »", "target human LOC Moscow"}, lost},
		{[]string{"--side", "source"}, []string{"source human QUOTE « C'est fini »", "source auto PER Sergueï Lavrov", "source auto LOC Moscou"},
			"warning: doc-2: 1 target span left out (exporting the source side; use --side target or both)"},
		{[]string{"--side", "target", "--confirmed"}, []string{"target human LOC Moscow"},
			"warning: doc-2: 1 source span left out (exporting the target side; use --side source or both)"},
	} {
		stdout, stderr, err := runExport(append(append([]string{"--to", "glose"}, c.args...), doc)...)
		if err != nil {
			t.Fatalf("%v: %v", c.args, err)
		}
		if got := spans(stdout); !slices.Equal(got, c.spans) {
			t.Errorf("%v: spans %q, want %q", c.args, got, c.spans)
		}
		if !strings.Contains(stderr, c.warning) {
			t.Errorf("%v: stderr %q lacks %q", c.args, stderr, c.warning)
		}
	}
	for _, format := range []string{"brat", "labelstudio", "doccano"} {
		_, stderr, err := runExport("--to", format, "--confirmed", "-o", filepath.Join(dir, format), doc)
		if err != nil || !strings.Contains(stderr, lost) {
			t.Errorf("--to %s --confirmed: %v, stderr %q lacks %q", format, err, stderr, lost)
		}
	}
}

// TestExportChecksDestinationFirst: brat without -o DIR, brat onto a file and a one-file format onto
// a directory are refused before any file is read, so no export warning comes before the refusal.
func TestExportChecksDestinationFirst(t *testing.T) {
	dir := t.TempDir()
	doc := exportDoc(t, dir)
	for _, args := range [][]string{
		{"--to", "brat", doc},
		{"--to", "brat", "-o", doc, doc},
		{"--to", "doccano", "-o", dir, doc},
		{"--to", "brat", filepath.Join(dir, "missing.json")},
	} {
		_, stderr, err := runExport(args...)
		var ee *exitError
		if !errors.As(err, &ee) || ee.code != 2 || stderr != "" || strings.Contains(err.Error(), "missing") {
			t.Errorf("%v: error %v, stderr %q; want a usage error about -o and nothing else", args, err, stderr)
		}
	}
}

// TestImportBratDirectory: the directory export --to brat writes imports back, one document per
// .ann (it was "read DIR: is a directory").
func TestImportBratDirectory(t *testing.T) {
	dir := t.TempDir()
	doc := exportDoc(t, dir)
	bratDir := filepath.Join(dir, "brat")
	if _, _, err := runExport("--to", "brat", "-o", bratDir, doc); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI(t, "import", bratDir)
	if code != 0 {
		t.Fatalf("import %s: exit %d, %s", bratDir, code, stderr)
	}
	d, err := annotate.Unmarshal([]byte(stdout), "out")
	if err != nil || d.ID != "doc-1" || len(d.Spans) != 3 || len(d.Links) != 1 || !strings.Contains(d.Text, "« C'est fini 😀 »") {
		t.Fatalf("imported %v: %+v", err, d)
	}
}

// TestImportBothSidesWarns: the translation side of an export --side both to doccano or brat imports
// back as a document of its own in English, with a warning saying why (QA: doccano read it silently,
// as a French document, while Label Studio warned).
func TestImportBothSidesWarns(t *testing.T) {
	dir := t.TempDir()
	doc := exportDoc(t, dir)
	for _, f := range []string{"doccano", "brat", "labelstudio"} {
		out := filepath.Join(dir, "both."+f)
		if _, _, err := runExport("--to", f, "--side", "both", "-o", out, doc); err != nil {
			t.Fatal(err)
		}
		code, stdout, stderr := runCLI(t, "import", out)
		if code != 0 {
			t.Fatalf("%s: import: exit %d, %s", f, code, stderr)
		}
		if !strings.Contains(stderr, "doc-1#target is the translation side of document doc-1: imported as a document of its own, in en") {
			t.Errorf("%s: stderr %q lacks the translation-side warning", f, stderr)
		}
		lines := strings.Split(strings.TrimSpace(stdout), "\n")
		if len(lines) != 2 {
			t.Fatalf("%s: %d documents", f, len(lines))
		}
		d, err := annotate.Unmarshal([]byte(lines[1]), "out")
		if err != nil || d.ID != "doc-1#target" || d.SourceLang != "en" || d.TargetLang != "fr" || !strings.Contains(d.Text, "“It's over 😀,”") {
			t.Fatalf("%s: translation side %v: %s %s→%s %q", f, err, d.ID, d.SourceLang, d.TargetLang, d.Text)
		}
	}
}

// TestDoccanoUTF16Detected: a doccano file from a browser whose offsets fit its text only counted in
// UTF-16 code units is imported as a Label Studio file of the same kind is: read so, with a warning
// saying which unit was read; forcing code points is an error that says what to do.
func TestDoccanoUTF16Detected(t *testing.T) {
	dir := t.TempDir()
	text := "Anne Hidalgo 👍🏽 a dit « à bientôt » à Noe\u0308l 🇫🇷 à Lyon."
	var ents []string
	for _, n := range []string{"Anne Hidalgo", "Noe\u0308l", "Lyon"} {
		i := strings.Index(text, n)
		a := len(utf16.Encode([]rune(text[:i])))
		ents = append(ents, fmt.Sprintf(`[%d, %d, "X"]`, a, a+len(utf16.Encode([]rune(n)))))
	}
	path := filepath.Join(dir, "navigateur.jsonl")
	if err := os.WriteFile(path, []byte(`{"id": 1, "text": "`+text+`", "label": [`+strings.Join(ents, ", ")+`]}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errOut bytes.Buffer
	if err := cmdImport([]string{path}, &out, &errOut); err != nil {
		t.Fatal(err)
	}
	d, err := annotate.Unmarshal(out.Bytes(), "import")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, sp := range d.Spans {
		got = append(got, d.SpanText(sp))
	}
	if strings.Join(got, "|") != "Anne Hidalgo|Noël|Lyon" { // the text is normalised to NFC
		t.Fatalf("spans %q", got)
	}
	if want := "glose-cli import: warning: " + path + ": offsets read as UTF-16 code units"; !strings.Contains(errOut.String(), want) {
		t.Fatalf("stderr %q lacks %q", errOut.String(), want)
	}
	err = cmdImport([]string{"--unit", "codepoints", path}, &out, &errOut)
	if err == nil || !strings.Contains(err.Error(), "import it with --unit utf16") {
		t.Fatalf("forced code points: %v", err)
	}
}

// TestExportMergesBackXLIFF: a translation tool's XLIFF 2 file imported, translated in its Glose JSON
// and exported to xliff comes back as the tool's file with the translation written in: its groups,
// unit names and inline codes as they were.
func TestExportMergesBackXLIFF(t *testing.T) {
	dir := t.TempDir()
	orig, err := os.ReadFile(filepath.Join("..", "..", "annotate", "formats", "testdata", "merge", "client.xlf"))
	if err != nil {
		t.Fatal(err)
	}
	xlf := filepath.Join(dir, "client.xlf")
	if err := os.WriteFile(xlf, orig, 0o644); err != nil {
		t.Fatal(err)
	}
	js := filepath.Join(dir, "client.json")
	var out, errOut bytes.Buffer
	if err := cmdImport([]string{"-o", js, xlf}, &out, &errOut); err != nil {
		t.Fatalf("import: %v\n%s", err, errOut.String())
	}
	data, err := os.ReadFile(js)
	if err != nil {
		t.Fatal(err)
	}
	d, err := annotate.Unmarshal(data, js)
	if err != nil {
		t.Fatal(err)
	}
	d.Segments[0].Target, d.Segments[0].Status = "The café « Chez Zoé » reopens 😀", annotate.StatusTranslated
	if data, err = annotate.Marshal(d); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(js, data, 0o644); err != nil {
		t.Fatal(err)
	}
	back := filepath.Join(dir, "back.xlf")
	if _, stderr, err := runExport("--to", "xliff", "-o", back, js); err != nil {
		t.Fatalf("export: %v\n%s", err, stderr)
	}
	got, err := os.ReadFile(back)
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Replace(string(orig), "<segment id=\"1\" state=\"initial\">\n     <source>Le café « Chez Zoé » rouvre 😀</source>",
		"<segment id=\"1\" state=\"translated\">\n     <source>Le café « Chez Zoé » rouvre 😀</source>\n     <target>The café « Chez Zoé » reopens 😀</target>", 1)
	if string(got) != want {
		t.Errorf("the export is not the tool's file with the translation:\n%s", got)
	}
}
