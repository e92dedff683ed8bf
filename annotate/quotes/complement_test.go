package quotes

import "testing"

// A name that completes the subject after de, à or pour is not the speaker: the subject is the person
// or body it completes, over a chain of complements, and a bare title after a comma is the apposition
// of the name before it. A document's complement stays its author.
func TestComplementIsNoSpeaker(t *testing.T) {
	for _, c := range []struct{ text, speaker string }{
		{"Marc Delorme , premier vice-président du Gabon a réagi vivement : « C'est une ingérence inacceptable dans nos affaires. »",
			"Marc Delorme , premier vice-président du Gabon"},
		{"Julie Martin, directrice de la station de ski de Megève explique : « nous avons eu une saison correcte malgré le manque de neige ».",
			"Julie Martin, directrice de la station de ski de Megève"},
		{"La mairie de Lyon a annoncé que « les écoles resteront fermées jusqu'à lundi prochain ».",
			"La mairie de Lyon"},
		{"Le bureau météorologique régional installé à Brest a déclaré que « la houle restera forte jusqu'à jeudi ».",
			"Le bureau météorologique régional installé à Brest"},
		{"Un militant présent à Nantes précise que « le rassemblement restera pacifique jusqu'au bout ».",
			"Un militant présent à Nantes"},
		{"Le ministre de l'Intérieur de la Belgique a déclaré que « la menace reste très élevée ».",
			"Le ministre de l'Intérieur de la Belgique"},
		{"Paul Girard, porte-parole des Bonnets verts du Finistère affirme qu'il n'y aura « aucune liste commune aux municipales ».",
			"Paul Girard, porte-parole des Bonnets verts du Finistère"},
		// unchanged: the country speaks for its government, a document for its author
		{"Le Tchad a affirmé que « la frontière restera fermée jusqu'à nouvel ordre ».", "Le Tchad"},
		{"Une note de l'Élysée a dénoncé une « provocation délibérée et inacceptable » des rebelles.", "l'Élysée"},
	} {
		qs := Find(c.text)
		if len(qs) != 1 {
			t.Errorf("%q: %d quotations, want 1", c.text, len(qs))
			continue
		}
		if got := c.text[qs[0].Speaker.Start:qs[0].Speaker.End]; got != c.speaker {
			t.Errorf("%q: speaker %q, want %q", c.text, got, c.speaker)
		}
	}
}

// A description of a person whose complement names a place, an organisation or a party is the
// speaker, before the quotation and after it, inverted: the name ends the words, maybe in apposition
// to a noun of a place or a group ("la région Île-de-France", "le parti Les Républicains"), but is none
// of the person's; a journal named after its noun is still a name, and so is a plus-ended name's
// subject, which no document after the verb replaces.
func TestPersonDescriptionOverItsComplement(t *testing.T) {
	for _, c := range []struct {
		text, speaker string
		kind          SpeakerKind
	}{
		{"L'ancien du Parti pour l'indépendance du Royaume-Uni a indiqué que les politiciens devaient « ressentir la pression » des eurosceptiques.",
			"L'ancien du Parti pour l'indépendance du Royaume-Uni", Description},
		{"La présidente de la région Île-de-France a estimé que la ligne était « une priorité absolue ».",
			"La présidente de la région Île-de-France", Description},
		{"«\u00a0La ligne est une priorité 🚆\u00a0», a estimé la présidente de la région Île-de-France.",
			"la présidente de la région Île-de-France", Description},
		{"Le chef de la diplomatie russe a déclaré : « Nous ne céderons pas. »", "Le chef de la diplomatie russe", Description},
		{"« Nous ne céderons pas », a déclaré le chef de la diplomatie russe.", "le chef de la diplomatie russe", Description},
		{"Un porte-parole de la mairie de Paris a indiqué : « Les travaux reprendront lundi. »",
			"Un porte-parole de la mairie de Paris", Description},
		{"« Le temps presse », a averti le patron de l'ONU.", "le patron de l'ONU", Description},
		{"L'ancienne maire de la ville de Bordeaux a affirmé que le projet était « un gâchis ».",
			"L'ancienne maire de la ville de Bordeaux", Description},
		{"Le secrétaire général du parti Les Républicains a jugé que la réforme était « mal conçue ».",
			"Le secrétaire général du parti Les Républicains", Description},
		{"« Nous sommes prêts », affirme le porte-parole de la province du Québec.",
			"le porte-parole de la province du Québec", Description},
		{"Selon le porte-parole du groupe Wagner, les combattants sont « épuisés ».", "le porte-parole du groupe Wagner", Description},
		{"La direction du groupe Canal+ a adressé un communiqué laconique : « Le principe est en cause. »",
			"La direction du groupe Canal", Description},
		// a party's name capitalised on its first word only holds its article
		{"« Nous voterons contre », a déclaré le candidat de Debout la France.", "le candidat de Debout la France", Description},
		{"Le fondateur de Sauvons la Recherche a déclaré : « La loi est dangereuse. »", "Le fondateur de Sauvons la Recherche", Description},
		{"« Nous voterons contre », a déclaré le maire de Paris la veille.", "le maire de Paris", Description},
		// unchanged: a journal's name after its noun, a name in apposition to a title
		{"« Nous sommes prêts », affirme le quotidien Le Monde.", "le quotidien Le Monde", Name},
		{"« Nous sommes prêts », a déclaré le président du Conseil européen Donald Tusk.",
			"le président du Conseil européen Donald Tusk", Name},
	} {
		qs := Find(c.text)
		if len(qs) != 1 {
			t.Errorf("%q: %d quotations, want 1", c.text, len(qs))
			continue
		}
		if got := c.text[qs[0].Speaker.Start:qs[0].Speaker.End]; got != c.speaker || qs[0].Kind != c.kind {
			t.Errorf("%q: speaker %q kind %d, want %q kind %d", c.text, got, qs[0].Kind, c.speaker, c.kind)
		}
	}
}

// A description headed by a noun of a group or an institution is an organisation's; a person's, a
// document's or an indefinite pronoun's is not.
func TestGroupDescription(t *testing.T) {
	for s, want := range map[string]bool{
		"La mairie de Lyon": true, "la police": true, "le nouveau gouvernement": true, "Le syndicat des pilotes": true,
		"le ministre": false, "Un militant présent à Nantes": false, "le communiqué du parti": false, "Paul": false,
		"une source proche du dossier": false, "une étude": false, "la loi travail": false,
	} {
		if got := GroupDescription(s); got != want {
			t.Errorf("GroupDescription(%q) = %v, want %v", s, got, want)
		}
	}
}

// A description headed by a noun of a document, a text of law or a finding is a document's, whatever
// its complement names; a person's or a group's is not, nor a lone word.
func TestDocumentDescription(t *testing.T) {
	for s, want := range map[string]bool{
		"le communiqué de l'Élysée": true, "Ces déclarations": true, "l’avis de la plus haute autorité administrative": true,
		"Les conclusions de l'audit": true, "le dernier rapport": true, "la loi travail": true, "un tweet 🐦 de Zoé Périé\u0301": true,
		"le ministre": false, "la mairie de Lyon": false, "le porte-parole du gouvernement": false, "Communiqué": false,
		"Amnesty International": false,
	} {
		if got := DocumentDescription(s); got != want {
			t.Errorf("DocumentDescription(%q) = %v, want %v", s, got, want)
		}
	}
}
