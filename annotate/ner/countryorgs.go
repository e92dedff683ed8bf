package ner

import "slices"

// Organisations named after their country. A country's name opening a name, or closing one after
// "de", is most often the country's, and the tagger so reads it in names that are an organisation's:
// testers saw "France Info" tagged LOC, "Russia Today" PER, "Belgique Presse" PER and "Gaz de
// France" cut to LOC "France". A country's name followed by a capitalised word is an organisation,
// the medium or company named after the country, when the two are no place together: a LOC mention
// so made becomes ORG unless the word is a place's or names one ("Mexico City"); a PER mention, which
// may be a person named like a country ("Jordan Bardella", "Israel Katz"), only when the word is one
// of mediaHeads. A country's name alone tagged LOC right before one of mediaHeads, tagged apart or
// not, takes it. "<Head> de <country>" with Head one of companyHeads is one ORG ("Électricité de
// France"); "Tour de France" and "Coupe de France", events, are left alone. "France métropolitaine"
// and "Corée du Nord" go on lower-case words and stay places.

// mediaHeads are the words, folded, that follow a country's name in the name of a medium or a
// company: "France Info", "France Inter", "Russia Today", "Deutsche Bank"-like "Swiss Bank".
var mediaHeads = map[string]bool{
	"info": true, "infos": true, "inter": true, "culture": true, "televisions": true, "television": true,
	"tv": true, "today": true, "presse": true, "press": true, "medias": true, "media": true, "radio": true,
	"bleu": true, "soir": true, "matin": true, "news": true, "telecom": true, "telecoms": true,
	"airlines": true, "airways": true, "bank": true, "post": true, "poste": true, "rail": true,
	"railways": true, "energie": true, "energy": true, "musique": true, "online": true,
}

// companyHeads are the words, folded, heading a company or a public body named "<Head> de <country>":
// "Gaz de France", "Électricité de France", "Banque de France", "Radio de Chine".
var companyHeads = map[string]bool{
	"gaz": true, "electricite": true, "banque": true, "radio": true, "television": true,
	"televisions": true, "charbonnages": true, "aeroports": true, "autoroutes": true, "caisse": true,
	"credit": true, "compagnie": true, "societe": true, "poste": true,
}

// countryPlaceWords are the capitalised words, folded, that make a country's name a place's after it:
// the capital named after the country ("Mexico City", "Panama City", "Kuwait City") and a part of the
// country ("Liban Sud", "Yemen Nord").
var countryPlaceWords = map[string]bool{"city": true, "town": true, "island": true, "islands": true,
	"nord": true, "sud": true, "est": true, "ouest": true, "north": true, "south": true, "east": true, "west": true}

// oneCountry reports whether token k is a country's name on its own: a country in the gazetteer,
// whose next token carries on no place's name ("Guinée équatoriale" is one, "Corée du Nord" too).
func oneCountry(d *docInfo, k int) bool {
	if k >= len(d.toks) || d.gaz[k]&uint32(gazCountry) == 0 {
		return false
	}
	return k+1 >= len(d.toks) || d.gaz[k+1]&(placeKinds<<16) == 0
}

// countryOrgs relabels, joins and merges the mentions of organisations named after their country as
// described above. mentions are in text order; so is the result.
func countryOrgs(d *docInfo, mentions []Mention) []Mention {
	for i, m := range mentions {
		ks := mentionTokens(d, m)
		if ks[1]-ks[0] < 2 || !oneCountry(d, ks[0]) {
			continue
		}
		k := ks[0] + 1
		if !isCap(d.words[k]) || d.gaz[k]&(placeKinds|placeKinds<<16) != 0 || countryPlaceWords[d.fold[k]] {
			continue
		}
		if m.Label == "LOC" || m.Label == "PER" && mediaHeads[d.fold[k]] {
			mentions[i].Label = "ORG"
		}
	}
	mentions = countryThenMedium(d, mentions)
	return headOfCountry(d, mentions)
}

// countryThenMedium joins a LOC mention of a country's name alone to one of mediaHeads right after
// it, untagged or tagged alone, as one ORG mention ("France" + "Info").
func countryThenMedium(d *docInfo, mentions []Mention) []Mention {
	for i := 0; i < len(mentions); i++ {
		m := mentions[i]
		ks := mentionTokens(d, m)
		k := ks[1]
		if m.Label != "LOC" || ks[1]-ks[0] != 1 || !oneCountry(d, ks[0]) || k >= len(d.toks) ||
			d.toks[k].start != m.End+1 || !isCap(d.words[k]) || !mediaHeads[d.fold[k]] {
			continue
		}
		if i+1 < len(mentions) && mentions[i+1].Start < d.toks[k].end {
			next := mentions[i+1]
			if next.Start != d.toks[k].start || next.End != d.toks[k].end {
				continue // the word opens a longer name: leave both to the tagger
			}
			mentions[i].Confidence = max(m.Confidence, next.Confidence)
			mentions = slices.Delete(mentions, i+1, i+2)
		}
		mentions[i].Label, mentions[i].End = "ORG", d.toks[k].end
	}
	return mentions
}

// headOfCountry makes one ORG mention of "<Head> de <country>", Head capitalised and one of
// companyHeads, in place of the mentions inside it, when the tagger tagged some of it.
func headOfCountry(d *docInfo, mentions []Mention) []Mention {
	for i := 0; i < len(mentions); i++ {
		h, c, ok := companyOfCountry(d, tokenAt(d, mentions[i].Start))
		if !ok {
			continue
		}
		start, end := d.toks[h].start, d.toks[c].end
		first := i // the first mention inside the name, which may come before mention i
		for first > 0 && mentions[first-1].End > start {
			first--
		}
		j, conf, ok := mentionsWithin(mentions, first, start, end)
		if !ok {
			continue // a longer name holds it: left to the tagger
		}
		mentions = slices.Replace(mentions, first, j, Mention{Start: start, End: end, Label: "ORG", Confidence: conf})
		i = first
	}
	return mentions
}

// companyOfCountry returns the tokens of the head and of the country of "<Head> de <country>" when
// token k is one or the other.
func companyOfCountry(d *docInfo, k int) (head, country int, ok bool) {
	for _, s := range []int{k, k - 2} {
		if s >= 0 && s+2 < len(d.toks) && isCap(d.words[s]) && companyHeads[d.fold[s]] &&
			(d.lower[s+1] == "de" || d.lower[s+1] == "d'") && oneCountry(d, s+2) {
			return s, s + 2, true
		}
	}
	return 0, 0, false
}

// mentionsWithin returns the end j of the mentions from first on that lie in the bytes [start, end),
// and their highest confidence; false when one of them starts before start or ends after end.
func mentionsWithin(mentions []Mention, first, start, end int) (j int, conf float64, ok bool) {
	for j = first; j < len(mentions) && mentions[j].Start < end; j++ {
		if mentions[j].Start < start || mentions[j].End > end {
			return 0, 0, false
		}
		conf = max(conf, mentions[j].Confidence)
	}
	return j, conf, true
}
