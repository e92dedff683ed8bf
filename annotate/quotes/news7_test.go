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
}

func TestFindSeventhSet(t *testing.T) {
	for _, tc := range news7Tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, tc.text, tc.want) })
	}
}
