package quotes

// avisDe returns the number of tokens of "de l'avis de" (du, des, d') at toks[k], which names a
// source after it as selon does ("« … », de l'avis du Premier ministre X"), or 0.
func avisDe(toks []tok, k int) int {
	if k+3 < len(toks) && toks[k].low == "de" && toks[k+1].low == "l'" && toks[k+2].low == "avis" && isOf(toks[k+3].low) {
		if toks[k+3].low == "du" || toks[k+3].low == "des" {
			return 3 // du and des stay with the noun phrase as its determiner
		}
		return 4
	}
	return 0
}
