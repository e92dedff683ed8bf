package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

const cliTMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="fr" datatype="plaintext"/>
<body>
<tu><tuv xml:lang="fr"><seg>Sergueï Lavrov est arrivé à Moscou mardi.</seg></tuv><tuv xml:lang="en"><seg>Sergei Lavrov arrived in Moscow on Tuesday.</seg></tuv></tu>
<tu><tuv xml:lang="fr"><seg>« Bonjour », a-t-il dit.</seg></tuv><tuv xml:lang="en"><seg>“Hello,” he said.</seg></tuv></tu>
</body></tmx>`

func runTM(t *testing.T, cmd func([]string, io.Writer, io.Writer) error, args ...string) (string, string, error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := cmd(args, &out, &errOut)
	return out.String(), errOut.String(), err
}

func TestTMImportSearchExport(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "tm.db")
	tmx := filepath.Join(dir, "in.tmx")
	os.WriteFile(tmx, []byte(cliTMX), 0o644)
	cmd := cmdTM
	if out, _, err := runTM(t, cmd, "import", "--tm", db, tmx); err != nil || !strings.Contains(out, "2 units imported") {
		t.Fatalf("import: %q %v", out, err)
	}
	out, _, err := runTM(t, cmd, "search", "--tm", db, "--json", "--top", "3", "Sergueï Lavrov est arrivé à Moscou lundi.")
	if err != nil {
		t.Fatal(err)
	}
	var res []struct {
		Source, Target string
		Score          float64
	}
	if err := json.Unmarshal([]byte(out), &res); err != nil || len(res) != 1 || res[0].Score != 85.7 || res[0].Target != "Sergei Lavrov arrived in Moscow on Tuesday." {
		t.Fatalf("search: %s %v", out, err)
	}
	if out, _, _ := runTM(t, cmd, "search", "--tm", db, "--json", "rien du tout"); strings.TrimSpace(out) != "[]" {
		t.Errorf("no match: %q", out)
	}
	exported := filepath.Join(dir, "out.tmx")
	if _, _, err := runTM(t, cmd, "export", "--tm", db, "-o", exported); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(exported)
	if !bytes.Contains(data, []byte("“Hello,” he said.")) {
		t.Errorf("export:\n%s", data)
	}
	if xmllint, err := exec.LookPath("xmllint"); err == nil {
		dtd := filepath.Join("..", "..", "..", "shared", "schemas", "tmx14.dtd")
		if _, err := os.Stat(dtd); err == nil {
			if msg, err := exec.Command(xmllint, "--noout", "--dtdvalid", dtd, exported).CombinedOutput(); err != nil {
				t.Errorf("xmllint: %v %s", err, msg)
			}
		}
	}
	for _, bad := range [][]string{{}, {"frobnicate"}, {"import", "--tm", db}, {"search", "--tm", db}, {"export", "--tm", db, "extra"}} {
		if _, _, err := runTM(t, cmd, bad...); err == nil {
			t.Errorf("tm %q succeeded", bad)
		} else if e, ok := err.(*exitError); !ok || e.code != 2 {
			t.Errorf("tm %q: %v, want a usage error", bad, err)
		}
	}
	if _, _, err := runTM(t, cmd, "import", "--tm", db, filepath.Join(dir, "missing.tmx")); err == nil || !strings.Contains(err.Error(), "missing.tmx") {
		t.Errorf("missing file: %v", err)
	}
}

func TestPretranslate(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "tm.db")
	tmx := filepath.Join(dir, "in.tmx")
	os.WriteFile(tmx, []byte(cliTMX), 0o644)
	if err := cmdTM([]string{"import", "--tm", db, tmx}, &bytes.Buffer{}, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	text := "Sergueï Lavrov est arrivé à Moscou mardi. Il pleut : 3,5 mm."
	doc := annotate.NewDocument("d1", "test", text, "fr", "en")
	doc.AddSegment(0, strings.Index(text, " Il"), 0, annotate.KindSentence)
	doc.AddSegment(strings.Index(text, "Il"), len(text), 0, annotate.KindSentence)
	in := filepath.Join(dir, "doc.json")
	var buf bytes.Buffer
	if err := annotate.Encode(&buf, doc); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(in, buf.Bytes(), 0o644)

	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req map[string]any
		json.NewDecoder(r.Body).Decode(&req)
		if r.URL.Path != "/translate" || req["q"] != "Il pleut : 3,5 mm." {
			http.Error(w, `{"error":"unexpected request"}`, http.StatusBadRequest)
			return
		}
		json.NewEncoder(w).Encode(map[string]string{"translatedText": "It is raining : 3,5 mm."})
	}))
	defer srv.Close()
	t.Setenv("GLOSE_MT", "")
	t.Setenv("GLOSE_LIBRETRANSLATE_URL", srv.URL)
	tests := []struct {
		args    []string
		targets []string
	}{
		{[]string{"--mt", "none"}, []string{"Sergei Lavrov arrived in Moscow on Tuesday.", ""}},
		{[]string{"--mt", "libretranslate"}, []string{"Sergei Lavrov arrived in Moscow on Tuesday.", "It is raining: 3.5 mm."}},
	}
	for _, tt := range tests {
		var out, errOut bytes.Buffer
		if err := cmdPretranslate(append(append([]string{"--tm", db}, tt.args...), in), &out, &errOut); err != nil {
			t.Fatalf("%v: %v %s", tt.args, err, errOut.String())
		}
		got, err := annotate.Decode(&out, "out.json")
		if err != nil {
			t.Fatal(err)
		}
		for i, want := range tt.targets {
			s := got.Segments[i]
			wantStatus := annotate.StatusDraft
			if want == "" {
				wantStatus = annotate.StatusNew
			}
			if s.Target != want || s.Status != wantStatus {
				t.Errorf("%v: segment %d = %q (%s), want %q (%s)", tt.args, i, s.Target, s.Status, want, wantStatus)
			}
		}
	}
	var errOut bytes.Buffer
	if err := cmdPretranslate([]string{"--tm", db, "--mt", "bogus", in}, &bytes.Buffer{}, &errOut); err == nil {
		t.Error("unknown provider accepted")
	}
}

// TestMissingTM: the commands that only read the memory refuse a path where there is none instead of
// creating an empty memory there and reporting no match; pretranslate without --tm goes on with
// machine translation when the user has no memory yet.
func TestMissingTM(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_DATA_HOME", filepath.Join(dir, "data"))
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(dir, "config"))
	t.Setenv("GLOSE_MT", "")
	doc := writeSampleDoc(t)
	typo := filepath.Join(dir, "typo.db")
	for _, args := range [][]string{
		{"tm", "search", "--tm", typo, "Bonjour"},
		{"tm", "export", "--tm", typo},
		{"pretranslate", "--tm", typo, "--mt", "none", doc},
		{"tm", "search", "Bonjour"}, // the user's default memory, not made yet
	} {
		code, stdout, stderr := runCLI(t, args...)
		if code != 1 || stdout != "" || !strings.Contains(stderr, "no translation memory") || !strings.Contains(stderr, "tm import") {
			t.Errorf("%v: exit %d, %q; want 1 and a message pointing to tm import", args, code, stderr)
		}
	}
	code, stdout, stderr := runCLI(t, "pretranslate", "--mt", "none", doc)
	if code != 0 || !strings.Contains(stdout, `"segments"`) || !strings.Contains(stderr, "machine translation only") {
		t.Errorf("pretranslate without a memory of one's own: exit %d, %q", code, stderr)
	}
	filepath.WalkDir(dir, func(p string, e os.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(p, ".db") {
			t.Errorf("%s was created", p)
		}
		return nil
	})
}
