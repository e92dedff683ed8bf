package quotes

import "testing"

// news10Tests are invented news sentences for the constructions that the tenth blind set of web news
// (international and wire news) showed the detector misreading.
var news10Tests = []struct {
	name string
	text string
	want []want
}{
	{"an inverted auxiliary before mettre en garde, faire savoir or laisser entendre reports",
		"La crise «\u00a0peut embraser toute la région 😀\u00a0», a-t-il mis en garde. «\u00a0Nous ne céderons pas\u00a0», a-t-elle fait savoir à Ame\u0301lie Roux.\n«\u00a0Rien n’est décidé\u00a0», avait-il laissé entendre.",
		[]want{{"«\u00a0peut embraser toute la région 😀\u00a0»", "mis en garde", "il"}, {"«\u00a0Nous ne céderons pas\u00a0»", "fait savoir", "elle"}, {"«\u00a0Rien n’est décidé\u00a0»", "laissé entendre", "il"}}},
	{"a phrase of manner between an incise's verb and its inverted subject",
		"«\u00a0On est un peu perdus 😀\u00a0», déclare d’un air dépité une habitante du Teil. «\u00a0C’est fini\u00a0», a répondu du tac au tac la porte-parole, Ame\u0301lie Roux.\n«\u00a0Tout est détruit\u00a0», lâche d’une voix tremblante un père de famille. «\u00a0Nous avons failli\u00a0», reconnaît sans détour le ministre. «\u00a0Merci\u00a0», lance tout sourire la maire.",
		[]want{{"«\u00a0On est un peu perdus 😀\u00a0»", "déclare", "une habitante du Teil"}, {"«\u00a0C’est fini\u00a0»", "répondu", "la porte-parole"}, {"«\u00a0Tout est détruit\u00a0»", "lâche", "un père de famille"}, {"«\u00a0Nous avons failli\u00a0»", "reconnaît", "le ministre"}, {"«\u00a0Merci\u00a0»", "lance", "la maire"}}},
	{"an institution's name goes on with its lower-case adjective",
		"Le président de l’Assemblée nationale a dénoncé une «\u00a0provocation 😀\u00a0». «\u00a0C’est grave\u00a0», a dit le président de la Banque centrale européenne Ame\u0301lie Roux.\n«\u00a0Le virus circule\u00a0», a prévenu le directeur de la Santé publique.",
		[]want{{"«\u00a0provocation 😀\u00a0»", "dénoncé", "Le président de l’Assemblée nationale"}, {"«\u00a0C’est grave\u00a0»", "dit", "le président de la Banque centrale européenne Ame\u0301lie Roux"}, {"«\u00a0Le virus circule\u00a0»", "prévenu", "le directeur de la Santé publique"}}},
	{"a description and a name in apposition after mais or et speak, not the subject of the clause before",
		"L’origine n’est pas connue mais le directeur de la Sûreté générale, Ame\u0301lie Roux, a évoqué des «\u00a0explosifs confisqués 😀\u00a0».\nLe bilan est lourd et le porte-parole du gouvernement, Paul Roux, a dénoncé une «\u00a0tragédie\u00a0».",
		[]want{{"«\u00a0explosifs confisqués 😀\u00a0»", "évoqué", "le directeur de la Sûreté générale, Ame\u0301lie Roux"}, {"«\u00a0tragédie\u00a0»", "dénoncé", "le porte-parole du gouvernement, Paul Roux"}}},
	{"a thing before a name between commas is no description of it",
		"Dans la salle, Paul Roux, a dénoncé une «\u00a0tragédie 😀\u00a0».",
		[]want{{"«\u00a0tragédie 😀\u00a0»", "dénoncé", "Paul Roux"}}},
	{"a gerund after en and an object pronoun reports, with the subject of the main clause",
		"La présidente Ame\u0301lie Roux a salué son homologue Paul Dupont, qui la recevait dimanche à Sotchi, sur les bords de la mer Noire, en le qualifiant de «\u00a0leader fort 😀\u00a0».\nLe ministre a salué les pompiers en les décrivant comme des «\u00a0héros\u00a0».",
		[]want{{"«\u00a0leader fort 😀\u00a0»", "qualifiant", "La présidente Ame\u0301lie Roux"}, {"«\u00a0héros\u00a0»", "décrivant", "Le ministre"}}},
	{"a narrative infinitive after avant de goes on with the speaker before, as after et de",
		"«\u00a0Nous allons gagner 😀\u00a0», a dit l’entraîneur, Ame\u0301lie Roux.\n\nAvant d’ajouter\u00a0: «\u00a0Le premier objectif est atteint.\u00a0»\nAvant de conclure\u00a0: «\u00a0Je ne partirai pas.\u00a0»",
		[]want{{"«\u00a0Nous allons gagner 😀\u00a0»", "dit", "l’entraîneur"}, {"«\u00a0Le premier objectif est atteint.\u00a0»", "ajouter", "l’entraîneur"}, {"«\u00a0Je ne partirai pas.\u00a0»", "conclure", "l’entraîneur"}}},
	{"an acronym in brackets inside the relative clause between the subject and its verb",
		"Les larmes aux yeux, le ministre, qui préside la conférence de l’Onu (COP21), avait déclaré\u00a0: «\u00a0Nous sommes au bout du chemin 😀\u00a0».\nLa juge, qui dirige l’Office central (OCLCTIC) depuis 2020, a dénoncé un «\u00a0fléau\u00a0» devant Ame\u0301lie Roux.",
		[]want{{"«\u00a0Nous sommes au bout du chemin 😀\u00a0»", "déclaré", "le ministre"}, {"«\u00a0fléau\u00a0»", "dénoncé", "La juge"}}},
	{"a “ after a word and before a comma closes the quotation a “ opened, as pages type “ for both marks",
		"Le ministre est arrivé lundi 😀.\n“Je suis profondément attristé par ces violences“, a déclaré Ame\u0301lie Roux à Doha. “Nous allons tout faire pour les ramener.“ Elle n’a rien dit d’autre.",
		[]want{{"“Je suis profondément attristé par ces violences“", "déclaré", "Ame\u0301lie Roux"}, {"“Nous allons tout faire pour les ramener.“", "", "Ame\u0301lie Roux"}}},
	{"an incise verb in no lexicon, or mistyped, reports when it carries the euphonic t",
		"«\u00a0Le mur a tremblé 😀\u00a0», raconte un père de famille. «\u00a0J’ai compris\u00a0», indqiue-t-il. «\u00a0On s’en sortira\u00a0», positive-t-elle au téléphone.\n«\u00a0Tout va bien\u00a0», semble-t-il.",
		[]want{{"«\u00a0Le mur a tremblé 😀\u00a0»", "raconte", "un père de famille"}, {"«\u00a0J’ai compris\u00a0»", "indqiue", "il"}, {"«\u00a0On s’en sortira\u00a0»", "positive", "elle"}}},
	{"an inverted verb with an object or a question mark is no incise",
		"— L’amitié ! existe-t-elle ? Aussi, pendant les premiers jours, partagea-t-il son temps entre ses travaux.",
		[]want{{"— L’amitié ! existe-t-elle ? Aussi, pendant les premiers jours, partagea-t-il son temps entre ses travaux.", "", ""}}},
	{"appeler someone à an infinitive before the quotation calls for what is quoted",
		"Le ministre Ame\u0301lie Roux a pris la parole 😀. Il avait appelé les pays à adopter «\u00a0un accord historique\u00a0». La préfète a appelé à rester «\u00a0vigilants\u00a0».\nLa commune appelée à rester «\u00a0Les Baux\u00a0» ne change pas de nom.",
		[]want{{"«\u00a0un accord historique\u00a0»", "appelé", "Il"}, {"«\u00a0vigilants\u00a0»", "appelé", "La préfète"}}},
	{"venir de before a reporting infinitive only dates it",
		"Le bilan est lourd 😀. Le ministre vient d’annoncer une «\u00a0bonne nouvelle\u00a0». «\u00a0Nous allons reconstruire\u00a0», vient de déclarer Ame\u0301lie Roux.\nLa maire venait tout juste de dénoncer une «\u00a0provocation\u00a0».",
		[]want{{"«\u00a0bonne nouvelle\u00a0»", "annoncer", "Le ministre"}, {"«\u00a0Nous allons reconstruire\u00a0»", "déclarer", "Ame\u0301lie Roux"}, {"«\u00a0provocation\u00a0»", "dénoncer", "La maire"}}},
	{"a paragraph quoting in the first person goes to il or elle, the subject of the reporting verb ending the paragraph before",
		"Si la saison est ratée, l’entraîneur Ame\u0301lie Roux partira 😀. C’est ce qu’elle vient de déclarer en conférence de presse, à quelques heures du match.\n\n«\u00a0Cette année, je veux des titres. Sinon, je partirai.\u00a0»",
		[]want{{"«\u00a0Cette année, je veux des titres. Sinon, je partirai.\u00a0»", "", "elle"}}},
	{"a narrative infinitive goes on with a speaker the quotation before was given by context",
		"Si la saison est ratée, l’entraîneur Ame\u0301lie Roux partira 😀. C’est ce qu’elle vient de déclarer en conférence de presse.\n\n«\u00a0Cette année, je veux des titres.\u00a0»\n\nAvant d’ajouter\u00a0: «\u00a0Nous sommes proches du but.\u00a0»",
		[]want{{"«\u00a0Cette année, je veux des titres.\u00a0»", "", "elle"}, {"«\u00a0Nous sommes proches du but.\u00a0»", "ajouter", "elle"}}},
}

