package preannotate

import (
	"sort"

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
