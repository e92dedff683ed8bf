package preannotate

import (
	"sort"
	"strings"
	"unicode"

	"github.com/glose-app/glose/annotate/quotes"
)

// goesOn reports whether pronoun speaker m stands for desc, the previous quotation's speaker, a
// description of an office kept from the persons named before it (roles.go): « … », a déclaré la
// présidente de la région. « … », a-t-elle prévenu. The pronoun then names no one either, rather than
// the minister named before the description. It does when both show the same gender and no person of
// that gender is named between them.
func (r speakerReferents) goesOn(desc, m Mention) bool {
	if m.kind != quotes.Pronoun || m.Start < desc.End {
		return false
	}
	g := pronounGender(r.text[m.Start:m.End])
	if g == unknownGender || descriptionGender(r.text[desc.Start:desc.End]) != g {
		return false
	}
	from := sort.Search(len(r.people), func(i int) bool { return r.people[i].End > desc.End })
	for _, p := range r.people[from:] {
		if p.Start >= m.Start {
			break
		}
		if agrees(g, r.genders[p.Entity]) {
			return false
		}
	}
	return true
}

// pair returns person e when the text names it as one of a pair ("Thierry et Véronique Roy", "Jean et
// Marie Dupont"), which a plural pronoun may stand for; else -1: "ils" is never one person.
func (r speakerReferents) pair(e int) int {
	if e < 0 {
		return -1
	}
	for _, p := range r.people {
		if p.Entity != e {
			continue
		}
		before := strings.TrimRight(r.text[max(0, p.Start-30):p.Start], " \u00a0")
		if rest, ok := strings.CutSuffix(before, " et"); ok && nameLike(lastWord(rest)) {
			return e // "Thierry et [Véronique Roy]"
		}
		after := strings.TrimLeft(r.text[p.End:min(len(r.text), p.End+30)], " \u00a0")
		if rest, ok := strings.CutPrefix(after, "et "); ok && nameLike(rest) {
			return e // "[Thierry] et Véronique Roy"
		}
	}
	return -1
}

// lastWord returns the last of s's words, or "".
func lastWord(s string) string {
	words := strings.Fields(s)
	if len(words) == 0 {
		return ""
	}
	return words[len(words)-1]
}

// nameLike reports whether s opens with a capital letter, as a name does.
func nameLike(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// oneOfGroup reports whether description desc, followed by after, picks one of a group ("l'un d'eux",
// "l'une des femmes", "L'un d'entre eux", "une de ses tantes"): a person the text has not named, not
// the last speaker nor the most salient person.
func oneOfGroup(desc, after string) bool {
	words := roleWords(desc + after)
	if len(words) < 2 {
		return false
	}
	i := 0
	if words[0] == "l" {
		i = 1
	}
	if i+1 >= len(words) || words[i] != "un" && words[i] != "une" {
		return false
	}
	next := words[i+1]
	return next == "d" || next == "de" || next == "des" || next == "du"
}

// namedBefore returns the entity of the person named right before description m, set off by a comma
// ("Mario Joseph, l'un de ses avocats"), or -1.
func (r speakerReferents) namedBefore(m Mention) int {
	i := sort.Search(len(r.people), func(i int) bool { return r.people[i].End > m.Start }) - 1
	if i < 0 || strings.Trim(r.text[r.people[i].End:m.Start], " \u00a0") != "," {
		return -1
	}
	return r.people[i].Entity
}
