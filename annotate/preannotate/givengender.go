package preannotate

import "strings"

// Given names that tell a person's gender where no title does: "Jean-Luc Mélenchon" is a man, so
// "a-t-elle prévenu" is not his. Only names borne almost always by one sex in the French-speaking
// press are listed: Dominique, Claude, Camille, Andrea (a man's name in Italy), Sacha, Alix, Maxime's
// rare feminine, Jo, Kim and the like are left out, and so is every initial.
var (
	masculineNames = strings.Fields(`
aaron abdel abdelaziz abdelkader abdou abdoulaye adam adrien ahmed alassane albert alexandre
alexis alfred ali alain antoine anthony antonio armand arnaud arthur augustin aurélien axel baptiste
barack bashar basile benjamin benoît bernard bertrand boris boualem bruno carlos cédric charles
christian christophe clément cyril damien daniel david denis didier dimitri donald édouard emmanuel
éric ernest étienne eugène fabien fabrice félix fernand florent francis franck françois frédéric
gabriel gaël georges gérald gérard gilbert gilles grégoire grégory guillaume gustave guy hamid
henri hervé hugo hugues ibrahim ismaël jacques jacob jean jérémie jérôme joachim joe joël john
jordan josé joseph julien justin karim kevin khaled laurent léon léonard lionel louis luc lucas
ludovic mahmoud manuel marc marcel mario mark martin mathieu matthieu maurice max maxime mehdi michel
mickaël mohamed mohammed moussa nabil narendra nicolas noël olivier omar oscar pascal patrice
patrick paul peter philippe pierre rachid raphaël raymond rémi renaud rené richard robert roger
romain ronan samuel sébastien serge sergueï simon stéphane sylvain thibault thierry thomas tony
valentin valéry victor vincent vladimir walter william xavier yann yannick yves youssef`)
	feminineNames = strings.Fields(`
agnès aïcha alice aline amandine amélie anaïs angela angèle anne anne-marie annie audrey aurélie
aurore barbara béatrice bénédicte brigitte carole caroline catherine cécile céline chantal charlotte
chloé christiane christine claire clara claudine clémence colette corinne danielle delphine denise
diane élisabeth élise élodie émilie emma emmanuelle estelle éva fabienne fanny fatima
fatou florence françoise frédérique gabrielle geneviève ginette hélène hillary inès irène isabelle
jacqueline jeanne jeannine joëlle josiane josette julia julie juliette justine karine kamala
laetitia laura laure laurence léa liliane lina lise louise lucie lydie madeleine magali manon
margaux marguerite maria marianne marie marie-christine marie-france marie-hélène marie-laure
marine marion marisol marlène marthe martine mathilde maud michèle micheline mireille monique
muriel myriam nadia nadine nathalie nicole noémie océane odile pascale patricia paulette pauline
pénélope rachida raymonde rebecca régine rose sabine sabrina samia sandrine sarah ségolène sophie
stéphanie suzanne sylvie théa thérèse ursula valérie véronique virginie viviane yasmina yvette yvonne
zoé`)
	givenNameGenders = func() map[string]gender {
		m := map[string]gender{}
		for _, n := range masculineNames {
			m[Fold(n)] = masculine
		}
		for _, n := range feminineNames {
			m[Fold(n)] = feminine
		}
		return m
	}()
)

// nameGender is the gender a person's name tells by its first word, a given name of the lists above;
// unknown for any other and for a name of one word ("Macron"). A compound given name takes its first
// part's, as French compounds do ("Jean-Marie", "Jean-Luc" a man, "Marie-José", "Anne-Laure" a
// woman), unless listed whole.
func nameGender(name string) gender {
	words := strings.Fields(name)
	if len(words) < 2 {
		return unknownGender
	}
	first := Fold(words[0])
	if g, ok := givenNameGenders[first]; ok {
		return g
	}
	if head, _, ok := strings.Cut(first, "-"); ok {
		return givenNameGenders[head]
	}
	return unknownGender
}
