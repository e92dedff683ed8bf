package annotate

import (
	"bytes"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

// TestTrackerChanges makes one kind of change after another, each followed by its record of changes,
// and applies the records in order to the document as its file gives it: each time, the result
// writes exactly what the document edited writes; so does the result of replaying them all at once,
// as recovery does. The typing has accents,
// « » with no-break spaces, an emoji and an e with a combining acute.
func TestTrackerChanges(t *testing.T) {
	d := testDoc(t)
	e := NewEditor(d)
	replica, start := reread(t, d), reread(t, d)
	tr := NewTracker(d.Clone())
	var records [][]byte
	steps := []struct {
		name string
		edit func() error
	}{
		{"typing", func() error { _, err := e.TypeTarget("s2", "The café was « shut » 😀 e\u0301"); return err }},
		{"typing inside, before a span", func() error { _, err := e.ReplaceTarget("s1", 0, 0, "Ça "); return err }},
		{"status", func() error { return e.SetStatus("s2", StatusTranslated) }},
		{"a new span", func() error {
			i := strings.Index(d.Segments[1].Target, "café")
			return e.AddSpan(&Span{Side: Target, Segment: "s2", Start: i, End: i + len("café"), Label: LabelMISC, Origin: Human, Confidence: 1})
		}},
		{"a span removed in the middle", func() error { return e.RemoveSpan(d.Spans[1].ID) }},
		{"accept", func() error { return e.Accept(d.Spans[0].ID) }},
		{"reject", func() error { return e.RejectAll() }},
		{"entity renamed", func() error { return e.RenameEntity(d.Entities[0].ID, "en", "Sergey Lavrov") }},
		{"note", func() error { return e.AddNote("s1", Note{Text: "« vérifier » é", Glose: true}) }},
		{"title", func() error {
			p := d.Properties()
			p.Title = "Titre « nouveau »"
			return e.SetProperties(p)
		}},
		{"undo", func() error { e.Undo(); return nil }},
		{"deleting a tagged word", func() error { _, err := e.SetTarget("s2", "« x »"); return err }},
	}
	for _, s := range steps {
		if err := s.edit(); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		rec, err := tr.Change(d)
		if err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
		if rec == nil {
			t.Fatalf("%s: no record of the change", s.name)
		}
		records = append(records, rec)
		if err := replica.ApplyChange(rec); err != nil {
			t.Fatalf("%s: applying %s: %v", s.name, rec, err)
		}
		if err := replica.Validate(); err != nil {
			t.Fatalf("%s: the document with the changes applied: %v", s.name, err)
		}
		if got, want := mustMarshal(t, replica), mustMarshal(t, d); !bytes.Equal(got, want) {
			t.Fatalf("%s: the changes applied give\n%s\nwant\n%s", s.name, got, want)
		}
	}
	if rec, err := tr.Change(d); rec != nil || err != nil {
		t.Errorf("no change: got a record %s, %v", rec, err)
	}
	r := NewReplay(start) // the records applied at once, as recovery does
	for _, rec := range records {
		if err := r.Apply(rec); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := mustMarshal(t, r.Done()), mustMarshal(t, d); !bytes.Equal(got, want) {
		t.Errorf("the records replayed at once give\n%s\nwant\n%s", got, want)
	}
}

// TestTrackerRecordsOnlyTheChange checks that typing in one segment of a long document records that
// segment alone, not the document.
func TestTrackerRecordsOnlyTheChange(t *testing.T) {
	var text strings.Builder
	for range 2000 {
		text.WriteString("Une phrase « assez » longue pour peser. ")
	}
	d := NewDocument("long", "", strings.TrimSpace(text.String()), "fr", "en")
	n := len("Une phrase « assez » longue pour peser. ")
	for i := range 2000 {
		d.AddSegment(i*n, i*n+n-1, 0, KindSentence)
	}
	tr := NewTracker(d.Clone())
	if _, err := NewEditor(d).TypeTarget(d.Segments[1000].ID, "A sentence"); err != nil {
		t.Fatal(err)
	}
	rec, err := tr.Change(d)
	if err != nil {
		t.Fatal(err)
	}
	if len(rec) > 300 || !bytes.Contains(rec, []byte(`"A sentence"`)) {
		t.Errorf("record of one segment typed in: %d bytes: %s", len(rec), rec)
	}
}

// TestTrackerLargeChange leaves a change of more items than a record holds to a write in full.
func TestTrackerLargeChange(t *testing.T) {
	d := NewDocument("long", "", strings.Repeat("Une phrase. ", LargeChange+1), "fr", "en")
	for i := range LargeChange + 1 {
		d.AddSegment(i*12, i*12+11, 0, KindSentence)
	}
	tr := NewTracker(d.Clone())
	for _, s := range d.Segments {
		s.Target = "A sentence."
	}
	if _, err := tr.Change(d); err != ErrLargeChange {
		t.Errorf("%d segments changed: got %v, want ErrLargeChange", len(d.Segments), err)
	}
}

// TestTrackerOtherText refuses a document of another text: its changes cannot be said.
func TestTrackerOtherText(t *testing.T) {
	d := testDoc(t)
	tr := NewTracker(d.Clone())
	other := NewDocument(d.ID, d.Title, d.Text+" Et plus.", "fr", "en")
	if _, err := tr.Change(other); err != ErrNotTracked {
		t.Errorf("another text: got %v, want ErrNotTracked", err)
	}
}

// TestApplyChangeRefusesWhatIsNotThere refuses a record removing a span the document does not have,
// leaving the document as it was.
func TestApplyChangeRefusesWhatIsNotThere(t *testing.T) {
	d := testDoc(t)
	before := mustMarshal(t, d)
	for _, rec := range []string{`{"dropSpans":["t999"]}`, `{"order":["s9"]}`, `{"spans":[`} {
		if err := d.ApplyChange([]byte(rec)); err == nil {
			t.Errorf("%s: applied", rec)
		}
		if !bytes.Equal(mustMarshal(t, d), before) {
			t.Fatalf("%s: the document changed", rec)
		}
	}
}

// TestTrackerComparesEveryField fails when a field is added to what the tracker compares field by
// field: add it to sameSegment, sameEntity, sameHead or sameMeta, then the count here.
func TestTrackerComparesEveryField(t *testing.T) {
	for _, c := range []struct {
		v    any
		want int
	}{{Segment{}, 15}, {Entity{}, 5}, {Meta{}, 8}, {Document{}, 18}, {Layout{}, 4}} {
		if got := reflect.TypeOf(c.v).NumField(); got != c.want {
			t.Errorf("%T has %d fields, the tracker compares %d: compare the new one in journal.go", c.v, got, c.want)
		}
	}
}

func reread(t *testing.T, d *Document) *Document {
	t.Helper()
	r, err := Unmarshal(mustMarshal(t, d), "test.json")
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func mustMarshal(t *testing.T, d *Document) []byte {
	t.Helper()
	b, err := Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestTrackerFollowsEveryItemField changes each field of a span, a link and a rejection in turn,
// found by reflection, so that a field added to them later is tried too: the tracker, which
// compares them with ==, must record the change, and ApplyChange give back the item as changed.
// A field this test cannot change (unexported, which the record's JSON drops; a pointer, which ==
// compares by address; a struct) fails it: make the tracker and the record follow such a field, then
// teach changeField its kind.
func TestTrackerFollowsEveryItemField(t *testing.T) {
	for _, c := range []struct {
		what string
		item func(d *Document) any // a pointer to the item changed
		all  func(d *Document) any // the items compared after applying the change
	}{
		{"span", func(d *Document) any { return d.Spans[1] }, func(d *Document) any { return itemsByID(d.Spans, func(s *Span) string { return s.ID }) }},
		{"link", func(d *Document) any { return d.Links[1] }, func(d *Document) any { return itemsByID(d.Links, func(l *Link) string { return l.ID }) }},
		{"rejection", func(d *Document) any { return d.Rejected[0] }, func(d *Document) any { return d.Rejected }},
	} {
		typ := reflect.TypeOf(c.item(docWithRejection(t))).Elem()
		for i := range typ.NumField() {
			name := c.what + "." + typ.Field(i).Name
			d := docWithRejection(t)
			replica, tr := d.Clone(), NewTracker(d.Clone())
			if err := changeField(reflect.ValueOf(c.item(d)).Elem().Field(i)); err != nil {
				t.Errorf("%s: %v", name, err)
				continue
			}
			rec, err := tr.Change(d)
			if err != nil || rec == nil {
				t.Errorf("%s changed: record %s, error %v", name, rec, err)
				continue
			}
			if err := replica.ApplyChange(rec); err != nil {
				t.Errorf("%s: applying %s: %v", name, rec, err)
				continue
			}
			if got, want := c.all(replica), c.all(d); !reflect.DeepEqual(got, want) {
				t.Errorf("%s: applying %s gave\n%#v\nwant\n%#v", name, rec, got, want)
			}
		}
	}
}

// docWithRejection is testDoc with a target rejection, every field of it set.
func docWithRejection(t *testing.T) *Document {
	d := testDoc(t)
	d.Rejected = append(d.Rejected, &Rejection{Side: Target, Segment: "s1", Start: 2, End: 6, Label: LabelLOC, FromStart: 3, FromEnd: 9})
	return d
}

// changeField gives f another value of its kind, or says it cannot.
func changeField(f reflect.Value) error {
	if !f.CanSet() {
		return fmt.Errorf("unexported: a record of changes (JSON) does not carry it")
	}
	switch f.Kind() {
	case reflect.String:
		f.SetString(f.String() + "x")
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		f.SetInt(f.Int() + 1)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		f.SetUint(f.Uint() + 1)
	case reflect.Float32, reflect.Float64:
		f.SetFloat(f.Float() + 0.25)
	case reflect.Bool:
		f.SetBool(!f.Bool())
	default:
		return fmt.Errorf("a field of kind %s: == may not compare its value (see samePtr in journal.go); follow it there, then change it here", f.Kind())
	}
	return nil
}

func itemsByID[T any](items []*T, id func(*T) string) map[string]T {
	m := make(map[string]T, len(items))
	for _, v := range items {
		m[id(v)] = *v
	}
	return m
}
