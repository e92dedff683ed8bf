package ner

import (
	_ "embed"
	"strings"
	"sync"
)

// The hand-written list of given names (firstNames) holds some 350, the commonest; news names many
// more persons, and a rule that needs to know where a person's name starts ("la présidente de France
// Télévisions Delphine Ernotte": the organisation, then the person) misses every other. given-names.txt
// adds the given names of the training data's persons (tools/mkgivennames says how they are chosen:
// the first word of a person's gold mention that the text writes nowhere else, in no lower case, no
// English word). They serve the rules only, not the model's features, which were learnt with the
// hand-written list: a word the gazetteer knows as a place, a language, a title or an
// organisation's word is no given name here.

//go:embed given-names.txt
var givenNamesText string

// learntGivenNames is the folded set of given-names.txt, less the gazetteer's other words.
var learntGivenNames = sync.OnceValue(func() map[string]bool {
	g := sharedGazetteer()
	set := map[string]bool{}
	for _, w := range strings.Fields(givenNamesText) {
		f := foldString(w)
		if g.entries[gazMix(gazSeed, hashString(f))]&^(gazPrefix|gazFirstName) == 0 {
			set[f] = true
		}
	}
	return set
})

// knownGivenName reports whether token k is a given name of the gazetteer or of given-names.txt.
func (d *docInfo) knownGivenName(k int) bool {
	return d.gaz[k]&uint32(gazFirstName) != 0 || isCap(d.words[k]) && learntGivenNames()[d.fold[k]]
}
