package preannotate

import (
	"testing"

	"github.com/glose-app/glose/annotate"
)

// A list of names that speaks is shown as the list, not as its first or last name, and joins no
// entity of its own: a name for six countries would pollute the entities, and "Allemagne" alone is
// not who spoke. So is a pair before or after a plural verb, of names or of descriptions ("le maire
// et son adjoint" is not the mayor named before): the quotation is not one of the two's.
// A pair in apposition to a description is the pair. A name alone after a pair, before a singular
// verb, stays the name's.
func TestListSpeakerIsTheWholeList(t *testing.T) {
	for _, c := range []struct {
		text, speaker, label string
		list                 bool
	}{
		{"Le traité fut signé 😀 entre l’Allemagne, la France, l’Italie, la Belgique, les Pays-Bas et le Luxembourg, qui s’étaient engagés à «\u00a0établir les fondements d’une union sans cesse plus étroite\u00a0».",
			"l’Allemagne, la France, l’Italie, la Belgique, les Pays-Bas et le Luxembourg", "LOC", true},
		{"Le maire de Ville\u0301neuve a reçu Marie Dupont, Jean Martin et Paul Durand, qui ont dénoncé «\u202fune décision prise sans aucune concertation\u202f».",
			"Marie Dupont, Jean Martin et Paul Durand", "PER", true},
		{"Ame\u0301lie Dupont et Paul Martin ont déclaré\u00a0: «\u202fNous quittons le conseil municipal 😀.\u202f»",
			"Ame\u0301lie Dupont et Paul Martin", "PER", true},
		{"«\u00a0Nous quittons le conseil municipal 😀\u00a0», ont affirmé Marie Dupont et Paul Martin.",
			"Marie Dupont et Paul Martin", "PER", true},
		{"Le maire Rene\u0301 Roux a reçu la presse 😀. «\u00a0Nous restons\u00a0», ont affirmé le maire et son adjoint.",
			"le maire et son adjoint", "PER", true},
		{"Les porte-paroles du front commun, Rene\u0301 Chevrette et Benoît Jugand, font valoir «\u00a0qu’il faut négocier 😀\u00a0».",
			"Rene\u0301 Chevrette et Benoît Jugand", "PER", true},
		{"Le maire a reçu Marie Dupont et Paul Durand, qui a dénoncé «\u202fune décision prise sans aucune concertation\u202f».",
			"Paul Durand", "PER", false},
	} {
		_, m, ok := soleSpeaker(t, c.text)
		if !ok {
			continue
		}
		if got := c.text[m.Start:m.End]; got != c.speaker || m.Label != c.label {
			t.Errorf("%q: speaker %q %s, want %q %s", c.text, got, m.Label, c.speaker, c.label)
		}
		if list := m.Entity < 0 && m.Kind() == annotate.MentionNominal; list != c.list {
			t.Errorf("%q: speaker %q read as a list %v (entity %d), want %v", c.text, c.speaker, list, m.Entity, c.list)
		}
	}
}
