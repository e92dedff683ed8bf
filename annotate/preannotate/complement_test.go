package preannotate

import "testing"

// A place or a body named in the speaker's words as a complement is not the speaker: the person the
// words name is ("Marc Delorme, premier vice-président du Gabon"), a person named after a title is the
// one it describes, a body's description is an organisation, and an office that another complement
// picks out ("le ministre iranien des Transports") is nobody named before it.
func TestSpeakerIsNotTheComplement(t *testing.T) {
	for _, c := range []struct {
		text, speaker, label, entity string // entity "" for none
	}{
		{"Marc Delorme , premier vice-président du Gabon a réagi vivement : « C'est une ingérence inacceptable dans nos affaires. »",
			"Marc Delorme", "PER", "Marc Delorme"},
		{"La réforme divise. Le ministre de la Santé Jean Dupont a déclaré que « les hôpitaux recevront des moyens supplémentaires dès janvier ».",
			"Jean Dupont", "PER", "Jean Dupont"},
		{"La mairie de Lyon a annoncé que « les écoles resteront fermées jusqu'à lundi prochain ».",
			"mairie de Lyon", "ORG", "mairie de Lyon"}, // the recogniser's name of the body
		{"La gendarmerie du Calvados a indiqué que « la circulation restera coupée jusqu'à nouvel ordre ».",
			"La gendarmerie du Calvados", "ORG", ""},
		{"Jean Dupont a ouvert la séance. Le ministre iranien des Transports a déclaré que « les commandes d'avions seront honorées cette année ».",
			"Le ministre iranien des Transports", "PER", ""},
		{"Jean Dupont a démissionné mardi. Un proche de Jean Dupont a confié que « la décision était prise depuis des semaines ».",
			"Un proche de Jean Dupont", "PER", ""},
	} {
		res, m, ok := soleSpeaker(t, c.text)
		if !ok {
			continue
		}
		name := ""
		if m.Entity >= 0 {
			name = res.Entities[m.Entity].Names["fr"]
		}
		if got := c.text[m.Start:m.End]; got != c.speaker || m.Label != c.label || name != c.entity {
			t.Errorf("%q: speaker %q %s of %q, want %q %s of %q", c.text, got, m.Label, name, c.speaker, c.label, c.entity)
		}
		if m.Label == "LOC" {
			t.Errorf("%q: the quotation is the place's", c.text)
		}
	}
}

// A person described by an office or a former membership of a place, a body or a party speaks as that
// description, a PER mention of no entity, never as the place or the organisation its complement names
// (issue 3: "Royaume-Uni" spoke for "L'ancien du Parti pour l'indépendance du Royaume-Uni").
func TestPersonDescriptionIsNotItsPlace(t *testing.T) {
	for _, c := range []struct{ text, speaker string }{
		{"L'ancien du Parti pour l'indépendance du Royaume-Uni a indiqué que les politiciens devaient « ressentir la pression » des eurosceptiques.",
			"L'ancien du Parti pour l'indépendance du Royaume-Uni"},
		{"La présidente de la région Île-de-France a estimé que la ligne était « une priorité absolue ».",
			"La présidente de la région Île-de-France"},
		{"«\u00a0La ligne est une priorité 🚆\u00a0», a estimé la présidente de la région Île-de-France.",
			"la présidente de la région Île-de-France"},
		{"Le secrétaire général du parti Les Républicains a jugé que la réforme était « mal conçue ».",
			"Le secrétaire général du parti Les Républicains"},
		{"« Il faut agir vite », estime l'ancien président du Parti socialiste.", "l'ancien président du Parti socialiste"},
		{"Le patron de l'ONU a averti : « Le temps presse. »", "Le patron de l'ONU"},
		{"Selon le porte-parole du groupe Wagner, les combattants sont « épuisés ».", "le porte-parole du groupe Wagner"},
		{"« Nous sommes prêts », affirme le porte-parole de la province du Québec.", "le porte-parole de la province du Québec"},
	} {
		_, m, ok := soleSpeaker(t, c.text)
		if !ok {
			continue
		}
		if got := c.text[m.Start:m.End]; got != c.speaker || m.Label != "PER" || m.Entity >= 0 {
			t.Errorf("%q: speaker %q %s of entity %d, want %q PER of none", c.text, got, m.Label, m.Entity, c.speaker)
		}
	}
}

// A bare English country name that speaks in French text is a person's given name ("raconte Chad"); a
// French country name with its article stands for the country ("le Tchad a déclaré"), and stays a place.
func TestCountryNamedSpeakers(t *testing.T) {
	for _, c := range []struct{ text, speaker, label string }{
		{"Le garçon a été mordu à la jambe. « J'ai crié pour que tout le monde sorte de l'eau », raconte Chad.", "Chad", "PER"},
		{"« Je n'avais jamais vu un tel orage de ma vie », explique Jordan, qui habite près du lac.", "Jordan", "PER"},
		{"Le Tchad a affirmé mardi que « la frontière restera fermée jusqu'à nouvel ordre ».", "Tchad", "LOC"},
		{"« Nous ne céderons pas aux menaces », a déclaré la Jordanie dans un communiqué.", "Jordanie", "LOC"},
	} {
		_, m, ok := soleSpeaker(t, c.text)
		if !ok {
			continue
		}
		if got := c.text[m.Start:m.End]; got != c.speaker || m.Label != c.label {
			t.Errorf("%q: speaker %q %s, want %q %s", c.text, got, m.Label, c.speaker, c.label)
		}
	}
}

// soleSpeaker pre-annotates text, which must give one quotation with a speaker, and returns the
// result and the speaker's mention; ok is false, with the test marked failed, when it does not.
func soleSpeaker(t *testing.T, text string) (res *Result, m Mention, ok bool) {
	t.Helper()
	res, err := Text(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Quotes) != 1 || res.Quotes[0].Speaker < 0 {
		t.Errorf("%q: quotes %+v, want one with a speaker", text, res.Quotes)
		return res, Mention{}, false
	}
	return res, res.Mentions[res.Quotes[0].Speaker], true
}
