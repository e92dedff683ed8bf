package preannotate

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// A speaker written as a pronoun or a description joins only an entity of its label: never a place,
// never an organisation as a person. A person description ("le porte-parole") after an organisation's
// or a place's quote is not that organisation or place; "ils" is no organisation; "il" with no person
// named before it is the organisation and is labelled ORG; a stressed pronoun opening a sentence
// ("Eux d'ajouter") is a pronoun, no name. A document ("le communiqué") is no person: it joins the
// organisation, person or place of its complement or named as its writer, or the writer of the document
// brought in before it, else it stays a MISC description with no entity; a broadcaster is no writer.
func TestSpeakerMentionsTakeTheirEntityType(t *testing.T) {
	for _, c := range []struct {
		text, speaker string
		label         string
		kind          annotate.MentionKind
		entity        string // the entity's French name, "" for none
	}{
		{"La NASA a confirmé le lancement. « Nous sommes prêts », a déclaré la NASA. « Le vol aura lieu demain à l'aube », a ajouté le porte-parole.",
			"le porte-parole", "PER", annotate.MentionNominal, ""},
		{"Ankara a réagi vivement. « Nous ne l'accepterons pas », a déclaré Ankara. « Ce dernier chiffre est faux », a précisé le ministre.",
			"le ministre", "PER", annotate.MentionNominal, ""},
		{"La messagerie Telegram a refusé de fermer les canaux. « Nous ne fermerons pas ces canaux », ont-ils affirmé.",
			"ils", "PER", annotate.MentionPronoun, ""},
		{"Le constructeur Renault a publié ses résultats mardi. « Les ventes ont progressé de 5 % », a-t-il précisé.",
			"il", "ORG", annotate.MentionPronoun, "Renault"},
		{"Thierry et Véronique Roy rapportent que « d'autres recruteurs sévissent » toujours.\n\nEux d'ajouter à destination de Stéphane Gatignon que « votre statut aurait dû vous imposer une plainte ».",
			"Eux", "PER", annotate.MentionPronoun, ""}, // the pair spoke: Eux is both, neither entity alone
		{"« Nous fêtons 👍🏽 la victoire 🇫🇷 », a déclaré Zoé Périé\u0301. « Ce n'est qu'un début », a-t-elle ajouté.",
			"elle", "PER", annotate.MentionPronoun, "Zoé Périé\u0301"},
		// a document speaks for its authors where the text names them, and is never a person
		{"«\u00a0Nous refusons cette réforme\u00a0», indique le communiqué de l'Élysée.",
			"le communiqué de l'Élysée", "LOC", annotate.MentionNominal, "Élysée"},
		{"«\u00a0Les prisonniers sont torturés\u00a0», affirme le texte publié par Amnesty International.",
			"le texte", "ORG", annotate.MentionNominal, "Amnesty International"},
		{"La CGT a publié un communiqué mardi. «\u00a0Nous ne céderons pas 💪\u00a0», précise le communiqué.",
			"le communiqué", "ORG", annotate.MentionNominal, "CGT"},
		{"«\u00a0Le projet est illégal\u00a0», écrit la lettre de Marie Curie.",
			"la lettre de Marie Curie", "PER", annotate.MentionNominal, "Marie Curie"},
		{"Hélène Carrère a adressé une longue lettre au ministre. «\u00a0Je démissionne\u00a0», conclut la lettre.",
			"la lettre", "PER", annotate.MentionNominal, "Hélène Carrère"},
		{"«\u00a0Mon client est innocent\u00a0», affirme un communiqué de l'avocat de Jean Dupont.",
			"un communiqué de l'avocat de Jean Dupont", "MISC", annotate.MentionNominal, ""},
		{"Selon le texte, Jean Dupont doit «\u00a0former un gouvernement\u00a0».",
			"le texte", "MISC", annotate.MentionNominal, ""},
		{"Le ministre Éric Lombard a parlé hier. «\u00a0C'est fini\u00a0», rappelle le communiqué.",
			"le communiqué", "MISC", annotate.MentionNominal, ""},
		// a journal publishes a study, its researchers wrote it; an organisation writes its report
		{"« La Voie lactée est née tôt 🌌 », conclut une étude publiée par la Monthly Notices of the Royal Astronomical Society.",
			"une étude", "MISC", annotate.MentionNominal, ""},
		{"« Les prisons débordent », affirme un rapport publié par Amnesty International.",
			"un rapport", "ORG", annotate.MentionNominal, "Amnesty International"},
		{"La revue Cell a publié une étude mardi. « Les souris chassent », précise l'étude.",
			"l'étude", "MISC", annotate.MentionNominal, ""},
		{"Le syndicat Force Ouvrière a publié une étude mardi. « Les salaires stagnent », précise l'étude.",
			"l'étude", "ORG", annotate.MentionNominal, "Force Ouvrière"},
		{"Al Jazeera a diffusé des déclarations de l'émir. Ces déclarations affirment que «\u00a0la région est menacée\u00a0».",
			"Ces déclarations", "MISC", annotate.MentionNominal, ""},
	} {
		d := annotate.NewDocument("t", "", c.text, "fr", "en")
		if err := Run(d, Options{}); err != nil {
			t.Fatal(err)
		}
		var sp *annotate.Span
		for _, s := range d.Spans {
			if d.SpanText(s) == c.speaker && s.Label != annotate.LabelQuote && s.Label != annotate.LabelCue {
				sp = s
			}
		}
		if sp == nil {
			t.Errorf("%q: no span on %q", c.text, c.speaker)
			continue
		}
		if sp.Label != c.label || sp.Mention != c.kind.Norm() {
			t.Errorf("%q: %s, want %s %s", c.text, d.Describe(sp), c.label, c.kind)
		}
		e, name := d.EntityOf(sp.ID), ""
		if e != nil {
			name = e.Name("fr")
		}
		if name != c.entity {
			t.Errorf("%q: %q is a mention of %q, want %q", c.text, c.speaker, name, c.entity)
		}
		for _, w := range d.Warnings() {
			t.Errorf("%q: %s: %s", c.text, w.Path, w.Msg)
		}
	}
}

