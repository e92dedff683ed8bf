package plaintext

import "regexp"

// bylineRE matches a byline or a publication date line, which a news article puts under its headline
// or at its end: "Par Jean Dupont", "par Luc Leroux, correspondant à Marseille", "Propos recueillis
// par…", "De notre envoyée spéciale à Kiev", "Publié le 12 mars 2024 à 10h30", "Mis à jour le…".
// Short and without final punctuation, such a line looks like a heading to the segmenter; it is none.
var bylineRE = regexp.MustCompile(`^(?:(?:[Pp]ar|PAR|[Pp]ropos recueillis par|[Dd]e (?:notre|nos) (?:envoyée?s?|correspondante?s?)(?: spéciale?s?| permanente?s?)?(?: à| au| aux| en)?) \p{Lu}|` +
	`(?:[Pp]ubli[ée]e?|PUBLIÉ|[Mm]is à jour|[Mm]ise à jour|MIS À JOUR|[Mm]odifié|[Aa]ctualisé)(?: le)? \d)`)

// byline reports whether a line is a byline or a date line.
func byline(line string) bool {
	return len(line) <= 200 && bylineRE.MatchString(line)
}
