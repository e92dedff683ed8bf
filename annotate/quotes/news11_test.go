package quotes

import "testing"

// news11Tests are invented news sentences for the constructions that the eleventh blind set of web news
// (translated and wire world news) showed the detector misreading.
var news11Tests = []struct {
	name string
	text string
	want []want
}{
	{"an inverted auxiliary and a participle in no lexicon after a quotation report, with a person after them",
		"«\u00a0Quelle soirée 😀\u00a0», a exulté Ame\u0301lie Roux sur France 2. «\u00a0On l’a fait\u00a0», avait jubilé l’entraîneur des Bleus.\nCette petite phrase, «\u00a0rien ne bouge\u00a0», a irrité le ministre. Le slogan «\u00a0zéro déchet\u00a0», a changé la donne.",
		[]want{{"«\u00a0Quelle soirée 😀\u00a0»", "exulté", "Ame\u0301lie Roux"}, {"«\u00a0On l’a fait\u00a0»", "jubilé", "l’entraîneur des Bleus"}}},
	{"pour X, opening a clause after a comma and et or mais, frames what follows as X's view",
		"Le journal du matin salue une «\u00a0aube nouvelle 😀\u00a0», et pour la Gazette, c’est carrément «\u00a0la fin d’une époque\u00a0».\nLa ministre parle d’une «\u00a0avancée\u00a0», mais pour les syndicats, il s’agit d’une «\u00a0trahison\u00a0».",
		[]want{{"«\u00a0aube nouvelle 😀\u00a0»", "salue", "Le journal du matin"}, {"«\u00a0la fin d’une époque\u00a0»", "pour", "la Gazette"}, {"«\u00a0avancée\u00a0»", "parle", "La ministre"}, {"«\u00a0trahison\u00a0»", "pour", "les syndicats"}}},
	{"the source of an opening pour X, goes on over a complement with pour up to its comma",
		"Pour la directrice de l’agence de l’ONU pour l’enfance, la situation n’est «\u00a0pas claire\u00a0» après les propos d’Ame\u0301lie Roux, qui a promis de «\u00a0tout changer\u00a0» 😀.",
		[]want{{"«\u00a0pas claire\u00a0»", "Pour", "la directrice de l’agence de l’ONU pour l’enfance"}, {"«\u00a0tout changer\u00a0»", "promis", "Ame\u0301lie Roux"}}},
	{"continuer, commencer or poursuivre before de or à and an infinitive that reports nothing only mark an aspect",
		"Le voisin continue de mener une «\u00a0guerre sale 😀\u00a0» contre le pays, a-t-il estimé.\nLa préfète a commencé à construire un «\u00a0mur\u00a0», selon Ame\u0301lie Roux. Le ministre continue de dénoncer une «\u00a0trahison\u00a0».\nLa maire continue à la radio\u00a0: «\u00a0Rien n’est fini.\u00a0»",
		[]want{{"«\u00a0guerre sale 😀\u00a0»", "estimé", "il"}, {"«\u00a0mur\u00a0»", "selon", "Ame\u0301lie Roux"}, {"«\u00a0trahison\u00a0»", "dénoncer", "Le ministre"}, {"«\u00a0Rien n’est fini.\u00a0»", "continue", "La maire"}}},
	{"a capitalised adjective and a noun of person opening a detached apposition are no name: the subject follows the comma",
		"Fidèle soutien, le président américain Paul Roux s’est voulu plus rassurant, promettant «\u00a0un énorme accord 😀\u00a0».\nFarouche opposant au projet, le maire a dénoncé une «\u00a0folie\u00a0».",
		[]want{{"«\u00a0un énorme accord 😀\u00a0»", "promettant", "le président américain Paul Roux"}, {"«\u00a0folie\u00a0»", "dénoncé", "le maire"}}},
	{"a name given by baptisé or nommé names a thing, not the subject of a participle after its comma",
		"Le général a présenté l’opération militaire baptisée Opération Bouclier, affirmant qu’elle avait «\u00a0tout changé 😀\u00a0».\n«\u00a0C’est fini\u00a0», a dit Paul Roux, ajoutant que «\u00a0rien ne bouge\u00a0».",
		[]want{{"«\u00a0tout changé 😀\u00a0»", "affirmant", "Le général"}, {"«\u00a0C’est fini\u00a0»", "dit", "Paul Roux"}, {"«\u00a0rien ne bouge\u00a0»", "ajoutant", "Paul Roux"}}},
	{"an inversion typed with spaces for both hyphens, a t il, is one",
		"«\u00a0C’est fini 😀\u00a0», a t elle déclaré. «\u00a0Rien ne va\u00a0», a t il ajouté devant la presse.",
		[]want{{"«\u00a0C’est fini 😀\u00a0»", "déclaré", "elle"}, {"«\u00a0Rien ne va\u00a0»", "ajouté", "il"}}},
	{"a quotation after a sentence that an inverted incise closes goes on with its speaker",
		"Après des mois de combats, les jours se comptent en victimes, a-t-il lancé devant l’Assemblée. «\u00a0Les destructions sont systématiques 😀. La crise est grave.\u00a0»\nLe ministre, a-t-elle dit, est parti. «\u00a0Le pays est en ruine.\u00a0»",
		[]want{{"«\u00a0Les destructions sont systématiques 😀. La crise est grave.\u00a0»", "", "il"}, {"«\u00a0Le pays est en ruine.\u00a0»", "", ""}}},
	{"a « after a word and before a space and a stop closes a name typed with reversed marks, and opens nothing",
		"Les étudiants avaient lancé le mouvement » grève totale « . La police est intervenue. «\u00a0Des policiers sont entrés chez nous 😀\u00a0», témoigne un habitant, selon la radio.\n\nPlusieurs habitants se sont plaints. » Ils ont tapé fort.",
		[]want{{"«\u00a0Des policiers sont entrés chez nous 😀\u00a0»", "témoigne", "un habitant"}}},
	{"a short « … » after invité de names the programme the guest is on",
		"«\u00a0L’Europe est humiliée 😀\u00a0», affirme Ame\u0301lie Roux, invitée du «\u00a020 heures\u00a0» de France 2.\nLe ministre, invité de «\u00a0C à vous\u00a0», a dénoncé une «\u00a0trahison\u00a0».",
		[]want{{"«\u00a0L’Europe est humiliée 😀\u00a0»", "affirme", "Ame\u0301lie Roux"}, {"«\u00a0trahison\u00a0»", "dénoncé", "Le ministre"}}},
	{"a participle and a preposition after an incise's subject describe the speaker up to the stop, where the quotation resumes",
		"«\u00a0C’est calme ici 😀, constate Ame\u0301lie, venue de Normandie avec ses deux fils. Désormais, je fais attention.\u00a0»\n«\u00a0On a eu peur, raconte Paul, âgé de 36 ans. Tout a brûlé.\u00a0»",
		[]want{{"«\u00a0C’est calme ici 😀", "constate", "Ame\u0301lie"}, {"Désormais, je fais attention.\u00a0»", "constate", "Ame\u0301lie"}, {"«\u00a0On a eu peur", "raconte", "Paul"}, {"Tout a brûlé.\u00a0»", "raconte", "Paul"}}},
	{"an acronym in brackets ends the title of an incise's subject before the stop",
		"«\u00a0Il est temps d’agir 😀, martèle Ame\u0301lie Roux, présidente de la Centrale des syndicats du Québec (CSQ). Et l’argent existe.\u00a0»",
		[]want{{"«\u00a0Il est temps d’agir 😀", "martèle", "Ame\u0301lie Roux"}, {"Et l’argent existe.\u00a0»", "martèle", "Ame\u0301lie Roux"}}},
	{"a stressed pronoun right after avoir contrasts the subject and stands before the participle",
		"Dans son discours, Ame\u0301lie Roux a lui expliqué qu’il y a «\u00a0un temps pour tout 😀\u00a0». Le ministre, lui, a parlé. Le syndicat a elle aussi dénoncé une «\u00a0trahison\u00a0».",
		[]want{{"«\u00a0un temps pour tout 😀\u00a0»", "expliqué", "Ame\u0301lie Roux"}, {"«\u00a0trahison\u00a0»", "dénoncé", "Le syndicat"}}},
	{"avant lui or après elle between an incise's verb and its inverted subject is a filler",
		"«\u00a0Nous sommes prêts 😀\u00a0», avait reconnu avant lui Me Ame\u0301lie Roux. «\u00a0Rien n’est joué\u00a0», a estimé après elle le procureur.",
		[]want{{"«\u00a0Nous sommes prêts 😀\u00a0»", "reconnu", "Me Ame\u0301lie Roux"}, {"«\u00a0Rien n’est joué\u00a0»", "estimé", "le procureur"}}},
	{"a quotation opening its paragraph takes the person after a circumstance fronted in the sentence after it",
		"Les enquêtes piétinent 😀.\n\n«\u00a0Franchement, on n’aura pas le temps demain.\u00a0» Au téléphone, la policière plaide le manque d’effectif.\n\n«\u00a0Tout a brûlé.\u00a0» Sous le choc d’une nuit d’enfer, cette habitante raconte la scène.",
		[]want{{"«\u00a0Franchement, on n’aura pas le temps demain.\u00a0»", "", "la policière"}, {"«\u00a0Tout a brûlé.\u00a0»", "", "cette habitante"}}},
	{"a sentence after a quotation summing it up as someone's view names the speaker",
		"Le club a perdu 😀.\n\n«\u00a0Il faut être plus réaliste.\u00a0» Tel est l’avis global d’Ame\u0301lie Roux, samedi soir.\n\n«\u00a0On a manqué de force.\u00a0» C’est le constat de la capitaine.\n\n«\u00a0Rien ne va.\u00a0» Telle est l’analyse du ministre des Sports.\n\nLe match a eu lieu.\n\n«\u00a0Il pleut.\u00a0» C’est le début de la fin.",
		[]want{{"«\u00a0Il faut être plus réaliste.\u00a0»", "", "Ame\u0301lie Roux"}, {"«\u00a0On a manqué de force.\u00a0»", "", "la capitaine"}, {"«\u00a0Rien ne va.\u00a0»", "", "ministre des Sports"}, {"«\u00a0Il pleut.\u00a0»", "", ""}}},
	{"a present participle opening a sentence that a colon ends goes on with the speaker before: the noun after it is its object",
		"«\u00a0On a manqué de force 😀\u00a0», a reconnu l’entraîneur en conférence de presse.\n\nPoursuivant ensuite son analyse\u00a0: «\u00a0On s’en est créé quelques-unes.\u00a0»\n«\u00a0C’est dur\u00a0», a dit Ame\u0301lie Roux. Estimant que tout est «\u00a0fini\u00a0», le président a démissionné.",
		[]want{{"«\u00a0On a manqué de force 😀\u00a0»", "reconnu", "l’entraîneur"}, {"«\u00a0On s’en est créé quelques-unes.\u00a0»", "Poursuivant", "l’entraîneur"}, {"«\u00a0C’est dur\u00a0»", "dit", "Ame\u0301lie Roux"}, {"«\u00a0fini\u00a0»", "Estimant", "le président"}}},
	{"a present participle after a comma and lui or leur tells the noun phrase before the comma something: the main clause's subject speaks",
		"Les fédérations ont rappelé à l’ordre le ministre de l’Éducation, Ame\u0301lie Roux, lui faisant remarquer que son rôle est de «\u00a0se battre 😀\u00a0».\nLes syndicats ont écrit au préfet, Paul Roux, leur demandant de «\u00a0revenir à la table\u00a0».",
		[]want{{"«\u00a0se battre 😀\u00a0»", "faisant remarquer", "Les fédérations"}, {"«\u00a0revenir à la table\u00a0»", "demandant", "Les syndicats"}}},
	{"mettre en doute judges what it quotes, as mettre en garde warns",
		"Le candidat Ame\u0301lie Roux a mis en doute vendredi «\u00a0l’honnêteté 😀\u00a0» du scrutin. La ministre met en doute la «\u00a0sincérité\u00a0» des comptes.",
		[]want{{"«\u00a0l’honnêteté 😀\u00a0»", "mis en doute", "Ame\u0301lie Roux"}, {"«\u00a0sincérité\u00a0»", "met en doute", "La ministre"}}},
	{"traiter's object may carry its own complement before de and the insult",
		"La publication traite les journalistes de la chaîne publique de «\u00a0fonctionnaires-militants 😀\u00a0» et appelle à les faire pointer.",
		[]want{{"«\u00a0fonctionnaires-militants 😀\u00a0»", "traite", "La publication"}}},
	{"a « … » right before en français is the writer's translation of the words quoted before it",
		"Le tabloïd nous dit «\u00a0Yes, we did it 😀\u00a0!\u00a0». «\u00a0Oui, nous l’avons fait\u00a0!\u00a0» en français.",
		[]want{{"«\u00a0Yes, we did it 😀\u00a0!\u00a0»", "dit", "Le tabloïd"}}},
	{"a rank written in figures (16e, 3ème) is no date in a speaker's description",
		"«\u00a0Tout est fini 😀\u00a0», a dit le maire du 3e arrondissement. «\u00a0Rien ne bouge\u00a0», a déploré une habitante du 16ème arrondissement de Paris.",
		[]want{{"«\u00a0Tout est fini 😀\u00a0»", "dit", "le maire du 3e arrondissement"}, {"«\u00a0Rien ne bouge\u00a0»", "déploré", "une habitante du 16ème arrondissement de Paris"}}},
	{"assurer after pour or afin de means ensure, not assert",
		"Le ministre a pris des mesures afin d’assurer que les grévistes subissent les «\u00a0conséquences 😀\u00a0» de leurs actes, pour assurer le «\u00a0redressement\u00a0».\nLe ministre a tenu à assurer que les grévistes subiront les «\u00a0conséquences\u00a0».",
		[]want{{"«\u00a0conséquences\u00a0»", "assurer", "Le ministre"}}},
}

func TestFindEleventhSet(t *testing.T) {
	for _, tc := range news11Tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, tc.text, tc.want) })
	}
}
