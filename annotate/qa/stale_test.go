package qa

import (
	"reflect"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestStaleIgnores: an ignore whose issue no longer arises is stale once the English changes; one
// whose issue still arises is not; nor is one the run could not judge: its check off, made an error,
// bound to settings, unknown to this version, or its segment locked. The copy saving writes leaves
// the stale ones out, and the document keeps them.
func TestStaleIgnores(t *testing.T) {
	base := Config{Disabled: map[string]bool{Spelling: true}}
	kept := annotate.QAIgnore{Check: NumberMismatch, About: "missing: 10"}
	unknown := annotate.QAIgnore{Check: "from-a-newer-glose", About: "« e\u0301 » 😀"}
	style := annotate.QAIgnore{Check: QuotationStyle, About: "english: « é »\u00a0😀"}
	cases := []struct {
		name    string
		english string // of s2, whose ignore of "missing: 10" is the one judged
		cfg     func(Config) Config
		locked  bool
		stale   bool
	}{
		{"still raised", "Years later, e\u0301lise left.", nil, false, false},
		{"the number translated", "10 years later, e\u0301lise left 😀.", nil, false, true},
		{"the check off", "10 years later, e\u0301lise left.", func(c Config) Config { c.Disabled = map[string]bool{NumberMismatch: true}; return c }, false, false},
		{"made an error", "10 years later, e\u0301lise left.", func(c Config) Config { c.Severity = map[string]Severity{NumberMismatch: Error}; return c }, false, false},
		{"the segment locked", "10 years later, e\u0301lise left.", nil, true, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := doc(t, ignoreSrc, []string{"Years later, Zoé said “it’s over” 😀.", c.english})
			d.Segment("s1").QAIgnored = []annotate.QAIgnore{kept}
			s2 := d.Segment("s2")
			s2.QAIgnored, s2.Locked = []annotate.QAIgnore{kept, unknown, style}, c.locked
			cfg := base
			if c.cfg != nil {
				cfg = c.cfg(base)
			}
			stale := Stale(d, Run(d, cfg), cfg)
			want := map[string][]annotate.QAIgnore{}
			if c.stale {
				want["s2"] = []annotate.QAIgnore{kept}
			}
			if !reflect.DeepEqual(stale, want) {
				t.Fatalf("stale %q, want %q", stale, want)
			}
			w := d.WithoutQAIgnored(stale)
			if got := w.Segment("s2").QAIgnored; c.stale != !reflect.DeepEqual(got, s2.QAIgnored) || c.stale && len(got) != 2 {
				t.Errorf("the copy to write ignores %q in s2", got)
			}
			if len(s2.QAIgnored) != 3 || len(d.Segment("s1").QAIgnored) != 1 || w.Segment("s1") != d.Segment("s1") {
				t.Errorf("the document changed: %q, %q", d.Segment("s1").QAIgnored, s2.QAIgnored)
			}
			if !c.stale && w != d {
				t.Error("a copy made with nothing to leave out")
			}
		})
	}
}
