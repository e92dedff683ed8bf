package segment

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// render shows units as their text, prefixed by "H: " for headings and "D: " for datelines, with the
// paragraph index when it is not 0 ("2| ").
func render(text string, units []Unit) []string {
	out := make([]string, 0, len(units))
	for _, u := range units {
		prefix := ""
		if u.Paragraph != 0 {
			prefix = fmt.Sprintf("%d| ", u.Paragraph)
		}
		switch u.Kind {
		case Heading:
			prefix += "H: "
		case Dateline:
			prefix += "D: "
		}
		out = append(out, prefix+text[u.Start:u.End])
	}
	return out
}

func TestSplitRules(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "Il pleut. Elle sort.", []string{"Il pleut.", "Elle sort."}},
		{"note call ends a line", "Titre\n\nIl est venu.[1]\n\nElle aussi.¹\n\nSources[2]",
			[]string{"H: Titre", "1| Il est venu.[1]", "2| Elle aussi.¹", "3| H: Sources[2]"}},
		{"note call", "Il est à Paris.[1] Elle sort.[iv] Lui aussi.¹² Fin.[a] Oui.",
			[]string{"Il est à Paris.[1]", "Elle sort.[iv]", "Lui aussi.¹²", "Fin.", "[a] Oui."}},
		{"M.", "M. Lavrov est arrivé. M. Trump aussi.", []string{"M. Lavrov est arrivé.", "M. Trump aussi."}},
		{"titles", "Mme Dupont, MM. Durand et Martin, Mlle. Rose, Dr. Watson et Pr. Tournesol sont là. St. Louis aussi.",
			[]string{"Mme Dupont, MM. Durand et Martin, Mlle. Rose, Dr. Watson et Pr. Tournesol sont là.", "St. Louis aussi."}},
		{"av. street", "Il habite au 5 av. Foch. Elle non.", []string{"Il habite au 5 av. Foch.", "Elle non."}},
		{"J.-C. initials", "J.-C. Juncker a parlé. Il part.", []string{"J.-C. Juncker a parlé.", "Il part."}},
		{"J.-C. era", "En 52 av. J.-C. Les Gaulois perdent. Vercingétorix se rend.",
			[]string{"En 52 av. J.-C.", "Les Gaulois perdent.", "Vercingétorix se rend."}},
		{"initials", "G. W. Bush et J. K. Rowling sont venus. Ils repartent.",
			[]string{"G. W. Bush et J. K. Rowling sont venus.", "Ils repartent."}},
		{"initial ending a sentence", "Il joue dans le groupe B. Le match commence. Il vit à Paris, 8e arr. Il part.",
			[]string{"Il joue dans le groupe B.", "Le match commence.", "Il vit à Paris, 8e arr.", "Il part."}},
		{"initial before bracket", "Karabatic L. (4/4)\nHansen (8/9)", []string{"H: Karabatic L. (4/4)", "H: Hansen (8/9)"}},
		{"title before function word", "M. Le Roux parle. Il part.", []string{"M. Le Roux parle.", "Il part."}},
		{"acronym", "Il vit à Washington, D.C. depuis 2010. Les É.-U. aussi.",
			[]string{"Il vit à Washington, D.C. depuis 2010.", "Les É.-U. aussi."}},
		{"numbers", "Le taux est de 3.5 %. Il y a 1.000 personnes et 3,5 millions d'euros. N.409 a percuté.",
			[]string{"Le taux est de 3.5 %.", "Il y a 1.000 personnes et 3,5 millions d'euros.", "N.409 a percuté."}},
		{"number starts sentence", "Il y a eu une explosion en 2016. 23 personnes sont mortes.",
			[]string{"Il y a eu une explosion en 2016.", "23 personnes sont mortes."}},
		{"urls", "Voir Identi.ca et www.example.com. Fin.", []string{"Voir Identi.ca et www.example.com.", "Fin."}},
		{"etc. lowercase", "Des pommes, des poires, etc. et des fraises.", []string{"Des pommes, des poires, etc. et des fraises."}},
		{"etc. new sentence", "Des pommes, etc. Le marché ferme.", []string{"Des pommes, etc.", "Le marché ferme."}},
		{"etc. proper noun", "Lyon, Lille, etc. Paris reste en tête.", []string{"Lyon, Lille, etc. Paris reste en tête."}},
		{"etc. elided starter", "Des pommes, etc. C'est la saison.", []string{"Des pommes, etc.", "C'est la saison."}},
		{"ellipsis lowercase", "Il hésite… puis repart. Il hésite... puis repart.",
			[]string{"Il hésite… puis repart.", "Il hésite... puis repart."}},
		{"ellipsis capital", "Il hésite… Puis il repart.", []string{"Il hésite…", "Puis il repart."}},
		{"elision", "Les autorités [...] se sont rendues sur place. Fin.",
			[]string{"Les autorités [...] se sont rendues sur place.", "Fin."}},
		{"question exclamation", "Pourquoi ? Parce que ! Vraiment ?! Oui.",
			[]string{"Pourquoi ?", "Parce que !", "Vraiment ?!", "Oui."}},
		{"exclamation lowercase", "« Partez ! » s'écria-t-il. Yahoo! a racheté la société.",
			[]string{"« Partez ! » s'écria-t-il.", "Yahoo! a racheté la société."}},
		{"quote closes sentence", "« C'est fini. » Il est parti.", []string{"« C'est fini. »", "Il est parti."}},
		{"quote incise", "« C'est fini », a-t-il dit.", []string{"« C'est fini », a-t-il dit."}},
		{"quote sentences with incise", "« Un. Deux ! Trois », a-t-il dit. Puis il part.",
			[]string{"« Un. Deux ! Trois », a-t-il dit.", "Puis il part."}},
		{"quote sentences lowercase after", "« Un. Deux ? » demande-t-il. Puis il part.",
			[]string{"« Un. Deux ? » demande-t-il.", "Puis il part."}},
		{"quote sentences then capital", "« Un. Deux. » Il part.", []string{"« Un.", "Deux. »", "Il part."}},
		{"quote wikinews spacing", "« Un. Deux » , ajoute le texte. Fin .", []string{"« Un. Deux » , ajoute le texte.", "Fin ."}},
		{"quote after dot", "Il a dit « non ». Elle part.", []string{"Il a dit « non ».", "Elle part."}},
		{"curly quotes", "“Un. Deux”, dit-il. Fin.", []string{"“Un. Deux”, dit-il.", "Fin."}},
		{"straight quotes", "\"Un. Deux\", dit-il. \"Trois.\" Quatre.", []string{"\"Un. Deux\", dit-il.", "\"Trois.\"", "Quatre."}},
		{"parenthesis", "Il part (enfin.) Elle reste.", []string{"Il part (enfin.)", "Elle reste."}},
		{"wikinews spacing", "Dans la ville de Hilla , située à 80 km . Il part ( Bolivie ) .",
			[]string{"Dans la ville de Hilla , située à 80 km .", "Il part ( Bolivie ) ."}},
		{"dialogue dash", "— Bonjour, dit-il. — Bonsoir.", []string{"— Bonjour, dit-il.", "— Bonsoir."}},
		{"list number", "1. Le texte commence ici.", []string{"1. Le texte commence ici."}},
		{"title then text", "Titre court\nLe texte commence ici. Deuxième phrase.",
			[]string{"H: Titre court", "Le texte commence ici.", "Deuxième phrase."}},
		{"hard wrap", "Il a dit que\nla pluie tombe.", []string{"Il a dit que\nla pluie tombe."}},
		{"line after sentence", "Première.\nSeconde ligne.", []string{"Première.", "Seconde ligne."}},
		{"lines ending with comma", "Courriel ,\nFacebook ,\nTwitter", []string{"Courriel ,\nFacebook ,\nTwitter"}},
		{"heading paragraph", "Irak : deux mosquées visées\n\nLocalisation des villes.\n\nSources",
			[]string{"H: Irak : deux mosquées visées", "1| Localisation des villes.", "2| H: Sources"}},
		{"first line title with question", "Qui gagnera ?\n\nPersonne ne sait.",
			[]string{"H: Qui gagnera ?", "1| Personne ne sait."}},
		{"dateline wikinews", "4 janvier 2016 . – Aujourd'hui, des attentats. Fin.",
			[]string{"D: 4 janvier 2016 . –", "Aujourd'hui, des attentats.", "Fin."}},
		{"dateline own line", "14 janvier 2016 . –\nUn phénomène exceptionnel.",
			[]string{"D: 14 janvier 2016 . –", "Un phénomène exceptionnel."}},
		{"dateline agency", "PARIS, 3 mai (AFP) - Le président est arrivé.",
			[]string{"D: PARIS, 3 mai (AFP) -", "Le président est arrivé."}},
		{"dateline place", "26 juillet 2016, Cracovie . – Réunis sur la plaine.",
			[]string{"D: 26 juillet 2016, Cracovie . –", "Réunis sur la plaine."}},
		{"first line title then text", "Qui gagnera ?\nPersonne ne sait.", []string{"H: Qui gagnera ?", "Personne ne sait."}},
		{"not a dateline after full stop", "Le 3 mai. Il - dit-on - pleut.", []string{"Le 3 mai.", "Il - dit-on - pleut."}},
		{"not a dateline", "Le 3 mai - jour férié - il pleut.", []string{"Le 3 mai - jour férié - il pleut."}},
		{"emoji", "Il rit 😀. Elle pleure 😀 !", []string{"Il rit 😀.", "Elle pleure 😀 !"}},
		{"emoji before closing quote", "Elle a dit\u00a0: «\u00a0Non\u00a0! 🇫🇷\u00a0» Puis elle part. «\u00a0Oui\u00a0! 😀 »",
			[]string{"Elle a dit\u00a0: «\u00a0Non\u00a0! 🇫🇷\u00a0»", "Puis elle part.", "«\u00a0Oui\u00a0! 😀 »"}},
		{"emoji after a sentence", "Bravo\u00a0! 👏🏽 Il est parti. Fin 👨‍👩‍👧. Le reste ❤️ suit. Il gagne\u00a0! © AFP",
			[]string{"Bravo\u00a0! 👏🏽", "Il est parti.", "Fin 👨‍👩‍👧.", "Le reste ❤️ suit.", "Il gagne\u00a0!", "© AFP"}},
		{"combining", "Il a bu un cafe\u0301. E\u0301lodie aussi.", []string{"Il a bu un cafe\u0301.", "E\u0301lodie aussi."}},
		{"nbsp", "«\u202fC'est fini.\u202f» Quoi\u00a0? Rien.", []string{"«\u202fC'est fini.\u202f»", "Quoi\u00a0?", "Rien."}},
		{"leading and trailing space", "  \n Il pleut.  \n\n \t\n  Il vente. \n", []string{"Il pleut.", "1| Il vente."}},
		{"name cut by a wrap", "Titre\n\nLors de sa visite à Marseille, le président de la République Emmanuel\nMacron a rencontré les élus.",
			[]string{"H: Titre", "1| Lors de sa visite à Marseille, le président de la République Emmanuel\nMacron a rencontré les élus."}},
		{"heading over an unwrapped paragraph", "Titre\n\nUn intertitre un peu long qui ne finit par aucune ponctuation\n" +
			"Le paragraphe qui le suit tient sur une seule ligne, bien plus longue que celles d'un texte replié à 72 colonnes.",
			[]string{"H: Titre", "1| H: Un intertitre un peu long qui ne finit par aucune ponctuation",
				"1| Le paragraphe qui le suit tient sur une seule ligne, bien plus longue que celles d'un texte replié à 72 colonnes."}},
		{"empty", "", []string{}},
		{"blank", " \n\n\t", []string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := render(tt.in, Split(tt.in))
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Split(%q)\n got  %q\n want %q", tt.in, got, tt.want)
			}
			checkUnits(t, tt.in, Split(tt.in))
		})
	}
}

