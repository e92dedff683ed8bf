package formats

import (
	"slices"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/ner"
	"github.com/glose-app/glose/annotate/project"
)

// The English forms projection looks for when it places a code around words whose English is not
// written as the French is: the English names the document's entities have (their English name, and
// the English of their mentions in other segments), and the usual English names of French names
// (ner.EnglishName: Moscou → Moscow, États-Unis → United States, OTAN → NATO). Each is placed only where
// it is written in the English, so what they find is sure; what they do not find stays an estimate.

// nameMemo is the English-name lookup (ner.EnglishName) of one merge-back, each French name and label
// looked up once: a client's file names the same people and places in unit after unit, and the lookup
// (a person's name respelt, a place's name with and without its article) was a tenth of merge-back.
type nameMemo map[[2]string]nameHit

type nameHit struct {
	en string
	ok bool
}

// lookup is ner.EnglishName(fr, label), remembered.
func (n nameMemo) lookup(fr, label string) (string, bool) {
	k := [2]string{fr, label}
	if h, ok := n[k]; ok {
		return h.en, h.ok
	}
	en, ok := ner.EnglishName(fr, label)
	if n != nil {
		n[k] = nameHit{en, ok}
	}
	return en, ok
}

// EnglishName is the English-name lookup of placing codes (a project.Namer): the label of the words
// when a source span gives one, else every kind of name, a person's last.
func (n nameMemo) EnglishName(fr, label string) (string, bool) {
	if label != annotate.LabelMISC {
		return n.lookup(fr, label)
	}
	for _, l := range []string{annotate.LabelMISC, "", annotate.LabelPER} {
		if en, ok := n.lookup(fr, l); ok && en != fr {
			return en, true
		}
	}
	return fr, false
}

// knownLabel is LOC or ORG when the English-name lookup knows fr as a place or an organisation, else
// MISC.
func (n nameMemo) knownLabel(fr string) string {
	for _, label := range []string{annotate.LabelLOC, annotate.LabelORG} {
		if en, ok := n.lookup(fr, label); ok && en != fr {
			return label
		}
	}
	return annotate.LabelMISC
}

// entityForms are the English forms of the entities of the source spans spans of segment seg, by the
// folded French text of each mention in the segment: the entity's English name, then the English of its
// mentions in the document's translations. The keys in the order found are returned too.
func entityForms(d *annotate.Document, seg *annotate.Segment, spans []*annotate.Span) (map[string][]string, []string) {
	forms := map[string][]string{}
	var keys []string
	for _, sp := range spans {
		ent := d.EntityOf(sp.ID)
		if ent == nil || sp.Side != annotate.Source || sp.Start < seg.Start || sp.End > seg.End {
			continue
		}
		key := annotate.Fold(d.SpanText(sp))
		if forms[key] != nil {
			continue
		}
		var en []string
		if n := englishName(ent, d.TargetLang); n != "" {
			en = append(en, n)
		}
		for _, m := range ent.Mentions {
			if ms := d.Span(m); ms != nil && ms.Side == annotate.Target {
				if t := strings.TrimSpace(d.SpanText(ms)); t != "" && !slices.Contains(en, t) {
					en = append(en, t)
				}
			}
		}
		if len(en) > 0 {
			forms[key] = en
			keys = append(keys, key)
		}
	}
	return forms, keys
}

// entityGlossary is entityForms as a glossary for projection, or nil when there are none.
func entityGlossary(forms map[string][]string) project.Glossary {
	if len(forms) == 0 {
		return nil
	}
	return project.GlossaryFunc(func(fr string) []string { return forms[annotate.Fold(fr)] })
}

// englishName is the entity's name in the target language tag (en-GB), else in its base language (en),
// as pre-annotation names them; "" when it has none.
func englishName(ent *annotate.Entity, tag string) string {
	if n := strings.TrimSpace(ent.Names[tag]); n != "" {
		return n
	}
	base, _, _ := strings.Cut(tag, "-")
	return strings.TrimSpace(ent.Names[base])
}
