package analysis

import (
	"fmt"
	"strconv"
	"strings"
)

// Weights are the share of a word's full price that each band is billed, in percent: a "grid" in
// translators' words. Agencies differ; DefaultWeights is a common one.
type Weights [NumBands]float64

// DefaultWeights bill a locked segment nothing, a context match 10 %, a repetition 20 %, an exact match 20 %, 95–99 % 30 %,
// 85–94 % 40 %, 75–84 % 60 %, and 50–74 % and no match in full (100 %): a fuzzy match below 75 %
// saves little typing.
var DefaultWeights = Weights{Locked: 0, Context: 10, Repetition: 20, Exact: 20, Fuzzy95: 30, Fuzzy85: 40, Fuzzy75: 60,
	Fuzzy50: 100, NoMatch: 100}

// Apply returns the weighted words of the bands' counts.
func (w Weights) Apply(bands [NumBands]Counts) float64 {
	var sum float64
	for b, c := range bands {
		sum += float64(c.Words) * w[b] / 100
	}
	return sum
}

// ParseWeights reads weights written as "band=percent" pairs separated by commas, over the
// defaults: "repetitions=30,100=25,context=0". The bands are named as in Names.
func ParseWeights(s string) (Weights, error) {
	w := DefaultWeights
	for part := range strings.SplitSeq(s, ",") {
		part = strings.TrimSpace(part)
		if part == "" {
			continue
		}
		name, val, ok := strings.Cut(part, "=")
		if !ok {
			return w, fmt.Errorf("weight %q: expected BAND=PERCENT, such as repetitions=30", part)
		}
		b := bandNamed(strings.TrimSpace(name))
		if b < 0 {
			return w, fmt.Errorf("weight %q: unknown band %q (expected one of %s)", part, name, strings.Join(Names[:], ", "))
		}
		v, err := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(val), "%"), 64)
		if err != nil || !(v >= 0 && v <= 1000) { // NaN too
			return w, fmt.Errorf("weight %q: %q is not a percentage from 0 to 1000", part, val)
		}
		w[b] = v
	}
	return w, nil
}

func bandNamed(name string) Band {
	for b, n := range Names {
		if strings.EqualFold(n, name) {
			return Band(b)
		}
	}
	return -1
}
