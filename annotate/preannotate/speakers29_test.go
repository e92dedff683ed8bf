package preannotate

import "testing"

// speakerCase is a quotation and the name of the entity its speaker should resolve to ("" when the
// text never names that speaker).
type speakerCase struct{ name, text, quote, want string }

func checkSpeakerNames(t *testing.T, tests []speakerCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Text(tt.text, Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := "(no quote)"
			for _, q := range r.Quotes {
				if tt.text[q.Start:q.End] != tt.quote {
					continue
				}
				got = ""
				if q.Speaker >= 0 && r.Mentions[q.Speaker].Entity >= 0 {
					got = r.Entities[r.Mentions[q.Speaker].Entity].Names["fr"]
				}
			}
			if got != tt.want {
				t.Errorf("%s spoken by %q, want %q", tt.quote, got, tt.want)
			}
		})
	}
}

// TestGivenNameOverTitleWords: a man's given name tells his gender over the words before one of his
// mentions, which are not always his title ("la mère de Pascal Durand", "de la droite Paul Roux"), so
// that "elle" is not given to him.
func TestGivenNameOverTitleWords(t *testing.T) {
	checkSpeakerNames(t, []speakerCase{
		{"a kinswoman named by her tie to a man",
			"Le drame a eu lieu lundi. La mère de Pascal Durand a confirmé les faits. « Mon fils était malade 😀 », ajoute-t-elle.",
			"« Mon fils était malade 😀 »", ""},
		{"a feminine complement before a man's name",
			"Le candidat de la droite Paul Roux était à Lyon. « Nous gagnerons 😀 », a-t-elle lancé.",
			"« Nous gagnerons 😀 »", ""},
		{"his given name still lets il find him",
			"La fille de Jean Martin témoigne. Jean Martin, lui, se tait. « Je n'ai rien à dire 😀 », a-t-il lâché.",
			"« Je n'ai rien à dire 😀 »", "Jean Martin"},
	})
}

// TestDescriptionGenderAgrees: a description speaker shows a gender by its determiner or its noun
// ("la directrice", "le président du club", "l'ancienne présidente"), and refers to no person of the other gender,
// be it the previous quotation's speaker; it still goes on with a speaker of its gender.
func TestDescriptionGenderAgrees(t *testing.T) {
	checkSpeakerNames(t, []speakerCase{
		{"la directrice after a man's quotation",
			"Le maire Jean Dupont a inauguré l'école. « C'est un grand jour », a-t-il dit. « Nous attendions ce moment 😀 », a déclaré la directrice de l'établissement.",
			"« Nous attendions ce moment 😀 »", ""},
		{"le président du club after a woman's quotation",
			"La maire Martine Aubry hausse le ton : « Nous ne céderons rien. » Le président du club reste confiant : « Nous allons gagner 😀. »",
			"« Nous allons gagner 😀. »", ""},
		{"an elided feminine noun",
			"Le prévenu Paul Roux a nié. « Je n'y étais pas », a-t-il dit. L'ancienne présidente de l'association a répliqué : « Les preuves sont là 😀. »",
			"« Les preuves sont là 😀. »", ""},
		{"a masculine title with its capital may be a woman's office",
			"Zoé Martin a parlé d'un choc. « Ils seront punis », a-t-elle dit. « Nous les traquerons 😀 », a déclaré le Président.",
			"« Nous les traquerons 😀 »", "Zoé Martin"},
		{"la ministre after a woman's quotation is still she",
			"La ministre Amélie Roux a présenté le budget. « Il est sincère », a-t-elle dit. « Nous tiendrons nos promesses 😀 », a ajouté la ministre.",
			"« Nous tiendrons nos promesses 😀 »", "Amélie Roux"},
	})
}

// TestDescriptionOfAnotherOffice: a description naming an office ("le préfet", "la présidente de la
// région") is not a person the text gave another office ("le ministre de l'Économie Bruno Le Maire",
// "Élisabeth Borne, ministre"), be it the last speaker or the most salient person; it is still the
// person given that office, or one given none.
func TestDescriptionOfAnotherOffice(t *testing.T) {
	checkSpeakerNames(t, []speakerCase{
		{"le préfet after the minister's quotation",
			"Le ministre de l'Intérieur Paul Roux était à Lyon. « Nous serons fermes », a-t-il dit. Le préfet a tranché : « La fête est annulée 😀. »",
			"« La fête est annulée 😀. »", ""},
		{"la présidente de la région, a minister named before",
			"Élisabeth Borne, ministre des Transports, a présenté le budget. La présidente de la région a déclaré qu'elle refuserait « tout nouveau transfert 😀 ».",
			"« tout nouveau transfert 😀 »", ""},
		{"la ministre after the mayor's quotation",
			"La maire de Lille Martine Aubry hausse le ton : « Nous ne céderons rien. » Sur ce point, la ministre est catégorique : « Aucun lit ne sera fermé 😀. »",
			"« Aucun lit ne sera fermé 😀. »", ""},
		{"le ministre is still the minister",
			"Le ministre de l'Économie Paul Roux a réuni les banques. « Elles paieront », a-t-il dit. Le ministre se montre moins conciliant avec les assureurs : « Ils devront payer 😀. »",
			"« Ils devront payer 😀. »", "Paul Roux"},
		{"and a person given no office may be it",
			"Paul Roux a réuni les banques. « Elles paieront », a-t-il dit. Le ministre se montre moins conciliant : « Ils devront payer 😀. »",
			"« Ils devront payer 😀. »", "Paul Roux"},
	})
}

