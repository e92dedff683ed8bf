package ner

// civilities are the courtesy titles written out, as a nickname has them ("Monsieur Cinéma",
// "Madame Soleil"); news writes a person's own title short ("M. Fillon", "Mme Sturgeon").
var civilities = map[string]bool{"monsieur": true, "madame": true, "mademoiselle": true}

// titledNicknames gives back its title to a person's mention of one common word (one the training text
// writes in lower case) after a civility written out: "Monsieur Cinéma" is Pierre Tchernia's nickname,
// title and all, as the training data tags it, where trimCapitalised, which leaves titles out of
// names ("Monsieur Puigdemont" is "Puigdemont"), had left a common noun alone for a person: "Cinéma".
func (m *Model) titledNicknames(d *docInfo, mentions []Mention) {
	for i, mn := range mentions {
		k := mentionTokens(d, mn)
		if mn.Label != "PER" || k[1]-k[0] != 1 || k[0] == 0 || !civilities[d.lower[k[0]-1]] {
			continue
		}
		if i > 0 && mentions[i-1].End > d.toks[k[0]-1].start {
			continue // the title ends a mention before
		}
		if m.lowerInTraining(d.fold[k[0]]) {
			mentions[i].Start = d.toks[k[0]-1].start
		}
	}
}
