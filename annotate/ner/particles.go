package ner

import "sort"

// Names with a nobiliary or patronymic particle ("Ursula von der Leyen", "Karl-Theodor zu Guttenberg",
// "Rafael van der Vaart") are read as one person's name. The training articles hold "van", "ben" and
// "da" a few times but never "von" or "zu" and "der" twice, so the tagger takes the unknown lower-case
// word for the end of the name and tags the parts apart: "Ursula" untagged or ORG, "Leyen" ORG or LOC.
// Only the particles that French does not otherwise write between two capitalised words are joined;
// "de", "du", "des", "la" and "le" are left to the model, which knows "Charles de Gaulle" and would
// otherwise run "Paris" into "la ville de Paris" names.

// leadParticles open a particle: "von", "van", "zu", "ter", "ten", "bin", "ibn", "ben".
var leadParticles = map[string]bool{
	"von": true, "van": true, "vom": true, "zu": true, "zum": true, "zur": true, "ter": true, "ten": true,
	"bin": true, "ibn": true, "ben": true, "bint": true,
}

// followParticles may follow a lead particle: "von der", "van den", "van de", "von dem".
var followParticles = map[string]bool{"der": true, "den": true, "dem": true, "de": true, "het": true}

// maxFollowParticles bounds the particles after the lead one ("von und zu" is not read).
const maxFollowParticles = 1

// maxNameParts bounds the capitalised words read on either side of the particle.
const maxNameParts = 3

// particleConfidence is the confidence of a particle name made of words the tagger left untagged.
const particleConfidence = 0.7

// notNameWords are closed-class French words that open a sentence capitalised before a particle name
// ("Selon von der Leyen", "Pour van Gaal"): they are not part of the name.
var notNameWords = map[string]bool{
	"selon": true, "pour": true, "par": true, "avec": true, "chez": true, "contre": true, "après": true,
	"avant": true, "depuis": true, "sans": true, "sous": true, "sur": true, "vers": true, "entre": true,
	"malgré": true, "devant": true, "derrière": true, "pendant": true, "durant": true, "dès": true,
	"comme": true, "quant": true, "et": true, "mais": true, "ou": true, "donc": true, "or": true,
	"ni": true, "car": true, "si": true, "quand": true, "lorsque": true, "puisque": true, "hier": true,
	"demain": true, "ainsi": true, "alors": true, "puis": true, "enfin": true, "pourtant": true,
	"cependant": true, "toutefois": true, "même": true, "aussi": true, "déjà": true, "encore": true,
	"ensuite": true, "il": true, "elle": true, "ils": true, "elles": true, "on": true, "nous": true,
	"vous": true, "je": true, "lui": true, "leur": true, "à": true, "de": true, "en": true, "dans": true,
}

// particleRun returns the end of the particle that starts at token p of the sentence ending at e (a lead
// particle and at most maxFollowParticles others), or p when none starts there.
func particleRun(d *docInfo, p, e int) int {
	if p >= e || !leadParticles[d.words[p]] {
		return p
	}
	q := p + 1
	for q < e && q-p <= maxFollowParticles && followParticles[d.words[q]] {
		q++
	}
	return q
}

// particleSpan is a name: tokens [start, end) with the particle at [p, q). The mentions it replaces
// may begin earlier, at cover, with a nationality the tagger took into the name.
type particleSpan struct{ cover, start, p, q, end int }

// joinParticleNames makes one PER mention of every name whose parts a particle separates: a person's
// name or given names before it (tagged PER, untagged, or tagged alone with another label but not a
// known place, institution or title), the particle, and the capitalised name after it (untagged or
// tagged alone). With nothing before it ("Mme von der Leyen"), the particle and the name after it are
// the mention. A mention reaching beyond the name is left alone. mentions are in text order; so is the
// result.
func joinParticleNames(d *docInfo, mentions []Mention) []Mention {
	at := mentionAt(d, mentions)
	lead := d.byWord(func(k int) bool { return leadParticles[d.words[k]] })
	var spans []particleSpan
	for k := 0; k+1 < len(d.sents); k++ {
		s, e := d.sents[k], d.sents[k+1]
		for p := s + 1; p < e; p++ {
			if !lead[d.typ[p]] {
				continue // no particle: particleRun stops at once
			}
			if sp, ok := particleName(d, mentions, at, s, e, p); ok {
				spans = append(spans, sp)
				p = sp.q
			}
		}
	}
	if len(spans) == 0 {
		return mentions
	}
	return mergeSpans(d, mentions, at, spans)
}

// particleName reads the name whose particle starts at token p of the sentence [s, e), if there is one
// and no mention reaching beyond it.
func particleName(d *docInfo, mentions []Mention, at []int, s, e, p int) (particleSpan, bool) {
	q := particleRun(d, p, e)
	if q == p || q >= e || !isNamePart(d, q) {
		return particleSpan{}, false
	}
	sp := particleSpan{cover: nameStart(d, mentions, at, s, p), p: p, q: q, end: nameEnd(d, mentions, at, q, e)}
	if sp.end == q || !coversWhole(at, sp.cover, sp.end) {
		return particleSpan{}, false
	}
	sp.start = sp.cover
	for sp.start < p && nationalities[d.fold[sp.start]] != "" { // "la Néerlandaise Annemiek van Vleuten"
		sp.start++
	}
	return sp, true
}

