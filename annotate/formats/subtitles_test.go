package formats

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

const subtitlesSRT = "1\r\n00:00:01,000 --> 00:00:04,000\r\n«\u00a0Nous irons jusqu’au bout\u00a0»,\r\na déclaré la syndicaliste.\r\n\r\n" +
	"2\r\n00:00:04,500 --> 00:00:06,000\r\n<i>Cafe\u0301</i> fermé 😀\r\n\r\n3\r\n00:00:06,500 --> 00:00:08,000\r\nOui.\r\n"

// TestSubtitlesKeepTheirTimings: SubRip and WebVTT subtitles import with a segment per sentence of the
// cues' text, none a heading; cue numbers, identifiers, timings and WebVTT's header and NOTE blocks
// are no segments; the translation exported as text is the subtitle file again, timings and CRLF
// line ends included, under the subtitles' extension, and its tags around the words they wrapped.
func TestSubtitlesKeepTheirTimings(t *testing.T) {
	d := importText(t, "journal.srt", subtitlesSRT)
	var got []string
	for _, s := range d.Segments {
		got = append(got, s.Kind+":"+d.SourceText(s))
	}
	want := "sentence:«\u00a0Nous irons jusqu’au bout\u00a0»,\na déclaré la syndicaliste.|sentence:Café fermé 😀|sentence:Oui."
	if strings.Join(got, "|") != want {
		t.Errorf("segments %q\nwant %q", strings.Join(got, "|"), want)
	}
	english := map[int]string{0: "“We will see it through”,\nsaid the trade unionist.", 1: "Café closed 😀", 2: "Yes."}
	translateAs(d, func(i int, _ string) string { return english[i] })
	files, _, err := Write("text", []*annotate.Document{d}, WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	wantSRT := "1\r\n00:00:01,000 --> 00:00:04,000\r\n“We will see it through”,\r\nsaid the trade unionist.\r\n\r\n" +
		"2\r\n00:00:04,500 --> 00:00:06,000\r\n<i>Café</i> closed 😀\r\n\r\n3\r\n00:00:06,500 --> 00:00:08,000\r\nYes.\r\n"
	if files[0].Name != "journal.srt" || string(files[0].Data) != wantSRT {
		t.Errorf("%s:\n%q\nwant\n%q", files[0].Name, files[0].Data, wantSRT)
	}
	vtt := importText(t, "journal.vtt", "WEBVTT - Journal de 20 h\n\nNOTE relu par Anne\n\nintro\n00:01.000 --> 00:04.000 align:start\nBonjour\n\n00:04.000 --> 00:06.000\nÀ demain.\n")
	got = nil
	for _, s := range vtt.Segments {
		got = append(got, s.Kind+":"+vtt.SourceText(s))
	}
	if strings.Join(got, "|") != "sentence:Bonjour|sentence:À demain." {
		t.Errorf("WebVTT segments %q", got)
	}
}
