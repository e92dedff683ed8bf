package quotes

import "testing"

// news6Tests are invented news sentences for the constructions the sixth blind set of web news
// (crime, justice, accidents, sport, health and local news) showed the detector missing.
var news6Tests = []struct {
	name string
	text string
	want []want
}{
	{"statuer reports after a quotation",
		"«\u00a0Ce n’est pas possible 😀, c’est incomparable\u00a0», a-t-il statué. «\u202fLa loi est claire\u202f», a statué la pre\u0301sidente.",
		[]want{{"«\u00a0Ce n’est pas possible 😀, c’est incomparable\u00a0»", "statué", "il"}, {"«\u202fLa loi est claire\u202f»", "statué", "la pre\u0301sidente"}}},
	{"analyser cuts a quotation with a noun-phrase subject",
		"«\u00a0Nous avons joué un bon match 😀, a analysé l’entraîneur. Le gardien a été excellent.\u00a0»",
		[]want{{"«\u00a0Nous avons joué un bon match 😀", "analysé", "l’entraîneur"}, {"Le gardien a été excellent.\u00a0»", "analysé", "l’entraîneur"}}},
	{"a medical specialist in apposition closes the incise at its stop",
		"«\u00a0Nos admissions sont des grippes sévères, confirme Ame\u0301lie Roux, infectiologue à l’hôpital de Brest. On hospitalise beaucoup 😀.\u00a0»",
		[]want{{"«\u00a0Nos admissions sont des grippes sévères", "confirme", "Ame\u0301lie Roux"}, {"On hospitalise beaucoup 😀.\u00a0»", "confirme", "Ame\u0301lie Roux"}}},
	{"s'exaspérer reports, its pronoun inverted",
		"Les raisons de la colère sont nombreuses 😀. «\u00a0Une pizza coûte plus cher à Fort-de-France\u00a0», s’exaspère-t-elle. «\u202fC’est trop\u202f», s'exaspère Ame\u0301lie.",
		[]want{{"«\u00a0Une pizza coûte plus cher à Fort-de-France\u00a0»", "exaspère", "elle"}, {"«\u202fC’est trop\u202f»", "exaspère", "Ame\u0301lie"}}},
	{"désormais between the verb and its inverted subject",
		"«\u00a0A priori il n’y a pas de complice 😀\u00a0» dans cette affaire, indique désormais la porte-parole du parquet de Liège.",
		[]want{{"«\u00a0A priori il n’y a pas de complice 😀\u00a0»", "indique", "la porte-parole du parquet de Liège"}}},
	{"parler before a quotation that opens with its de",
		"Le recteur de l’université a parlé «\u00a0d’actes odieux, inhumains 😀\u00a0». La pre\u0301sidente parle d'«\u202fun gâchis\u202f».",
		[]want{{"«\u00a0d’actes odieux, inhumains 😀\u00a0»", "parlé", "Le recteur de l’université"}, {"«\u202fun gâchis\u202f»", "parle", "La pre\u0301sidente"}}},
	{"parler before a quotation in straight marks that opens with its de",
		"La pre\u0301sidente 😀 a parlé \"de trahison pure et simple\" lundi.",
		[]want{{"\"de trahison pure et simple\"", "parlé", "La pre\u0301sidente"}}},
	{"a text quoting in straight marks with a « … » reads its straight marks as quotations",
		"Le feu est parti de la cheminée 😀. \"On a entendu un gros boom ! explique une voisine. Mon mari est sorti\". Le quartier des «\u00a0Sept Fontaines\u00a0» est sous le choc. \"C'est dramatique\", a dit la maire. \"Ces enfants ont tout perdu\", a ajouté Ame\u0301lie Roux.",
		[]want{{"\"On a entendu un gros boom !", "explique", "une voisine"}, {"Mon mari est sorti\"", "explique", "une voisine"}, {"\"C'est dramatique\"", "dit", "la maire"}, {"\"Ces enfants ont tout perdu\"", "ajouté", "Ame\u0301lie Roux"}}},
	{"straight marks nested in guillemets stay inside",
		"«\u00a0Le mot \"non\" et le mot \"oui\" sont clairs 😀\u00a0», a dit la maire de Brest.",
		[]want{{"«\u00a0Le mot \"non\" et le mot \"oui\" sont clairs 😀\u00a0»", "dit", "la maire de Brest"}}},
	{"a dateline in capitals before a dash is no speaker",
		"MONTRÉAL — Le chef de la police de Montréal, Ame\u0301lie Roux, s’est engagé à ce que l’enquête soit menée «\u00a0rondement 😀\u00a0».",
		[]want{{"«\u00a0rondement 😀\u00a0»", "engagé", "Le chef de la police de Montréal, Ame\u0301lie Roux"}}},
}

func TestFindSixthSet(t *testing.T) {
	for _, tc := range news6Tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, tc.text, tc.want) })
	}
}