func TestFindTenthSet(t *testing.T) {
	for _, tc := range news10Tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, tc.text, tc.want) })
	}
}

// TestInstitutionAdjectiveKind checks that an institution's name with its adjective stays a name, which
// joins the entity the recogniser found, while a description completed by one stays a description.
func TestInstitutionAdjectiveKind(t *testing.T) {
	for _, tc := range []struct {
		text, speaker string
		kind          SpeakerKind
	}{
		{"L’Union européenne au travers de sa délégation a condamné une «\u00a0attaque inadmissible 😀\u00a0».", "L’Union européenne", Name},
		{"Le président de l’Assemblée nationale a dénoncé une «\u00a0provocation 😀\u00a0».", "Le président de l’Assemblée nationale", Description},
		{"La candidate du Front national voudrait quant à elle interdire «\u00a0tout aller-retour 😀\u00a0».", "La candidate du Front national", Description},
		{"La centrale chrétienne a dénoncé une «\u00a0provocation 😀\u00a0».", "La centrale chrétienne", Description},
	} {
		qs := Find(tc.text)
		if len(qs) != 1 || tc.text[qs[0].Speaker.Start:qs[0].Speaker.End] != tc.speaker || qs[0].Kind != tc.kind {
			t.Errorf("Find(%q) = %+v, want one quotation of %q (kind %v)", tc.text, qs, tc.speaker, tc.kind)
		}
	}
}
