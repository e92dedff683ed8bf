package update

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

const frText = "Sergueï Lavrov a déclaré : « Le dialogue est libre ». Il est parti 😀.\n\nMarie a bu un café."

// testDoc is a document of three segments: the first translated with a PER span linked to the
// French one, the second translated, the third new.
func testDoc(t *testing.T) *annotate.Document {
	t.Helper()
	d := annotate.NewDocument("art", "Art", frText, "fr", "en")
	il := strings.Index(frText, "Il est")
	marie := strings.Index(frText, "Marie")
	d.AddSegment(0, il-1, 0, annotate.KindSentence)
	d.AddSegment(il, marie-2, 0, annotate.KindSentence)
	d.AddSegment(marie, len(frText), 1, annotate.KindSentence)
	e := annotate.NewEditor(d)
	must(t, e.AddSpan(&annotate.Span{ID: "t1", Side: annotate.Source, Start: 0, End: len("Sergueï Lavrov"), Label: annotate.LabelPER}))
	_, err := e.SetTarget("s1", "Sergei Lavrov said: “Dialogue is free”.")
	must(t, err)
	_, err = e.SetTarget("s2", "He left 😀.")
	must(t, err)
	must(t, e.SetStatus("s1", annotate.StatusTranslated))
	must(t, e.SetStatus("s2", annotate.StatusTranslated))
	must(t, e.AddSpan(&annotate.Span{ID: "t2", Side: annotate.Target, Segment: "s1", Start: 0, End: len("Sergei Lavrov"), Label: annotate.LabelPER}))
	must(t, e.AddLink(&annotate.Link{Type: annotate.LinkTranslation, From: "t1", To: "t2"}))
	return d
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// edit is a change a reviewer makes to the returned file's text.
type edit struct{ old, new string }

// returned exports d in format f (without span markers when bare), applies the edits and reads the
// file back as the update does.
func returned(t *testing.T, d *annotate.Document, f string, bare bool, edits []edit) []*annotate.Document {
	t.Helper()
	files, _, err := formats.Write(f, []*annotate.Document{d}, formats.WriteOptions{NoMarkers: bare})
	must(t, err)
	text := string(files[0].Data)
	for _, e := range edits {
		if !strings.Contains(text, e.old) {
			t.Fatalf("the %s export has no %q:\n%s", f, e.old, text)
		}
		text = strings.ReplaceAll(text, e.old, e.new)
	}
	name, read := "returned.xlf", "xliff"
	if f == "tmx" {
		name, read = "returned.tmx", "tmx"
	}
	docs, _, err := formats.Read(name, []byte(text), formats.ReadOptions{Format: read})
	must(t, err)
	return docs
}

type want struct {
	changed, unchanged, refused, kept, bySource int
	targets                                     map[string]string
	status                                      map[string]annotate.Status
	spanT2                                      string // the text of English span t2 after, "" for gone
}

func TestUpdate(t *testing.T) {
	draft, translated, reviewed := annotate.StatusDraft, annotate.StatusTranslated, annotate.StatusReviewed
	before := "Sergei Lavrov said: “Dialogue is free”."
	tests := []struct {
		name   string
		format string
		bare   bool // exported without span markers, as some tools return files
		edits  []edit
		want   want
	}{
		{"IDs kept: a corrected translation", "xliff", false, []edit{{"He left 😀.", "He went away 😀."}},
			want{changed: 1, unchanged: 2, targets: map[string]string{"s1": before, "s2": "He went away 😀."}, status: map[string]annotate.Status{"s2": translated}, spanT2: "Sergei Lavrov"}},
		{"IDs lost: found by the French", "xliff12", false, []edit{{`id="s`, `id="x`}, {"He left 😀.", "He went away 😀."}},
			want{changed: 1, unchanged: 2, bySource: 3, targets: map[string]string{"s2": "He went away 😀."}, spanT2: "Sergei Lavrov"}},
		{"French edited by the reviewer: refused", "xliff", false, []edit{{"Il est parti 😀.", "Il s’en est allé 😀."}, {"He left 😀.", "He went off 😀."}},
			want{unchanged: 2, refused: 1, targets: map[string]string{"s2": "He left 😀."}, spanT2: "Sergei Lavrov"}},
		{"a translation with « »", "xliff", false, []edit{{"said: “Dialogue is free”.", "said: « Dialogue is free »."}},
			want{changed: 1, unchanged: 2, targets: map[string]string{"s1": "Sergei Lavrov said: « Dialogue is free »."}, spanT2: "Sergei Lavrov"}},
		{"e and U+0301 in the French and the English", "xliff", false,
			[]edit{{"<source>Marie a bu un café.</source>", "<source>Marie a bu un cafe\u0301.</source><target>Marie had a cafe\u0301.</target>"}},
			want{changed: 1, unchanged: 2, targets: map[string]string{"s3": "Marie had a café."}, status: map[string]annotate.Status{"s3": draft}, spanT2: "Sergei Lavrov"}},
		{"a returned status: final is reviewed", "xliff", false, []edit{{`<segment id="s2" state="translated">`, `<segment id="s2" state="final">`}},
			want{changed: 1, unchanged: 2, targets: map[string]string{"s2": "He left 😀."}, status: map[string]annotate.Status{"s2": reviewed}, spanT2: "Sergei Lavrov"}},
		{"a returned status: needs-translation over a translation is a draft", "xliff12", false,
			[]edit{{`<target state="translated">He left`, `<target state="needs-translation">He left`}},
			want{changed: 1, unchanged: 2, status: map[string]annotate.Status{"s2": draft}, spanT2: "Sergei Lavrov"}},
		{"XLIFF 1.2 sent back as it was: nothing changes", "xliff12", false, nil,
			want{unchanged: 3, status: map[string]annotate.Status{"s1": translated, "s2": translated, "s3": annotate.StatusNew}, spanT2: "Sergei Lavrov"}},
		{"XLIFF 2 sent back as it was: nothing changes", "xliff", false, nil, want{unchanged: 3, spanT2: "Sergei Lavrov"}},
		{"a translation emptied in the file is kept", "xliff", false, []edit{{"<target>He left 😀.</target>", ""}},
			want{unchanged: 2, kept: 1, targets: map[string]string{"s2": "He left 😀."}, spanT2: "Sergei Lavrov"}},
		{"a name corrected inside its marker: the span and its link stay", "xliff", false, []edit{{"Sergei Lavrov</mrk>", "Sergey Lavrov</mrk>"}},
			want{changed: 1, unchanged: 2, targets: map[string]string{"s1": "Sergey Lavrov said: “Dialogue is free”."}, spanT2: "Sergey Lavrov"}},
		{"a name corrected without markers: the span no longer fits", "xliff", true, []edit{{"Sergei Lavrov", "Sergey Lavrov"}},
			want{changed: 1, unchanged: 2, targets: map[string]string{"s1": "Sergey Lavrov said: “Dialogue is free”."}}},
		{"a sentence reordered by the reviewer: the translator's name span moves with its link", "xliff", true,
			[]edit{{"Sergei Lavrov said: “Dialogue is free”.", "“Dialogue is free,” said Sergei Lavrov."}},
			want{changed: 1, unchanged: 2, targets: map[string]string{"s1": "“Dialogue is free,” said Sergei Lavrov."}, spanT2: "Sergei Lavrov"}},
		{"a sentence reordered, the name said twice: the span no longer fits", "xliff", true,
			[]edit{{"Sergei Lavrov said: “Dialogue is free”.", "“Dialogue is free,” said Sergei Lavrov; Sergei Lavrov left."}},
			want{changed: 1, unchanged: 2, targets: map[string]string{"s1": "“Dialogue is free,” said Sergei Lavrov; Sergei Lavrov left."}}},
		{"TMX: found by its tuid", "tmx", false, []edit{{"He left 😀.", "He went away 😀."}},
			want{changed: 1, unchanged: 1, targets: map[string]string{"s2": "He went away 😀."}, spanT2: "Sergei Lavrov"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := testDoc(t)
			var saved bytes.Buffer
			must(t, annotate.Encode(&saved, d))
			p, err := Match(d, returned(t, d, tc.format, tc.bare, tc.edits), "returned.xlf")
			must(t, err)
			got := want{changed: len(p.Changes), unchanged: p.Unchanged, refused: len(p.Refused), kept: len(p.Kept), bySource: p.BySource}
			w := tc.want
			if got.changed != w.changed || got.unchanged != w.unchanged || got.refused != w.refused || got.kept != w.kept || got.bySource != w.bySource {
				t.Fatalf("plan: changed %d, unchanged %d, refused %d, kept %d, by French %d; want %d, %d, %d, %d, %d (not found %q)",
					got.changed, got.unchanged, got.refused, got.kept, got.bySource, w.changed, w.unchanged, w.refused, w.kept, w.bySource, p.NotFound)
			}
			e := annotate.NewEditor(d)
			res, err := Apply(e, p, Options{})
			must(t, err)
			for id, target := range w.targets {
				if s := d.Segment(id); s.Target != target {
					t.Errorf("segment %s reads %q, want %q", id, s.Target, target)
				}
			}
			for id, st := range w.status {
				if s := d.Segment(id); s.Status != st {
					t.Errorf("segment %s is %s, want %s", id, s.Status, st)
				}
			}
			checkSpans(t, d, w.spanT2, res)
			if tc.want.changed > 0 && (!e.Undo() || e.CanUndo()) {
				t.Fatal("the update is not one undo step")
			}
			var undone bytes.Buffer
			must(t, annotate.Encode(&undone, d))
			if undone.String() != saved.String() {
				t.Errorf("Undo does not restore the document:\n%s\nwant:\n%s", undone.String(), saved.String())
			}
		})
	}
}

// checkSpans checks what the update left of the English span t2 and its link, and that the French
// span is untouched.
func checkSpans(t *testing.T, d *annotate.Document, t2 string, res Result) {
	t.Helper()
	if sp := d.Span("t1"); sp == nil || d.Text[sp.Start:sp.End] != "Sergueï Lavrov" {
		t.Errorf("the French span t1 changed: %+v", sp)
	}
	sp := d.Span("t2")
	switch {
	case t2 == "" && sp != nil:
		t.Errorf("the English span t2 still reads %q; want it dropped", d.Segment("s1").Target[sp.Start:sp.End])
	case t2 == "" && (res.SpansDropped != 1 || len(d.Links) != 0):
		t.Errorf("dropped %d spans, %d links left; want 1 dropped with its link", res.SpansDropped, len(d.Links))
	case t2 != "" && sp == nil:
		t.Errorf("the English span t2 is gone; want it on %q", t2)
	case t2 != "" && d.Segment("s1").Target[sp.Start:sp.End] != t2:
		t.Errorf("the English span t2 reads %q, want %q", d.Segment("s1").Target[sp.Start:sp.End], t2)
	case t2 != "" && len(d.Links) != 1:
		t.Errorf("%d links, want the translation link kept", len(d.Links))
	}
}

func TestNotForThisDocument(t *testing.T) {
	d := testDoc(t)
	other := annotate.NewDocument("other", "Other", "Bonjour tout le monde.", "fr", "en")
	other.AddSegment(0, len(other.Text), 0, annotate.KindSentence)
	_, err := Match(d, returned(t, other, "xliff", false, nil), "/tmp/autre.xlf")
	var nf *NotForDocumentError
	if !errors.As(err, &nf) || !strings.Contains(err.Error(), "autre.xlf") {
		t.Fatalf("got %v, want a NotForDocumentError naming autre.xlf", err)
	}
}

// TestNewWithEnglishReadsBackUnchanged: a new segment that holds English goes out as XLIFF 1.2 state
// "new" and reads back as a draft; sent back untouched, it is not a change.
func TestNewWithEnglishReadsBackUnchanged(t *testing.T) {
	d := testDoc(t)
	d.Segment("s2").Status = annotate.StatusNew
	p, err := Match(d, returned(t, d, "xliff12", false, nil), "returned.xlf")
	must(t, err)
	if len(p.Changes) != 0 || p.Unchanged != 3 {
		t.Errorf("%d changed (%v), %d unchanged; want none changed", len(p.Changes), p.Summary(), p.Unchanged)
	}
}

// TestTMXFoundByTuid: a TMX holds only the finished segments, so its units are not the document's
// segments in order; each is found by the tuid the export wrote, and one whose French the reviewer
// edited is refused under its own segment, not reported as another segment not found.
func TestTMXFoundByTuid(t *testing.T) {
	d := testDoc(t)
	e := annotate.NewEditor(d)
	must(t, e.SetStatus("s1", annotate.StatusDraft)) // a draft: not in the memory
	_, err := e.SetTarget("s3", "Marie had a coffee.")
	must(t, err)
	must(t, e.SetStatus("s3", annotate.StatusTranslated))
	p, err := Match(d, returned(t, d, "tmx", false, []edit{{"He left 😀.", "He went away 😀."},
		{"Marie a bu un café.", "Marie a pris un café."}}), "returned.tmx")
	must(t, err)
	if len(p.Changes) != 1 || p.Changes[0].Segment != "s2" || p.BySource != 0 {
		t.Errorf("changes %+v, %d found by their French; want s2 changed, found by its tuid", p.Changes, p.BySource)
	}
	if len(p.Refused) != 1 || p.Refused[0].Segment != "s3" || len(p.NotFound) != 0 {
		t.Errorf("refused %+v, not found %q; want s3 refused, nothing not found", p.Refused, p.NotFound)
	}
}

// TestTMXCorpusIDsStayDistinct: the tuids of a memory of several documents repeat segment IDs; the
// segments read keep distinct IDs, a numbered one never taking an ID a later unit holds.
func TestTMXCorpusIDsStayDistinct(t *testing.T) {
	tmx := `<tmx version="1.4"><header srclang="fr"/><body>` +
		`<tu tuid="a:s3"><tuv xml:lang="fr"><seg>Un.</seg></tuv><tuv xml:lang="en"><seg>One.</seg></tuv></tu>` +
		`<tu tuid="b:s1"><tuv xml:lang="fr"><seg>Deux.</seg></tuv><tuv xml:lang="en"><seg>Two.</seg></tuv></tu>` +
		`<tu tuid="c:s1"><tuv xml:lang="fr"><seg>Trois.</seg></tuv><tuv xml:lang="en"><seg>Three.</seg></tuv></tu>` +
		`</body></tmx>`
	docs, _, err := formats.Read("corpus.tmx", []byte(tmx), formats.ReadOptions{Format: "tmx"})
	must(t, err)
	seen := map[string]bool{}
	for _, s := range docs[0].Segments {
		if seen[s.ID] {
			t.Errorf("two segments are %s", s.ID)
		}
		seen[s.ID] = true
	}
}

// TestTMXOfParagraphs: a memory exported one unit per paragraph names each unit by its first segment;
// a unit of several segments is not found (named by its French), not refused as French the reviewer
// edited, while a paragraph of one segment is updated.
func TestTMXOfParagraphs(t *testing.T) {
	d := testDoc(t)
	e := annotate.NewEditor(d)
	_, err := e.SetTarget("s3", "Marie had a coffee.")
	must(t, err)
	must(t, e.SetStatus("s3", annotate.StatusTranslated))
	files, _, err := formats.Write("tmx", []*annotate.Document{d}, formats.WriteOptions{Paragraphs: true})
	must(t, err)
	text := strings.ReplaceAll(string(files[0].Data), "Marie had a coffee.", "Marie drank a coffee.")
	docs, _, err := formats.Read("returned.tmx", []byte(text), formats.ReadOptions{Format: "tmx"})
	must(t, err)
	p, err := Match(d, docs, "returned.tmx")
	must(t, err)
	if len(p.Refused) != 0 || len(p.NotFound) != 1 || !strings.HasPrefix(p.NotFound[0], "Sergueï Lavrov a déclaré") {
		t.Errorf("refused %+v, not found %q; want the paragraph of s1 and s2 not found, by its French", p.Refused, p.NotFound)
	}
	if len(p.Changes) != 1 || p.Changes[0].Segment != "s3" {
		t.Errorf("changes %+v; want s3", p.Changes)
	}
}

// TestEnglishInNFDReadsBackUnchanged: an English holding e + U+0301 (pasted, or from machine
// translation), sent out and returned untouched, reads back in NFC: the same English, no change that
// the summary listed as "“… café.” → “… café.”" and that moved the spans after it.
func TestEnglishInNFDReadsBackUnchanged(t *testing.T) {
	for _, f := range []string{"xliff", "xliff12", "tmx"} {
		d := testDoc(t)
		_, err := annotate.NewEditor(d).SetTarget("s2", "He left the cafe\u0301 😀.")
		must(t, err)
		p, err := Match(d, returned(t, d, f, false, nil), "returned.xlf")
		must(t, err)
		if len(p.Changes) != 0 {
			t.Errorf("%s: %d changes, want none: %+v", f, len(p.Changes), p.Changes[0])
		}
	}
}
