package quotes

import "sync"

// personNouns head descriptions that can speak when no reporting verb ties them to a quote: people by
// office, trade, role or kin (people), groups and institutions, and documents that "say" (groups).
var personNouns = union(people, groups)

func union(a, b map[string]bool) map[string]bool {
	m := make(map[string]bool, len(a)+len(b))
	for w := range a {
		m[w] = true
	}
	for w := range b {
		m[w] = true
	}
	return m
}

// people are nouns of persons by office, trade, role or kin.
var people = set(`
ministre ministres président présidente présidents premier première chef cheffe chefs leader leaders porte-parole
secrétaire directeur directrice directeurs dirigeant dirigeante dirigeants responsable responsables
pdg patron patronne patrons gérant gérante fondateur fondatrice député députée députés sénateur
sénatrice sénateurs maire maires élu élue élus conseiller conseillère conseillers ambassadeur
ambassadrice diplomate diplomates juge juges procureur procureure avocat avocate avocats magistrat
témoin témoins expert experte experts analyste analystes spécialiste chercheur chercheuse chercheurs
professeur professeure médecin médecins docteur infirmier infirmière policier policière policiers
gendarme gendarmes officier officiers soldat soldats militaire militaires général colonel commandant
capitaine lieutenant sergent enquêteur enquêteurs agent agents inspecteur préfet préfète gouverneur
roi reine prince princesse empereur pape évêque archevêque cardinal prêtre curé imam rabbin pasteur
candidat candidate candidats militant militante militants manifestant manifestants syndicaliste
syndicalistes opposant opposants rebelle rebelles insurgés combattant combattants habitant habitante
habitants résident riverain riverains victime victimes survivant survivante proche proches famille
père mère fils fille frère sœur mari femme époux épouse veuve oncle tante grand-mère grand-père
homme hommes enfant enfants garçon jeune jeunes vieux vieille vieillard ami amie amis voisin voisine
collègue collègues interlocuteur négociateur médiateur auteur auteure écrivain écrivaine romancier
journaliste journalistes reporter correspondant correspondante éditorialiste chroniqueur
présentateur animateur commentateur entraîneur entraineur sélectionneur joueur joueuse joueurs
joueuses athlète coureur pilote capitaine arbitre supporter supporters coach artiste chanteur
chanteuse acteur actrice réalisateur comédien comédienne musicien cinéaste photographe architecte
ingénieur économiste historien historienne politologue sociologue philosophe scientifique
étudiant étudiante étudiants élève élèves salarié salariés employé employée ouvrier ouvriers
agriculteur paysan commerçant chauffeur passager passagers touriste touristes réfugié réfugiés
migrant migrants détenu détenus prisonnier otage otages suspect accusé accusée prévenu
représentant représentante représentants délégué déléguée délégation envoyé envoyée émissaire
observateur observateurs inspecteurs membre membres partisan partisans sympathisants fan fans
servante serviteur domestique valet bonne nourrice postillon cocher paysanne abbé marquis marquise
comte comtesse duc duchesse baron baronne chevalier dame demoiselle inconnu inconnue étranger
étrangère gamin gamine bambin maître maîtresse hôte hôtesse aubergiste meunier meunière fermier
fermière sentinelle garde gardien gardienne concierge portier voyageur voyageuse compagnon compagne
camarade cousin cousine neveu nièce petite-fille petit-fils bru gendre belle-mère beau-père
malade blessé mourant vieil docteur chirurgien notaire marchand marchande ouvrière jeune-homme
juriste juristes pénaliste urgentiste bénévole bénévoles commissaire bâtonnier bâtonnière trésorier trésorière
pompier pompiers sapeur-pompier sapeurs-pompiers secouriste secouristes vacancier vacancière estivant estivante
coordinateur coordinatrice animatrice présentatrice
infectiologue épidémiologiste virologue pédiatre psychiatre psychologue pharmacien pharmacienne`)

