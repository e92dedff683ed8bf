package project_test

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/ner"
	"github.com/glose-app/glose/annotate/project"
)

// TestInitialisms covers names the NTREX dev articles write as initialisms: "U.S." for États-Unis was
// cut to "U" or missed, "U.S. Navy" missed; the pronoun "us" is no initialism.
func TestInitialisms(t *testing.T) {
	cases := []struct{ src, target, label, name, want string }{
		{"Les États-Unis ont répondu.", "The U.S. responded.", "LOC", "États-Unis", "U.S."},
		{"Les États-Unis ont répondu.", "The US responded.", "LOC", "États-Unis", "US"},
		{"Les États-Unis nous aident.", "They help us.", "LOC", "États-Unis", ""},
		{"La Marine américaine a aidé.", "The U.S. Navy helped.", "ORG", "Marine américaine", "U.S. Navy"},
		{"Le FBI enquête.", "The F.B.I. investigates.", "ORG", "FBI", "F.B.I."},
	}
	for _, c := range cases {
		d, spans := small(t, c.src, []string{c.target}, [2]string{c.label, c.name})
		opts := project.Options{Names: project.NamerFunc(ner.EnglishName), NoAlign: true}
		if _, err := project.Document(annotate.NewEditor(d), opts); err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(english(d, spans[0]), "|"); got != c.want {
			t.Errorf("%q in %q: got %q, want %q", c.name, c.target, got, c.want)
		}
	}
}

// TestComposedNames covers names the NTREX dev articles render in the English order of their parts:
// a head noun after the name it governs, « X de Y » as Y's English before X's, adjectives before the
// head noun.
func TestComposedNames(t *testing.T) {
	cases := []struct{ src, target, label, name, want string }{
		{"Les cloches de Saint Martin se taisent.", "The Bells of St. Martin's Fall Silent.", "ORG", "Saint Martin", "St. Martin"},
		{"Ils ont visité Saint-Louis.", "They visited St Louis.", "LOC", "Saint-Louis", "St Louis"},
		{"Lind et A. Lind.", "Dionisio A. Lind played.", "PER", "A. Lind", "A. Lind"},
		{"Il a joué à l'église Riverside.", "He played at the Riverside Church.", "ORG", "église Riverside", "Riverside Church"},
		{"Il enseigne à l'Université de Syracuse.", "He teaches at Syracuse University.", "ORG", "Université de Syracuse", "Syracuse University"},
		{"Elle enseigne à l'université du Michigan.", "She teaches at the University of Michigan.", "ORG", "université du Michigan", "University of Michigan"},
		{"Ils visitent le jardin d'Inverewe.", "They visit Inverewe Gardens.", "LOC", "jardin d'Inverewe", "Inverewe Gardens"},
		{"Le Conseil de sécurité des Nations unies a voté.", "The U.N. Security Council voted.", "ORG",
			"Conseil de sécurité des Nations unies", "U.N. Security Council"},
		{"Le Conseil de sécurité des Nations unies a voté.", "The United Nations Security Council voted.", "ORG",
			"Conseil de sécurité des Nations unies", "United Nations Security Council"},
		// A head noun and adjectives, their English before it in the reverse order.
		{"Le Comité national républicain a voté.", "The Republican National Committee voted.", "ORG",
			"Comité national républicain", "Republican National Committee"},
		{"L'Assemblée générale des Nations unies s'est réunie.", "The U.N. General Assembly met.", "ORG",
			"Assemblée générale des Nations unies", "U.N. General Assembly"},
		{"La commission judiciaire du Sénat siège.", "The Senate judiciary committee sits.", "ORG",
			"commission judiciaire du Sénat", "Senate judiciary committee"},
	}
	for _, c := range cases {
		d, spans := small(t, c.src, []string{c.target}, [2]string{c.label, c.name})
		opts := project.Options{Names: project.NamerFunc(ner.EnglishName), NoAlign: true}
		if _, err := project.Document(annotate.NewEditor(d), opts); err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(english(d, spans[0]), "|"); got != c.want {
			t.Errorf("%q in %q: got %q, want %q", c.name, c.target, got, c.want)
		}
	}
}
