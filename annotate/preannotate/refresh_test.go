package preannotate

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/plaintext"
)

const merkelText = "« Nous partirons demain », a déclaré Angela Merkel à Berlin.\n"

// oldRun returns a document as an earlier, worse run left it: a suggestion "Angela" with its entity,
// named the speaker of the quotation by an auto link.
func oldRun(t *testing.T) (*annotate.Document, *annotate.Span) {
	t.Helper()
	d, err := plaintext.Import("merkel.txt", []byte(merkelText), plaintext.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := Run(d, Options{}); err != nil {
		t.Fatal(err)
	}
	full := at(d, strings.Index(d.Text, "Angela"), strings.Index(d.Text, " à Berlin"), annotate.LabelPER)
	if full == nil {
		t.Fatalf("pre-annotation did not find Angela Merkel: %v", spansOf(d))
	}
	// Make the earlier run's: "Angela" alone.
	full.End = full.Start + len("Angela")
	d.Entities[slicesIndex(d, full.ID)].Names = map[string]string{"fr": "Angela", "en": "Angela"}
	d.Reindex()
	return d, full
}

// slicesIndex returns the index in d.Entities of the entity holding span id.
func slicesIndex(d *annotate.Document, id string) int {
	for i, e := range d.Entities {
		for _, m := range e.Mentions {
			if m == id {
				return i
			}
		}
	}
	return -1
}

func spansOf(d *annotate.Document) []string {
	var out []string
	for _, sp := range d.Spans {
		out = append(out, sp.Label+":"+d.SpanText(sp)+":"+string(sp.Origin))
	}
	return out
}

func perEntities(d *annotate.Document) int {
	n := 0
	for _, e := range d.Entities {
		if e.Type == annotate.LabelPER {
			n++
		}
	}
	return n
}

// TestRerunReplacesUntouchedSuggestions: an earlier run's "Angela" beside this run's "Angela Merkel"
// gave two overlapping spans and two entities. The untouched "Angela" is now replaced, the quotation
// (proposed again) keeps its ID and gets the new speaker, and running once more changes nothing.
func TestRerunReplacesUntouchedSuggestions(t *testing.T) {
	for _, editor := range []bool{false, true} {
		d, angela := oldRun(t)
		opts := Options{}
		var e *annotate.Editor
		if editor {
			e = annotate.NewEditor(d)
			opts.Editor = e
		}
		var quoteID string
		for _, sp := range d.Spans {
			if sp.Label == annotate.LabelQuote {
				quoteID = sp.ID
			}
		}
		r, err := RunReport(d, opts)
		if err != nil {
			t.Fatal(err)
		}
		if d.Span(angela.ID) != nil {
			t.Errorf("editor %v: the earlier \"Angela\" is still there: %v", editor, spansOf(d))
		}
		full := at(d, strings.Index(d.Text, "Angela"), strings.Index(d.Text, " à Berlin"), annotate.LabelPER)
		if full == nil || perEntities(d) != 1 {
			t.Fatalf("editor %v: spans %v, %d PER entities; want Angela Merkel, one entity", editor, spansOf(d), perEntities(d))
		}
		if l := d.LinkFrom(quoteID, annotate.LinkSpeaker); d.Span(quoteID) == nil || l == nil || l.To != full.ID {
			t.Errorf("editor %v: the quotation %s lost its place or its speaker (%+v)", editor, quoteID, l)
		}
		if r.Added != 1 || r.Replaced != 1 || r.Unchanged == 0 {
			t.Errorf("editor %v: report %+v, want 1 added, 1 replaced, some unchanged", editor, r)
		}
		if err := d.Validate(); err != nil {
			t.Errorf("editor %v: %v", editor, err)
		}
		if r, _ := RunReport(d, opts); r.Added != 0 || r.Replaced != 0 {
			t.Errorf("editor %v: a third run changed things: %+v (%s)", editor, r, r)
		}
		if editor {
			e.Undo()
			e.Undo()
			if d.Span(angela.ID) == nil || at(d, full.Start, full.End, annotate.LabelPER) != nil {
				t.Errorf("undo did not bring back the earlier run: %v", spansOf(d))
			}
		}
	}
}

// TestRerunKeepsWhatAPersonDid: a suggestion with a note, one a person linked as a speaker, an
// accepted one and a person's span stay; a rejected one does not come back.
func TestRerunKeepsWhatAPersonDid(t *testing.T) {
	d, angela := oldRun(t)
	e := annotate.NewEditor(d)
	berlin := at(d, strings.Index(d.Text, "Berlin"), strings.Index(d.Text, "Berlin")+len("Berlin"), annotate.LabelLOC)
	if berlin == nil {
		t.Fatalf("no Berlin: %v", spansOf(d))
	}
	angela.Note = "check the full name"
	if err := e.Reject(berlin.ID); err != nil {
		t.Fatal(err)
	}
	r, err := RunReport(d, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if d.Span(angela.ID) == nil {
		t.Error("a suggestion with a person's note was replaced")
	}
	if at(d, berlin.Start, berlin.End, annotate.LabelLOC) != nil {
		t.Error("a rejected suggestion came back")
	}
	if at(d, angela.Start, strings.Index(d.Text, " à Berlin"), annotate.LabelPER) != nil {
		t.Errorf("a new span overlaps the suggestion a person touched: %v", spansOf(d))
	}
	if r.Kept != 1 {
		t.Errorf("report %+v: want 1 kept", r)
	}

	// A suggestion whose entity a person named stays too.
	d, angela = oldRun(t)
	d.Entities[slicesIndex(d, angela.ID)].Names["fr"] = "Angela Dorothea Merkel"
	if err := Run(d, Options{}); err != nil {
		t.Fatal(err)
	}
	if d.Span(angela.ID) == nil {
		t.Error("the mention of an entity a person named was replaced")
	}
}

func TestReportString(t *testing.T) {
	if got := (Report{Added: 3}).String(); got != "3 new suggestions" {
		t.Errorf("first run: %q", got)
	}
	got := Report{Added: 1, Replaced: 2, Unchanged: 40, Kept: 1}.String()
	if got != "1 new, 2 removed (no longer proposed), 40 unchanged, 1 kept (touched by a person)" {
		t.Errorf("rerun: %q", got)
	}
}
