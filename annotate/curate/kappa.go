// Package curate settles two or three reviewers' annotations of the same documents, as INCEpTION's
// curation and Prodigy's review recipe do: chance-corrected agreement (Cohen's kappa) beside agree's
// F1, and a curated document per text whose agreed spans are confirmed and whose disputed ones are
// suggestions with their reason, for an adjudicator to settle in the app's review flow.
package curate

import (
	"math"
	"sort"
)

// Kappa is Cohen's kappa of two raters who each gave every unit one category: (po - pe) / (1 - pe),
// po the share of units they gave the same category, pe the share chance would give them from each
// rater's own proportions. When chance alone already agrees fully (pe = 1: both gave every unit
// one and the same category), kappa is 1 if they agree (scikit-learn's cohen_kappa_score gives NaN,
// which JSON cannot hold) and 0 otherwise.
type Kappa struct {
	Unit     string  `json:"unit"`     // what was rated: "token", "quotation"
	Units    int     `json:"units"`    // how many
	Observed float64 `json:"observed"` // po
	Expected float64 `json:"expected"` // pe
	Kappa    float64 `json:"kappa"`
}

// CohenKappa computes the kappa of two equally long rating sequences, one category per unit.
func CohenKappa(unit string, a, b []string) Kappa {
	k := Kappa{Unit: unit, Units: len(a)}
	if len(a) == 0 || len(a) != len(b) {
		return k
	}
	countA, countB := map[string]int{}, map[string]int{}
	same := 0
	for i := range a {
		countA[a[i]]++
		countB[b[i]]++
		if a[i] == b[i] {
			same++
		}
	}
	n := float64(len(a))
	k.Observed = float64(same) / n
	cats := make([]string, 0, len(countA))
	for c := range countA {
		cats = append(cats, c)
	}
	sort.Strings(cats) // a fixed order: the same sum, to the last bit, on every run
	for _, c := range cats {
		k.Expected += float64(countA[c]) / n * float64(countB[c]) / n
	}
	switch {
	case k.Expected >= 1 && k.Observed >= 1:
		k.Kappa = 1
	case k.Expected >= 1:
		k.Kappa = 0
	default:
		k.Kappa = (k.Observed - k.Expected) / (1 - k.Expected)
	}
	k.Observed, k.Expected, k.Kappa = round(k.Observed), round(k.Expected), round(k.Kappa)
	return k
}

// round keeps 4 decimals: the outputs stay readable and the same from run to run.
func round(x float64) float64 { return math.Round(x*1e4) / 1e4 }
