package quotes

import "testing"

// TestCapitalisedTitleIsADescription: French writes "le Premier ministre" and often "le Président"
// with a capital; the capital made a name of them, so the speaker after the verb was cut to "le
// Premier", and both ended as PER names in the named-entity exports and in the Quotes tab, which gives
// a description's entity name beside it ("le Premier ministre (Haïder al-Abadi)"). A newspaper's name
// after its article stays a name, and so does a name ending with a noun of office ("Bruno Le Maire").
func TestCapitalisedTitleIsADescription(t *testing.T) {
	for _, c := range []struct {
		text, speaker string
		kind          SpeakerKind
	}{
		{"Haïder al-Abadi est arrivé. « Ils seront traqués », a déclaré le Premier ministre.", "le Premier ministre", Description},
		{"Haïder al-Abadi est arrivé. Le Premier ministre a déclaré : « Ils seront traqués. »", "Le Premier ministre", Description},
		{"Le Président a déclaré : « Nous irons à Orléans\u202f! »", "Le Président", Description},
		{"« Le café\u0301 👍🏽 est prêt », a ajouté le Président.", "le Président", Description},
		{"Le Canard enchaîné a écrit : « Ils seront traqués. »", "Le Canard enchaîné", Name},
		{"À Paris, Bruno Le Maire, ministre de l'Économie a affirmé que les violences « sont inacceptables ».", "Le Maire, ministre de l'Économie", Name},
	} {
		var found bool
		for _, q := range Find(c.text) {
			if q.Speaker.Empty() {
				continue
			}
			found = true
			if got := c.text[q.Speaker.Start:q.Speaker.End]; got != c.speaker || q.Kind != c.kind {
				t.Errorf("%q: speaker %q of kind %v, want %q of kind %v", c.text, got, q.Kind, c.speaker, c.kind)
			}
		}
		if !found {
			t.Errorf("%q: no speaker found", c.text)
		}
	}
}
