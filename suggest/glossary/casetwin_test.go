package glossary

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
)

// caseList prints the glossary's entries (entryList), each followed by whether it matches case.
func caseList(t *testing.T, g *Glossary) string {
	t.Helper()
	es, err := g.Entries(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	flags := make([]string, len(es))
	for i, e := range es {
		flags[i] = fmt.Sprint(e.MatchCase)
	}
	return entryList(t, g) + " " + strings.Join(flags, ",")
}

// TestMatchCaseOffRefusesCaseTwins: unticking Match case on an entry that another entry, found in any
// case, is but for case (accents, « », emoji and e + U+0301 included) is refused, naming the other;
// nothing changes. Once the other is deleted, or when it matches case too, or differs by an accent,
// the flag comes off.
func TestMatchCaseOffRefusesCaseTwins(t *testing.T) {
	ctx := context.Background()
	for _, tt := range []struct {
		name         string
		cased, other Entry
		refused      bool
	}{
		{"acronym", Entry{Source: "PAN", Target: "PAN", MatchCase: true}, Entry{Source: "pan", Target: "pan"}, true},
		{"guillemets, emoji", Entry{Source: "« ORANGE » 👍🏽", Target: "Orange", MatchCase: true},
			Entry{Source: "« orange » 👍🏽", Target: "orange"}, true},
		{"composed and not", Entry{Source: "ÉLYSÉE", Target: "Élysée", MatchCase: true},
			Entry{Source: "e\u0301lyse\u0301e", Target: "élysée"}, true},
		{"the other matches case", Entry{Source: "PAN", Target: "PAN", MatchCase: true},
			Entry{Source: "Pan", Target: "Pan", MatchCase: true}, false},
		{"an accent apart", Entry{Source: "PÉCHEUR", Target: "SINNER", MatchCase: true}, Entry{Source: "pêcheur", Target: "sinner"}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			g := openTemp(t)
			if err := g.Add(ctx, tt.cased, tt.other); err != nil {
				t.Fatal(err)
			}
			es, _ := g.Entries(ctx)
			var id, otherID int64
			for _, e := range es {
				if e.MatchCase && e.Source == tt.cased.Source {
					id = e.ID
				} else {
					otherID = e.ID
				}
			}
			before := caseList(t, g)
			_, err := g.SetMatchCase(ctx, id, false)
			var twin *CaseTwinError
			if got := errors.As(err, &twin); got != tt.refused {
				t.Fatalf("SetMatchCase(off) = %v, refused %v, want %v", err, got, tt.refused)
			}
			if !tt.refused {
				return
			}
			if twin.Twin.ID != otherID || !strings.Contains(err.Error(), fmt.Sprintf("(entry %d)", otherID)) ||
				!strings.Contains(err.Error(), "delete one of the two") {
				t.Errorf("error %q, twin %+v: want it to name entry %d", err, twin.Twin, otherID)
			}
			if got := caseList(t, g); got != before {
				t.Errorf("refused, yet the glossary changed: %q, was %q", got, before)
			}
			if err := g.Remove(ctx, otherID); err != nil {
				t.Fatal(err)
			}
			if e, err := g.SetMatchCase(ctx, id, false); err != nil || e.MatchCase {
				t.Errorf("with the other deleted: %+v, %v", e, err)
			}
		})
	}
}

// TestImportRefusesCaseTwins: a CSV or TSV file whose match-case column says no for an entry stored
// matching case, whose other spelling is stored without it (or written by the same file), is refused
// naming the line, and stores nothing; a file that says yes, or says nothing of case, goes in.
func TestImportRefusesCaseTwins(t *testing.T) {
	ctx := context.Background()
	for _, tt := range []struct {
		name, file string
		tsv        bool
		line       int // 0: imported
	}{
		{"CSV, column no", "source;target;match case\n« Élysée »;Elysée;oui\nPAN;PAN;non\n", false, 3},
		{"CSV, fourth column empty", "PAN,PAN,,\nOTAN,NATO,,oui\n", false, 1},
		{"TSV, column no", "source\ttarget\tmatch case\nPAN\tPAN\tno\n", true, 2},
		{"CSV, the other in the same file", "source;target;match case\nUS;US;oui\nus;us;non\nUS;US;non\n", false, 4},
		{"CSV, yes", "source;target;match case\nPAN;PAN;oui\n", false, 0},
		{"CSV, no column", "PAN;PAN\n", false, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			g := openTemp(t)
			if err := g.Add(ctx, Entry{Source: "PAN", Target: "PAN", MatchCase: true}, Entry{Source: "pan", Target: "pan"},
				Entry{Source: "US", Target: "US", MatchCase: true}); err != nil {
				t.Fatal(err)
			}
			before := caseList(t, g)
			var err error
			if tt.tsv {
				_, err = g.ImportTSV(ctx, []byte(tt.file), "sigles.txt", ImportOptions{})
			} else {
				_, err = g.importCSV(ctx, strings.NewReader(tt.file), "sigles.csv", ImportOptions{})
			}
			var twin *CaseTwinError
			if tt.line == 0 {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if !errors.As(err, &twin) || twin.Line != tt.line || !strings.HasPrefix(err.Error(), fmt.Sprintf("line %d: ", tt.line)) {
				t.Fatalf("import = %v, want a case twin at line %d", err, tt.line)
			}
			if got := caseList(t, g); got != before {
				t.Errorf("refused, yet the glossary changed: %q, was %q", got, before)
			}
		})
	}
}
