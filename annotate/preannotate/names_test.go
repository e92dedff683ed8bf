package preannotate

import (
	"sort"
	"strings"
	"testing"
)

// TestOneEntityPerName pre-annotates an article that names a person with a particle, a person with
// several given names and an organisation by its long official name, once each as a quote's speaker,
// the first more often in a sentence that reads her name as a place: each is one entity of one type,
// its mentions all of that type, with its whole name in French and the organisation's own English
// name, and the speaker's words are its mention.
func TestOneEntityPerName(t *testing.T) {
	const (
		uvdl   = "Ursula von der Leyen"
		long   = "Jean-Baptiste Marie Alexandre de La Rochefoucauld-Montmorency"
		unesco = "Organisation des Nations unies pour l'éducation, la science et la culture"
	)
	var b strings.Builder
	for _, s := range []string{
		"« C'est important », a déclaré " + uvdl + ".",
		"La réunion a eu lieu avec " + uvdl + " à Paris.",
		"La réunion a eu lieu avec " + long + " à Paris.",
		"« C'est la phrase numéro 4, et elle est importante », a déclaré " + long + ".",
		"La réunion a eu lieu avec l'" + unesco + " à Paris.",
		"« C'est la phrase numéro 10, et elle est importante », a déclaré l'" + unesco + ".",
		"Le lendemain, " + uvdl + " et " + long + " ont rencontré l'" + unesco + " à Lyon.",
		// a report that says the same thing again and again: no more evidence that she is a place
		"La réunion numéro 8 a eu lieu avec " + uvdl + " à Paris.",
		"La réunion numéro 12 a eu lieu avec " + uvdl + " à Paris.",
		"La réunion numéro 20 a eu lieu avec " + uvdl + " à Paris.",
	} {
		b.WriteString(s + "\n\n")
	}
	text := b.String()
	res, err := Text(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]struct{ typ, en string }{
		uvdl:   {"PER", uvdl},
		long:   {"PER", long},
		unesco: {"ORG", "United Nations Educational, Scientific and Cultural Organization"},
	}
	seen := map[string]int{}
	for _, e := range res.Entities {
		fr := e.Names["fr"]
		w, ok := want[fr]
		if !ok {
			if e.Type != "LOC" {
				var ms []string
				for _, i := range e.Mentions {
					m := res.Mentions[i]
					ms = append(ms, m.Label+":"+text[m.Start:m.End])
				}
				t.Errorf("unexpected entity %s %q, mentions %v", e.Type, fr, ms)
			}
			continue
		}
		seen[fr]++
		if e.Type != w.typ || e.Names["en"] != w.en {
			t.Errorf("entity %q: type %s, English %q; want %s, %q", fr, e.Type, e.Names["en"], w.typ, w.en)
		}
		if n := strings.Count(text, fr); len(e.Mentions) != n {
			t.Errorf("entity %q: %d mentions, want %d", fr, len(e.Mentions), n)
		}
		for _, i := range e.Mentions {
			if m := res.Mentions[i]; m.Label != e.Type || text[m.Start:m.End] != fr {
				t.Errorf("entity %q: mention %s:%q", fr, m.Label, text[m.Start:m.End])
			}
		}
	}
	var names []string
	for fr := range want {
		if seen[fr] != 1 {
			names = append(names, fr)
		}
	}
	sort.Strings(names)
	for _, fr := range names {
		t.Errorf("%q: %d entities, want 1", fr, seen[fr])
	}
	for _, q := range res.Quotes {
		if q.Speaker < 0 || res.Mentions[q.Speaker].Entity < 0 {
			t.Errorf("quote %q: no speaker entity", text[q.Start:q.End])
		}
	}
}

// TestLoneGivenNameIsSomeoneElse: a person named again by the given name alone ("le pape François"
// after "François Hollande") is another person, while the surname alone is the same one.
func TestLoneGivenNameIsSomeoneElse(t *testing.T) {
	text := "François Hollande a reçu les évêques à l'Élysée. « Nous avons parlé des réfugiés », a déclaré Hollande.\n\n" +
		"À Auschwitz, le pape François a prié en silence. « Seigneur, pardon pour tant de cruauté », a écrit François dans le livre d'or."
	entityOf := personEntities(t, text)
	for _, name := range []string{"François Hollande", "Hollande", "François"} {
		if _, ok := entityOf[name]; !ok {
			t.Fatalf("no PER mention %q; PER mentions: %v", name, entityOf)
		}
	}
	if entityOf["Hollande"] != entityOf["François Hollande"] {
		t.Errorf("Hollande is not François Hollande's mention")
	}
	if entityOf["François"] == entityOf["François Hollande"] {
		t.Errorf("the pope François was made a mention of François Hollande")
	}
}

// TestInitialsNameTheSamePerson: a person named with an initial ("E. Macron", "J-L Mélenchon") is the
// person whose given name it begins, before or after the whole name; a numeral is no initial
// ("Mohammed V" is not "Mohammed VI"), nor is another given name's initial ("B. Macron").
func TestInitialsNameTheSamePerson(t *testing.T) {
	text := "Selon E. Macron, « tout va très bien 😀 ». Emmanuel Macron a parlé à Paris.\n\n" +
		"Jean-Luc Mélenchon a répondu. J-L Mélenchon était absent mardi.\n\n" +
		"Jean-Pierre Roux a signé. Dimanche, J.-P. Roux a démenti, avec J.-M. Roux.\n\n" +
		"Brigitte Macron était là. B. Macron a souri.\n\n" +
		"Le roi Mohammed VI a reçu le ministre. Mohammed V avait régné avant lui."
	entityOf := personEntities(t, text)
	for _, pair := range []struct {
		a, b string
		same bool
	}{
		{"E. Macron", "Emmanuel Macron", true},
		{"J-L Mélenchon", "Jean-Luc Mélenchon", true},
		{"J.-P. Roux", "Jean-Pierre Roux", true}, // hyphenated initials are one name word
		{"J.-M. Roux", "Jean-Pierre Roux", false},
		{"B. Macron", "Brigitte Macron", true},
		{"B. Macron", "Emmanuel Macron", false},
		{"Mohammed V", "Mohammed VI", false},
	} {
		ea, oka := entityOf[pair.a]
		eb, okb := entityOf[pair.b]
		if !oka || !okb {
			t.Errorf("no PER mention %q or %q; PER mentions: %v", pair.a, pair.b, entityOf)
			continue
		}
		if (ea == eb) != pair.same {
			t.Errorf("%q and %q: same entity %v, want %v", pair.a, pair.b, ea == eb, pair.same)
		}
	}
}

func TestNameWordCount(t *testing.T) {
	for _, s := range []string{"", "M. Sergueï Lavrov", "le président Emmanuel Macron", "Jean-Luc Mélenchon", "J.-L. Mélenchon", "l’Élysée", "ONU", "Mme", "2024 Paris–Roubaix"} {
		if got, want := nameWordCount(s), len(nameWords(s)); got != want {
			t.Errorf("nameWordCount(%q) = %d, want %d", s, got, want)
		}
	}
}

// personEntities pre-annotates text and gives the entity of each PER mention, by its words.
func personEntities(t *testing.T, text string) map[string]int {
	t.Helper()
	res, err := Text(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	entityOf := map[string]int{}
	for _, m := range res.Mentions {
		if m.Label == "PER" {
			entityOf[text[m.Start:m.End]] = m.Entity
		}
	}
	return entityOf
}