// mentionAt maps each token of d to the index of the mention holding it, -1 for none.
func mentionAt(d *docInfo, mentions []Mention) []int {
	at := make([]int, len(d.toks))
	m := 0
	for k, t := range d.toks {
		for m < len(mentions) && mentions[m].End <= t.start {
			m++
		}
		at[k] = -1
		if m < len(mentions) && mentions[m].Start < t.end {
			at[k] = m
		}
	}
	return at
}

// isNamePart reports whether token k is a capitalised word that may be part of a person's name.
// A nationality ("la Néerlandaise Annemiek van Vleuten") is not.
func isNamePart(d *docInfo, k int) bool {
	if nationalities[d.fold[k]] != "" {
		return false
	}
	return isCap(d.words[k]) && !d.symbol[k] && !notNameWords[d.lower[k]] && !determiners[d.lower[k]] &&
		d.flags[k]&dfLowerSeen == 0
}

// placeOrTitle are the gazetteer kinds that make a word before a particle something else than a given
// name: "Allemagne von", "Commission von der Leyen", "Président van", "Néerlandais van".
const placeOrTitle = uint32(gazCountry | gazRegion | gazCity | gazPlace | gazLanguage | gazInstitution | gazTitle | gazOrgWord)

// nameStart returns the first token of the name before the particle at p, in the sentence starting at s:
// a PER mention ending there (or running on over the particle), or else up to maxNameParts untagged
// capitalised words, or a word tagged alone that no gazetteer knows; p when there is none. A mention of
// another label running over the particle gives p too, which coversWhole then refuses to cut.
func nameStart(d *docInfo, mentions []Mention, at []int, s, p int) int {
	k := p - 1
	if at[k] >= 0 {
		m := mentions[at[k]]
		switch {
		case m.Label == "PER":
			return tokenAt(d, m.Start)
		case m.End > d.toks[k].end: // the tagger read one name of another kind: "Musée van Gogh"
			return p
		case m.Start == d.toks[k].start && isNamePart(d, k) && d.gaz[k]&(placeOrTitle|placeOrTitle<<16) == 0:
			return k
		}
		return p
	}
	start := p
	for k >= s && p-k <= maxNameParts && at[k] < 0 && isNamePart(d, k) && d.gaz[k]&(placeOrTitle|placeOrTitle<<16) == 0 {
		start = k
		k--
	}
	return start
}

// nameEnd returns the end of the name after the particle, which starts at token q of the sentence
// ending at e: the mention starting at q (or holding the particle and q) when all its words are
// capitalised, or else up to maxNameParts untagged capitalised words; q when there is none.
func nameEnd(d *docInfo, mentions []Mention, at []int, q, e int) int {
	if at[q] >= 0 {
		m := mentions[at[q]]
		end := q
		for end < e && at[end] == at[q] {
			if !isCap(d.words[end]) {
				return q
			}
			end++
		}
		if end-q > maxNameParts || end < e && d.toks[end].start < m.End {
			return q
		}
		return end
	}
	end := q
	for end < e && end-q < maxNameParts && at[end] < 0 && isNamePart(d, end) {
		end++
	}
	return end
}

// coversWhole reports whether every mention holding a token of [start, end) lies within it.
func coversWhole(at []int, start, end int) bool {
	if start > 0 && at[start] >= 0 && at[start-1] == at[start] {
		return false
	}
	return end == len(at) || at[end-1] < 0 || at[end] != at[end-1]
}

// tokenAt returns the index of the token starting at byte start.
func tokenAt(d *docInfo, start int) int {
	return d.tokenFrom(start)
}

// mergeSpans replaces the mentions inside each span by one PER mention, whose confidence is the least
// of theirs, and at most particleConfidence when the tagger left a word untagged or read another label
// there. A span that is already one
// PER mention is left as it is.
func mergeSpans(d *docInfo, mentions []Mention, at []int, spans []particleSpan) []Mention {
	drop := make([]bool, len(mentions))
	var out []Mention
	for _, sp := range spans {
		start, end := d.toks[sp.start].start, d.toks[sp.end-1].end
		if i := at[sp.start]; i >= 0 && mentions[i].Start == start && mentions[i].End == end && mentions[i].Label == "PER" {
			continue
		}
		conf, relabelled := 1.0, false
		for k := sp.cover; k < sp.end; k++ {
			i := at[k]
			if i < 0 || mentions[i].Label != "PER" {
				relabelled = true
			}
			if i >= 0 {
				conf = min(conf, mentions[i].Confidence)
				drop[i] = true
			}
		}
		if relabelled { // the tagger did not read a person's name here: trust the rule only so far
			conf = min(conf, particleConfidence)
		}
		out = append(out, Mention{Start: start, End: end, Label: "PER", Confidence: conf})
	}
	for i, m := range mentions {
		if !drop[i] {
			out = append(out, m)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}
