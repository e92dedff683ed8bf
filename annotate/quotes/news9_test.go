package quotes

import "testing"

// news9Tests are invented news sentences for the constructions that the ninth blind set of web news
// (courts, faits divers, labour, weather and disasters) showed the detector misreading.
var news9Tests = []struct {
	name string
	text string
	want []want
}{
	{"the dot of M. in the apposition after an incise ends no sentence",
		"«\u00a0Le dossier est d’une grande complexité 😀, insiste le chef de la police, M. Ame\u0301lie Roux. Nos équipes y travaillent jour et nuit.\u00a0»",
		[]want{{"«\u00a0Le dossier est d’une grande complexité 😀", "insiste", "le chef de la police"}, {"Nos équipes y travaillent jour et nuit.\u00a0»", "insiste", "le chef de la police"}}},
	{"seul before the subject is no speaker",
		"Seul le maire de Lyon, Ame\u0301lie Roux, a salué la décision, affirmant qu’il s’agit d’une «\u00a0victoire pour tous 😀\u00a0».\nSeules les infirmières ont témoigné\u00a0: «\u00a0Nous sommes épuisées.\u00a0»",
		[]want{{"«\u00a0victoire pour tous 😀\u00a0»", "affirmant", "le maire de Lyon"}, {"«\u00a0Nous sommes épuisées.\u00a0»", "témoigné", "les infirmières"}}},
	{"the person given the floor speaks the quotation after it",
		"Le boulanger n’a pas souhaité revenir sur l’agression 😀. Il préfère laisser la parole à sa fille Ame\u0301lie. «\u00a0Ils sont entrés vers midi et ont tout pris\u00a0».",
		[]want{{"«\u00a0Ils sont entrés vers midi et ont tout pris\u00a0»", "", "sa fille Ame\u0301lie"}}},
	{"a thing given the floor is no speaker",
		"Le maire ne commente pas 😀. Il laisse la parole à la justice. «\u00a0Je suis serein.\u00a0»",
		[]want{{"«\u00a0Je suis serein.\u00a0»", "", "Il"}}},
	{"a narrative infinitive and its object before a colon go on with the speaker before",
		"«\u00a0Le chantier a pris trop de retard 😀\u00a0», regrette Ame\u0301lie Roux. Et d’enfoncer le clou\u00a0: «\u00a0Personne ne nous a prévenus.\u00a0» Selon elle, la mairie refuse de répondre.",
		[]want{{"«\u00a0Le chantier a pris trop de retard 😀\u00a0»", "regrette", "Ame\u0301lie Roux"}, {"«\u00a0Personne ne nous a prévenus.\u00a0»", "", "Ame\u0301lie Roux"}}},
}

func TestFindNinthSet(t *testing.T) {
	for _, tc := range news9Tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, tc.text, tc.want) })
	}
}
