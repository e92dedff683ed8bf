package formats

import (
	"errors"
	"os"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/glose-app/glose/annotate"
)

// importText imports data as the file name would be, failing the test on error.
func importText(t *testing.T, name, data string) *annotate.Document {
	t.Helper()
	docs, _, err := Read(name, []byte(data), ReadOptions{})
	if err != nil {
		t.Fatalf("importing %s: %v", name, err)
	}
	return docs[0]
}

// exportTranslation writes d in format with opts and returns the main file's text.
func exportTranslation(t *testing.T, format string, d *annotate.Document, opts WriteOptions) string {
	t.Helper()
	files, _, err := Write(format, []*annotate.Document{d}, opts)
	if err != nil {
		t.Fatalf("export to %s: %v", format, err)
	}
	return string(files[0].Data)
}

// translateAs sets each segment's English to what f makes of its number (from 0) and French.
func translateAs(d *annotate.Document, f func(i int, fr string) string) {
	for i, s := range d.Segments {
		s.Target = f(i, d.SourceText(s))
		s.Status = annotate.StatusTranslated
	}
}

// layoutCases are sources whose layout the text export must keep: the file as it is on disk.
var layoutCases = []struct{ name, text string }{
	{"sample-article.fr.txt", ""}, // read from assets
	{"accents.txt", "Élisabeth a dîné à Besançon.  Ça lui a plu.\nOù ira-t-elle ?\n"},
	{"guillemets.txt", "Il a dit\u00a0: «\u00a0C'est fini\u00a0». Puis il est parti\u00a0!\n\n«\u00a0Jamais\u00a0», a répondu Mme Dupont.\n"},
	{"emoji.txt", "Le drapeau 🇫🇷 flotte. Tout va bien 😀.\n\n\n\nTrois lignes blanches avant ceci."},
	{"combining.txt", "Le cafe\u0301 est servi. La re\u0301union commence.\n"},
	{"crlf.txt", "PARIS, 12 mars (AFP) - Le gouvernement a annoncé une réforme. Elle entre en vigueur demain.\r\n\r\nLes syndicats protestent.\r\nIls manifesteront jeudi.\r\n"},
	{"leading.txt", "\n\n   Un texte qui commence par des lignes blanches.\tEt une tabulation.   \n\n"},
}

