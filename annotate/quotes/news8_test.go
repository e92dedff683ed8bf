package quotes

import "testing"

// news8Tests are invented news sentences for the constructions and the typography of real web pages
// that the eighth blind set of web news (courts, local assemblies, sport after the match, agency copy)
// showed the detector missing.
var news8Tests = []struct {
	name string
	text string
	want []want
}{
	{"a coach's words after the score are no headline after a dateline",
		"Les réactions\n\nJean DUPONT (entraîneur de Lens, défaite 0-1 à Metz)\u00a0: «\u00a0La défaite est logique. Nous avons trop subi 😀.\u00a0»\n\nAme\u0301lie Roux (Brest, victoire 2-0)\u00a0: «\u00a0C’était important de bien démarrer. On a retenu la leçon.\u00a0»",
		[]want{{"«\u00a0La défaite est logique. Nous avons trop subi 😀.\u00a0»", "", "Jean DUPONT"}, {"«\u00a0C’était important de bien démarrer. On a retenu la leçon.\u00a0»", "", "Ame\u0301lie Roux"}}},
}

func TestFindEighthSet(t *testing.T) {
	for _, tc := range news8Tests {
		t.Run(tc.name, func(t *testing.T) { checkFind(t, tc.text, tc.want) })
	}
}
