package update

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestUpdateKeepsAndTakesIgnoredWarnings: updating from a returned XLIFF keeps the warnings the
// document ignores, also in a segment whose English the file changes, and ignores too those a
// reviewer ignored in the file (in Glose), as one undo step with the rest.
func TestUpdateKeepsAndTakesIgnoredWarnings(t *testing.T) {
	mine := annotate.QAIgnore{Check: "quote-style", About: "english: Sergei « Lavrov »\u00a0😀 e\u0301"}
	theirs := annotate.QAIgnore{Check: "number-mismatch", About: "missing: 2026; « Rene\u0301e » 👍🏽"}
	for _, f := range []string{"xliff", "xliff12"} {
		d := testDoc(t)
		e := annotate.NewEditor(d)
		must(t, e.SetQAIgnored("s1", mine, true))
		// The reviewer's copy: s2 ignores a warning too, and s1's English changes.
		r := testDoc(t)
		must(t, annotate.NewEditor(r).SetQAIgnored("s2", theirs, true))
		back := returned(t, r, f, false, []edit{{"Dialogue is free", "Dialogue is open"}})
		p, err := Match(d, back, "back.xlf")
		must(t, err)
		if want := []Ignore{{Segment: "s2", QAIgnore: theirs}}; !reflect.DeepEqual(p.Ignores, want) {
			t.Fatalf("%s: the plan ignores %+v, want %+v", f, p.Ignores, want)
		}
		res, err := Apply(e, p, Options{})
		must(t, err)
		if res.Ignored != 1 || res.Changed != 1 {
			t.Errorf("%s: %+v, want 1 changed and 1 ignored", f, res)
		}
		if !d.Segments[0].IgnoresQA(mine) || !d.Segments[1].IgnoresQA(theirs) {
			t.Errorf("%s: ignores %q and %q after the update", f, d.Segments[0].QAIgnored, d.Segments[1].QAIgnored)
		}
		e.Undo()
		if d.Segments[1].IgnoresQA(theirs) || !d.Segments[0].IgnoresQA(mine) {
			t.Errorf("%s: undoing the update leaves %q and %q", f, d.Segments[0].QAIgnored, d.Segments[1].QAIgnored)
		}
	}
}

// TestTakingTheFileKeepsIgnoredWarnings: when the reviewer's copy of the client's XLIFF (merge-back,
// which writes no ignores) becomes the document's original, the warnings the translator ignored stay
// ignored, in the segment whose English the reviewer changed too.
func TestTakingTheFileKeepsIgnoredWarnings(t *testing.T) {
	d, first := clientRound(t, "client.xlf", "xliff")
	end := segmentOf(t, d, "Fin.")
	ig := annotate.QAIgnore{Check: "same-as-source", About: "english: EN: Fin. « e\u0301 » 😀"}
	e := annotate.NewEditor(d)
	must(t, e.SetQAIgnored(end.ID, ig, true))
	returned := replaceAll(t, first, `<target>EN: Fin.</target>`, `<target>The end « 😀 ».</target>`)
	path := filepath.Join(t.TempDir(), "reviewed.xlf")
	must(t, os.WriteFile(path, returned, 0o644))
	p, _, err := ReadFile(d, path)
	must(t, err)
	res, err := Apply(e, p, Options{})
	must(t, err)
	if !res.TookFile || res.Changed != 1 || len(p.Ignores) != 0 {
		t.Fatalf("%+v, %d ignores in the plan; want the file taken, one change, no ignore from a client's file", res, len(p.Ignores))
	}
	if !end.IgnoresQA(ig) || len(end.QAIgnored) != 1 {
		t.Errorf("after taking the file the segment ignores %q, want %q", end.QAIgnored, ig)
	}
}
