package preannotate

import (
	"strings"
	"unicode"

	"github.com/glose-app/glose/annotate/quotes"
)

// A description speaker names an office ("le préfet", "la présidente de la région"); when the text has
// given a named person another office ("le ministre de l'Économie Bruno Le Maire"), the description
// is someone else, however salient that person: "le préfet" is not the minister.

// roles are the offices, professions and family ties a description or a title may name, folded, each
// with the office it is (both genders' forms give one): "la mère du suspect" is not the woman the text
// called his sister, "l'avocate de la partie civile" not the accused. Offices another word often stands for ("chef",
// "patron", "dirigeant", "candidat", "leader", "responsable") are not listed: "le chef de l'État" is
// "le président".
var roles = func() map[string]string {
	m := map[string]string{}
	for _, forms := range strings.Split(`ministre|président présidente|maire|préfet préfète|député députée|
sénateur sénatrice|procureur procureure|juge|avocat avocate|entraîneur entraîneuse|sélectionneur|
porte-parole|directeur directrice|chancelier chancelière|roi reine|pape|gouverneur gouverneure|
ambassadeur ambassadrice|commissaire|capitaine|conseiller conseillère|adjoint adjointe|évêque|
cardinal|général|colonel|commandant|rapporteur rapporteure|secrétaire|vice-président vice-présidente|
mère|père|sœur|frère|fils|fille|épouse époux|mari|veuve veuf|oncle|tante|cousin cousine|neveu|nièce|
grand-mère|grand-père|compagne compagnon|accusé accusée|prévenu prévenue|suspect suspecte|
policier policière|médecin|enquêteur enquêtrice`, "|") {
		fs := strings.Fields(forms)
		for _, f := range fs {
			m[Fold(f)] = Fold(fs[0])
		}
	}
	return m
}()

// roleModifiers are the words between a determiner and the office that leave the office unchanged:
// "l'ancien ministre", "le nouveau préfet", "le Premier ministre".
var roleModifiers = roleSet(`ancien ancienne nouveau nouvel nouvelle futur future actuel actuelle premier
première haut haute`)

func roleSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[Fold(w)] = true
	}
	return m
}

// descriptionRole returns the office description desc names by its head ("le préfet de police",
// "l'ancienne ministre"), or "".
func descriptionRole(desc string) string {
	for _, w := range roleWords(desc) {
		if !roleDeterminers[w] && !roleModifiers[w] {
			return roles[w]
		}
	}
	return ""
}

// roleDeterminers are the determiners a description or an apposition opens with, folded, elided ones
// without their apostrophe.
var roleDeterminers = roleSet("le la l ce cet cette son sa un une")

// roleWords returns s's words, folded, cut at spaces, apostrophes and commas.
func roleWords(s string) []string {
	return strings.FieldsFunc(Fold(s), func(r rune) bool { return unicode.IsSpace(r) || r == '\'' || r == ',' })
}

// titleRoles gathers the offices the text writes right before each person's mentions ("le ministre de
// l'Économie Bruno Le Maire", "la maire de Lille Martine Aubry") or right after them, set off by a
// comma ("Bruno Le Maire, ministre de l'Économie", "X, le maire de Lille"): an office among the five
// words before a mention in its sentence, or the first word after the comma and its determiner.
func titleRoles(text string, res *Result) []map[string]bool {
	out := make([]map[string]bool, len(res.Entities))
	for k, e := range res.Entities {
		if e.Type != "PER" {
			continue
		}
		for _, i := range e.Mentions {
			m := res.Mentions[i]
			for _, r := range [2]string{roleBefore(text[max(0, m.Start-60):m.Start]), roleAfter(text[m.End:min(len(text), m.End+40)])} {
				if r == "" {
					continue
				}
				if out[k] == nil {
					out[k] = map[string]bool{}
				}
				out[k][r] = true
			}
		}
	}
	return out
}

// roleBefore returns the office written among the last five words of before, within its sentence,
// and followed only by its complement and at most one other lower-case word ("le président américain",
// "la maire de Lille", "le ministre français des Affaires étrangères"), or "": in "le ministre a reçu
// Paul Roux" the minister is someone else, and in "le fils de Donald Trump" the son.
func roleBefore(before string) string {
	if i := strings.LastIndexAny(before, ".;:!?»«()\n"); i >= 0 {
		before = before[i+1:]
	}
	words := strings.FieldsFunc(before, func(r rune) bool { return unicode.IsSpace(r) || r == '\'' || r == '’' || r == ',' })
	if n := len(words); n > 0 && (Fold(words[n-1]) == "de" || Fold(words[n-1]) == "d") {
		return "" // "le fils de Donald Trump", "l'avocat de Benoît Hamon": the name is the office's complement
	}
	others := 0
	for j := len(words) - 1; j >= 0 && j >= len(words)-5; j-- {
		w := Fold(words[j])
		if r := roles[w]; r != "" {
			return r
		}
		if !complementWords[w] && !isUpperWord(words[j]) {
			if others++; others > 1 {
				break
			}
		}
	}
	return ""
}

// complementWords open an office's complement ("de la Santé", "des Affaires étrangères"), folded.
var complementWords = roleSet("de du des d la le les l et")

// isUpperWord reports whether w opens with a capital letter.
func isUpperWord(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// roleAfter returns the office an apposition after a name opens (", ministre de", ", le maire de"), or
// "".
func roleAfter(after string) string {
	rest, ok := strings.CutPrefix(strings.TrimLeft(after, " \u00a0"), ",")
	if !ok {
		return ""
	}
	return descriptionRole(rest)
}

// roleAgrees reports whether a description of office role may refer to a person the text has given the
// offices has: yes when either is unknown, or when the person holds that office among others.
func roleAgrees(role string, has map[string]bool) bool {
	return role == "" || len(has) == 0 || has[role]
}

// holding returns e when description speaker m may be that person by the offices the text gives it,
// else -1: "le préfet" is not the person the text made minister, nor anyone else for want of a better
// guess.
func (r speakerReferents) holding(m Mention, e int) int {
	if m.kind == quotes.Description && !roleAgrees(descriptionRole(r.text[m.Start:m.End]), r.roles[e]) {
		r.blocked[m.Start] = true
		return -1
	}
	return e
}
