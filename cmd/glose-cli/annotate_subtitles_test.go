package main

import (
	"strings"
	"testing"
)

// TestAnnotateSubtitles: a SubRip or WebVTT file is pre-annotated as the app opens it, where annotate
// refused it and asked for import piped into annotate; a quotation attributed on the cue's second line
// is found.
func TestAnnotateSubtitles(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"journal.srt": "1\n00:00:01,000 --> 00:00:04,000\n« Nous ne céderons pas 😀 »,\na déclaré Laurent Brun.\n\n" +
			"2\n00:00:04,500 --> 00:00:06,000\nLa grève continue à Paris.\n",
		"journal.vtt": "WEBVTT\n\n00:01.000 --> 00:04.000\n« Nous ne céderons pas 😀 »,\na déclaré Laurent Brun.\n\n" +
			"00:04.500 --> 00:06.000\nLa grève continue à Paris.\n",
	} {
		text := annotatedWithQuote(t, writeFile(t, dir, name, text), "« Nous ne céderons pas 😀 »", "Laurent Brun")
		if !strings.Contains(text, "-->") {
			t.Errorf("%s: text %q: want the timings kept, for the translation's export", name, text)
		}
	}
}
