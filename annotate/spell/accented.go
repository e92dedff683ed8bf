package spell

// accentedEnglish are English words that keep the accents of the language they came from, in the
// spellings English dictionaries (Merriam-Webster, Oxford) give beside the plain ones, which SCOWL's
// lists of the size Glose ships leave out: "naïve" and "rôle" are English as written, and a translator
// who writes them should not see them flagged. Only loanwords English uses as such are here, never a
// French word that English borrows in phrases only ("être", "état"): a French word left in the English
// is what the check is for.
var accentedEnglish = []string{
	"apéritif", "apéritifs", "brûlée", "brûlées", "cañon", "cañons", "chargé", "communiqué",
	"communiqués", "crème", "crêpe", "crêpes", "déclassé", "décor", "décors", "début", "débuted",
	"débuts", "déjà", "dénouement", "dénouements", "doppelgänger", "doppelgängers", "élite",
	"élites", "émigrée", "émigrées", "exposé", "exposés", "façade", "façades", "lamé", "maître",
	"naïf", "naïve", "naïvely", "naïveté", "naïvety", "negligée", "negligées", "pâté", "pâtés",
	"piñata", "piñatas", "protégée", "protégées", "purée", "puréed", "purées", "résumé", "résumés",
	"rôle", "rôles", "rosé", "rosés", "señor", "señora", "señoras", "señores", "señorita",
	"señoritas", "tête-à-tête", "tête-à-têtes", "über", "vis-à-vis",
}
