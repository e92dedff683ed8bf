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
	{"the agent of a passive reporting verb before a colon speaks, not the thing it confirmed",
		"Un incendie criminel a été évoqué 😀. Une hypothèse qui n’a pas été confirmée par les pompiers\u00a0: «\u00a0Rien ne va dans ce sens.\u00a0»\nUne version démentie par le ministère\u00a0: «\u00a0C’est faux, Ame\u0301lie Roux le sait.\u00a0»",
		[]want{{"«\u00a0Rien ne va dans ce sens.\u00a0»", "", "les pompiers"}, {"«\u00a0C’est faux, Ame\u0301lie Roux le sait.\u00a0»", "", "le ministère"}}},
	{"a week-end is no speaker",
		"Le maire, Ame\u0301lie Roux, a averti la population 😀. Le week-end écoulé a confirmé ses craintes\u00a0: «\u00a0Un véritable relâchement\u00a0».",
		[]want{{"«\u00a0Un véritable relâchement\u00a0»", "confirmé", ""}}},
	{"intervenir right before a colon reports, after a subordinate clause with a verb of its own",
		"Alors que la juge poursuit la lecture du dossier, l’accusé intervient\u00a0: «\u00a0Je n’étais pas là 😀.\u00a0»\nCette cérémonie intervient après la «\u00a0marche républicaine\u00a0» de dimanche.",
		[]want{{"«\u00a0Je n’étais pas là 😀.\u00a0»", "intervient", "l’accusé"}}},
	{"a straight mark glued between a stop and a capital closes the quotation open, else opens one",
		"Ame\u0301lie Roux raconte la nuit de la crue 😀. \"Nous avons tout perdu, même les photos.\"Aidée par ses voisins, elle a sauvé ses parents. La porte était bloquée.\"Je criais, criais, mais personne ne répondait\". Les secours sont arrivés à l'aube.",
		[]want{{"\"Nous avons tout perdu, même les photos.\"", "", "Ame\u0301lie Roux"}, {"\"Je criais, criais, mais personne ne répondait\"", "", "Ame\u0301lie Roux"}}},
	{"a « closed by ” and a “ closed by » on the next line are two quotations",
		"«\u00a0Nous avons réparé les grilles de la commune 😀”, a déclaré Ame\u0301lie Roux.\nSon adjoint a ajouté\u00a0: “Le village est plus beau\u00a0», a-t-il dit.",
		[]want{{"«\u00a0Nous avons réparé les grilles de la commune 😀”", "déclaré", "Ame\u0301lie Roux"}, {"“Le village est plus beau\u00a0»", "dit", "il"}}},
	{"a « closed by ” on its line is no stray mark",
		"Le maire a pris la parole. «\u00a0Nous avons réparé les grilles 😀”, a déclaré Ame\u0301lie Roux.",
		[]want{{"«\u00a0Nous avons réparé les grilles 😀”", "déclaré", "Ame\u0301lie Roux"}}},
	{"a reporting verb whose inverted subject follows an earlier quotation gives it to the next one",
		"«\u00a0Il faut rester prudent 😀\u00a0», a précisé le procureur, mais «\u00a0rien ne permet de conclure à un crime\u00a0». L’enquête sur Ame\u0301lie Roux continue.",
		[]want{{"«\u00a0Il faut rester prudent 😀\u00a0»", "précisé", "le procureur"}, {"«\u00a0rien ne permet de conclure à un crime\u00a0»", "précisé", "le procureur"}}},
	{"a participle set between commas before the quotation describes a noun and reports nothing",
		"La commune a «\u00a0tout perdu 😀\u00a0», a déclaré le maire Ame\u0301lie Roux sur sa page Facebook, affirmant que les vagues, soufflant à 260 km/h, «\u00a0ont détruit tout le port\u00a0».",
		[]want{{"«\u00a0tout perdu 😀\u00a0»", "déclaré", "le maire Ame\u0301lie Roux"}, {"«\u00a0ont détruit tout le port\u00a0»", "affirmant", "le maire Ame\u0301lie Roux"}}},
	{"celui qui opening the sentence is the subject, not a place in its relative clause",
		"Celui qui est aussi président du club et éleveur dans l’Aveyron a également fait état d’un «\u00a0marché porteur 😀\u00a0».",
		[]want{{"«\u00a0marché porteur 😀\u00a0»", "fait état", "Celui"}}},
	{"a charge after an inquiry or a complaint against persons unknown is no quotation",
		"«\u00a0Il faut attendre 😀\u00a0», a expliqué le procureur, qui a ouvert une enquête pour «\u00a0homicide involontaire\u00a0», après une plainte contre X pour «\u00a0mise en danger de la vie d’autrui\u00a0», déposée par Ame\u0301lie Roux.",
		[]want{{"«\u00a0Il faut attendre 😀\u00a0»", "expliqué", "le procureur"}}},
	{"a charge against someone named, or followed by an incise, stays a quotation",
		"Ils menacent de porter plainte contre le maire pour «\u00a0non-assistance à personne en danger 😀\u00a0». L’homme a été inculpé pour «\u00a0tentative d’assassinat\u00a0», a annoncé Ame\u0301lie Roux.",
		[]want{{"«\u00a0non-assistance à personne en danger 😀\u00a0»", "menacent", "Ils"}, {"«\u00a0tentative d’assassinat\u00a0»", "annoncé", "Ame\u0301lie Roux"}}},
	{"oui or non after a verb of reply is said, after another word a vote",
		"La juge demande à Ame\u0301lie Roux si elle veut un interprète 😀. Elle répond «\u00a0oui\u00a0», alors qu’elle n’en avait jamais demandé.\nLe peuple a dit «\u00a0non\u00a0» au référendum.",
		[]want{{"«\u00a0oui\u00a0»", "répond", "Elle"}}},
	{"a place in brackets inside the circumstance between an incise's verb and its subject",
		"La fête est un moment «\u00a0d’expression de la fierté nationale 😀\u00a0» a déclaré, samedi à Brazzaville (République du Congo), la présidente Ame\u0301lie Roux.",
		[]want{{"«\u00a0d’expression de la fierté nationale 😀\u00a0»", "déclaré", "la présidente Ame\u0301lie Roux"}}},
}

func TestFindNinthSet(t *testing.T) {
	for _, tc := range news9Tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, tc.text, tc.want) })
	}
}
