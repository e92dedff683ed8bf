package project_test

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/ner"
	"github.com/glose-app/glose/annotate/project"
)

// TestEnglishFormsOfNames covers names whose English is not their looked-up name as written: the short
// form news English uses, a direction naming a region, a French ordinal, a name ending in symbols, and
// a name's word inside an e-mail address, which is no mention of it.
func TestEnglishFormsOfNames(t *testing.T) {
	cases := []struct{ name, src, target, label, fr, want string }{
		{"short form", "L'avenir de la Grande-Bretagne est en jeu.", "Britain's future is at stake.",
			annotate.LabelLOC, "Grande-Bretagne", "Britain"},
		{"short form of a kingdom", "Le Royaume-Uni quitte l'Union.", "Britain leaves the Union.",
			annotate.LabelLOC, "Royaume-Uni", "Britain"},
		{"a direction", "Les déserteurs du Nord sont nombreux.", "Defectors from the North are many.",
			annotate.LabelLOC, "Nord", "North"},
		{"an ordinal", "Il habite la 125e Rue à Harlem.", "He lives on 125th Street in Harlem.",
			annotate.LabelLOC, "125e Rue", "125th Street"},
		{"an ordinal one", "Elle vit sur la 1re Avenue.", "She lives on 1st Avenue.",
			annotate.LabelLOC, "1re Avenue", "1st Avenue"},
		{"symbols", "Il a investi dans Face++ cette année.", "He invested in Face++ this year.",
			annotate.LabelORG, "Face++", "Face++"},
		{"not in an address", "Écrivez à jo@samaritans.org ou appelez Samaritans.", "Write to jo@samaritans.org or call Samaritans.",
			annotate.LabelORG, "Samaritans", "Samaritans"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d, spans := small(t, c.src, []string{c.target}, [2]string{c.label, c.fr})
			opts := project.Options{Names: project.NamerFunc(ner.EnglishName), NoAlign: true}
			if _, err := project.Document(annotate.NewEditor(d), opts); err != nil {
				t.Fatal(err)
			}
			if got := english(d, spans[0]); strings.Join(got, "|") != c.want {
				t.Errorf("got %q, want %q", got, c.want)
			}
		})
	}
}
