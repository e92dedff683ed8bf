package quotes

import "strings"

// chargeNamed reports whether the tokens before a « … » name it as a charge, the legal qualification
// of a case: pour after an inquiry or a prosecution ("une enquête pour « homicide involontaire »",
// "mis en examen pour « recel »", "inculpé pour « … »") or after a complaint against persons unknown
// ("une plainte contre X pour « … »"). The words are the law's, quoted as a name, not anyone's speech:
// the annotated news leaves them out. A complaint against someone named ("menacent de porter plainte
// contre le maire pour « non-assistance à personne en danger »") is the plaintiffs' accusation, in
// their words, and an incise right after the charge (« … », a annoncé le parquet) quotes its source:
// both stay quotations, as the development sets have them.
func chargeNamed(prev []tok) bool {
	n := len(prev)
	if n < 2 || prev[n-1].low != "pour" {
		return false
	}
	for k := n - 2; k >= 0 && k >= n-6; k-- {
		w := prev[k].low
		if !prev[k].word || w == "«»" {
			return false
		}
		if chargeWords[w] || strings.HasPrefix(w, "poursuivi") || strings.HasPrefix(w, "inculpé") || strings.HasPrefix(w, "condamné") || strings.HasPrefix(w, "écroué") {
			return true
		}
		if w == "x" && k > 0 && prev[k-1].low == "contre" { // "plainte contre X pour"
			return true
		}
	}
	return false
}

// chargeWords are the nouns of a case opened or a person prosecuted for a charge.
var chargeWords = set("enquête enquêtes examen information procédure procédures instruction")
