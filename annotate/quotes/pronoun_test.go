package quotes

import "testing"

// A stressed pronoun that opens a sentence as its subject, capitalised there ("Eux d'ajouter", "Lui
// de répondre"), is a pronoun speaker, not a name.
func TestStressedPronounSpeaker(t *testing.T) {
	for _, c := range []struct{ text, speaker string }{
		{"Les parents rapportent que « d'autres recruteurs sévissent » toujours.\n\nEux d'ajouter à destination du maire que « votre statut aurait dû vous imposer une plainte ».", "Eux"},
		{"Le ministre s'est tu.\n\nLui de répondre à Zoé Périé\u0301 que « la France 🇫🇷 ne cédera pas 👍🏽 ».", "Lui"},
	} {
		var found bool
		for _, q := range Find(c.text) {
			if q.Speaker.Empty() || c.text[q.Speaker.Start:q.Speaker.End] != c.speaker {
				continue
			}
			found = true
			if q.Kind != Pronoun {
				t.Errorf("%q: speaker %q of kind %v, want a pronoun", c.text, c.speaker, q.Kind)
			}
		}
		if !found {
			t.Errorf("%q: no quote spoken by %q", c.text, c.speaker)
		}
	}
}