func TestParagraphs(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"A.\n\n\nB.", []string{"A.", "B."}},
		{"Ligne un.\nLigne deux.", []string{"Ligne un.\nLigne deux."}},
		{" A \n \t \nB\n", []string{"A", "B"}},
		{"A\n\u00a0\nB", []string{"A", "B"}},
		{"\n\n", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, p := range Paragraphs(tt.in) {
			got = append(got, tt.in[p[0]:p[1]])
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Paragraphs(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// checkUnits verifies the invariants of Split's result: ordered, disjoint, trimmed, non-empty units
// inside their paragraph, on character boundaries, with nothing but spaces outside them.
func checkUnits(t *testing.T, text string, units []Unit) {
	t.Helper()
	paras := Paragraphs(text)
	valid := utf8.ValidString(text)
	prev := 0
	for k, u := range units {
		if u.Start >= u.End || u.Start < prev {
			t.Fatalf("unit %d [%d,%d) empty or out of order (previous end %d)", k, u.Start, u.End, prev)
		}
		if valid && (!utf8.RuneStart(text[u.Start]) || u.End < len(text) && !utf8.RuneStart(text[u.End])) {
			t.Fatalf("unit %d [%d,%d) splits a character", k, u.Start, u.End)
		}
		if gap := text[prev:u.Start]; strings.TrimSpace(gap) != "" {
			t.Fatalf("%q before unit %d [%d,%d) is in no unit", gap, k, u.Start, u.End)
		}
		if u.Paragraph < 0 || u.Paragraph >= len(paras) {
			t.Fatalf("unit %d: paragraph %d of %d", k, u.Paragraph, len(paras))
		}
		if p := paras[u.Paragraph]; u.Start < p[0] || u.End > p[1] {
			t.Fatalf("unit %d [%d,%d) outside its paragraph [%d,%d)", k, u.Start, u.End, p[0], p[1])
		}
		if s := text[u.Start:u.End]; strings.TrimSpace(s) != s {
			t.Fatalf("unit %d %q is not trimmed", k, s)
		}
		prev = u.End
	}
	if gap := text[prev:]; strings.TrimSpace(gap) != "" {
		t.Fatalf("%q after the last unit is in no unit", gap)
	}
}

func TestSampleArticle(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "assets", "sample-article.fr.txt"))
	if err != nil {
		t.Skipf("sample article: %v", err)
	}
	text := string(b)
	units := Split(text)
	checkUnits(t, text, units)
	if len(units) != 19 {
		t.Errorf("got %d units, want 19", len(units))
	}
	got := render(text, units)
	for k, want := range map[int]string{
		1: "1| De son côté, M. Lavrov a renvoyé le compliment au dirigeant américain, en qualifiant l'administration de Donald Trump de « professionnels », qui savent travailler pour résoudre des questions importantes.",
		2: "2| « Actuellement notre dialogue est libre de l'idéologisation qui caractérisait l'administration d'Obama.",
		3: "2| L'administration de Trump — et le Président lui-même et son secrétaire d'État — sont des hommes d'action qui veulent trouver une voie d'entente »",
		// A three-sentence quotation followed by an incise stays whole.
		11: "8| « Nous avons confirmé aujourd'hui notre intérêt dans la participation active des États-Unis dans la résolution de ces questions. Je pense que les Américains sont aussi intéressés, au moins en ce qui concerne les zones de la désescalade suitées dans le Sud du pays. Ils ont un vif intérêt », a-t-il relaté, soulignant que Moscou espérait voir Washington contribuer à l'instauration du cessez-le feu.",
		16: "13| « Nous ne discutons pas cela. Ce n'est pas notre problème. Ce sont des actions à sens unique appliquées contre nous », a martelé M. Lavrov lors de la conférence de presse à l'issue de sa rencontre avec M. Trump.",
		18: "14| Cette rencontre revêt une importance particulière, en pleine crise des relations diplomatiques entre Moscou et Washington.",
	} {
		if k >= len(got) || got[k] != want {
			t.Errorf("unit %d:\n got  %q\n want %q", k, at(got, k), want)
		}
	}
	checkGolden(t, filepath.Join("testdata", "sample-article.golden"), strings.Join(got, "\n")+"\n")
}

func at(s []string, k int) string {
	if k < len(s) {
		return s[k]
	}
	return "<missing>"
}

// checkGolden compares got with the golden file, or rewrites it under -update.
func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatalf("writing %s: %v", path, err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading %s (run with -update to create it): %v", path, err)
	}
	if string(want) != got {
		t.Errorf("%s differs from the output; run with -update after checking the change:\n%s", path, got)
	}
}

// FuzzSplit checks that Split never panics and keeps its invariants on arbitrary input: units in
// order, inside their paragraphs, trimmed, on character boundaries, and all the text but spaces in
// one of them (a sentence left out would never be translated).
func FuzzSplit(f *testing.F) {
	for _, seed := range []string{
		"« Un. Deux », dit-il. M. X. Fin…", "4 janvier 2016 . – Texte.\n\nTitre\nSuite", "\"a\" \"", "…", "« »",
		"PARIS, 3 mai (AFP) -", "J.-C. etc. Le 😀. e\u0301. \xff.", "a.\n\n\n b ?\u00a0» c",
		"«\u00a0Non\u202f! », dit-il 🇫🇷.\r\n«\u202fOui.\u202f» 👨🏽‍💻 e\u0301te\u0301.\r\n\r\nFin",
		strings.Repeat("« Le café 😀 de l’e\u0301té\u00a0», dit M. Dupont\u202f; ", 120),
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		checkUnits(t, text, Split(text))
	})
}
