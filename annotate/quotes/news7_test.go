package quotes

import "testing"

// news7Tests are invented news sentences for the constructions the seventh blind set of web news
// (economy, science, health, culture, African, Belgian, Swiss, Luxembourg and Canadian press) showed
// the detector missing.
var news7Tests = []struct {
	name string
	text string
	want []want
}{
	{"a long title in apposition after an incise runs to its stop",
		"«\u00a0Ce sont des renards nés en captivité 😀, explique à la radio Ame\u0301lie Roux, directrice de l’Office de la faune sauvage en Bretagne et en Normandie. Ils ont retrouvé leur instinct.\u00a0»",
		[]want{{"«\u00a0Ce sont des renards nés en captivité 😀", "explique", "Ame\u0301lie Roux"}, {"Ils ont retrouvé leur instinct.\u00a0»", "explique", "Ame\u0301lie Roux"}}},
	{"chargée de in apposition after an incise runs to its stop",
		"«\u00a0Le site date du IIe siècle 😀, explique Ame\u0301lie Roux, chargée d’études à l’Inrap. Nous avons trouvé des monnaies.\u00a0»",
		[]want{{"«\u00a0Le site date du IIe siècle 😀", "explique", "Ame\u0301lie Roux"}, {"Nous avons trouvé des monnaies.\u00a0»", "explique", "Ame\u0301lie Roux"}}},
	{"selon with a possessive of the speaker stays inside the quotation",
		"«\u00a0Garant des institutions, selon notre Constitution, je dois rétablir l’ordre 😀\u00a0», a-t-il déclaré.",
		[]want{{"«\u00a0Garant des institutions, selon notre Constitution, je dois rétablir l’ordre 😀\u00a0»", "déclaré", "il"}}},
	{"a quotation after a sentence ending on an incise takes its inverted subject",
		"Quelque 300 agents manquent à l’appel, indique le Dr Ame\u0301lie Roux. «\u00a0Nous sommes en croissance 😀. La situation est fragile.\u00a0»",
		[]want{{"«\u00a0Nous sommes en croissance 😀. La situation est fragile.\u00a0»", "", "le Dr Ame\u0301lie Roux"}}},
	{"after a subject set off by commas the noun phrase after the verb is its object",
		"Ame\u0301lie Roux, qui préside le club, salue les joueurs. «\u00a0Nous sommes fiers de vous 😀.\u00a0»",
		[]want{{"«\u00a0Nous sommes fiers de vous 😀.\u00a0»", "", "Ame\u0301lie Roux"}}},
	{"an opening guillemet glued to the last word closes the quotation",
		"«\u00a0Il n’y a jamais eu d’arrangement 😀 en 2018«\u00a0, a déclaré le pre\u0301sident Ame\u0301lie Roux à New-York.",
		[]want{{"«\u00a0Il n’y a jamais eu d’arrangement 😀 en 2018«", "déclaré", "le pre\u0301sident Ame\u0301lie Roux"}}},
	{"je cite between the reporting verb and the quotation is the writer's",
		"La pre\u0301sidente du parti a déclaré je cite\u00a0: «\u00a0On ne peut pas discuter avec eux 😀.\u00a0» Le ministre a dit, je cite, «\u00a0non\u00a0».",
		[]want{{"«\u00a0On ne peut pas discuter avec eux 😀.\u00a0»", "déclaré", "La pre\u0301sidente du parti"}, {"«\u00a0non\u00a0»", "dit", "Le ministre"}}},
	{"the name of an electoral list is no quotation",
		"Ame\u0301lie Roux qui menait la liste «\u00a0Dialogue et dynamisme à Brest 😀\u00a0» à ces élections dit que «\u00a0dans tout combat, il faut perdre\u00a0».",
		[]want{{"«\u00a0dans tout combat, il faut perdre\u00a0»", "dit", "Ame\u0301lie Roux"}}},
	{"text wrapped by hand after selon and a comma",
		"Le maire a été réélu.\nSelon lui,\n«\u00a0les électeurs ont été trompés 😀. Ce n'est pas légitime.\u00a0»",
		[]want{{"«\u00a0les électeurs ont été trompés 😀. Ce n'est pas légitime.\u00a0»", "Selon", "lui"}}},
	{"a quotation in the first person after a sentence opened by a person's title",
		"L'attaque est restée muette 😀. Le coach liégeois a cependant plusieurs options. «\u00a0Je pense qu’il faudra changer. Nous devons prendre l’avance.\u00a0»",
		[]want{{"«\u00a0Je pense qu’il faudra changer. Nous devons prendre l’avance.\u00a0»", "", "Le coach liégeois"}}},
	{"a news lead quotation takes the person opening the sentence after it",
		"«\u00a0Pourquoi avons-nous perdu 😀 ? À cause de notre manque d’efficacité\u00a0!\u00a0» L’entraîneur de Brest n’a pas tourné autour du pot pour expliquer la défaite.",
		[]want{{"«\u00a0Pourquoi avons-nous perdu 😀 ? À cause de notre manque d’efficacité\u00a0!\u00a0»", "", "L’entraîneur de Brest"}}},
	{"a news lead quotation takes the document opening the sentence after it, complements and all",
		"Les prix devraient reculer.\n\n«\u00a0Le marché résidentiel continue à se corriger lentement 😀\u00a0». La dernière note de conjoncture immobilière de la direction des études économiques du Crédit Agricole confirme les prévisions.",
		[]want{{"«\u00a0Le marché résidentiel continue à se corriger lentement 😀\u00a0»", "", "La dernière note de conjoncture immobilière de la direction des études économiques du Crédit Agricole"}}},
	{"a quotation in the first person goes on with the speaker of the paragraph before",
		"«\u00a0Nous devons prendre l’avance 😀\u00a0», a dit Ame\u0301lie Roux.\nC'est après le repos que cela s'est gâté. «\u00a0Je suis vraiment déçue. Nous avons offert la victoire.\u00a0»",
		[]want{{"«\u00a0Nous devons prendre l’avance 😀\u00a0»", "dit", "Ame\u0301lie Roux"}, {"«\u00a0Je suis vraiment déçue. Nous avons offert la victoire.\u00a0»", "", "Ame\u0301lie Roux"}}},
	{"a financial wire quotes in straight single marks set apart by spaces",
		"Le chiffre d'affaires recule de 3,1 % 😀.\n\n' La performance montre un contraste entre les pays émergents et l'Europe ' indique le groupe. Le groupe maintient sa guidance. ' Ce maintien repose sur notre conviction ' précise la direction.",
		[]want{{"' La performance montre un contraste entre les pays émergents et l'Europe '", "indique", "le groupe"}, {"' Ce maintien repose sur notre conviction '", "précise", "la direction"}}},
}