// groups are nouns of groups, institutions and documents.
var groups = set(`cabinet ministère gouvernement présidence administration ministres état-major armée police
gendarmerie justice parquet tribunal cour mairie préfecture ambassade consulat parlement assemblée
sénat conseil commission comité bureau direction service services agence office institut
organisation association ong fédération ligue syndicat syndicats parti partis mouvement groupe
entreprise société compagnie firme banque club équipe organisateurs organisateur autorités autorité
opposition majorité coalition alliance union régime pays état états nation
communiqué communiqués texte règlement loi décret traité charte arrêt jugement avis étude déclaration rapport lettre courrier message note document résolution
journal quotidien hebdomadaire magazine émission chaîne radio télévision site média médias presse
source sources porte-paroles
`)

// headModifiers may stand between a determiner and the head noun of a person description.
var headModifiers = set(`ancien ancienne anciens nouveau nouvel nouvelle nouveaux futur future actuel
actuelle jeune vieux vieil vieille grand grande petit petite haut haute seul seule autre autres même mêmes
deux trois quatre plusieurs nombreux premier première dernier dernière principal principale
porte-parole vice-président vice-présidente`)

// timeWords make a noun phrase a date or a time.
var timeWords = set(`janvier février mars avril mai juin juillet août septembre octobre novembre
décembre lundi mardi mercredi jeudi vendredi samedi dimanche hier aujourd'hui demain`)

// timeHeads make a noun phrase a time when they head it ("cette année", "le lendemain", not "une femme
// de trente ans").
var timeHeads = set(`heure heures minute minutes semaine semaines mois an ans année années siècle
veille lendemain matin soir nuit jour jours fois instant moment époque printemps été automne hiver
week-end week-ends weekend journée journées soirée matinée trimestre décennie`)

// fillers are word sequences that may stand between a verb and its inverted subject or between an
// auxiliary and its participle ("complète pour sa part le ministre", "a de son côté déclaré").
var fillers = [][]string{
	{"pour", "sa", "part"}, {"pour", "leur", "part"}, {"pour", "ma", "part"}, {"pour", "notre", "part"},
	{"de", "son", "côté"}, {"de", "leur", "côté"}, {"de", "mon", "côté"}, {"de", "notre", "côté"},
	{"quant", "à", "lui"}, {"quant", "à", "elle"}, {"quant", "à", "eux"}, {"quant", "à", "elles"},
	{"lui", "aussi"}, {"elle", "aussi"}, {"eux", "aussi"}, {"elles", "aussi"},
	{"avant", "lui"}, {"avant", "elle"}, {"avant", "eux"}, {"avant", "elles"}, {"après", "lui"}, {"après", "elle"}, {"après", "eux"}, {"après", "elles"},
	{"à", "son", "tour"}, {"à", "leur", "tour"}, {"à", "nouveau"}, {"de", "nouveau"},
	{"une", "nouvelle", "fois"}, {"encore", "une", "fois"}, {"une", "fois", "de", "plus"},
	{"par", "ailleurs"}, {"par", "exemple"}, {"en", "outre"}, {"en", "effet"}, {"d'", "ailleurs"}, {"plus", "tard"},
	{"ce", "matin"}, {"ce", "soir"}, {"cette", "semaine"}, {"peu", "après"}, {"dans", "la", "foulée"},
	{"aujourd'hui"}, {"hier"}, {"lundi"}, {"mardi"}, {"mercredi"}, {"jeudi"}, {"vendredi"}, {"samedi"},
	{"dimanche"}, {"pas"}, {"jamais"}, {"toutefois"}, {"néanmoins"}, {"cependant"}, {"pourtant"},
	{"d'", "emblée"}, {"d'", "entrée", "de", "jeu"}, {"d'", "abord"}, {"tout", "d'", "abord"}, {"par", "la", "suite"}, {"dans", "un", "premier", "temps"}, {"ensuite"}, {"enfin"}, {"aussi"}, {"encore"}, {"ainsi"}, {"donc"}, {"alors"},
	{"également"}, {"déjà"}, {"même"}, {"bien"}, {"plutôt"}, {"surtout"}, {"notamment"}, {"tout"},
	{"il", "y", "a", "quelques", "jours"}, {"il", "y", "a", "quelques", "semaines"}, {"il", "y", "a", "quelques", "mois"},
	{"désormais"}, {"maintenant"}, {"dorénavant"}, {"à", "présent"}, {"en", "quelque", "sorte"}, {"un", "jour"}, {"ce", "jour-là"}, {"à", "l'époque"}, {"il", "y", "a", "peu"}, {"il", "y", "a", "longtemps"}, {"depuis", "longtemps"}, {"à", "plusieurs", "reprises"},
}

