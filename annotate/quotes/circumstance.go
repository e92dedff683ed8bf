package quotes

// Circumstances between an incise's verb and its inverted subject.

// faceA reports whether "face à", "face au" or "face aux" opens a circumstance at toks[k]: "», assure
// face à notre caméra Me Roux".
func faceA(toks []tok, k int) bool {
	return toks[k].low == "face" && k+1 < len(toks) && (toks[k+1].low == "à" || toks[k+1].low == "au" || toks[k+1].low == "aux")
}

// circumstanceComma returns the index of the comma that ends a short circumstance opening with a
// preposition at toks[k], when a second one between commas follows it: "a lancé au micro, devant une
// centaine de manifestants, Paul Roux". It returns k when there is none.
func circumstanceComma(toks []tok, k int) int {
	if toks[k].text == "," {
		return k
	}
	for c := k + 1; c < len(toks) && c <= k+4; c++ {
		if !toks[c].word {
			if toks[c].text == "," && c > k+1 {
				return c
			}
			return k
		}
	}
	return k
}
