package plaintext

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/assets"
)

func TestStripMarkdown(t *testing.T) {
	md := "# Le « titre » *important*\n\nUn paragraphe avec un [lien](https://x.fr) et du **gras**,\nsur deux lignes.\n\n" +
		"- premier point\n- second_point avec snake_case\n\n> citation\n\n![image](a.png)\n\nTitre setext\n============\n\n" +
		"`code` et \\*étoiles\\* et <b>html</b>.\n\n---\n\nFin 😀 x\u0301."
	got, headings := StripMarkdown(md)
	want := "Le « titre » important\n\nUn paragraphe avec un lien et du gras, sur deux lignes.\n\npremier point\n\n" +
		"second_point avec snake_case\n\ncitation\n\nTitre setext\n\ncode et *étoiles* et html.\n\nFin 😀 x\u0301."
	if got != want {
		t.Fatalf("StripMarkdown:\n got %q\nwant %q", got, want)
	}
	if !headings[0] || !headings[5] || len(headings) != 4 || headings[2] || headings[3] {
		t.Fatalf("headings = %v; want paragraphs 0 and 5, and list items 2 and 3 marked false", headings)
	}
}

func TestImportMarkdownHeadings(t *testing.T) {
	d, err := Import("article.md", []byte("# Titre\n\nM. Dupont est arrivé. Il a parlé.\n\n- Angela Merkel à Berlin 😀\n"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range d.Segments {
		got = append(got, s.Kind+":"+d.SourceText(s))
	}
	// A list item, short and without a full stop, is still no heading.
	want := []string{"heading:Titre", "sentence:M. Dupont est arrivé.", "sentence:Il a parlé.", "sentence:Angela Merkel à Berlin 😀"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("segments %q; want %q", got, want)
	}
	if d.Title != "Titre" || d.ID != "article" || d.SourceLang != "fr" || d.TargetLang != "en" {
		t.Fatalf("title %q id %q langs %s→%s", d.Title, d.ID, d.SourceLang, d.TargetLang)
	}
}

func TestImportSample(t *testing.T) {
	d, err := Import(assets.SampleArticleName, assets.SampleArticle(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Validate(); err != nil {
		t.Fatal(err)
	}
	data, err := annotate.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := annotate.ValidateJSON(data, "sample.json"); err != nil {
		t.Fatal(err)
	}
	if len(d.Segments) < 15 {
		t.Fatalf("only %d segments in the sample", len(d.Segments))
	}
}

func TestImportRefusesInvalidUTF8(t *testing.T) {
	_, err := Import("latin1.txt", []byte("Le caf\xe9."), Options{})
	if err == nil || !strings.Contains(err.Error(), "latin1.txt: byte offset 6") {
		t.Fatalf("error %v should name the file and byte offset 6", err)
	}
}

func TestDocID(t *testing.T) {
	for in, want := range map[string]string{
		"/a/Mon Article (1).fr.txt": "mon-article-1-fr", "été.md": "été", "---.txt": "document",
		// A team's own file names join back to its IDs: "_" and a dot inside a name are kept.
		"2016_01_04-002.txt": "2016_01_04-002", "v1.2-draft.txt": "v1.2-draft", "_brouillon_.txt": "_brouillon_",
		"notes..txt": "notes", ".cache.txt": "cache", "a . b.txt": "a-b", "-x.txt": "x",
		// macOS may give "é" decomposed: it stays one letter.
		"de\u0301cembre.txt": "décembre",
	} {
		if got := DocID(in); got != want {
			t.Errorf("DocID(%q) = %q; want %q", in, got, want)
		}
	}
}

// megabyteOfNews builds about 1 MB of French news text from the shared Wikinews data.
func megabyteOfNews(b *testing.B) []byte {
	_, file, _, _ := runtime.Caller(0)
	path := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared", "data", "ner-wikinews-train.jsonl")
	f, err := os.Open(path)
	if err != nil {
		b.Skipf("shared data not available: %v", err)
	}
	defer f.Close()
	var sb strings.Builder
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() && sb.Len() < 1<<20 {
		var doc struct{ Text string }
		if err := json.Unmarshal(sc.Bytes(), &doc); err != nil {
			b.Fatal(err)
		}
		sb.WriteString(doc.Text)
		sb.WriteString("\n\n")
	}
	return []byte(sb.String())
}

// BenchmarkImport1MB measures import (validation, normalisation, segmentation) of a 1 MB article.
func BenchmarkImport1MB(b *testing.B) {
	data := megabyteOfNews(b)
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		d, err := Import("big.txt", data, Options{})
		if err != nil {
			b.Fatal(err)
		}
		if i == 0 {
			b.ReportMetric(float64(len(d.Segments)), "segments")
		}
	}
}

// TestImportBylineIsNoHeading: a byline and a publication date, short lines without final
// punctuation, are sentences; the headline and a crosshead stay headings.
func TestImportBylineIsNoHeading(t *testing.T) {
	text := "Grève à la SNCF\n\nPar Jean Dupont et Marie Martin\n\nPublié le 12 mars 2024 à 10h30\n\n" +
		"« Nous irons jusqu’au bout », a déclaré la ministre.\n\nDe notre envoyée spéciale à Kiev\n\nLes réactions\n\n" +
		"Propos recueillis par Anne Durand\n\nPar ailleurs rien"
	d, err := Import("a.txt", []byte(text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"Grève à la SNCF": annotate.KindHeading, "Par Jean Dupont et Marie Martin": annotate.KindSentence,
		"Publié le 12 mars 2024 à 10h30": annotate.KindSentence, "De notre envoyée spéciale à Kiev": annotate.KindSentence,
		"Les réactions": annotate.KindHeading, "Propos recueillis par Anne Durand": annotate.KindSentence, "Par ailleurs rien": annotate.KindHeading}
	for _, s := range d.Segments {
		if k, ok := want[d.SourceText(s)]; ok && k != s.Kind {
			t.Errorf("%q is a %s, want a %s", d.SourceText(s), s.Kind, k)
		}
	}
}
