package quotes

import "strings"

// listStart returns the first token of a list of names whose last name starts at toks[from]: the list
// speaks, not its last place or person ("l'Allemagne, la France, l'Italie et le Luxembourg, qui
// s'étaient engagés à « … »", "Paul Roux, Anne Martin et Luc Petit ont affirmé"). Only a clean list
// counts: three names at least, each capitalised words with maybe an article, the last after et and
// the others after commas, with no comma before the first (which could end a name not read, "Paul
// Roux (EELV), Anne Martin, …") and no sentence-opening preposition ("En France, Paul Roux, Anne
// Martin et Luc Petit"). Else from.
func listStart(toks []tok, from int) int {
	if from < 2 || toks[from-1].low != "et" {
		return from
	}
	items, start := 1, from
	for sep := from - 1; sep >= 1 && toks[sep-1].word && isUpperStart(toks[sep-1].text) && !openingPhrase(toks, sep); {
		start = nameLeft(toks, sep-1)
		items++
		if start < 2 || toks[start-1].text != "," {
			break
		}
		sep = start - 1
	}
	if items < 3 || start > 0 && toks[start-1].text == "," && !openingPhrase(toks, start-1) || openingPreposition(toks, start-1) {
		return from
	}
	return start
}

// openingPreposition reports whether toks[k] is a preposition opening its sentence or clause, whose
// complement a comma then closes ("En France, …", "Hier, à Lyon, …"); an emoji before it opens nothing.
func openingPreposition(toks []tok, k int) bool {
	return k >= 0 && prepositions[toks[k].low] && (k == 0 || strings.Contains(".!?…:;,", toks[k-1].text))
}

// openingPhrase reports whether the comma toks[c] closes a circumstance opening its sentence, a day
// ("Hier, …", "Mardi soir, …") or a complement a preposition opens ("En France, …", "Lors de la
// conférence de presse, …"), whose capitalised words are no name of a list. A complement within the
// sentence is not one: in "…, dans la salle où le traité fut signé entre l'Allemagne, la France et
// l'Italie" the list goes on after the comma.
func openingPhrase(toks []tok, c int) bool {
	if c < 1 || toks[c].text != "," {
		return false
	}
	k := c - 1
	for k > 0 && !strings.Contains(".!?…:;,«»", toks[k-1].text) {
		k--
	}
	if k > 0 && !strings.Contains(".!?…:;«»", toks[k-1].text) {
		return false
	}
	return prepositions[toks[k].low] || dayWords[toks[k].low]
}

// pairLeft widens the subject sp, ending with toks[j], to the pair it closes when et joins it to a
// noun phrase before and the verb after it is plural: "Marie Dupont et Paul Martin ont déclaré", "le
// maire et son adjoint affirment" speak together, not the second alone. The first must open its
// clause (or follow que), hold no verb ("Le ministre a parlé et les syndicats ont répondu" joins two
// clauses) and be no pronoun; a pair of a name and a description is a description. Else sp and kind
// as they are.
func pairLeft(toks []tok, sp Span, kind SpeakerKind, j int) (Span, SpeakerKind) {
	from, _ := spanToks(toks, sp)
	if from < 2 || toks[from-1].low != "et" || !pluralVerbAfter(toks, j) {
		return sp, kind
	}
	first, fkind, ok := npLeftOne(toks, from-2, false)
	fs, _ := spanToks(toks, first)
	if !ok || fkind == Pronoun || fs < 0 || !clauseOpens(toks, fs) && toks[fs-1].low != "que" && toks[fs-1].low != "qu'" {
		return sp, kind
	}
	if fs >= 2 && toks[fs-1].text == "," && (toks[fs-2].text == ")" || fs > 2 && isUpperStart(toks[fs-2].text)) && !openingPhrase(toks, fs-1) {
		return sp, kind // "Paul Roux (EELV), Anne Martin et Luc Petit": the end of a list listStart could not read
	}
	for _, t := range toks[fs : from-1] {
		if auxiliaries[t.low] || etre[t.low] || cueLemma(t.low) != "" {
			return sp, kind
		}
	}
	if fkind != kind {
		kind = Description
	}
	return Span{first.Start, sp.End}, kind
}

// pluralVerbAfter reports whether the verb after toks[j], past a negation or a reflexive pronoun, is
// plural: ont, sont, font and the like, or a reporting verb ending in -ent ("affirment", "se disent").
func pluralVerbAfter(toks []tok, j int) bool {
	k := j + 1
	for k < len(toks) && (toks[k].low == "ne" || toks[k].low == "n'" || reflexives[toks[k].low]) {
		k++
	}
	if k >= len(toks) {
		return false
	}
	w := toks[k].low
	return pluralAuxiliaries[w] || strings.HasSuffix(w, "ent") && cueLemma(w) != ""
}

// pluralAuxiliaries are the plural forms of avoir and être a compound reporting verb starts with, and
// of faire and aller before an infinitive ("font valoir", "vont dire"), which end in -ont.
var pluralAuxiliaries = set("ont avaient auraient auront eurent sont étaient seraient seront furent font vont")

// pairRight widens an incise's subject a.speaker, read up to toks[next], to the pair et makes of it
// and the noun phrase after, when the verb at toks[v] is plural and the pair ends the incise: "« … »,
// ont affirmé le maire et son adjoint." It returns the index after the subject.
func pairRight(toks []tok, next, v int, a *attribution) int {
	if next+1 >= len(toks) || toks[next].low != "et" || a.kind == Pronoun || !pluralVerbAfter(toks, v-1) {
		return next
	}
	sp, kind, n, ok := npReaderAt(toks, next+1)(toks, next+1)
	if !ok || kind == Pronoun || !inciseSubjectEnds(toks, n) {
		return next
	}
	if kind != a.kind {
		a.kind = Description
	}
	a.speaker.End = sp.End
	return n
}
