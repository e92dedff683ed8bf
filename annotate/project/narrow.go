package project

// wordTranslations are French words of place names whose English is another word, not a respelling:
// « Virginie-Occidentale » is "West Virginia", « Nouvelle-Zélande » "New Zealand". Keys are folded.
var wordTranslations = map[string]string{
	"nord": "north", "sud": "south", "est": "east", "ouest": "west", "occidental": "west",
	"occidentale": "west", "oriental": "east", "orientale": "east", "septentrional": "north",
	"septentrionale": "north", "meridional": "south", "meridionale": "south", "nouveau": "new",
	"nouvelle": "new", "saint": "st", "sainte": "st", "grand": "great", "grande": "great",
	"petit": "little", "petite": "little", "haut": "upper", "haute": "upper", "bas": "lower",
	"basse": "lower", "mont": "mount", "lac": "lake", "ile": "island", "iles": "islands",
}

// wordSim compares an English word with a French one (both folded): 1 for a known translation,
// else their similarity of spelling.
func wordSim(en, fr string) float64 {
	if wordTranslations[fr] == en {
		return 1
	}
	return nameSimilarity(fr, en)
}

// minWordSim is the similarity a word needs to be taken for a word of the French name.
const minWordSim = 0.5

// narrowRun cuts a run of capitalised words found by position down to the words that render the French
// name, when it has more words than the name: the run of as many words as the name whose words look
// most like the name's (known translation or spelling), if each looks like one of them and every word
// left out looks like none. A headline's capitals make runs too long ("West Virginia Rally Time" for
// « Virginie-Occidentale », "Korea War" for « Corée »); a run that looks like nothing of the name
// (an acronym spelled out, « ONU » → "United Nations") is kept whole.
func narrowRun(toks []token, r rng, fr []string) rng {
	i0, n := runTokens(toks, r)
	k := len(fr)
	if k == 0 || n <= k {
		return r
	}
	best := func(w string) float64 {
		b := 0.0
		for _, f := range fr {
			b = max(b, wordSim(w, f))
		}
		return b
	}
	sims := make([]float64, n)
	for j := range sims {
		sims[j] = best(toks[i0+j].fold)
	}
	bestAt, bestSum := -1, 0.0
	for a := 0; a+k <= n; a++ {
		sum, ok := 0.0, true
		for j := range n {
			in := j >= a && j < a+k
			ok = ok && (in == (sims[j] >= minWordSim))
			if in {
				sum += sims[j]
			}
		}
		if ok && sum > bestSum {
			bestAt, bestSum = a, sum
		}
	}
	if bestAt < 0 {
		return r
	}
	return rng{toks[i0+bestAt].start, toks[i0+bestAt+k-1].end}
}

// runTokens returns the index of the first token of r and how many tokens it holds.
func runTokens(toks []token, r rng) (int, int) {
	i0, n := -1, 0
	for i, t := range toks {
		if t.start >= r.start && t.end <= r.end {
			if i0 < 0 {
				i0 = i
			}
			n++
		}
	}
	return i0, n
}
