package formats

import (
	"bytes"
	"encoding/xml"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// readReal imports a file a translation tool wrote (testdata/realfiles, excerpts of real files whose
// licences allow it, each naming its source in a comment), which must keep its original.
func readReal(t *testing.T, name string) ([]byte, *annotate.Document, []Warning) {
	t.Helper()
	data, err := os.ReadFile("testdata/realfiles/" + name)
	if err != nil {
		t.Fatal(err)
	}
	docs, warns, err := Read(name, data, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 1 || docs[0].Meta.Original == nil {
		t.Fatalf("%s: %d documents, the original not kept", name, len(docs))
	}
	return data, docs[0], warns
}

// mergeReal translates the segments named (by ID) and exports the document back into its tool's file.
func mergeReal(t *testing.T, d *annotate.Document, format string, english map[string]string) string {
	t.Helper()
	ed := annotate.NewEditor(d)
	for id, en := range english {
		if _, err := ed.SetTarget(id, en); err != nil {
			t.Fatal(err)
		}
		mustDo(t, ed.SetStatus(id, annotate.StatusTranslated))
	}
	files, _, err := Write(format, []*annotate.Document{d}, WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	dec := xml.NewDecoder(bytes.NewReader(files[0].Data))
	for {
		if _, err := dec.Token(); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("the merged file is not well formed: %v", err)
		}
	}
	return string(files[0].Data)
}

// SDL Trados Studio writes a trans-unit translate="no" for the codes and line breaks between
// paragraphs; they are nothing to translate, and were rows of blank French, locked, each with the
// warning that a reviewed segment had no translation.
func TestTradosCodeUnitsAreNoSegments(t *testing.T) {
	data, d, warns := readReal(t, "trados-ts09.sdlxliff")
	var ids []string
	for _, s := range d.Segments {
		ids = append(ids, s.ID)
		if strings.TrimSpace(d.SourceText(s)) == "" {
			t.Errorf("segment %s is blank: %q", s.ID, d.SourceText(s))
		}
	}
	if strings.Join(ids, " ") != "1 2 3" {
		t.Errorf("segments %v, want the three mrk segments 1 2 3", ids)
	}
	for _, w := range warns {
		if w.Code == WarnFinishedUntranslated {
			t.Errorf("warning about a unit of codes: %v", w)
		}
	}
	out := mergeReal(t, d, "xliff12", map[string]string{"2": "Einen Standort für Ihren Fotodrucker finden"})
	for _, unit := range []string{
		`<trans-unit id="ef0bb684-d2e9-49b7-b7c8-cd1799316337" translate="no"><source><x id="1" />` + "\n" + `<x id="2" />` + "\n</source></trans-unit>",
		`<target><mrk mtype="seg" mid="1">Erste Schritte</mrk></target><sdl:seg-defs><sdl:seg id="1" conf="Translated"`,
		`<target state="translated"><mrk mtype="seg" mid="2">Einen Standort für Ihren Fotodrucker finden</mrk></target><sdl:seg-defs><sdl:seg id="2" /></sdl:seg-defs>`,
	} {
		if !strings.Contains(out, unit) {
			t.Errorf("the merged file lacks %s", unit)
		}
	}
	if head := string(data[:bytes.Index(data, []byte("<body>"))]); !strings.HasPrefix(out, head) {
		t.Error("the merged file's header is not the original's")
	}
}

// A code around a placeholder the English copies as it is goes around all of it: memoQ's help page
// has <bpt>&lt;code&gt;</bpt>${TrgLang}<ept>…, which went around "TrgLang" alone, projection
// finding the word but not the "${" and "}" around it.
func TestVerbatimCodeAroundPlaceholder(t *testing.T) {
	_, d, _ := readReal(t, "memoq-mq12.mqxliff")
	out := mergeReal(t, d, "xliff12", map[string]string{
		"101": "${TrgLang} = code de la langue cible défini dans le champ Language de la cible.",
	})
	want := `<target state="translated"><bpt id="1">&lt;code&gt;</bpt>${TrgLang}<ept id="1">&lt;/code&gt;</ept> = code`
	if !strings.Contains(out, want) {
		t.Errorf("the merged file lacks %s:\n%s", want, out)
	}
	if !strings.Contains(out, `<source mq:segpart="119" mq:hasfollowingobject="hasfollowingobject"><ph id="1">&lt;mq:ch val=&quot;nbsp&quot; /&gt;</ph></source>`) {
		t.Error("memoQ's unit of a no-break space placeholder changed")
	}
}

func TestVerbatim(t *testing.T) {
	for _, c := range []struct {
		src, tgt, r string
		want        string // "" when not found
	}{
		{"Voir ${Nom} ici", "See ${Nom} here", "${Nom}", "${Nom}"},
		{"Ouvrir C:/dossier/fichier.txt", "Open C:/dossier/fichier.txt now", "C:/dossier/fichier.txt", "C:/dossier/fichier.txt"},
		{"Paris et Zoé", "Paris and Zoé", "Paris", ""},                                   // words: projection's
		{"Le {x} et le {x}", "The {x} and the {x}", "{x}", ""},                           // twice in the French
		{"Voir %s", "See %s and %s", "%s", ""},                                           // twice in the English
		{"Valeur {n}", "Value {n}th", "{n}", "{n}"},                                      // a brace ends the code
		{"Clé a_b", "Key xa_b", "a_b", ""},                                               // part of a longer word
		{"Prix : 5 € 😀", "Price: 5 € 😀", "€ 😀", "€ 😀"},                                   // symbols and emoji
		{"Rene\u0301e_1 part", "Rene\u0301e_1 leaves", "Rene\u0301e_1", "Rene\u0301e_1"}, // a combining accent
	} {
		a := strings.Index(c.src, c.r)
		l := &srcLocator{src: c.src, tgt: c.tgt}
		got, ok := l.verbatim([2]int{a, a + len(c.r)})
		switch {
		case c.want == "" && ok:
			t.Errorf("%q in %q: found %q, want nothing", c.r, c.tgt, c.tgt[got[0]:got[1]])
		case c.want != "" && (!ok || c.tgt[got[0]:got[1]] != c.want):
			t.Errorf("%q in %q: found %v %v, want %q", c.r, c.tgt, got, ok, c.want)
		}
	}
}
