package project_test

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/ner"
	"github.com/glose-app/glose/annotate/preannotate"
	"github.com/glose-app/glose/annotate/project"
)

// prf counts matches of predicted against gold spans.
type prf struct{ correct, predicted, gold int }

func (s prf) f1() float64 {
	if s.predicted+s.gold == 0 {
		return 0
	}
	return 2 * float64(s.correct) / float64(s.predicted+s.gold)
}

func (s prf) String() string {
	p, r := float64(s.correct)/float64(max(s.predicted, 1)), float64(s.correct)/float64(max(s.gold, 1))
	return fmt.Sprintf("P %.3f R %.3f F1 %.3f (%d/%d/%d)", p, r, s.f1(), s.correct, s.predicted, s.gold)
}

// tally holds exact and overlap counts per label; "names" sums PER, ORG, LOC and MISC.
type tally struct{ exact, overlap map[string]*prf }

func newTally() tally { return tally{map[string]*prf{}, map[string]*prf{}} }

func (t tally) add(m map[string]*prf, label string, c, p, g int) {
	for _, l := range []string{label, group(label)} {
		if m[l] == nil {
			m[l] = &prf{}
		}
		m[l].correct += c
		m[l].predicted += p
		m[l].gold += g
	}
}

func group(label string) string {
	if label == annotate.LabelQuote {
		return "quotes"
	}
	return "names"
}

// score matches predicted against gold spans one to one, same label and segment: exactly, then (for
// the overlap score) by any overlap. It returns the gold spans missed and the predicted spans wrong
// (exactly).
func (t tally) score(pred, gold []tspan) (missed, wrong []tspan) {
	usedP, usedG := make([]bool, len(pred)), make([]bool, len(gold))
	for i, g := range gold {
		for j, p := range pred {
			if !usedP[j] && p == g {
				usedP[j], usedG[i] = true, true
				break
			}
		}
	}
	for i, g := range gold {
		if !usedG[i] {
			missed = append(missed, g)
		}
	}
	for j, p := range pred {
		if !usedP[j] {
			wrong = append(wrong, p)
		}
	}
	for _, l := range []string{"PER", "ORG", "LOC", "MISC", "QUOTE"} {
		c, np, ng := 0, 0, 0
		for j, p := range pred {
			if p.label == l {
				np++
				if usedP[j] {
					c++
				}
			}
		}
		for _, g := range gold {
			if g.label == l {
				ng++
			}
		}
		t.add(t.exact, l, c, np, ng)
	}
	ov := overlapMatches(missed, wrong)
	for _, l := range []string{"PER", "ORG", "LOC", "MISC", "QUOTE"} {
		c, np, ng := ov[l], 0, 0
		for _, p := range pred {
			if p.label == l {
				np++
			}
		}
		for j, p := range pred {
			if p.label == l && usedP[j] {
				c++
			}
		}
		for _, g := range gold {
			if g.label == l {
				ng++
			}
		}
		t.add(t.overlap, l, c, np, ng)
	}
	return missed, wrong
}

// overlapMatches counts, per label, the one-to-one overlapping pairs of missed gold and wrong spans.
func overlapMatches(missed, wrong []tspan) map[string]int {
	out := map[string]int{}
	used := make([]bool, len(wrong))
	for _, g := range missed {
		for j, p := range wrong {
			if !used[j] && p.label == g.label && p.seg == g.seg && p.start < g.end && g.start < p.end {
				used[j] = true
				out[g.label]++
				break
			}
		}
	}
	return out
}

func (t tally) log(tb testing.TB) {
	for _, l := range []string{"PER", "ORG", "LOC", "MISC", "names", "QUOTE"} {
		if t.exact[l] != nil {
			tb.Logf("%-6s exact %v | overlap %v", l, t.exact[l], t.overlap[l])
		}
	}
}

// TestMeasureNTREX projects 30 + 30 NTREX articles (professional translations, not ours) and scores the
// English spans against the hand-made English gold of testdata/ntrex-en-gold-*.jsonl: from the French
// gold spans ("gold"), and from the French spans of pre-annotation ("pre", the app's situation). Dev is
// studied; test is held out. GLOSE_MEASURE_ERRORS=1 logs each error. The floors stop regressions.
func TestMeasureNTREX(t *testing.T) {
	// Exact F1 floors of names and quotations, a little under what was measured (docs/quality.md).
	floors := map[string][2]float64{"dev/gold": {0.97, 0.98}, "dev/pre": {0.82, 0.95}, "test/gold": {0.95, 0.98},
		"test/pre": {0.77, 0.92}}
	for _, split := range []string{"dev", "test"} {
		for _, mode := range []string{"gold", "pre"} {
			t.Run(split+"/"+mode, func(t *testing.T) {
				tl := newTally()
				for _, art := range ntrexArticles(t, split) {
					d := ntrexDoc(art)
					if mode == "gold" {
						addFrenchGold(t, d, art)
					} else if err := preannotate.Run(d, preannotate.Options{}); err != nil {
						t.Fatal(err)
					}
					opts := project.Options{Names: project.NamerFunc(ner.EnglishName)}
					if _, err := project.Document(annotate.NewEditor(d), opts); err != nil {
						t.Fatal(err)
					}
					missed, wrong := tl.score(targetSpans(d), englishGold(t, art))
					if os.Getenv("GLOSE_MEASURE_ERRORS") != "" {
						logErrors(t, d, missed, wrong)
					}
				}
				tl.log(t)
				floor := floors[split+"/"+mode]
				if f := tl.exact["names"].f1(); f < floor[0] {
					t.Errorf("names exact F1 %.3f under its floor %.3f", f, floor[0])
				}
				if f := tl.exact["quotes"].f1(); f < floor[1] {
					t.Errorf("quotations exact F1 %.3f under its floor %.3f", f, floor[1])
				}
			})
		}
	}
}

func logErrors(t *testing.T, d *annotate.Document, missed, wrong []tspan) {
	show := func(kind string, s tspan) string {
		tgt := d.Segments[s.seg].Target
		return fmt.Sprintf("%s %03d %s %s %q in %q", d.ID, s.seg, kind, s.label, tgt[s.start:s.end], tgt)
	}
	var lines []string
	for _, s := range missed {
		lines = append(lines, show("MISSED", s))
	}
	for _, s := range wrong {
		lines = append(lines, show("WRONG ", s))
	}
	slices.Sort(lines)
	t.Log("\n" + strings.Join(lines, "\n"))
}
