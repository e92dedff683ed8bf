package tm

import (
	"bytes"
	"context"
	"golang.org/x/text/unicode/norm"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"

	"github.com/glose-app/glose/suggest/internal/shareddata"
)

func writeFile(path, s string) error { return os.WriteFile(path, []byte(s), 0o644) }

func TestTMXRoundTrip(t *testing.T) {
	ctx := context.Background()
	m := openTemp(t)
	units := []Unit{
		fr("« Bonjour », a dit Sergueï Lavrov 😀.", "“Hello,” said Sergei Lavrov 😀."),
		fr("Cafe\u0301 & thé <chaud>", "Coffee & hot \"tea\""),
		{SourceLang: "fr", TargetLang: "en", Source: "Moscou", Target: "Moscow", Origin: "doc 1", Note: "capital"},
	}
	if err := m.AddBatch(ctx, units); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := m.Export(ctx, &buf); err != nil {
		t.Fatal(err)
	}
	validateTMX(t, buf.Bytes())
	m2 := openTemp(t)
	st, err := m2.Import(ctx, bytes.NewReader(buf.Bytes()), ImportOptions{})
	if err != nil || st.Units != 3 || st.Skipped != 0 {
		t.Fatalf("Import = %+v, %v", st, err)
	}
	var got []Unit
	m2.Each(ctx, func(u Unit) error { got = append(got, u); return nil })
	for i, u := range got {
		w := units[i]
		// Import composes (TestTMXImportComposes): e + U+0301 comes back as é.
		if u.Source != norm.NFC.String(w.Source) || u.Target != w.Target || u.Origin != w.Origin || u.Note != w.Note ||
			u.SourceLang != "fr" || u.TargetLang != "en" {
			t.Errorf("unit %d = %+v, want %+v", i, u, w)
		}
	}
}

