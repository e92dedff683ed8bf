package ner

import (
	"math"
	"testing"
)

// TestEmitterSameScores checks that the emitter, which sums the rows of a document's words once each,
// gives every token of the dev set, of text in capitals and of accented, emoji and guillemet text the
// very scores (bit for bit) of its features looked up one by one, in their order: the recogniser's
// output may not depend on which of the two computed them.
func TestEmitterSameScores(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if !m.exactSums {
		t.Fatal("the embedded model's weights are not taken as quantized")
	}
	texts := []string{
		"« Nous ne céderons pas », a déclaré M. Lavrov à Moscou 🇷🇺 ; l’ONU s’inquiète. Créé en 1945.",
		"LA MAISON-BLANCHE ET LE KREMLIN DISCUTENT\nJosé Manuel Barroso (Commission européenne) arrive.",
		"e\u0301te\u0301 à Genève 👍🏽 1️⃣ — Jean-Luc Mélenchon, d’après Le Monde.",
	}
	for _, ex := range readShared(t, "ner-wikinews-dev.jsonl") {
		texts = append(texts, ex.Text)
	}
	tokens := 0
	for _, text := range texts {
		d := analyse(text, m.gaz)
		m.x.prepare(d)
		em := m.newEmitter(d)
		var feats []uint64
		for k := 0; k+1 < len(d.sents); k++ {
			s, e := d.sents[k], d.sents[k+1]
			for i := s; i < e; i++ {
				feats = m.x.features(d, s, e, i, feats[:0])
				want := m.emission(feats, nil)
				got := em.appendToken(s, e, i, nil)
				for tag := range want {
					if math.Float64bits(got[tag]) != math.Float64bits(want[tag]) {
						t.Fatalf("token %q of %.40q: tag %d scores %v by word, %v by feature", d.words[i], text, tag, got[tag], want[tag])
					}
				}
				tokens++
			}
		}
	}
	if tokens < 30000 { // the dev set holds some 35,000
		t.Errorf("compared %d tokens, want the whole dev set", tokens)
	}
}
