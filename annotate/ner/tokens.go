package ner

// Tokens returns the tokens of text as the recogniser and the CoNLL export cut it, each as byte
// offsets [start, end), so that a token-level comparison of two annotations (agree's kappa) counts
// the same units as a model learns.
func Tokens(text string) [][2]int {
	toks := tokenize(text)
	out := make([][2]int, len(toks))
	for i, t := range toks {
		out[i] = [2]int{t.start, t.end}
	}
	return out
}
