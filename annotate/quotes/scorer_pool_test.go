package quotes

import (
	"math"
	"sort"
	"strings"
	"testing"
)

// TestScorerPoolOnly is the twenty-third session's protocol: the scorer learns from the 30 Wikinews
// sets only, its settings (penalty, words or classes, the x: features, the margin beyond which it
// overrules the rules) are chosen by leave-one-set-out F1 on those sets alone, and only then is the
// chosen scorer, trained on all 30 sets, scored on the web-news files of -scorer-web, which it never
// learns from (docs/quality.md). Run with -v.
func TestScorerPoolOnly(t *testing.T) {
	d, rules := loadMeasure(t)
	pool := d.inSource(0)
	type result struct {
		name string
		pool float64
		keep []bool
		o    trainOpts
		m    float64
	}
	var results []result
	for _, lambda := range []float64{0.002, 0.005, 0.01, 0.02} {
		for _, words := range []bool{false, true} {
			for _, extra := range []int{0, 1, 2} {
				o := trainOpts{lambda: lambda, words: words, extra: extra > 0, conj: extra > 1, sources: map[int]bool{0: true}}
				prob := d.crossValidate(o)
				for _, m := range []float64{0, 0.1, 0.2} {
					keep := overrule(rules, prob, m)
					_, _, f := d.prf(keep, pool)
					name := "penalty " + fmtF(lambda) + ", words " + map[bool]string{true: "yes", false: "no"}[words] +
						", x: " + []string{"no", "yes", "yes, c: yes"}[extra] + ", beyond " + fmtF(m)[:4]
					results = append(results, result{name, f, keep, o, m})
				}
			}
		}
	}
	sort.SliceStable(results, func(i, j int) bool { return results[i].pool > results[j].pool })
	var all strings.Builder
	for i, r := range results {
		flips, right := d.flipsOutside(rules, r.keep, 0)
		all.WriteString("\n    #" + itoa(i+1) + " " + r.name + ": pool " + fmtF(r.pool) + "; web news " + itoa(flips) +
			" otherwise, " + itoa(right) + " rightly")
	}
	t.Logf("every setting, by leave-one-set-out F1 on the Wikinews sets:%s", all.String())
	for i, r := range results {
		if i < 3 {
			d.logSources(t, "#"+itoa(i+1)+" by pool CV: "+r.name, rules, r.keep)
		}
	}
	best := results[0]
	d.logFolds(t, rules, best.keep, pool)
	keeps := make([][]bool, len(results))
	for i, r := range results {
		keeps[i] = r.keep
	}
	d.logSources(t, "each Wikinews set decided by the setting best on the 29 others (selection without that set's score)",
		rules, d.nestedChoice(keeps, pool))
	byDoc := d.crossValidateBy(best.o, func(c candidate) int {
		if d.foldSrc[c.fold] == 0 {
			return c.doc % 10
		}
		return d.webGroup(c.fold)
	})
	d.logSources(t, "the chosen settings, the Wikinews articles cross-validated in ten folds by document", rules, overrule(rules, byDoc, best.m))
	d.logWeights(t, best.o, 16)
	bySource := func(c candidate) int {
		if d.foldSrc[c.fold] == 0 {
			return c.fold
		}
		return -d.foldSrc[c.fold]
	}
	for _, w := range []float64{1, 3} {
		o := best.o
		o.sources, o.webWeight = nil, w
		prob := d.crossValidateBy(o, bySource)
		d.logSources(t, "the chosen settings trained on every source but the one scored (web news weighing "+fmtF(w)[:1]+")", rules, overrule(rules, prob, best.m))
	}
	for i, c := range d.cands {
		if best.keep[i] != rules[i] && (*showFlips || d.foldSrc[c.fold] > 0) {
			t.Logf("  kept %v, gold %v, rules %.2f, %s: %s", best.keep[i], c.label() == 1, c.conf, d.folds[c.fold], c.snippet)
		}
	}
}

// logFolds reports exact F1 of the rules and of keep on each fold of which.
func (d *devData) logFolds(t *testing.T, rules, keep []bool, which map[int]bool) {
	var folds []int
	for f := range which {
		folds = append(folds, f)
	}
	sort.Ints(folds)
	var b strings.Builder
	for _, f := range folds {
		one := map[int]bool{f: true}
		_, _, fr := d.prf(rules, one)
		_, _, fk := d.prf(keep, one)
		b.WriteString("\n    " + d.folds[f] + ": rules " + fmtF(fr) + ", scorer " + fmtF(fk) + " (" + fmtSigned(fk-fr) + ")")
	}
	t.Logf("per fold, the chosen settings:%s", b.String())
}

// flipsOutside counts the candidates outside source src that keep decides otherwise than the rules,
// and how many of those rightly.
func (d *devData) flipsOutside(rules, keep []bool, src int) (flips, right int) {
	for i, c := range d.cands {
		if d.foldSrc[c.fold] != src && keep[i] != rules[i] {
			flips++
			right += b2i(keep[i] == (c.label() == 1))
		}
	}
	return flips, right
}

// nestedChoice decides the candidates of each fold of pool by the decisions in keeps (one per
// setting, each already cross-validated) that score best on the other folds of pool, so that the
// fold's own score plays no part in choosing its setting. Other folds keep the first setting's.
func (d *devData) nestedChoice(keeps [][]bool, pool map[int]bool) []bool {
	out := append([]bool(nil), keeps[0]...)
	for f := range pool {
		others := map[int]bool{}
		for g := range pool {
			if g != f {
				others[g] = true
			}
		}
		bestK, bestF := 0, -1.0
		for k, keep := range keeps {
			if _, _, f1 := d.prf(keep, others); f1 > bestF+1e-12 {
				bestK, bestF = k, f1
			}
		}
		for i, c := range d.cands {
			if c.fold == f {
				out[i] = keeps[bestK][i]
			}
		}
	}
	return out
}

// logWeights reports the n largest weights (in absolute value) of a scorer trained with o on every
// candidate o allows.
func (d *devData) logWeights(t *testing.T, o trainOpts, n int) {
	var idx []int
	for i, c := range d.cands {
		if o.sources == nil || o.sources[d.foldSrc[c.fold]] {
			idx = append(idx, i)
		}
	}
	sc := d.trainScorer(idx, o)
	names := make([]string, 0, len(sc))
	for x := range sc {
		names = append(names, x)
	}
	sort.Slice(names, func(i, j int) bool {
		a, b := math.Abs(sc[names[i]]), math.Abs(sc[names[j]])
		return a > b || a == b && names[i] < names[j]
	})
	var b strings.Builder
	for _, x := range names[:min(n, len(names))] {
		b.WriteString("\n    " + x + " " + fmtSigned(sc[x]))
	}
	t.Logf("the largest weights of the chosen settings trained on every Wikinews set (%d features):%s", len(sc), b.String())
}
