package quotes

import "strings"

// narrativeInfinitive gives a quotation whose cue is an infinitive opening its sentence after "Et
// de" or "Avant de" with no subject ("Et d'ajouter : « … »", "Avant d'ajouter : « … »", "Et de
// conclure que le texte contient des « … »") the speaker of the quotation before it in the same or the
// previous paragraph: the narrative infinitive
// goes on with the subject of the sentence before, which news leaves out. The infinitive need not be a
// verb of speech when a colon announces the quotation ("Et d'enfoncer le clou : « … »").
func (f *finder) narrativeInfinitive(order []int, byGroup [][]part) {
	for n, g := range order {
		grp := f.groups[g]
		if len(byGroup[g]) > 0 && f.gerundColon(grp, byGroup[g][0]) { // "Poursuivant son analyse : « … »"
			grp.speaker, grp.skind, grp.inferred = Span{}, NoSpeaker, false
			if prev := f.previousSpeaker(order, n, grp.line); prev != nil {
				grp.speaker, grp.skind, grp.inferred = prev.speaker, prev.skind, true
			}
			continue
		}
		if !grp.speaker.Empty() || len(byGroup[g]) == 0 {
			continue
		}
		if grp.cue.Empty() && !f.etDeColon(grp, byGroup[g][0]) || !grp.cue.Empty() && !f.afterEtDe(grp) {
			continue
		}
		if prev := f.previousSpeaker(order, n, grp.line); prev != nil {
			grp.speaker, grp.skind, grp.inferred = prev.speaker, prev.skind, true
		}
	}
}

// afterEtDe reports whether the group's cue is an infinitive whose sentence opens with "Et de" or
// "Et d'" right before it.
func (f *finder) afterEtDe(grp *group) bool {
	if vf, ok := cueForm(f.text[grp.cue.Start:grp.cue.End]); !ok || vf.class != infinitive {
		return false
	}
	ln := f.lines[grp.line]
	if grp.cue.Start < ln.Start {
		return false
	}
	ws := f.sentenceStart(ln.Start, grp.cue.Start)
	toks := tokenize(f.text, ws, grp.cue.Start)
	return len(toks) == 2 && narrativeOpener(toks[0].low) && isOf(toks[1].low) && toks[1].low != "du" && toks[1].low != "des"
}

// previousSpeaker returns the nearest group before order[n] with a speaker, on line li or the
// paragraph before it, or nil.
func (f *finder) previousSpeaker(order []int, n, li int) *group {
	lowest := f.prevLine(li)
	if lowest < 0 {
		lowest = li
	}
	for i := n - 1; i >= 0; i-- {
		prev := f.groups[order[i]]
		if prev.line < lowest {
			return nil
		}
		if !prev.speaker.Empty() && !prev.title {
			return prev
		}
	}
	return nil
}

// etDeColon reports whether the sentence before part p, which opens group grp with no cue, is a
// narrative infinitive and its object announcing it with a colon: "Et d'enfoncer le clou :", "Et de
// résumer la situation :". It has no subject, so it names no other speaker.
func (f *finder) etDeColon(grp *group, p part) bool {
	ln := f.lines[grp.line]
	if p.Start < ln.Start {
		return false
	}
	toks := tokenize(f.text, f.sentenceStart(ln.Start, p.Start), p.Start)
	if len(toks) < 4 || len(toks) > 8 || !narrativeOpener(toks[0].low) || !isOf(toks[1].low) || toks[1].low == "du" || toks[1].low == "des" {
		return false
	}
	if toks[len(toks)-1].text != ":" || !infinitiveLike(toks[2].low) {
		return false
	}
	for _, t := range toks[2 : len(toks)-1] {
		if !t.word {
			return false
		}
	}
	return true
}

// infinitiveLike reports whether w has the ending of an infinitive (-er, -ir, -re).
func infinitiveLike(w string) bool {
	return len(w) > 3 && (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "ir") || strings.HasSuffix(w, "re"))
}

// narrativeOpener reports whether w opens a narrative infinitive after de: "Et d'ajouter", or "Avant
// d'ajouter", "Avant de conclure", which news writes alone to go on with the speaker before.
func narrativeOpener(w string) bool { return w == "et" || w == "avant" }

// gerundColon reports whether the group's cue is a present participle opening its sentence, whose
// few words end in a colon right before part p: "Poursuivant ensuite son analyse : « … »", "Ajoutant
// à l'adresse des élus : « … »". With no subject, it goes on with the speaker before, as a narrative
// infinitive does; the noun phrase after it is its object.
func (f *finder) gerundColon(grp *group, p part) bool {
	if grp.cue.Empty() || p.Start < grp.cue.End {
		return false
	}
	if vf, ok := cueForm(f.text[grp.cue.Start:grp.cue.End]); !ok || vf.class != gerund {
		return false
	}
	ln := f.lines[grp.line]
	if grp.cue.Start < ln.Start || p.Start > ln.End || f.sentenceStart(ln.Start, grp.cue.Start) != grp.cue.Start {
		return false
	}
	toks := tokenize(f.text, grp.cue.End, p.Start)
	if len(toks) == 0 || len(toks) > 8 || toks[len(toks)-1].text != ":" {
		return false
	}
	for _, t := range toks[:len(toks)-1] {
		if !t.word {
			return false
		}
	}
	return true
}
