package quotes

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
)

var writeWeights = flag.Bool("scorer-write", false, "with TestScorerWeights, write scorer-weights.json from the gold files instead of checking it")

// shippedOpts and shippedMargin are the settings of the shipped scorer, chosen by TestScorerCV
// (docs/quality.md, twenty-first session).
var shippedOpts = trainOpts{lambda: scorerLambda}

const shippedMargin = 0.2

// TestScorerWeights retrains the scorer on every gold file it may learn from and checks that the
// shipped weights are what that gives (or, with -scorer-write, writes them). The web-news files stay
// outside the repository, so where they are missing or differ the test skips.
func TestScorerWeights(t *testing.T) {
	if testing.Short() {
		t.Skip("retrains the scorer")
	}
	shipped, err := shippedScorer()
	if err != nil {
		t.Fatal(err)
	}
	trained, err := goldHashes()
	if err != nil {
		t.Skip(err)
	}
	if !*writeWeights && !sameHashes(trained, shipped.Trained) {
		t.Skipf("the weights were trained on %v, the gold files here are %v", shipped.Trained, trained)
	}
	d := loadDev(t)
	idx := make([]int, len(d.cands))
	for i := range idx {
		idx[i] = i
	}
	m := &scorerModel{Trained: trained, Lambda: shippedOpts.lambda, Words: shippedOpts.words,
		WebWeight: max(shippedOpts.webWeight, 1), Margin: shippedMargin, Weights: roundWeights(d.trainScorer(idx, shippedOpts))}
	if *writeWeights {
		data, err := json.MarshalIndent(m, "", "\t")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile("scorer-weights.json", append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if m.Lambda != shipped.Lambda || m.Words != shipped.Words || m.WebWeight != shipped.WebWeight || m.Margin != shipped.Margin {
		t.Errorf("settings %+v, shipped %+v: run go generate ./annotate/quotes", *m, *shipped)
	}
	for _, x := range unionKeys(m.Weights, shipped.Weights) {
		if math.Abs(m.Weights[x]-shipped.Weights[x]) > 1e-4 {
			t.Errorf("weight %q: retrained %v, shipped %v: run go generate ./annotate/quotes", x, m.Weights[x], shipped.Weights[x])
		}
	}
}

// goldHashes names every gold file the scorer learns from with the start of its sha256: the 30
// Wikinews development sets as one, each web-news file of -scorer-web by itself. A missing web-news
// file is an error.
func goldHashes() (map[string]string, error) {
	files, err := filepath.Glob("../preannotate/testdata/wikinews-quotes-*.jsonl")
	if err != nil {
		return nil, err
	}
	sort.Strings(files)
	h := sha256.New()
	for _, path := range files {
		if devSets.MatchString(filepath.Base(path)) {
			data, err := os.ReadFile(path)
			if err != nil {
				return nil, err
			}
			h.Write(data)
		}
	}
	out := map[string]string{wikinewsSource: hex.EncodeToString(h.Sum(nil))[:16]}
	for _, path := range strings.Split(*webGold, ",") {
		data, err := os.ReadFile(strings.TrimSpace(path))
		if err != nil {
			return nil, err
		}
		sum := sha256.Sum256(data)
		out[filepath.Base(path)] = hex.EncodeToString(sum[:])[:16]
	}
	return out, nil
}

func sameHashes(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}

// roundWeights keeps six significant digits, so that the file reads well and retraining on another
// machine gives the same text.
func roundWeights(s scorer) scorer {
	out := scorer{}
	for x, w := range s {
		if r, _ := strconv.ParseFloat(strconv.FormatFloat(w, 'g', 6, 64), 64); r != 0 {
			out[x] = r
		}
	}
	return out
}

func unionKeys(a, b scorer) []string {
	var out []string
	for x := range a {
		out = append(out, x)
	}
	for x := range b {
		if _, ok := a[x]; !ok {
			out = append(out, x)
		}
	}
	sort.Strings(out)
	return out
}

// TestScorerWeightsParse checks that the embedded weights parse and that the environment turns the
// scorer off.
func TestScorerWeightsParse(t *testing.T) {
	m, err := shippedScorer()
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Weights) < 10 || m.Margin <= 0 {
		t.Errorf("%d weights, margin %v", len(m.Weights), m.Margin)
	}
	if activeScorer() == nil {
		t.Error("no scorer with the environment unset")
	}
	t.Setenv(scorerOffEnv, "off")
	if activeScorer() != nil {
		t.Errorf("%s=off leaves the scorer on", scorerOffEnv)
	}
}
