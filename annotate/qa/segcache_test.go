package qa

import (
	"reflect"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestCacheFollowsEdits: the checks find with a cache what they find without one, run after run and
// edit after edit, whether each document has its own cache or two share one, and at the severity the
// run asks for, not the one the findings were kept at.
func TestCacheFollowsEdits(t *testing.T) {
	d1 := doc(t, "Il a dit « bien » 😀.\n\nMerci.", []string{`He said "good".`, "Thanks."})
	d2 := doc(t, "Il a dit « bien » 😀.\n\nPrix : 5\u00a0€.", []string{`He said "good".`, "Price: 5."})
	docs, own, shared := []*annotate.Document{d1, d2}, []*Cache{{}, {}}, &Cache{}
	steps := []struct {
		name string
		edit func()
		cfg  Config
	}{
		{"first run", func() {}, Config{}},
		{"run again", func() {}, Config{}},
		{"errors", func() {}, Config{Severity: map[string]Severity{QuotationStyle: Error, SymbolMissing: Info}}},
		{"straight style", func() {}, Config{Quotes: Straight}},
		{"quotes put right", func() { d1.Segments[0].Target = "He said “good” 😀." }, Config{}},
		{"symbol put back", func() { d2.Segments[1].Target = "Price: 5 euros." }, Config{}},
		{"straight again", func() { d1.Segments[1].Target = `"Thanks."` }, Config{}},
	}
	for _, st := range steps {
		st.edit()
		for i, d := range docs {
			for k, c := range []*Cache{own[i], shared} {
				cfg := st.cfg
				want := Run(d, cfg)
				cfg.Cache = c
				if got := Run(d, cfg); !reflect.DeepEqual(got, want) {
					t.Errorf("%s, document %d, cache %s: %+v, want %+v as found afresh", st.name, i+1, []string{"own", "shared"}[k], got, want)
				}
			}
		}
	}
}

// TestCacheConcurrentRuns: runs sharing a cache at the same time (two snapshots of a document checked
// while the first run is not over) each find what a run without a cache finds (go test -race).
func TestCacheConcurrentRuns(t *testing.T) {
	d := doc(t, "Il a dit « bien » 😀.\n\nPrix : 5\u00a0€.", []string{`He said "good".`, "Price: 5."})
	want := Run(d, Config{})
	c := &Cache{}
	done := make(chan []Issue)
	for range 4 {
		snap := d.Clone()
		go func() { done <- Run(snap, Config{Cache: c}) }()
	}
	for range 4 {
		if got := <-done; !reflect.DeepEqual(got, want) {
			t.Errorf("%+v, want %+v", got, want)
		}
	}
}
