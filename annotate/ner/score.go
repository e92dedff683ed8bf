package ner

import "sort"

// LabelScore counts exact matches (same span and label) for one label.
type LabelScore struct {
	TP        int     `json:"tp"`
	FP        int     `json:"fp"`
	FN        int     `json:"fn"`
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
}

// Scores holds per-label scores and their micro-average over the scored labels.
type Scores struct {
	Labels map[string]LabelScore `json:"labels"`
	Micro  LabelScore            `json:"micro"`
}

func (s *LabelScore) finish() {
	s.Precision = ratio(s.TP, s.TP+s.FP)
	s.Recall = ratio(s.TP, s.TP+s.FN)
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Score compares predicted mentions with gold ones, document by document (gold[i] with pred[i]), and
// counts a true positive only for an exact span and label match. Only the given labels are scored;
// with none, every label found in gold or pred is. Documents beyond the shorter slice count as empty.
func Score(gold, pred []Example, labels []string) Scores {
	keep := map[string]bool{}
	for _, l := range labels {
		keep[l] = true
	}
	s := Scores{Labels: map[string]LabelScore{}}
	for _, l := range labels {
		s.Labels[l] = LabelScore{}
	}
	n := max(len(gold), len(pred))
	for i := 0; i < n; i++ {
		var g, p []Mention
		if i < len(gold) {
			g = gold[i].Spans
		}
		if i < len(pred) {
			p = pred[i].Spans
		}
		scoreDoc(g, p, keep, s.Labels)
	}
	for l, ls := range s.Labels {
		s.Micro.TP += ls.TP
		s.Micro.FP += ls.FP
		s.Micro.FN += ls.FN
		ls.finish()
		s.Labels[l] = ls
	}
	s.Micro.finish()
	return s
}

type spanKey struct {
	start, end int
	label      string
}

func scoreDoc(gold, pred []Mention, keep map[string]bool, out map[string]LabelScore) {
	want := func(l string) bool { return len(keep) == 0 || keep[l] }
	gs := map[spanKey]int{}
	for _, m := range gold {
		if want(m.Label) {
			gs[spanKey{m.Start, m.End, m.Label}]++
		}
	}
	for _, m := range pred {
		if !want(m.Label) {
			continue
		}
		ls := out[m.Label]
		k := spanKey{m.Start, m.End, m.Label}
		if gs[k] > 0 {
			gs[k]--
			ls.TP++
		} else {
			ls.FP++
		}
		out[m.Label] = ls
	}
	for k, c := range gs {
		ls := out[k.label]
		ls.FN += c
		out[k.label] = ls
	}
}

// SortedLabels returns the labels of s in alphabetical order, for stable printing.
func (s Scores) SortedLabels() []string {
	out := make([]string, 0, len(s.Labels))
	for l := range s.Labels {
		out = append(out, l)
	}
	sort.Strings(out)
	return out
}
