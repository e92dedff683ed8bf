package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestPretranslateNumbers: --numbers fills a table's number-only cells with their English, numbers
// localised, as drafts, and leaves the cells with words, the translated and the locked ones alone;
// without it they stay empty.
func TestPretranslateNumbers(t *testing.T) {
	cells := []string{"23,5", "1\u202f234", "Les Écologistes", "12 %", "2-1"}
	d := annotate.NewDocument("d1", "t", strings.Join(cells, "\n\n"), "fr", "en")
	off := 0
	for i, c := range cells {
		d.AddSegment(off, off+len(c), i, annotate.KindSentence)
		off += len(c) + 2
	}
	d.Segments[3].Target, d.Segments[3].Status = "twelve per cent", annotate.StatusTranslated
	d.Segments[4].Locked = true
	dir := t.TempDir()
	in := filepath.Join(dir, "doc.json")
	var buf bytes.Buffer
	must(t, annotate.Encode(&buf, d))
	must(t, os.WriteFile(in, buf.Bytes(), 0o644))
	t.Setenv("GLOSE_MT", "")
	db := filepath.Join(dir, "tm.db")
	must(t, cmdTM([]string{"add-term", "--tm", db, "x", "y"}, &bytes.Buffer{}, &bytes.Buffer{})) // an empty memory
	for _, c := range []struct {
		args []string
		want []string
	}{
		{[]string{"--numbers"}, []string{"23.5", "1,234", "", "twelve per cent", ""}},
		{nil, []string{"", "", "", "twelve per cent", ""}},
	} {
		var out, errOut bytes.Buffer
		if err := cmdPretranslate(append(append([]string{"--tm", db, "--mt", "none"}, c.args...), in), &out, &errOut); err != nil {
			t.Fatalf("%v: %v %s", c.args, err, errOut.String())
		}
		got, err := annotate.Decode(&out, "out.json")
		must(t, err)
		for i, w := range c.want {
			if s := got.Segments[i]; s.Target != w || (w != "" && i != 3 && s.Status != annotate.StatusDraft) {
				t.Errorf("%v: segment %d = %q (%s), want %q", c.args, i+1, s.Target, s.Status, w)
			}
		}
		if said := strings.Contains(errOut.String(), "filled 2 segments of numbers only"); said != (c.args != nil) {
			t.Errorf("%v: stderr %q", c.args, errOut.String())
		}
	}
}