// validateTMX checks data against the TMX 1.4b DTD with xmllint, when both are available.
func validateTMX(t *testing.T, data []byte) {
	t.Helper()
	xmllint, err := exec.LookPath("xmllint")
	if err != nil {
		t.Log("xmllint not installed: TMX not validated against the DTD")
		return
	}
	dtd := filepath.Join(filepath.Dir(shareddata.Path(t, "README.md")), "..", "schemas", "tmx14.dtd")
	f := filepath.Join(t.TempDir(), "out.tmx")
	if err := os.WriteFile(f, data, 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(xmllint, "--noout", "--dtdvalid", dtd, f).CombinedOutput(); err != nil {
		t.Fatalf("xmllint: %v\n%s\n%s", err, out, data)
	}
}

func TestTMXImport(t *testing.T) {
	const doc = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
<header creationtool="X" creationtoolversion="1" segtype="sentence" o-tmf="X" adminlang="en" srclang="en-US" datatype="plaintext"/>
<body>
<tu><tuv xml:lang="en-US"><seg>The <bpt i="1">&lt;b&gt;</bpt>White House<ept i="1">&lt;/b&gt;</ept> said.</seg></tuv>
    <tuv xml:lang="fr-FR"><prop type="x">p</prop><seg>La <hi>Maison-Blanche</hi> a dit.</seg></tuv>
    <tuv xml:lang="de"><seg>Das Weiße Haus sagte.</seg></tuv></tu>
<tu srclang="fr"><tuv lang="FR"><seg>Oui</seg></tuv><tuv xml:lang="en"><seg>Yes</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>only one side</seg></tuv></tu>
</body></tmx>`
	ctx := context.Background()
	m := openTemp(t)
	st, err := m.Import(ctx, strings.NewReader(doc), ImportOptions{SourceLang: "fr", TargetLang: "en", Origin: "x.tmx"})
	if err != nil || st.Units != 2 || st.Skipped != 1 {
		t.Fatalf("Import = %+v, %v", st, err)
	}
	got, err := m.Lookup(ctx, Query{Text: "La Maison-Blanche a dit.", SourceLang: "fr", TargetLang: "en"})
	if err != nil || len(got) != 1 || got[0].Target != "The White House said." || got[0].Origin != "x.tmx" {
		t.Fatalf("Lookup = %+v, %v", got, err)
	}
}

func TestTMXImportErrors(t *testing.T) {
	tests := []struct{ name, doc, want string }{
		{"malformed", "<tmx version=\"1.4\"><body>\n<tu><tuv xml:lang=\"fr\"><seg>a</tuv></tu></body></tmx>", "line 2"},
		{"no lang", "<tmx version=\"1.4\"><body>\n<tu><tuv><seg>a</seg></tuv></tu></body></tmx>", "without xml:lang"},
		{"blank lang", "<tmx version=\"1.4\"><body>\n<tu><tuv xml:lang=\"fr\"><seg>« Déjà » 😀</seg></tuv>\n<tuv xml:lang=\" -GB\"><seg>Already</seg></tuv></tu></body></tmx>",
			`line 3: <tuv> with xml:lang " -GB", which names no language`},
		{"not tmx", "<html><body/></html>", "not a TMX document"},
		{"tu outside", "<body><tu/></body>", "outside <tmx>"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := openTemp(t).Import(context.Background(), strings.NewReader(tt.doc), ImportOptions{})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want it to mention %q", err, tt.want)
			}
		})
	}
}

// A UTF-16 TMX (with the byte-order mark XML requires) used to fail with "invalid UTF-8", and an
// ISO-8859-1 one with "Decoder.CharsetReader is nil".
func TestTMXImportEncodings(t *testing.T) {
	doc := func(enc, fr string) string {
		return `<?xml version="1.0" encoding="` + enc + `"?>` + "\n<tmx version=\"1.4\"><header srclang=\"fr\"/><body>\n" +
			`<tu><tuv xml:lang="fr"><seg>` + fr + `</seg></tuv><tuv xml:lang="en"><seg>"Already", says the Élysée.</seg></tuv></tu></body></tmx>`
	}
	const fr = "« Déjà », dit l'Élysée."
	u16, _ := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder().String(doc("UTF-16", fr+" 😀"))
	l1, _ := charmap.ISO8859_1.NewEncoder().String(doc("ISO-8859-1", fr))
	for name, data := range map[string]string{"UTF-16LE": u16, "ISO-8859-1": l1} {
		m := openTemp(t)
		st, err := m.Import(context.Background(), strings.NewReader(data), ImportOptions{SourceLang: "fr", TargetLang: "en"})
		if err != nil || st.Units != 1 {
			t.Fatalf("%s: Import = %+v, %v", name, st, err)
		}
		got, err := m.Lookup(context.Background(), Query{Text: fr, SourceLang: "fr", TargetLang: "en"})
		if err != nil || len(got) == 0 || got[0].Target != `"Already", says the Élysée.` {
			t.Errorf("%s: Lookup = %+v, %v", name, got, err)
		}
	}
	latin1 := strings.Replace(l1, ` encoding="ISO-8859-1"`, "", 1)
	_, err := openTemp(t).Import(context.Background(), strings.NewReader(latin1), ImportOptions{})
	if err == nil || !strings.Contains(err.Error(), "line 3") || !strings.Contains(err.Error(), `encoding="ISO-8859-1"`) {
		t.Errorf("undeclared Latin-1: error %v; want the line and how to declare the encoding", err)
	}
}

// A client's TMX written with decomposed accents (e + U+0301) holds the same pairs as the documents,
// which are in NFC: importing it used to store a second unit beside the one a confirmation stores,
// both offered at 100 %, and a withdrawal then left the other.
func TestTMXImportComposes(t *testing.T) {
	const fr, en = "L’e\u0301te\u0301 «\u00a0de\u0301cisif\u00a0» 😀", "The de\u0301cisive summer 😀"
	doc := `<tmx version="1.4"><header srclang="fr" creationtool="X" creationtoolversion="1" segtype="sentence" o-tmf="X" adminlang="en" datatype="plaintext"/><body>
<tu><tuv xml:lang="fr"><seg>` + fr + `</seg></tuv><tuv xml:lang="en"><seg>` + en + `</seg></tuv></tu></body></tmx>`
	ctx := context.Background()
	m := openTemp(t)
	if _, err := m.Import(ctx, strings.NewReader(doc), ImportOptions{SourceLang: "fr", TargetLang: "en", Origin: "client.tmx"}); err != nil {
		t.Fatal(err)
	}
	nfcFR, nfcEN := norm.NFC.String(fr), norm.NFC.String(en)
	if err := m.Add(ctx, Unit{SourceLang: "fr", TargetLang: "en", Source: nfcFR, Target: nfcEN}); err != nil {
		t.Fatal(err)
	}
	if n, err := m.Count(ctx); err != nil || n != 1 {
		t.Fatalf("Count = %d, %v; want the imported pair and the confirmed one to be one unit", n, err)
	}
	got, err := m.Lookup(ctx, Query{Text: nfcFR, SourceLang: "fr", TargetLang: "en"})
	if err != nil || len(got) != 1 || got[0].Source != nfcFR || got[0].Target != nfcEN {
		t.Fatalf("Lookup = %+v, %v; want the pair in NFC", got, err)
	}
}
