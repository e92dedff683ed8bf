package formats

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// taggedSRT has SubRip's tags around a quotation in « » with no-break spaces, around words, at a
// cue's start ({\an8}), around a whole sentence, and an emoji.
const taggedSRT = "1\r\n00:00:01,000 --> 00:00:04,000\r\n<i>«\u00a0Nous irons jusqu’au bout\u00a0»,</i>\r\n<font color=\"#ffff00\">a déclaré</font> Zoé 🎉.\r\n\r\n" +
	"2\r\n00:00:04,500 --> 00:00:06,000\r\n{\\an8}<b>La grève</b> continue. <i>Oui.</i>\r\n"

// TestSubtitleTagsAreInlineCodes: the tags of subtitles are out of the French, which reads plain; they
// are the inline codes of the segments they stand in, as a client's XLIFF file's are, what they wrap
// named; the French exported as its own translation is the file again, byte for byte.
func TestSubtitleTagsAreInlineCodes(t *testing.T) {
	d := importText(t, "journal.srt", taggedSRT)
	var got []string
	for _, s := range d.Segments {
		var codes []string
		for _, c := range SubtitleCodes(d, s) {
			codes = append(codes, c.Tag+"="+c.Words)
		}
		got = append(got, d.SourceText(s)+" "+strings.Join(codes, ","))
	}
	want := []string{
		"«\u00a0Nous irons jusqu’au bout\u00a0»,\na déclaré Zoé 🎉. <i>=«\u00a0Nous irons jusqu’au bout\u00a0»,,<font color=\"#ffff00\">=a déclaré",
		"La grève continue. {\\an8}=La,<b>=La grève",
		"Oui. <i>=Oui.",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("segments and codes:\n%q\nwant\n%q", got, want)
	}
	if out := exportTranslation(t, "text", d, WriteOptions{Untranslated: KeepSource}); out != taggedSRT {
		t.Errorf("French as its translation:\n%q\nwant\n%q", out, taggedSRT)
	}
}

// TestSubtitleTagsInTheEnglish: the export writes each tag where the translator placed it, the others
// where the English most likely has them (around the whole English, at its start, around the same
// words), so that the file is valid subtitles; a left-out segment's tags go with it, and the
// document's tags survive Glose JSON.
func TestSubtitleTagsInTheEnglish(t *testing.T) {
	d := importText(t, "journal.srt", taggedSRT)
	english := []string{"“We will see it through”,\nsaid Zoé 🎉.", " The strike goes on. ", "Yes."}
	translateAs(d, func(i int, _ string) string { return english[i] })
	say := strings.Index(english[0], "said")
	d.Segments[0].Codes = []annotate.CodePlace{{Code: 0, Tag: "<i>", At: 0}, {Code: 0, Tag: "<i>", Close: true, At: strings.Index(english[0], "\n")},
		{Code: 1, Tag: `<font color="#ffff00">`, At: say}, {Code: 1, Tag: `<font color="#ffff00">`, Close: true, At: say + len("said")}}
	want := "1\r\n00:00:01,000 --> 00:00:04,000\r\n<i>“We will see it through”,</i>\r\n<font color=\"#ffff00\">said</font> Zoé 🎉.\r\n\r\n" +
		"2\r\n00:00:04,500 --> 00:00:06,000\r\n{\\an8}<b>The strike</b> goes on. <i>Yes.</i>\r\n"
	data, err := annotate.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	back, err := annotate.Unmarshal(data, "journal.json")
	if err != nil {
		t.Fatal(err)
	}
	if out := exportTranslation(t, "text", back, WriteOptions{}); out != want {
		t.Errorf("placed and estimated:\n%q\nwant\n%q", out, want)
	}
	back.Segments[1].Target, back.Segments[1].Status = "", annotate.StatusNew
	want = "1\r\n00:00:01,000 --> 00:00:04,000\r\n<i>“We will see it through”,</i>\r\n<font color=\"#ffff00\">said</font> Zoé 🎉.\r\n\r\n" +
		"2\r\n00:00:04,500 --> 00:00:06,000\r\n<i>Yes.</i>\r\n"
	if out := exportTranslation(t, "text", back, WriteOptions{Untranslated: OmitUntranslated}); out != want {
		t.Errorf("a segment left out:\n%q\nwant\n%q", out, want)
	}
}

// TestSubtitleTagsAndCombiningMarks: WebVTT's voice, class and timestamp tags are codes too; a tag
// before a combining mark that would compose with the letter before it stays in the text, which stays
// NFC; one before a mark with no precomposed form is taken out. Either way the file comes back whole.
func TestSubtitleTagsAndCombiningMarks(t *testing.T) {
	vtt := "WEBVTT\n\nNOTE <i>pas un sous-titre</i>\n\n00:01.000 --> 00:04.000 line:0\n<v Anne>Nous partons <00:02.000>demain.\n\n" +
		"00:04.500 --> 00:06.000\n<c.jaune>Ça va, q\u0307<i>\u0301</i>x e<b>\u0301</b>.</c>\n"
	d := importText(t, "journal.vtt", vtt)
	var got []string
	for _, s := range d.Segments {
		var codes []string
		for _, c := range SubtitleCodes(d, s) {
			codes = append(codes, c.Tag)
		}
		got = append(got, d.SourceText(s)+" "+strings.Join(codes, ","))
	}
	want := []string{"Nous partons demain. <v Anne>,<00:02.000>", "Ça va, q\u0307\u0301x e<b>\u0301. <c.jaune>,<i>,</b>"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("segments and codes:\n%q\nwant\n%q", got, want)
	}
	if out := exportTranslation(t, "text", d, WriteOptions{Untranslated: KeepSource}); out != vtt {
		t.Errorf("French as its translation:\n%q\nwant\n%q", out, vtt)
	}
}
