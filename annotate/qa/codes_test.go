package qa

import (
	"slices"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
	"github.com/glose-app/glose/annotate/plaintext"
)

// clientXLIFF is a client's XLIFF 2 file whose sources hold inline codes.
const clientXLIFF = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="en">
 <file id="f1">
  <unit id="name"><segment><source>Selon <pc id="1">Sergueï Lavrov</pc>, la Russie refuse.</source></segment></unit>
  <unit id="lost"><segment><source>Le <pc id="1">patron</pc> est parti.</source></segment></unit>
  <unit id="order"><segment><source><pc id="1" canCopy="no" canDelete="no" canReorder="firstNo">Emmanuel Macron</pc> a reçu <pc id="2" canCopy="no" canDelete="no" canReorder="no">Olaf Scholz</pc>.</source></segment></unit>
  <unit id="later"><segment><source>Le <pc id="1">chef</pc> arrive.</source></segment></unit>
 </file>
</xliff>
`

// TestCodesPlaced: in a document from a client's XLIFF file, the check names each code that the
// export would place at a likely place, with the French it wraps and why: its English not found, or
// kept in the French order as the file asks; a code around a name whose English is found, and a
// segment not yet translated, give none; a document from elsewhere none either.
func TestCodesPlaced(t *testing.T) {
	docs, _, err := formats.Read("client.xlf", []byte(clientXLIFF), formats.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	english := []string{"According to Sergei Lavrov, Russia refuses.", "The boss left.", "Olaf Scholz was received by Emmanuel Macron.", ""}
	for i, s := range d.Segments {
		s.Target, s.Status = english[i], annotate.StatusTranslated
	}
	var got []string
	for _, is := range Run(d, Config{}) {
		if is.Check == CodesPlaced {
			if is.Severity != Info {
				t.Errorf("%s: severity %s, want info", is.Message, is.Severity)
			}
			got = append(got, is.Segment+" "+is.Key+" "+is.Message)
		}
	}
	want := []string{
		d.Segments[1].ID + " qa.codes-placed.wraps <pc id=\"1\"> around “patron”: its English was not found; link these words to their English, or check the English.",
		d.Segments[2].ID + " qa.codes-placed.order The client’s file says <pc id=\"2\"> (“Olaf Scholz”) may not be reordered: it keeps the French order, away from its English.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("issues\n%q\nwant\n%q", got, want)
	}
	d.Meta.Original = nil
	for _, is := range Run(d, Config{}) {
		if is.Check == CodesPlaced {
			t.Errorf("a document from elsewhere: %s", is.Message)
		}
	}
}

// TestCodesByHand: codes the translator placed by hand are no longer said placed by estimate; a code
// placed twice, one closed before it opens and one left out while others are placed are each named,
// as warnings, with the French they wrap.
func TestCodesByHand(t *testing.T) {
	docs, _, err := formats.Read("client.xlf", []byte(clientXLIFF), formats.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	english := []string{"According to Sergei Lavrov, Russia refuses.", "The boss left.", "Olaf Scholz was received by Emmanuel Macron.", "The chief arrives."}
	for i, s := range d.Segments {
		s.Target, s.Status = english[i], annotate.StatusTranslated
	}
	pc := `<pc id="1">`
	boss := len("The ")
	d.Segments[1].Codes = []annotate.CodePlace{{Code: 0, Tag: pc, At: boss}, {Code: 0, Tag: pc, Close: true, At: boss + len("boss")}}
	olaf := []annotate.CodePlace{{Code: 1, Tag: `<pc id="2">`, At: 0}, {Code: 1, Tag: `<pc id="2">`, Close: true, At: len("Olaf Scholz")}}
	d.Segments[2].Codes = append(olaf, annotate.CodePlace{Code: 1, Tag: `<pc id="2">`, At: 5})
	d.Segments[3].Codes = []annotate.CodePlace{{Code: 0, Tag: pc, At: len("The chief")}, {Code: 0, Tag: pc, Close: true, At: len("The ")}}
	var got []string
	for _, is := range Run(d, Config{}) {
		if is.Check == CodesPlaced || is.Check == CodesByHand {
			got = append(got, is.Segment+" "+string(is.Severity)+" "+is.Key+" "+is.Message)
		}
	}
	want := []string{
		d.Segments[2].ID + " warning qa.codes-hand.missing <pc id=\"1\"> (“Emmanuel Macron”) is not placed in the English while other codes are: the export places it by estimate.",
		d.Segments[2].ID + " warning qa.codes-hand.twice <pc id=\"2\"> is placed twice in the English; remove one.",
		d.Segments[3].ID + " warning qa.codes-hand.reversed <pc id=\"1\"> closes before it opens in the English; place it again.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("issues\n%q\nwant\n%q", got, want)
	}
}

// subtitlesSRT is SubRip whose cues hold formatting tags: <i> around one word of a sentence, and
// around a whole one.
const subtitlesSRT = "1\n00:00:01,000 --> 00:00:03,000\nIl a dit <i>jamais</i> ici.\n\n2\n00:00:04,000 --> 00:00:06,000\n<i>Je pars.</i>\n"

// TestSubtitleCodes: the tags of subtitles are checked as a client's file's codes are: a tag around
// words whose English the export cannot find is said placed by estimate, with the same key and
// words, until the translator places it by hand; one around the whole French is not (it goes around
// the whole English); one placed twice is a warning.
func TestSubtitleCodes(t *testing.T) {
	d, err := plaintext.Import("film.srt", []byte(subtitlesSRT), plaintext.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Segments) != 2 {
		t.Fatalf("%d segments, want 2", len(d.Segments))
	}
	for i, en := range []string{"He said never here.", "I'm leaving."} {
		d.Segments[i].Target, d.Segments[i].Status = en, annotate.StatusTranslated
	}
	issues := func() []string {
		var got []string
		for _, is := range Run(d, Config{}) {
			if is.Check == CodesPlaced || is.Check == CodesByHand {
				got = append(got, is.Segment+" "+string(is.Severity)+" "+is.Key+" "+is.Message)
			}
		}
		return got
	}
	want := []string{d.Segments[0].ID + " info qa.codes-placed.wraps <i> around “jamais”: its English was not found; link these words to their English, or check the English."}
	if got := issues(); !slices.Equal(got, want) {
		t.Errorf("issues\n%q\nwant\n%q", got, want)
	}
	never := len("He said ")
	d.Segments[0].Codes = []annotate.CodePlace{{Code: 0, Tag: "<i>", At: never}, {Code: 0, Tag: "<i>", Close: true, At: never + len("never")}}
	if got := issues(); len(got) != 0 {
		t.Errorf("placed by hand: %q", got)
	}
	d.Segments[0].Codes = append(d.Segments[0].Codes, annotate.CodePlace{Code: 0, Tag: "<i>", At: 0})
	want = []string{d.Segments[0].ID + " warning qa.codes-hand.twice <i> is placed twice in the English; remove one."}
	if got := issues(); !slices.Equal(got, want) {
		t.Errorf("placed twice\n%q\nwant\n%q", got, want)
	}
}

// TestSubtitleTagsPlacedByLinks: codes-placed advises linking the words a tag wraps (or the word
// beside it) to their English; doing so places the tag there, in the text export and for the check
// alike, in cues with accents, « », an emoji and a combining mark before the tag.
func TestSubtitleTagsPlacedByLinks(t *testing.T) {
	for _, c := range []struct {
		name, file, english, fr, en, issue, want string
	}{
		{"journal.srt", "1\r\n00:00:01,000 --> 00:00:04,000\r\nL’équipe d’A\u0331dé 🎉 a dit «\u00a0<i>désormais</i>\u00a0» à Zoé.\r\n",
			"A\u0331dé’s team 🎉 told Zoé “from now on”.", "désormais", "from now on",
			"qa.codes-placed.wraps <i> around “désormais”: its English was not found; link these words to their English, or check the English.",
			"1\r\n00:00:01,000 --> 00:00:04,000\r\nA\u0331dé’s team 🎉 told Zoé “<i>from now on</i>”.\r\n"},
		{"journal.vtt", "WEBVTT\n\n00:04.500 --> 00:06.000\nNous partons <00:05.000>demain matin.\n",
			"We leave tomorrow morning.", "demain", "tomorrow",
			"qa.codes-placed.beside <00:05.000> beside “demain”: the English of that word was not found; link it to its English, or check the English.",
			"WEBVTT\n\n00:04.500 --> 00:06.000\nWe leave <00:05.000>tomorrow morning.\n"},
	} {
		d, err := plaintext.Import(c.name, []byte(c.file), plaintext.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Segments) != 1 {
			t.Fatalf("%s: %d segments, want 1", c.name, len(d.Segments))
		}
		d.Segments[0].Target, d.Segments[0].Status = c.english, annotate.StatusTranslated
		issues := func() []string {
			var got []string
			for _, is := range Run(d, Config{}) {
				if is.Check == CodesPlaced {
					got = append(got, is.Key+" "+is.Message)
				}
			}
			return got
		}
		if got := issues(); !slices.Equal(got, []string{c.issue}) {
			t.Errorf("%s before linking: %q, want %q", c.name, got, c.issue)
		}
		linkWords(t, annotate.NewEditor(d), d.Segments[0], c.fr, c.en)
		if got := issues(); len(got) != 0 {
			t.Errorf("%s after linking: %q", c.name, got)
		}
		files, _, err := formats.Write("text", []*annotate.Document{d}, formats.WriteOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if got := string(files[0].Data); got != c.want {
			t.Errorf("%s exported:\n%q\nwant\n%q", c.name, got, c.want)
		}
	}
}

// linkWords tags fr in seg's French and en in its English and links them, as the translator does.
func linkWords(t *testing.T, ed *annotate.Editor, seg *annotate.Segment, fr, en string) {
	t.Helper()
	src := &annotate.Span{Side: annotate.Source, Start: seg.Start + strings.Index(ed.Doc.SourceText(seg), fr), Label: annotate.LabelMISC, Origin: annotate.Human}
	src.End = src.Start + len(fr)
	tgt := &annotate.Span{Side: annotate.Target, Segment: seg.ID, Start: strings.Index(seg.Target, en), Label: annotate.LabelMISC, Origin: annotate.Human}
	tgt.End = tgt.Start + len(en)
	for _, sp := range []*annotate.Span{src, tgt} {
		if err := ed.AddSpan(sp); err != nil {
			t.Fatal(err)
		}
	}
	if err := ed.AddLink(&annotate.Link{Type: annotate.LinkTranslation, From: src.ID, To: tgt.ID, Origin: annotate.Human}); err != nil {
		t.Fatal(err)
	}
}

// TestCodesByHandPlaceholderAtTheEnd: a placeholder at the end of the French, with no word beside
// it, left out while the segment's other code is placed, is named without the empty quotation marks
// it had ("<ph id="2"/> (“”) is not placed…", walk32).
func TestCodesByHandPlaceholderAtTheEnd(t *testing.T) {
	const xlf = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="fr" trgLang="en">
 <file id="f1"><unit id="1"><segment><source>Selon <pc id="1">Elin Jones</pc>, le nom change le 6 mai.<ph id="2"/></source></segment></unit></file>
</xliff>`
	docs, _, err := formats.Read("client.xlf", []byte(xlf), formats.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	s := docs[0].Segments[0]
	s.Target, s.Status = "According to Elin Jones, the name changes on 6 May.", annotate.StatusTranslated
	at := len("According to ")
	s.Codes = []annotate.CodePlace{{Code: 0, Tag: `<pc id="1">`, At: at}, {Code: 0, Tag: `<pc id="1">`, Close: true, At: at + len("Elin Jones")}}
	var got []string
	for _, is := range Run(docs[0], Config{}) {
		if is.Check == CodesByHand {
			got = append(got, is.Key+" "+is.Message)
		}
	}
	want := []string{`qa.codes-hand.missing-bare <ph id="2"/> is not placed in the English while other codes are: the export places it by estimate.`}
	if !slices.Equal(got, want) {
		t.Errorf("issues\n%q\nwant\n%q", got, want)
	}
}
