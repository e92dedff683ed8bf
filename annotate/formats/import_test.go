package formats

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

const articleHTML = `<!DOCTYPE html><html><head><title>Site | Lavrov à Washington</title><style>p{color:red}</style>
<script>var x = "« pas du texte »";</script></head><body>
<header><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav></header>
<article><h1>Lavrov reçu à la Maison-Blanche</h1>
<p>Le président a reçu <b>Sergueï Lavrov</b> mercredi.   Il a déclaré&nbsp;: « C'est fini 😀 ».</p>
<aside>Lire aussi : autre chose</aside>
<p>Le café était fermé.<br>Personne n'était là.</p>
<figure><img src="x.jpg"><figcaption>Légende</figcaption></figure>
<figure><p>Crédit photo</p></figure>
<ul><li>Sergueï Lavrov à Washington</li></ul>
</article>
<footer>© Journal</footer></body></html>`

func TestReadHTMLArticle(t *testing.T) {
	docs, _, err := Read("article.html", []byte(articleHTML), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	want := "Lavrov reçu à la Maison-Blanche\n\nLe président a reçu Sergueï Lavrov mercredi. Il a déclaré\u00a0: « C'est fini 😀 ».\n\nLe café était fermé. Personne n'était là.\n\nLégende\n\nSergueï Lavrov à Washington"
	if d.Text != want {
		t.Fatalf("text:\n%q\nwant\n%q", d.Text, want)
	}
	if d.Title != "Lavrov reçu à la Maison-Blanche" || d.Segments[0].Kind != annotate.KindHeading {
		t.Fatalf("title %q, first segment %+v", d.Title, d.Segments[0])
	}
	if last := d.Segments[len(d.Segments)-1]; last.Kind != annotate.KindSentence {
		t.Errorf("the list item is a %s, want a sentence", last.Kind)
	}
	for _, bad := range []string{"Accueil", "pas du texte", "Lire aussi", "Crédit", "Journal", "color"} { // a figure keeps only its caption
		if strings.Contains(d.Text, bad) {
			t.Fatalf("kept %q", bad)
		}
	}
}

func TestReadHTMLWithoutArticleTakesLargestParagraphBlock(t *testing.T) {
	page := `<html><body><div class="menu"><p>Menu</p></div><div id="story"><p>Premier paragraphe assez long de l'article.</p><p>Second paragraphe, « cité ».</p></div><div><p>Pub</p></div></body></html>`
	docs, _, err := Read("page.htm", []byte(page), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := docs[0].Text; got != "Premier paragraphe assez long de l'article.\n\nSecond paragraphe, « cité »." {
		t.Fatalf("got %q", got)
	}
}

const xliff12 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
 <file original="article.txt" source-language="fr-FR" target-language="en-GB" datatype="plaintext">
  <body>
   <trans-unit id="1"><source>Le président a reçu <g id="1">Lavrov</g>.</source><target state="translated">The president received <g id="1">Lavrov</g>.</target></trans-unit>
   <group id="g"><trans-unit id="2">
    <source>Le café 😀 était fermé. Il pleuvait.</source>
    <seg-source><mrk mtype="seg" mid="1">Le café 😀 était fermé.</mrk> <mrk mtype="seg" mid="2">Il pleuvait<ph id="p">&lt;br/&gt;</ph>.</mrk></seg-source>
    <target state="needs-review-translation"><mrk mtype="seg" mid="1">The café 😀 was closed.</mrk> <mrk mtype="seg" mid="2">It was raining.</mrk></target>
   </trans-unit></group>
   <trans-unit id="3"><source>Fin.</source></trans-unit>
  </body>
 </file>
</xliff>`

func TestReadXLIFF12(t *testing.T) {
	docs, _, err := Read("old.xlf", []byte(xliff12), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	if d.ID != "article.txt" || d.SourceLang != "fr-FR" || d.TargetLang != "en-GB" {
		t.Fatalf("header: %q %q %q", d.ID, d.SourceLang, d.TargetLang)
	}
	var got []string
	for _, s := range d.Segments {
		got = append(got, d.SourceText(s)+"|"+s.Target+"|"+string(s.Status))
	}
	want := []string{"Le président a reçu Lavrov.|The president received Lavrov.|translated",
		"Le café 😀 était fermé.|The café 😀 was closed.|draft", "Il pleuvait.|It was raining.|draft", "Fin.||new"}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestReadBratFromDisk(t *testing.T) {
	dir := t.TempDir()
	text := "« C'est fini », a dit Lavrov 😀 à Moscou."
	ann := "T1\tQUOTE 0 14\t« C'est fini »\nT2\tPER 22 28\tLavrov\nA1\tOrigin T2 auto\nT3\tLOC 33 39\tMoscou\nR1\tspeaker Arg1:T1 Arg2:T2\n#1\tAnnotatorNotes T3\tcapitale\nE1\tEvent:T3\n"
	for name, data := range map[string]string{"doc.txt": text, "doc.ann": ann} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, name := range []string{"doc.ann", "doc.txt"} {
		docs, warns, err := ReadFile(filepath.Join(dir, name), ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		checkBratDoc(t, name, docs[0], warns)
	}
	bad := strings.Replace(ann, "PER 22 28", "PER 21 27", 1)
	if err := os.WriteFile(filepath.Join(dir, "doc.ann"), []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, _, err := ReadFile(filepath.Join(dir, "doc.ann"), ReadOptions{}); err == nil || !strings.Contains(err.Error(), "doc.ann:2") {
		t.Fatalf("shifted offsets: %v", err)
	}
}

func checkBratDoc(t *testing.T, name string, d *annotate.Document, warns []Warning) {
	t.Helper()
	if len(d.Spans) != 3 || len(d.Links) != 1 || d.Spans[1].Origin != annotate.Auto || d.Spans[2].Note != "capitale" || d.SpanText(d.Spans[2]) != "Moscou" {
		t.Fatalf("%s: spans %+v links %+v", name, d.Spans, d.Links)
	}
	if len(warns) != 1 || !strings.Contains(warns[0].Msg, "E1") {
		t.Fatalf("%s: warnings %v", name, warns)
	}
}

func TestCoNLLAndSpacyTokenBoundaries(t *testing.T) {
	text := "Selon l'Élysée, Trump a reçu M. Lavrov 😀 à Saint-Denis."
	d := annotate.NewDocument("c1", "", text, "fr", "en")
	d.AddSegment(0, len(text), 0, annotate.KindSentence)
	add := func(s, label string, trim int) {
		i := strings.Index(text, s)
		d.Spans = append(d.Spans, &annotate.Span{ID: "t" + string(rune('1'+len(d.Spans))), Side: annotate.Source, Start: i, End: i + len(s) - trim, Label: label, Origin: annotate.Human, Confidence: 1})
	}
	add("Élysée", annotate.LabelLOC, 0)
	add("Trump", annotate.LabelPER, 0)
	add("Lavrov", annotate.LabelPER, 2) // "Lavr": ends inside a word
	add("Saint-Denis", annotate.LabelLOC, 0)
	d = fresh(d)
	files, warns, err := Write("conll", []*annotate.Document{d}, WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := "-DOCSTART- -X- c1 O\n\nSelon\tO\nl'\tO\nÉlysée\tB-LOC\n,\tO\nTrump\tB-PER\na\tO\nreçu\tO\nM\tO\n.\tO\nLavr\tB-PER\nov\tO\n😀\tO\nà\tO\nSaint-Denis\tB-LOC\n.\tO\n\n"
	if string(files[0].Data) != want {
		t.Fatalf("got\n%s", files[0].Data)
	}
	if !hasWarning(warns, "t3 PER \"Lavr\" starts or ends inside a word") {
		t.Fatalf("no split warning: %v", warns)
	}
	_, warns, err = Write("spacy", []*annotate.Document{d}, WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if !hasWarning(warns, "span t3 PER \"Lavr\" does not start and end on token boundaries") || hasWarning(warns, "t1 LOC") || hasWarning(warns, "t4 LOC") {
		t.Fatalf("spaCy boundary warnings: %v", warns)
	}
}

func hasWarning(ws []Warning, s string) bool {
	for _, w := range ws {
		if strings.Contains(w.Msg, s) {
			return true
		}
	}
	return false
}

// TestDetectByContent: a file whose name does not tell its format (a FILE.bak backup, standard input)
// is read by its content, as the same file under its proper name is.
func TestDetectByContent(t *testing.T) {
	docs := []*annotate.Document{genDoc(t, 3), genDoc(t, 4)}
	for _, f := range []string{"glose", "jsonl", "doccano", "labelstudio", "xliff", "tmx"} {
		in := docs
		if f == "glose" || f == "tmx" {
			in = docs[:1]
		}
		files, _, err := Write(f, in, WriteOptions{})
		if err != nil {
			t.Fatal(err)
		}
		main := files[0]
		want, _, err := Read(main.Name, main.Data, ReadOptions{})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		for _, name := range []string{main.Name + ".bak", "/dev/stdin"} {
			got, _, err := Read(name, main.Data, ReadOptions{})
			if err != nil {
				t.Fatalf("%s as %s: %v", f, name, err)
			}
			if len(got) != len(want) || got[0].Text != want[0].Text || len(got[0].Spans) != len(want[0].Spans) {
				t.Errorf("%s as %s: %d documents, first text %.40q with %d spans; want %d, %.40q with %d",
					f, name, len(got), got[0].Text, len(got[0].Spans), len(want), want[0].Text, len(want[0].Spans))
			}
		}
	}
	for _, c := range []struct{ content, text string }{
		{articleHTML, "Lavrov reçu à la Maison-Blanche"},
		{"{ pas du JSON, « du texte » 😀", "{ pas du JSON, « du texte » 😀"},
		{"<p> n'est qu'une balise.", "<p> n'est qu'une balise."},
	} {
		got, _, err := Read("notes", []byte(c.content), ReadOptions{})
		if err != nil {
			t.Fatalf("%.20q: %v", c.content, err)
		}
		if !strings.HasPrefix(got[0].Text, c.text) {
			t.Errorf("%.20q read as %.40q, want it to start %q", c.content, got[0].Text, c.text)
		}
	}
}

// TestXLIFFMalformedMarkersWarned: a start marker nothing closes and an unknown state are reported,
// not silently dropped or guessed.
func TestXLIFFMalformedMarkersWarned(t *testing.T) {
	data := `<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr"><file id="f"><unit id="u">
<segment state="done"><source>« Zoé » <sm id="1" type="generic" value="PER"/>José 😀</source><target>"Zoé" <sm id="2" type="generic" value="PER"/>José</target></segment>
<segment><source>Ensuite <sm id="3" type="generic" value="LOC"/>Paris<em startRef="3"/>.</source></segment></unit></file></xliff>`
	docs, warns, err := Read("m.xlf", []byte(data), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs[0].Spans) != 1 || docs[0].SpanText(docs[0].Spans[0]) != "Paris" {
		t.Errorf("spans %v, want only LOC Paris", spanKeys(docs[0], false))
	}
	var got []string
	for _, w := range warns {
		got = append(got, w.Msg)
	}
	want := []string{
		`line 3: segment state "done" is not an XLIFF 2 state (initial, translated, reviewed, final); read as initial`,
		`line 3: <sm id="2"> has no <em startRef="2"/>; its PER span is left out`,
		`line 3: <sm id="1"> has no <em startRef="1"/>; its PER span is left out`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%q\nwant\n%q", got, want)
	}
}

// TestFinishedWithoutTranslationReadAsUntranslated: a segment an XLIFF file calls translated, reviewed
// or final but whose target is missing, empty or only spaces is read as new (a draft for spaces) with a
// warning, not refused and not finished, so that it stays among the segments to translate.
func TestFinishedWithoutTranslationReadAsUntranslated(t *testing.T) {
	x2 := `<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="en"><file id="f"><unit id="u">
<segment id="a" state="translated"><source>Un.</source></segment>
<segment id="b" state="final"><source> Deux.</source><target>  </target></segment>
<segment id="c" state="reviewed"><source> Trois.</source><target>Three.</target></segment>
</unit></file></xliff>`
	x12 := `<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="o" source-language="fr" target-language="en" datatype="plaintext"><body>
<trans-unit id="1"><source>Un.</source><target state="translated"/></trans-unit>
<trans-unit id="2"><source>Trois.</source><target state="signed-off">Three.</target></trans-unit>
</body></file></xliff>`
	for _, c := range []struct {
		name, data string
		status     []annotate.Status
		warns      []string
	}{
		{"x2.xlf", x2, []annotate.Status{annotate.StatusNew, annotate.StatusDraft, annotate.StatusReviewed}, []string{
			"segment a is marked translated but has no translation; read as new",
			"segment b is marked reviewed but has no translation; read as draft"}},
		{"x12.xlf", x12, []annotate.Status{annotate.StatusNew, annotate.StatusReviewed}, []string{
			"segment 1 is marked translated but has no translation; read as new"}},
	} {
		docs, warns, err := Read(c.name, []byte(c.data), ReadOptions{})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		var got []annotate.Status
		for _, s := range docs[0].Segments {
			got = append(got, s.Status)
		}
		if !slices.Equal(got, c.status) {
			t.Errorf("%s: statuses %v, want %v", c.name, got, c.status)
		}
		var msgs []string
		for _, w := range warns {
			msgs = append(msgs, w.Msg)
		}
		if !slices.Equal(msgs, c.warns) {
			t.Errorf("%s: warnings\n%q\nwant\n%q", c.name, msgs, c.warns)
		}
	}
}
