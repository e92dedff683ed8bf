package annotate

import (
	"bytes"
	"testing"
)

func TestCloneSharesNothingMutable(t *testing.T) {
	d := testDoc(t)
	before, _ := Marshal(d)
	c := d.Clone()
	if got, _ := Marshal(c); !bytes.Equal(got, before) {
		t.Fatal("the clone differs from the original")
	}
	e := NewEditor(c)
	if _, err := e.SetTarget("s1", "changed"); err != nil {
		t.Fatal(err)
	}
	if err := e.RenameEntity("e1", "en", "Somebody"); err != nil {
		t.Fatal(err)
	}
	if err := e.MergeEntities("e1", "e2"); err != nil {
		t.Fatal(err)
	}
	if err := e.AcceptAll(); err != nil {
		t.Fatal(err)
	}
	if after, _ := Marshal(d); !bytes.Equal(after, before) {
		t.Fatal("editing the clone changed the original")
	}
}
