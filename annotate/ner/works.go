package ner

import (
	"strings"
	"sync"

	"github.com/glose-app/glose/annotate/spell"
)

// Names that are no persons' though the tagger, leaning on capitals, takes them for some:
//
//   - a place whose name opens with a plural article, capitalised mid-sentence as only a name's
//     article is: "à Des Moines", "aux Les Ulis"; the tagger, which knows "des" as the French article,
//     splits the name or takes it for a person's;
//   - the title of a show or a work, in English in a French text: "Saturday Night Live", "Star Wars",
//     "Breaking Bad". Every word of such a title is an English word, which a person's name seldom
//     is unless it opens with a known given name ("Harry Potter" stays a person) or the text names
//     it again by its last word alone, as news name a person by the surname ("Rob Hall … Hall"). It
//     is labelled MISC, the label of products and events.

// placeArticles are the plural articles that open places' names: "Des Moines", "Les Ulis".
var placeArticles = map[string]bool{"Des": true, "Les": true}

// articlePlaces makes LOC, with its article, every PER or LOC mention after a capitalised plural
// article standing where no position capitalises it, and every PER mention opening so.
func articlePlaces(d *docInfo, mentions []Mention) {
	for i, m := range mentions {
		if m.Label != "PER" && m.Label != "LOC" {
			continue
		}
		ks := mentionTokens(d, m)
		switch k := ks[0]; {
		case placeArticles[d.words[k]] && !capitalByPosition(d, k) && ks[1]-k > 1:
			mentions[i].Label = "LOC"
		case k > 0 && placeArticles[d.words[k-1]] && !capitalByPosition(d, k-1) && (i == 0 || mentions[i-1].End <= d.toks[k-1].start):
			mentions[i].Label, mentions[i].Start = "LOC", d.toks[k-1].start
		}
	}
}

// englishWords is the embedded English dictionary, loaded on first use; nil if it cannot be.
var englishWords = sync.OnceValue(func() *spell.Dictionary {
	d, err := spell.English(spell.AnyEnglish)
	if err != nil {
		return nil
	}
	return d
})

// titleLinks are the small words English titles hold: "Game of Thrones", "The Walking Dead".
var titleLinks = map[string]bool{"of": true, "the": true, "and": true, "a": true, "in": true, "on": true, "to": true}

// worksToMisc relabels MISC the PER mentions of two words or more that are titles in English, as
// described above: every word an English word (titleLinks, or a lower-case entry of the dictionary,
// or a capitalised one that is no given name), the first no known given name.
func worksToMisc(d *docInfo, mentions []Mention) {
	for i, m := range mentions {
		if m.Label != "PER" {
			continue
		}
		ks := mentionTokens(d, m)
		if ks[1]-ks[0] < 2 || d.knownGivenName(ks[0]) || wordGivenNames[d.words[ks[0]]] {
			continue
		}
		if englishTitle(d, ks[0], ks[1]) && !surnameAlone(d, ks[1]-1) {
			mentions[i].Label = "MISC"
		}
	}
}

// surnameAlone reports whether the word of token k, the last of a name, stands elsewhere in the
// document without the word before it: news name a person again by the surname ("Matt Hall" then
// "Hall"), and repeat a title whole.
func surnameAlone(d *docInfo, k int) bool {
	for j, w := range d.words {
		if w == d.words[k] && j != k && (j == 0 || d.words[j-1] != d.words[k-1]) {
			return true
		}
	}
	return false
}

// wordGivenNames are English given names that are English words too, which the gazetteer's list of
// given names lacks: "Rob Ford", "Hope Solo" are persons.
var wordGivenNames = map[string]bool{}

func init() {
	for _, n := range strings.Fields(`Rob Bob Bill Will Jimmy Jim Rick Matt Hope Summer Rose Lily Daisy Ivy
		Holly Grace Joy Faith Mark Pat Sue Ray Dean Drew Jack Frank Grant Chuck Chase Hunter Mason Cliff
		Glen Dale Wade Don Ben Tom Sam Max Amber Ruby Penny Dawn April May June Robin Jay Bud Buck Rusty
		Sandy Carol Angel Destiny Harmony Heather Crystal Pearl Melody Misty Autumn Brook Sky Skye Reed
		Rod Gene Bart Gus Hank Art Earl Lance Miles Neil Mike Nick Kit Kim Bishop Baker Sterling`) {
		wordGivenNames[n] = true
	}
}

// weekdays are the English days, which the dictionary holds capitalised only.
var weekdays = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true}

// englishTitle reports whether every word of tokens [s, e) is an English word.
func englishTitle(d *docInfo, s, e int) bool {
	dict := englishWords()
	if dict == nil {
		return false
	}
	for k := s; k < e; k++ {
		w := d.words[k]
		if titleLinks[d.lower[k]] && k > s {
			continue
		}
		if !isCap(w) || strings.ContainsAny(w, "-'") || !dict.Has(d.lower[k]) && !weekdays[d.lower[k]] {
			return false
		}
	}
	return true
}