// TestRoles: the office a description's head names, over a modifier; the offices written before a
// name (over its complement and one adjective) or in an apposition after it.
func TestRoles(t *testing.T) {
	for desc, want := range map[string]string{
		"le préfet de police": "prefet", "l'ancienne ministre": "ministre", "le Premier ministre": "ministre",
		"la présidente de la région": "president", "le chef de l'État": "", "la directrice": "directeur",
	} {
		if got := descriptionRole(desc); got != want {
			t.Errorf("descriptionRole(%q) = %q, want %q", desc, got, want)
		}
	}
	for before, want := range map[string]string{
		"Hier, le ministre de l'Économie ": "ministre", "le président américain ": "president",
		"Le ministre a reçu ": "", "la maire de Lille ": "maire", "« Le maire ». Hier, ": "",
		"Un des fils de ": "", "L'avocate d'": "",
	} {
		if got := roleBefore(before); got != want {
			t.Errorf("roleBefore(%q) = %q, want %q", before, got, want)
		}
	}
	if got := roleAfter(", ministre de l'Économie, a dit"); got != "ministre" {
		t.Errorf("roleAfter = %q, want ministre", got)
	}
}

// TestPronounAfterDescriptionOfAnotherOffice: a pronoun speaking after a description kept from the
// person named before it by its office stands for that description, and names no one either, until a
// person of its gender is named between them.
func TestPronounAfterDescriptionOfAnotherOffice(t *testing.T) {
	checkSpeakerNames(t, []speakerCase{
		{"a-t-elle prévenu after la présidente de la région",
			"Élisabeth Borne, ministre des Transports, a présenté le budget. La présidente de la région a déclaré qu'elle refuserait « tout nouveau transfert ». « Nous ne paierons pas 😀 », a-t-elle prévenu.",
			"« Nous ne paierons pas 😀 »", ""},
		{"a woman named in between is she",
			"Élisabeth Borne, ministre des Transports, a présenté le budget. La présidente de la région a déclaré qu'elle refuserait « tout nouveau transfert ». Marie Durand a répondu. « Nous paierons 😀 », a-t-elle assuré.",
			"« Nous paierons 😀 »", "Marie Durand"},
	})
}

// TestPluralPronounNamesNoPerson: "ils" or "elles" speaking is a group, never one person named before
// (the union's spokesman, the player), unless the text named a pair ("Thierry et Véronique Roy"); and
// a description speaking after the group is not taken for the speaker before it.
func TestPluralPronounNamesNoPerson(t *testing.T) {
	checkSpeakerNames(t, []speakerCase{
		{"the strikers after their union's spokesman",
			"« L'usine est rentable », selon Paul Durand, de la CGT. Les grévistes réclament un plan social qu'ils qualifient de « dernier recours 😀 ».",
			"« dernier recours 😀 »", ""},
		{"a pair named as one (either of its names)",
			"Thierry et Véronique Roy ont écrit au maire. Ils dénoncent son « immobilisme 😀 ».",
			"« immobilisme 😀 »", "Thierry"},
		{"a description after the group's quotation",
			"Le joueur Paul Durand a nié. « C'est faux », a-t-il dit. Marie Roux l'accuse. « Il ment », a-t-elle dit. Ses avocats ont qualifié ces accusations de « calomnies ». « Nous irons en justice », ont-ils ajouté. Le joueur demanderait des « dommages 😀 ».",
			"« dommages 😀 »", "Paul Durand"},
	})
}

// TestOneOfAGroup: "l'un d'eux", "l'une des femmes", "l'un des avocats" speaking is someone the text
// has not named, not the last speaker nor the most salient person; a name right before it, set off by
// a comma, is that person ("Mario Durand, l'un de ses avocats").
func TestOneOfAGroup(t *testing.T) {
	checkSpeakerNames(t, []speakerCase{
		{"l'une des femmes after the senator's quotation",
			"Le sénateur Paul Durand a été interpellé. « Je vote oui », a-t-il dit. « Regardez-moi 😀 », lance l'une des femmes.",
			"« Regardez-moi 😀 »", ""},
		{"L'un d'entre eux",
			"Le procureur Jean Martin a requis vingt ans. Les enfants de la victime étaient là. L'un d'entre eux se dit « soulagé 😀 ».",
			"« soulagé 😀 »", ""},
		{"a name before it",
			"« Il y a eu des tirs », selon Mario Durand, l'un de ses avocats, qui précise que « la voiture est criblée 😀 ».",
			"« la voiture est criblée 😀 »", "Mario Durand"},
	})
}

// TestFamilyTiesAreOffices: a family tie or a part in a trial is an office as roles.go reads them:
// "sa mère" is not the woman the text called his sister, "l'avocate de la partie civile" not the
// accused; a description of the same tie still is that person.
func TestFamilyTiesAreOffices(t *testing.T) {
	checkSpeakerNames(t, []speakerCase{
		{"sa mère after the sister's quotation",
			"Pascal Durand est en fuite. « Il a tout pris », a dit Lydie Durand, la sœur du suspect. Sa mère a confié qu'il était « malade depuis trois ans 😀 ».",
			"« malade depuis trois ans 😀 »", ""},
		{"l'avocate de la partie civile after the accused",
			"L'accusée Marie Roux a nié. « Je n'y étais pas », a-t-elle dit. L'avocate de la partie civile a dénoncé « un mensonge 😀 ».",
			"« un mensonge 😀 »", ""},
		{"la sœur du suspect is still the sister",
			"Pascal Durand est en fuite. « Il a tout pris », a dit Lydie Durand, la sœur du suspect. La sœur du suspect a ajouté qu'il était « malade 😀 ».",
			"« malade 😀 »", "Lydie Durand"},
	})
}
