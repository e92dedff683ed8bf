package quotes

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"sync"
)

// The learned scorer: a logistic regression that may overrule the rules' verdict on a short or
// unattributed « … » (a quotation, or a term, a name, scare quotes) where it is sure, trained on
// Wikinews sets and web news by TestScorerWeights and measured by TestScorerCV (docs/quality.md,
// twenty-first session). GLOSE_QUOTE_SCORER=off leaves the rules alone.

//go:generate go test -run ^TestScorerWeights$ . -scorer-write

//go:embed scorer-weights.json
var scorerWeightsJSON []byte

// scorerOffEnv names the environment variable that turns the scorer off when set to "off".
const scorerOffEnv = "GLOSE_QUOTE_SCORER"

// scorerModel is the shipped scorer: what it was trained on, how sure it must be to overrule the
// rules, and its weights.
type scorerModel struct {
	// Trained names each gold file the weights were trained on with the start of its sha256.
	Trained map[string]string `json:"trained"`
	// Lambda is the L2 penalty, Words whether the words around the guillemets were features, WebWeight
	// the weight of a web-news candidate against a Wikinews one.
	Lambda    float64 `json:"lambda"`
	Words     bool    `json:"words"`
	WebWeight float64 `json:"web_weight"`
	// Margin is how far from one half the probability must lie to overrule the rules.
	Margin  float64 `json:"margin"`
	Weights scorer  `json:"weights"`
}

// shippedScorer parses the embedded weights once.
var shippedScorer = sync.OnceValues(func() (*scorerModel, error) {
	var m scorerModel
	if err := json.Unmarshal(scorerWeightsJSON, &m); err != nil {
		return nil, fmt.Errorf("quotes: the scorer's weights (scorer-weights.json): %w", err)
	}
	if len(m.Weights) == 0 || m.Margin < 0 || m.Margin >= 0.5 {
		return nil, fmt.Errorf("quotes: the scorer's weights (scorer-weights.json): %d weights, margin %v", len(m.Weights), m.Margin)
	}
	return &m, nil
})

// activeScorer returns the shipped scorer, or nil when the environment turns it off or its weights do
// not parse (a test keeps them parsing).
func activeScorer() *scorerModel {
	if os.Getenv(scorerOffEnv) == "off" {
		return nil
	}
	m, err := shippedScorer()
	if err != nil {
		return nil
	}
	return m
}

// rescore lets the scorer overrule the rules on each rescorable group where its probability lies
// beyond the margin on the other side of one half; the group's confidence is then that probability.
func (f *finder) rescore(m *scorerModel) {
	order := f.order(f.byGroup)
	ctx := f.featureContext(order)
	var buf []string
	for _, g := range order {
		if !f.rescorable(g) {
			continue
		}
		buf = f.features(g, ctx, buf[:0])
		p, grp := m.Weights.score(buf), f.groups[g]
		if kept := grp.conf >= 0.5; kept && p < 0.5-m.Margin || !kept && p > 0.5+m.Margin {
			grp.conf = p
		}
	}
}

// scorer weighs the features of a « … » into the probability that the annotators hold it a quotation
// rather than a term, a name or scare quotes: a logistic regression over the rules' verdict and the
// shape of the quotation and its paragraph.
type scorer map[string]float64

// score returns the probability that a group with these features is a quotation.
func (s scorer) score(feats []string) float64 {
	z := s["bias"]
	for _, x := range feats {
		z += s[x]
	}
	return 1 / (1 + math.Exp(-z))
}
