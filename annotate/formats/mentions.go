package formats

import (
	"fmt"
	"strings"

	"github.com/glose-app/glose/annotate"
)

// Mentions selects which entity mentions an export keeps, by their kind (annotate.MentionKind).
type Mentions int

// Mention choices: the format's default (the zero value: see Format.DefaultMentions), names only
// (the descriptions and pronouns that pre-annotation marks on a quote's speaker left out), or all.
const (
	FormatMentions Mentions = iota
	NameMentions
	AllMentions
)

// DefaultMentions is which mentions an export keeps when nobody chose (FormatMentions): names only for
// a format that teams train named-entity recognisers on (NER), where "il" or "le diplomate russe"
// tagged PER would teach a model that they are names; all for the others (Glose JSON stays lossless).
func (f Format) DefaultMentions() Mentions {
	if f.NER {
		return NameMentions
	}
	return AllMentions
}

// ParseMentions reads "names" or "all"; "" is FormatMentions.
func ParseMentions(s string) (Mentions, error) {
	switch s {
	case "":
		return FormatMentions, nil
	case "names", "name":
		return NameMentions, nil
	case "all":
		return AllMentions, nil
	}
	return 0, fmt.Errorf("mentions %q: expected names or all", s)
}

// String is what ParseMentions reads.
func (m Mentions) String() string {
	switch m {
	case NameMentions:
		return "names"
	case AllMentions:
		return "all"
	}
	return ""
}

// keepMention reports whether sp passes the Mentions option (resolved: never FormatMentions).
func (o WriteOptions) keepMention(sp *annotate.Span) bool {
	return o.Mentions != NameMentions || sp.IsName()
}

// mentionWarnings counts, per document, the mentions that are not names an export of names only
// left out, of those the other options keep, and the links to them that went with them.
func mentionWarnings(f Format, docs []*annotate.Document, opts WriteOptions) []Warning {
	if opts.Mentions != NameMentions || f.NoSpans { // TMX keeps no spans at all (WarnNoSpans)
		return nil
	}
	all := opts
	all.Mentions = AllMentions
	var w warnings
	for _, d := range docs {
		left := map[string]bool{}
		pronouns, nominals := 0, 0
		for _, sp := range d.Spans {
			if !onSide(sp, opts.Side) || !keepSpan(sp, all) || sp.IsName() {
				continue
			}
			left[sp.ID] = true
			if sp.Mention == annotate.MentionPronoun {
				pronouns++
			} else {
				nominals++
			}
		}
		if len(left) == 0 {
			continue
		}
		links := 0
		for _, l := range d.Links {
			a, b := d.Span(l.From), d.Span(l.To)
			if a == nil || b == nil || !(left[a.ID] || left[b.ID]) || opts.Confirmed && l.Origin != annotate.Human {
				continue
			}
			if keepSpan(a, all) && keepSpan(b, all) && onSide(a, opts.Side) && onSide(b, opts.Side) {
				links++
			}
		}
		n := len(left)
		args := map[string]any{"N": n, "Pronouns": pronouns, "Nominals": nominals, "Links": links}
		var kinds []string // a kind none of them is goes unsaid: not "(0 pronouns, 1 description)"
		if pronouns > 0 {
			kinds = append(kinds, plural(pronouns, "pronoun", "pronouns"))
		}
		if nominals > 0 {
			kinds = append(kinds, plural(nominals, "description", "descriptions"))
		}
		with := ""
		if links > 0 {
			with = fmt.Sprintf(", with %s to %s", plural(links, "link", "links"), pick(n, "it", "them"))
		}
		w.say(d.ID, WarnMentionsLeftOut, args,
			"%s that %s left out (%s)%s: named-entity data would learn %s (use --mentions all to keep %s)",
			plural(n, "entity mention", "entity mentions"), pick(n, "is not a name", "are not names"),
			strings.Join(kinds, ", "), with, pick(n, "it as a name", "them as names"), pick(n, "it", "them"))
	}
	return w
}

// mentionKindWarning notes that format, which has no place for the kind of a mention, writes the
// pronouns and descriptions among spans (an export of all mentions) as names: their tags say PER
// as a name's do. CoNLL-2003 has no standard place for it (a column or a comment line of its own
// would break the readers that take its files), so the kind is dropped, and said so.
func mentionKindWarning(id string, spans []vspan, format string, w *warnings) {
	pronouns, nominals := 0, 0
	for _, s := range spans {
		switch s.Mention {
		case annotate.MentionPronoun:
			pronouns++
		case annotate.MentionNominal:
			nominals++
		}
	}
	n := pronouns + nominals
	if n == 0 {
		return
	}
	var kinds []string
	if pronouns > 0 {
		kinds = append(kinds, plural(pronouns, "pronoun", "pronouns"))
	}
	if nominals > 0 {
		kinds = append(kinds, plural(nominals, "description", "descriptions"))
	}
	w.say(id, WarnMentionKindsLost, map[string]any{"Format": format, "N": n, "Pronouns": pronouns, "Nominals": nominals},
		"%s keeps no mention kinds: %s that %s (%s) %s tagged as %s, which named-entity data would learn (use --mentions names to leave %s out, or spacy, brat, labelstudio or doccano to keep %s kind)",
		format, plural(n, "entity mention", "entity mentions"), pick(n, "is not a name", "are not names"), strings.Join(kinds, ", "),
		pick(n, "is", "are"), pick(n, "a name", "names"), pick(n, "it", "them"), pick(n, "its", "their"))
}
