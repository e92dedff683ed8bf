package quotes

import (
	"strings"
	"sync"
)

// Reporting verbs by conjugation pattern. Each entry of erVerbs is a first-group infinitive; the other
// lists give irregular verbs' forms explicitly. Only forms that introduce or attribute speech are
// generated: present, imperfect, simple past, future (third and first persons), past participle and
// present participle.
var erVerbs = []string{
	"déclarer", "affirmer", "souligner", "ajouter", "indiquer", "expliquer", "estimer", "annoncer",
	"marteler", "relater", "rajouter", "confier", "lancer", "préciser", "assurer", "insister",
	"s'exclamer", "demander", "murmurer", "crier", "s'écrier", "répliquer", "raconter", "confirmer",
	"rappeler", "noter", "observer", "remarquer", "commenter", "résumer", "ironiser", "protester",
	"objecter", "rétorquer", "répéter", "chuchoter", "soupirer", "hurler", "gronder", "grogner",
	"bégayer", "balbutier", "bredouiller", "continuer", "questionner", "interroger", "supplier",
	"ordonner", "conseiller", "évoquer", "dénoncer", "regretter", "plaider", "témoigner", "révéler",
	"souffler", "glisser", "lâcher", "tonner", "s'emporter", "penser", "songer", "certifier",
	"jurer", "avouer", "exposer", "proclamer", "déplorer", "juger", "considérer", "qualifier",
	"s'inquiéter", "s'interroger", "s'étonner", "se féliciter", "réclamer", "hasarder",
	"risquer", "articuler", "prononcer", "s'excuser", "avancer", "raisonner", "railler", "exploser",
	"trancher", "sangloter", "nier", "déclamer", "scander", "clamer",
	"bougonner", "grommeler", "marmonner", "conter", "narrer", "signaler", "détailler",
	"reprocher", "accuser", "constater", "fustiger",
}

// irregular maps an infinitive to its speech-reporting forms.
var irregular = map[string]string{
	"dire":        "dit dis disent disait disaient disais dirent dira diront disant dire",
	"redire":      "redit redis redisent redisait redirent redisant",
	"répondre":    "répond réponds répondent répondit répondis répondirent répondait répondaient répondais répondu répondant répondra",
	"reprendre":   "reprend reprends reprennent reprit repris reprirent reprenait reprenaient reprenant",
	"poursuivre":  "poursuit poursuis poursuivent poursuivit poursuivi poursuivait poursuivant",
	"conclure":    "conclut conclus concluent conclu concluait concluant",
	"faire":       "fit fis firent",
	"écrire":      "écrit écris écrivent écrivit écrivait écrivant",
	"admettre":    "admet admets admettent admit admis admettait admettant",
	"promettre":   "promet promit promis promettait",
	"reconnaître": "reconnaît reconnait reconnut reconnu reconnaissait reconnaissant",
	"soutenir":    "soutient soutint soutenu soutenait soutenant",
	"interrompre": "interrompt interrompit interrompu interrompait interrompant",
	"démentir":    "dément démentit démenti démentait",
	"réagir":      "réagit réagi réagissait réagissant",
	"avertir":     "avertit averti avertissait avertissant",
	"rugir":       "rugit rugissait",
	"gémir":       "gémit gémissait gémissant",
	"prédire":     "prédit prédisait",
	"s'enquérir":  "enquit enquiert enquis",
	"convenir":    "convient convint convenu",
	"mentir":      "ment mentit menti",
	"renchérir":   "renchérit renchéri renchérissait",
	"prévenir":    "prévient prévint prévenu prévenait",
	"selon":       "selon",
}

// auxiliaries are the forms of avoir used in compound tenses ("a déclaré", "avait dit", "a-t-il dit").
var auxiliaries = map[string]bool{
	"a": true, "ont": true, "avait": true, "avaient": true, "eut": true, "aura": true, "ai": true,
	"avais": true, "avons": true, "avez": true, "aurait": true,
}

// lexicon maps a lower-case verb form to its infinitive; built once and never modified.
var lexicon = sync.OnceValue(buildLexicon)

func buildLexicon() map[string]string {
	m := make(map[string]string, 2048)
	for _, inf := range erVerbs {
		for _, f := range erForms(inf) {
			if _, ok := m[f]; !ok { // the first verb listed wins: "interroger" before "s'interroger"
				m[f] = inf
			}
		}
	}
	for inf, forms := range irregular {
		for _, f := range strings.Fields(forms) {
			m[f] = inf
		}
	}
	return m
}

// erForms conjugates a first-group verb, reflexive pronoun and spelling changes included (ç/ge before
// a, è in "répète"/"martèle", doubled l in "rappelle").
func erForms(inf string) []string {
	inf = strings.TrimPrefix(strings.TrimPrefix(inf, "s'"), "se ")
	stem := strings.TrimSuffix(inf, "er")
	hard := stem // before a/o
	switch {
	case strings.HasSuffix(stem, "c"):
		hard = stem[:len(stem)-1] + "ç"
	case strings.HasSuffix(stem, "g"):
		hard = stem + "e"
	}
	soft := stem // before mute e
	switch {
	case strings.HasSuffix(stem, "él") || strings.HasSuffix(stem, "ét"):
		soft = stem[:len(stem)-3] + "è" + stem[len(stem)-1:]
	case strings.HasSuffix(stem, "el"):
		if strings.HasSuffix(stem, "pel") {
			soft = stem + "l"
		} else {
			soft = stem[:len(stem)-2] + "èl"
		}
	case strings.HasSuffix(stem, "ay"):
		soft = stem[:len(stem)-1] + "i"
	}
	forms := []string{
		soft + "e", soft + "es", soft + "ent", soft + "era", soft + "eront",
		stem + "é", stem + "ée", stem + "és", stem + "ées",
		hard + "a", hard + "ai", hard + "as", stem + "èrent",
		hard + "ait", hard + "aient", hard + "ais", hard + "ant",
		stem + "e", stem + "ent", stem + "era",
	}
	return forms
}

// cueLemma returns the infinitive of a reporting-verb form (any case), or "".
func cueLemma(word string) string {
	return lexicon()[strings.ToLower(word)]
}