// skipFillers returns the index after the adverbs and filler phrases starting at toks[k], at most
// three of them.
func skipFillers(toks []tok, k int) int {
	for n := 0; n < 3 && k < len(toks); n++ {
		next := k
		if toks[k].word && isAdverb(toks[k].low) {
			next = k + 1
		} else {
			next = matchFiller(toks, k)
		}
		if next == k {
			return k
		}
		k = next
		if k < len(toks) && toks[k].text == "," && k+1 < len(toks) { // "a, pour sa part, déclaré"
			k++
		}
	}
	return k
}

// skipFillersLeft returns the index of the last token before the adverbs and filler phrases ending at
// toks[j], at most three of them.
func skipFillersLeft(toks []tok, j int) int {
	for n := 0; n < 3 && j >= 0; n++ {
		if toks[j].text == "," {
			j--
			if j < 0 {
				return j
			}
		}
		prev := j
		if toks[j].word && isAdverb(toks[j].low) || stressedBetweenCommas(toks, j) {
			prev = j - 1
		} else {
			for _, f := range fillersByLast()[toks[j].low] {
				if s := j - len(f) + 1; s >= 0 && matchOne(toks, s, f) {
					prev = s - 1
					break
				}
			}
		}
		if prev == j {
			if j+1 < len(toks) && toks[j+1].text == "," {
				return j + 1
			}
			return j
		}
		j = prev
	}
	return j
}

// matchFiller returns the index after a filler phrase starting at toks[k], or k.
func matchFiller(toks []tok, k int) int {
	for _, f := range fillersByFirst()[toks[k].low] {
		if matchOne(toks, k, f) {
			return k + len(f)
		}
	}
	if stressedBetweenCommas(toks, k) {
		return k + 1
	}
	return k
}

// stressedBetweenCommas reports whether toks[k] is a stressed pronoun set between commas, which
// contrasts the subject with another and may stand between an auxiliary and its participle: "Le
// maire a, lui, dénoncé".
func stressedBetweenCommas(toks []tok, k int) bool {
	return k > 0 && k+1 < len(toks) && contrastPronouns[toks[k].low] && toks[k-1].text == "," && toks[k+1].text == ","
}

// contrastPronouns are the stressed pronouns set between commas after a subject.
var contrastPronouns = set("lui elle eux elles")

// fillersByFirst and fillersByLast index the fillers by their first and last words; built once.
var (
	fillersByFirst = sync.OnceValue(func() map[string][][]string { return indexFillers(0) })
	fillersByLast  = sync.OnceValue(func() map[string][][]string { return indexFillers(-1) })
)

func indexFillers(at int) map[string][][]string {
	m := map[string][][]string{}
	for _, f := range fillers {
		w := f[0]
		if at < 0 {
			w = f[len(f)-1]
		}
		m[w] = append(m[w], f)
	}
	return m
}

// matchOne reports whether the words of f start at toks[k].
func matchOne(toks []tok, k int, f []string) bool {
	if k+len(f) > len(toks) {
		return false
	}
	for i, w := range f {
		if !toks[k+i].word || toks[k+i].low != w {
			return false
		}
	}
	return true
}

// openingAdjectives are adjectives that open a noun phrase without a determiner at a sentence's start
// ("Dernier coup de pression avant le Salon : …", "Nouvelle journée de grève"): capitalised alone,
// they are no name.
var openingAdjectives = set("dernier dernière derniers dernières premier première premiers premières nouveau nouvel nouvelle nouveaux nouvelles seul seule seuls seules")
