package update

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestUpdateLeavesLockedSegments: a returned file that changes a locked segment's English does not
// change it (the update would otherwise fail on the lock and take nothing); the plan lists it as
// locked, the summary says so, and the other segments' changes are taken.
func TestUpdateLeavesLockedSegments(t *testing.T) {
	d := testDoc(t)
	d.Segments[1].Locked = true
	docs := returned(t, d, "xliff", false, []edit{{"He left 😀.", "He went away 😀."}, {"said: “Dialogue is free”.", "said: “Dialogue is open”."}})
	p, err := Match(d, docs, "returned.xlf")
	must(t, err)
	if len(p.Locked) != 1 || p.Locked[0] != "s2" || len(p.Changes) != 1 {
		t.Fatalf("plan: locked %q, %d changes; want [s2], 1", p.Locked, len(p.Changes))
	}
	if s := strings.Join(p.Summary(), "\n"); !strings.Contains(s, "locked: s2") {
		t.Errorf("the summary does not name the locked segment:\n%s", s)
	}
	if _, err := Apply(annotate.NewEditor(d), p, Options{}); err != nil {
		t.Fatal(err)
	}
	if d.Segments[1].Target != "He left 😀." || !strings.Contains(d.Segments[0].Target, "open") {
		t.Errorf("after the update: %q, %q; want the locked English kept, the other changed", d.Segments[0].Target, d.Segments[1].Target)
	}
}