// A speaker's words that stand on a person's span of another label (here "il", marked ORG by hand as
// a mention of Telegram) keep it in its entity: the person the pronoun is resolved to gets an entity of
// their own type, and none of their mentions joins the organisation.
func TestPreannotateKeepsHumanEntitiesOfAnotherType(t *testing.T) {
	text := "Pavel Durov a fondé Telegram. « Nous ne fermerons pas ces canaux », a-t-il déclaré."
	d := annotate.NewDocument("t", "", text, "fr", "en")
	il := strings.Index(text, "il déclaré")
	d.Spans = append(d.Spans, &annotate.Span{ID: "t1", Side: annotate.Source, Start: il, End: il + 2, Label: annotate.LabelORG,
		Origin: annotate.Human, Mention: annotate.MentionPronoun})
	d.Entities = append(d.Entities, &annotate.Entity{ID: "e1", Type: annotate.LabelORG, Names: map[string]string{"fr": "Telegram"}, Mentions: []string{"t1"}})
	d.Reindex()
	if err := Run(d, Options{}); err != nil {
		t.Fatal(err)
	}
	for _, w := range d.EntityWarnings() {
		t.Errorf("%s: %s", w.Path, w.Msg)
	}
	if e := d.EntityOf("t1"); e == nil || e.ID != "e1" {
		t.Errorf("the human span left its entity: %v", e)
	}
}

// Pre-annotating the real news texts of ../shared/data, one document per article and all of them as
// one document (as glose-cli annotate does with a long file), gives what validate accepts without a
// warning: no mention of an entity of another type, no pronoun marked as a name, no cut cluster.
func TestPreannotateSharedDataValidates(t *testing.T) {
	var all []string
	for _, name := range []string{"ner-wikinews-train.jsonl", "ner-wikinews-dev.jsonl", "quotes-litbank-dev.jsonl"} {
		for _, g := range readShared(t, name) {
			all = append(all, g.Text)
			checkValidates(t, name+" "+g.ID, g.Text)
		}
	}
	checkValidates(t, "all", strings.Join(all, "\n\n"))
}

func checkValidates(t *testing.T, id, text string) {
	t.Helper()
	d := annotate.NewDocument(id, "", text, "fr", "en")
	if err := Run(d, Options{}); err != nil {
		t.Fatal(err)
	}
	for _, w := range d.Warnings() {
		t.Errorf("%s: %s: %s", id, w.Path, w.Msg)
	}
}

// TestWritingVerb: verbs of writing are matched in a verb's forms, not the other words on their stems.
func TestWritingVerb(t *testing.T) {
	for w, want := range map[string]bool{
		"publié": true, "publiée": true, "publie": true, "publient": true, "publia": true, "signée": true,
		"cosigné": true, "rédigé": true, "rédigea": true, "écrit": true, "écrite": true, "émis": true,
		"rendu": true, "posté": true, "adressée": true, "envoyé": true, "tweeté": true,
		"publique": false, "public": false, "publicité": false, "signal": false, "signalé": false,
		"significatif": false, "poste": false, "postérieur": false, "adresse": false, "écrivain": false,
		"écriture": false, "émission": false, "rendez-vous": false, "rend": false, "envoi": false,
	} {
		if got := writingVerb(w); got != want {
			t.Errorf("writingVerb(%q) = %v, want %v", w, got, want)
		}
	}
}
