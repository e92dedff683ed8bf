package quotes

import (
	"flag"
	"math"
	"sort"
	"strconv"
	"strings"
	"testing"
)

// The scorer experiment: a logistic regression over the features of each rescorable « … » of the
// gold quote sets, labelled by whether the gold holds it a quotation. `go test -v -run TestScorerCV
// ./annotate/quotes` compares the rules with the scorer in cross-validation, per source: the 30
// Wikinews development sets (one fold each) and the web-news gold files of -scorer-web (one fold per
// document, grouped ten ways) (docs/quality.md, tenth and twenty-first sessions).

var showFlips = flag.Bool("scorer-flips", false, "with TestScorerCV -v, list the candidates the scorer decides otherwise than the rules")

// The training settings, chosen by cross-validation (docs/quality.md).
const (
	scorerLambda   = 0.002 // L2 penalty
	scorerMinCount = 2     // a feature must be seen this often in training
	scorerIters    = 300   // full-batch AdaGrad steps
	webFolds       = 10    // a web-news source's documents are cross-validated in this many groups
)

// trainOpts says how a scorer is trained: its penalty, which features it may use, which sources it
// learns from and how much a web-news candidate weighs against a Wikinews one.
type trainOpts struct {
	lambda    float64
	words     bool         // the words before and after the guillemets, and a lone word's ending
	extra     bool         // the x: features of extraFeatures
	conj      bool         // the c: pairs of conjunctions
	sources   map[int]bool // nil: every source
	webWeight float64      // 0: 1
}

// wordFeature reports whether feature x names particular words rather than their class or shape.
func wordFeature(x string) bool {
	for _, p := range []string{"p1=", "p2=", "n1=", "onesuf="} {
		if strings.HasPrefix(x, p) {
			return true
		}
	}
	return false
}

// example is one training candidate: its feature ids, its label and its weight.
type example struct {
	x    []int
	y, w float64
}

// trainScorer fits a logistic regression with an L2 penalty by full-batch AdaGrad over the features
// seen minCount times or more in the candidates idx.
func (d *devData) trainScorer(idx []int, o trainOpts) scorer {
	keepFeat := func(x string) bool {
		return (o.words || !wordFeature(x)) && (o.extra || !strings.HasPrefix(x, "x:")) &&
			(o.conj || !strings.HasPrefix(x, "c:"))
	}
	count := map[string]int{}
	for _, i := range idx {
		for _, x := range d.cands[i].feats {
			count[x]++
		}
	}
	names := []string{"bias"}
	for x, n := range count {
		if n >= scorerMinCount && x != "bias" && keepFeat(x) {
			names = append(names, x)
		}
	}
	sort.Strings(names[1:])
	fid := make(map[string]int, len(names))
	for i, x := range names {
		fid[x] = i
	}
	exs := make([]example, len(idx))
	total := 0.0
	for j, i := range idx {
		c := d.cands[i]
		exs[j] = example{x: []int{0}, y: c.label(), w: 1}
		if d.foldSrc[c.fold] > 0 && o.webWeight > 0 {
			exs[j].w = o.webWeight
		}
		total += exs[j].w
		for _, x := range c.feats {
			if k, ok := fid[x]; ok {
				exs[j].x = append(exs[j].x, k)
			}
		}
	}
	w := fitLogistic(exs, len(names), total, o.lambda)
	sc := scorer{}
	for k, x := range names {
		if w[k] != 0 {
			sc[x] = w[k]
		}
	}
	return sc
}

// fitLogistic runs scorerIters steps of full-batch AdaGrad on the weighted log loss plus an L2
// penalty on every weight but the bias (feature 0).
func fitLogistic(exs []example, nfeat int, total, lambda float64) []float64 {
	w, g2, grad := make([]float64, nfeat), make([]float64, nfeat), make([]float64, nfeat)
	for range scorerIters {
		clear(grad)
		for _, ex := range exs {
			z := 0.0
			for _, k := range ex.x {
				z += w[k]
			}
			e := ex.w * (1/(1+math.Exp(-z)) - ex.y) / total
			for _, k := range ex.x {
				grad[k] += e
			}
		}
		for k := range w {
			if k > 0 {
				grad[k] += lambda * w[k]
			}
			g2[k] += grad[k] * grad[k]
			w[k] -= 0.5 * grad[k] / (math.Sqrt(g2[k]) + 1e-8)
		}
	}
	return w
}

// cvGroup is what cross-validation leaves out with fold: the fold itself for a Wikinews set, one of
// webFolds groups of documents for web news.
func (d *devData) cvGroup(fold int) int {
	if d.foldSrc[fold] == 0 {
		return fold
	}
	return d.webGroup(fold)
}

// webGroup is the group of a web-news fold (one document): one of webFolds per source.
func (d *devData) webGroup(fold int) int {
	return -(d.foldSrc[fold]*webFolds + fold%webFolds) - 1
}

// crossValidate scores each candidate with a scorer trained on the candidates of the other groups of
// the sources o allows: the probability that it is a quotation.
func (d *devData) crossValidate(o trainOpts) []float64 {
	return d.crossValidateBy(o, func(c candidate) int { return d.cvGroup(c.fold) })
}

// crossValidateBy is crossValidate with the groups left out at once named by group.
func (d *devData) crossValidateBy(o trainOpts, group func(candidate) int) []float64 {
	byGroup := map[int][]int{}
	for i, c := range d.cands {
		byGroup[group(c)] = append(byGroup[group(c)], i)
	}
	prob := make([]float64, len(d.cands))
	for g, test := range byGroup {
		var train []int
		for i, c := range d.cands {
			if group(c) != g && (o.sources == nil || o.sources[d.foldSrc[c.fold]]) {
				train = append(train, i)
			}
		}
		sc := d.trainScorer(train, o)
		for _, i := range test {
			prob[i] = sc.score(d.cands[i].feats)
		}
	}
	return prob
}