func layoutSource(t *testing.T, name, text string) string {
	if text != "" {
		return text
	}
	b, err := os.ReadFile("../../assets/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestTextExportKeepsLayout: a translation that is the French itself exports as the source file,
// byte for byte but for NFC (e + U+0301 becomes é at import): paragraphs, line breaks, blank lines,
// the spaces between sentences, the dateline's, CR LF line ends.
func TestTextExportKeepsLayout(t *testing.T) {
	for _, c := range layoutCases {
		src := layoutSource(t, c.name, c.text)
		d := importText(t, c.name, src)
		if len(d.Segments) < 2 {
			t.Fatalf("%s: %d segments, want several", c.name, len(d.Segments))
		}
		translateAs(d, func(_ int, fr string) string { return fr })
		if got, want := exportTranslation(t, "text", d, WriteOptions{}), norm.NFC.String(src); got != want {
			t.Errorf("%s: the export of the French as its own translation differs from the source:\n got %q\nwant %q", c.name, got, want)
		}
	}
}

// TestTextExportEnglish: the English of each segment goes where its French was, with the source's
// spaces and line breaks around it, the dateline followed by its sentence on the same line.
func TestTextExportEnglish(t *testing.T) {
	d := importText(t, "crlf.txt", layoutCases[5].text)
	if d.Segments[0].Kind != annotate.KindDateline {
		t.Fatalf("segment 1 is a %s, want the dateline", d.Segments[0].Kind)
	}
	en := []string{"PARIS, March 12 (AFP) -", "The government announced a reform.", "It comes into force tomorrow. ", "The unions protest.", "They will march on Thursday 🙂."}
	translateAs(d, func(i int, _ string) string { return en[i] })
	want := "PARIS, March 12 (AFP) - The government announced a reform. It comes into force tomorrow.\r\n\r\nThe unions protest.\r\nThey will march on Thursday 🙂.\r\n"
	if got := exportTranslation(t, "text", d, WriteOptions{}); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

// TestTranslationExportNFC: the delivered translation is NFC, as the French is: an English pasted
// with decomposed accents (e + U+0301, as macOS copies them) comes out composed, in text and
// Markdown alike, the emoji, « » and no-break spaces as they are.
func TestTranslationExportNFC(t *testing.T) {
	for _, c := range []struct{ format, name, src, want string }{
		{"text", "a.txt", "Le café est servi.\n\nÀ bientôt.\n", "The cafe\u0301 👍🏽 is «\u00a0open\u00a0».\n\nSee you, Jose\u0301.\n"},
		{"markdown", "a.md", "# Le café\n\n- À bientôt.\n", "# The cafe\u0301 👍🏽 is «\u00a0open\u00a0».\n\n- See you, Jose\u0301.\n"},
	} {
		d := importText(t, c.name, c.src)
		en := []string{"The cafe\u0301 👍🏽 is «\u00a0open\u00a0».", "See you, Jose\u0301."}
		translateAs(d, func(i int, _ string) string { return en[i] })
		got := exportTranslation(t, c.format, d, WriteOptions{})
		if want := norm.NFC.String(c.want); got != want {
			t.Errorf("%s:\n got %q\nwant %q", c.format, got, want)
		}
	}
}

// TestTextExportUntranslated: without English, the export refuses by default, naming how many
// segments and which; it keeps their French or leaves them out when asked, and a paragraph break that
// a left-out segment ended stays. English written that nobody confirmed (a draft) is named in a
// warning, which the confirmed choice makes needless.
func TestTextExportUntranslated(t *testing.T) {
	src := "Un. Deux. Trois.\n\nQuatre. Cinq.\n\nSix.\n"
	const drafts = "doc: 1 of 6 segments written unconfirmed (drafts): 4 (--confirmed writes only the English of translated or reviewed segments)"
	cases := []struct {
		name       string
		opts       WriteOptions
		want, warn string
		err        string
	}{
		{"refuse", WriteOptions{}, "", "", "doc: 3 of 6 segments have no English: 2–3, 5 (translate them, or export with --untranslated source to keep their French, or --untranslated omit to leave them out)"},
		{"source", WriteOptions{Untranslated: KeepSource}, "One. Deux. Trois.\n\nFour. Cinq.\n\nSix!\n", drafts, ""},
		{"omit", WriteOptions{Untranslated: OmitUntranslated}, "One.\n\nFour.\n\nSix!\n", drafts, ""},
		{"confirmed refuse", WriteOptions{Confirmed: true}, "", "", "doc: 4 of 6 segments have no confirmed English (translated or reviewed): 2–5 (translate and confirm them"},
		{"confirmed omit", WriteOptions{Confirmed: true, Untranslated: OmitUntranslated}, "One.\n\nSix!\n", "", ""},
	}
	for _, c := range cases {
		d := importText(t, "doc.txt", src)
		d.Segments[0].Target, d.Segments[0].Status = "One.", annotate.StatusReviewed
		d.Segments[3].Target, d.Segments[3].Status = "Four.", annotate.StatusDraft
		d.Segments[5].Target, d.Segments[5].Status = "Six!", annotate.StatusTranslated
		d.Segments[2].Target = "   " // blanks are no English
		files, warned, err := Write("text", []*annotate.Document{d}, c.opts)
		if c.err != "" {
			var ue *UntranslatedError
			if err == nil || !strings.Contains(err.Error(), c.err) || !errors.As(err, &ue) {
				t.Errorf("%s: error %v, want an UntranslatedError containing %q", c.name, err, c.err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := string(files[0].Data); got != c.want {
			t.Errorf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
		var said []string
		for _, w := range warned {
			said = append(said, w.String())
		}
		if got := strings.Join(said, "\n"); got != c.warn {
			t.Errorf("%s: warnings %q, want %q", c.name, got, c.warn)
		}
	}
}

func TestNumberList(t *testing.T) {
	for _, c := range []struct {
		in   []int
		want string
	}{{[]int{1}, "1"}, {[]int{1, 2, 3, 7, 9, 10}, "1–3, 7, 9–10"}, {nil, ""}} {
		if got := NumberList(c.in); got != c.want {
			t.Errorf("NumberList(%v) = %q, want %q", c.in, got, c.want)
		}
	}
	var many []int
	for i := 1; i < 100; i += 2 {
		many = append(many, i)
	}
	if got := NumberList(many); !strings.HasSuffix(got, "59 and 20 more") {
		t.Errorf("50 numbers: %q, want 30 then how many more", got)
	}
}

// exportable is what the tests that export a document to every format pass to f.Write: the
// translation formats refuse a document with untranslated segments unless told what to do with
// them (the French is kept), and markdown one whose French was not Markdown (it is taken as such).
func exportable(f Format, docs []*annotate.Document, opts WriteOptions) ([]*annotate.Document, WriteOptions) {
	if !f.Translation {
		return docs, opts
	}
	if opts.Untranslated == RefuseUntranslated {
		opts.Untranslated = KeepSource
	}
	if f.Name == "markdown" {
		md := make([]*annotate.Document, len(docs))
		for i, d := range docs {
			md[i] = d.Clone()
			md[i].Layout.Markdown = true
		}
		docs = md
	}
	return docs, opts
}
