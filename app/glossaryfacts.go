package app

import (
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/ner"
)

// The glossary follows the document after every edit but typing (syncGlossary): which entities are
// terms, which names a person stood behind. On a 4 MB article (20,000 entities, 53,000 mentions) that
// took some 30 ms an edit, most of an accept's cost, in three walks over every mention, each looking
// every span up by ID, and in the same checks of each name against the built-in lists again and
// again. The facts below are gathered in one walk per edit, and the lists' verdicts kept by name.

// mentionFacts is what an entity's mentions say to the glossary at one look.
type mentionFacts struct {
	sourceConfirmed bool             // a French mention a person made or accepted
	targets         []*annotate.Span // its English mentions, in the entity's order
}

// entityMentionFacts returns the facts of each of d's entities, in d.Entities' order, from one walk
// over their mentions.
func entityMentionFacts(d *annotate.Document) []mentionFacts {
	out := make([]mentionFacts, len(d.Entities))
	for i, e := range d.Entities {
		f := &out[i]
		for _, id := range e.Mentions {
			sp := d.Span(id)
			switch {
			case sp == nil:
			case sp.Side == annotate.Target:
				f.targets = append(f.targets, sp)
			case sp.Accepted():
				f.sourceConfirmed = true
			}
		}
	}
	return out
}

// confirmedTarget reports whether one of the English mentions targets, accepted, reads name (but for
// case) in a translated or reviewed segment, and is vouched for when vouched is given (see learnable).
func confirmedTarget(d *annotate.Document, targets []*annotate.Span, name string, vouched func(id string) bool) bool {
	for _, sp := range targets {
		if !sp.Accepted() {
			continue
		}
		if seg := d.Segment(sp.Segment); seg != nil && seg.Status.Done() &&
			strings.EqualFold(strings.TrimSpace(d.SpanText(sp)), name) && (vouched == nil || vouched(sp.ID)) {
			return true
		}
	}
	return false
}

// listVerdict is what the built-in lists say of a French name of a type (see documentEntities).
type listVerdict struct {
	keptInEnglish bool // English writes it as French does (ner.KeptInEnglish)
	listed        bool // the lists give it an English name (ner.EnglishName)
	english       string
}

// nameKey is a French name (trimmed) and its entity's type.
type nameKey struct{ name, typ string }

// listVerdicts keeps the lists' verdicts by name: they never change.
type listVerdicts map[nameKey]listVerdict

// of returns the lists' verdict on name of type typ, worked out once.
func (v listVerdicts) of(name, typ string) listVerdict {
	k := nameKey{name, typ}
	if r, ok := v[k]; ok {
		return r
	}
	en, listed := ner.EnglishName(name, typ)
	r := listVerdict{keptInEnglish: ner.KeptInEnglish(name, typ), listed: listed, english: en}
	v[k] = r
	return r
}