// overrule keeps the rules' decision unless the scorer's probability lies more than margin from one
// half on the other side.
func overrule(rules []bool, prob []float64, margin float64) []bool {
	keep := make([]bool, len(rules))
	for i, r := range rules {
		keep[i] = r
		if r && prob[i] < 0.5-margin || !r && prob[i] > 0.5+margin {
			keep[i] = !r
		}
	}
	return keep
}

// betterWorse counts the folds among which on which keep scores above and below the rules.
func (d *devData) betterWorse(rules, keep []bool, which map[int]bool) (better, worse int) {
	for f := range which {
		_, _, fr := d.prf(rules, map[int]bool{f: true})
		_, _, fc := d.prf(keep, map[int]bool{f: true})
		better += b2i(fc > fr+1e-9)
		worse += b2i(fc < fr-1e-9)
	}
	return better, worse
}

// logSources reports, per source, exact F1 when keep decides the candidates, how many candidates it
// decides otherwise than the rules and how many of those rightly, and the folds it makes better or
// worse.
func (d *devData) logSources(t *testing.T, label string, rules, keep []bool) {
	var b strings.Builder
	for src, name := range d.sources {
		which := d.inSource(src)
		_, _, fr := d.prf(rules, which)
		p, r, f := d.prf(keep, which)
		flips, right := 0, 0
		for i, c := range d.cands {
			if which[c.fold] && keep[i] != rules[i] {
				flips++
				right += b2i(keep[i] == (c.label() == 1))
			}
		}
		better, worse := d.betterWorse(rules, keep, which)
		b.WriteString("\n    " + name + ": " + fmtF(f) + " (" + fmtSigned(f-fr) + "; P " + fmtF(p) + " R " + fmtF(r) + "), " +
			itoa(flips) + " otherwise, " + itoa(right) + " rightly; better " + itoa(better) + ", worse " + itoa(worse))
	}
	t.Logf("%s:%s", label, b.String())
}

// scorerRuns are the scorers TestScorerCV compares.
func scorerRuns(d *devData) []struct {
	name string
	o    trainOpts
} {
	web := map[int]bool{}
	for s := 1; s < len(d.sources); s++ {
		web[s] = true
	}
	return []struct {
		name string
		o    trainOpts
	}{
		{"all sources, words too", trainOpts{lambda: scorerLambda, words: true}},
		{"all sources, classes only", trainOpts{lambda: scorerLambda}},
		{"all sources, classes only, web weighs 3", trainOpts{lambda: scorerLambda, webWeight: 3}},
		{"all sources, classes only, penalty 0.01", trainOpts{lambda: 0.01}},
		{"web news only, classes only", trainOpts{lambda: scorerLambda, sources: web}},
		{"Wikinews only, classes only", trainOpts{lambda: scorerLambda, sources: map[int]bool{0: true}}},
	}
}

// TestScorerCV reports, with -v, exact quotation F1 per source for the rules alone and for scorers in
// cross-validation (each Wikinews set, each tenth of a web source's documents, decided by a scorer
// trained without it), allowed to overrule the rules beyond margins of one half.
func TestScorerCV(t *testing.T) {
	d, rules := loadMeasure(t)
	for src, name := range d.sources {
		which := d.inSource(src)
		n, pos := 0, 0
		for _, c := range d.cands {
			if which[c.fold] {
				n++
				pos += int(c.label())
			}
		}
		p, r, f := d.prf(rules, which)
		t.Logf("%s: %d folds, %d candidates (%d quotations); rules P %.4f R %.4f F1 %.4f", name, len(which), n, pos, p, r, f)
	}
	oracle := make([]bool, len(d.cands))
	for i, c := range d.cands {
		oracle[i] = c.label() == 1
	}
	d.logSources(t, "every candidate decided as the gold (the most a scorer of these candidates can give)", rules, oracle)
	for _, run := range scorerRuns(d) {
		prob := d.crossValidate(run.o)
		for _, m := range []float64{0, 0.1, 0.2, 0.3} {
			keep := overrule(rules, prob, m)
			d.logSources(t, run.name+", overruling beyond "+fmtF(m)[:4], rules, keep)
			if *showFlips && m == 0.1 {
				d.logFlips(t, rules, keep, prob)
			}
		}
	}
}

// logFlips lists the candidates keep decides otherwise than the rules.
func (d *devData) logFlips(t *testing.T, rules, keep []bool, prob []float64) {
	for i, c := range d.cands {
		if keep[i] != rules[i] {
			t.Logf("  kept %v, gold %v, rules %.2f, scorer %.2f, %s: %s", keep[i], c.label() == 1, c.conf, prob[i], d.folds[c.fold], c.snippet)
		}
	}
}

func itoa(n int) string     { return strconv.Itoa(n) }
func fmtF(x float64) string { return strconv.FormatFloat(x, 'f', 4, 64) }
func fmtSigned(x float64) string {
	if x >= 0 {
		return "+" + fmtF(x)
	}
	return fmtF(x)
}

// loadMeasure skips unless the tests run with -v (a measure, not a check), then reads the gold sets
// and says which candidates the rules keep.
func loadMeasure(t *testing.T) (*devData, []bool) {
	if !testing.Verbose() || testing.Short() {
		t.Skip("a measure: run with -v")
	}
	d := loadDev(t)
	rules := make([]bool, len(d.cands))
	for i, c := range d.cands {
		rules[i] = c.conf >= 0.5
	}
	return d, rules
}