func TestFindSeventhSet(t *testing.T) {
	for _, tc := range news7Tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, tc.text, tc.want) })
	}
}

func TestCloseSlips(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a « glued to a word before a comma closes",
			"« Il n’y a jamais eu d’accord 😀 en 2018« , a déclaré le pre\u0301sident.",
			"« Il n’y a jamais eu d’accord 😀 en 2018» , a déclaré le pre\u0301sident."},
		{"a « glued to a word before a stop closes",
			"Il a déclaré : « Nous ne discuterons pas avec eux« . Puis il est parti.",
			"Il a déclaré : « Nous ne discuterons pas avec eux» . Puis il est parti."},
		{"a nested « that opens words stays",
			"« Le mot « liberté » n’a plus de sens », a-t-il dit.",
			"« Le mot « liberté » n’a plus de sens », a-t-il dit."},
		{"a spaced « before a comma closes the quotation open on its line",
			"« C’est ce qu’on appelle « un coup de sang » « , a-t-il lancé 😀. « Oui », dit-elle.",
			"« C’est ce qu’on appelle « un coup de sang » » , a-t-il lancé 😀. « Oui », dit-elle."},
		{"a spaced « before a word opens",
			"« Il a dit « non » puis « oui » », a-t-il lancé 😀.",
			"« Il a dit « non » puis « oui » », a-t-il lancé 😀."},
		{"a « with nothing open before it stays",
			"Le groupe« , dit-on, est dissous. « Oui », a-t-il dit.",
			"Le groupe« , dit-on, est dissous. « Oui », a-t-il dit."},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := closeSlips(tc.text); got != tc.want {
				t.Errorf("closeSlips(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}
