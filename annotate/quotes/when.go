package quotes

// The date or time that news writes between a reporting verb and its inverted subject: "», a dit ce
// vendredi 20 octobre 2017 à l'AFP Paul Roux", "», témoigne mercredi 6 février sur France Info Anne
// Roux", "», a expliqué lundi soir Mme Roux".

// skipWhen returns the index after a date or a time starting at toks[k], or k: maybe ce, cette or le,
// then a weekday, hier, aujourd'hui or demain (dayWords), or a day number with its month; then a day
// number, a month and a year as they come, and a part of the day ("matin", "soir", "après-midi").
func skipWhen(toks []tok, k int) int {
	j := k
	if j < len(toks) && (toks[j].low == "ce" || toks[j].low == "cette" || toks[j].low == "le") {
		j++
	}
	switch {
	case j < len(toks) && dayWords[toks[j].low]:
		j++
		if j < len(toks) && dayNumber(toks[j].low) && j+1 < len(toks) && monthNames[toks[j+1].low] {
			j += 2
		}
	case j+1 < len(toks) && dayNumber(toks[j].low) && monthNames[toks[j+1].low]:
		j += 2
	default:
		return k
	}
	if j < len(toks) && isDigitStart(toks[j].low) && len(toks[j].low) == 4 { // the year
		j++
	}
	if j < len(toks) && dayParts[toks[j].low] {
		j++
	}
	return j
}

// inciseAfterTime reads an incise after a time that completes the quoted words and its comma, at q
// right after a quotation: "veut « maintenir la pression » cet été, a assuré un de ses responsables",
// "« … » lundi, a déclaré X".
func (f *finder) inciseAfterTime(q, end int) (attribution, bool) {
	toks := tokenize(f.text, q, min(end, q+maxIncise))
	j := skipWhen(toks, 0)
	if j == 0 && len(toks) > 2 && (toks[0].low == "ce" || toks[0].low == "cet" || toks[0].low == "cette") && timeHeads[toks[1].low] {
		j = 2 // "cet été", "cette année"
	}
	if j == 0 || j+1 >= len(toks) || toks[j].text != "," {
		return attribution{}, false
	}
	a, _, ok := f.incise(toks[j+1].start, end)
	return a, ok
}

// dayNumber reports whether w is the number of a day in a date: "6", "20", "1er".
func dayNumber(w string) bool {
	w = trimOrdinal(w)
	return isDigitStart(w) && len(w) <= 2
}

// trimOrdinal drops the "er" of "1er".
func trimOrdinal(w string) string {
	if len(w) > 2 && w[len(w)-2:] == "er" {
		return w[:len(w)-2]
	}
	return w
}

var (
	dayWords = set("lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui demain")
	dayParts = set("matin soir midi après-midi soirée matinée nuit dernier prochain")
)
