package curate

import (
	"fmt"
	"strings"

	"github.com/glose-app/glose/annotate"
)

// phrases are the words of the notes the curation writes into the document, for the adjudicator who
// opens it in the app: the notes are the file's data, shown as they are (the format has no structured
// reason the app could translate), so they are written in the adjudicator's language when the curation
// runs (Options.Lang), English or French. Labels (PER, ORG) and reviewers' names stay as they are.
type phrases struct {
	disputed    string // the span note's prefix, annotate.DisputedNote or its French
	sep, colon  string // between views ("; "), between a name and its view (": ")
	q           func(string) string
	unconfirmed string // after a label: "ORG, unconfirmed"
	rejected    string // "rejected %s"
	on          string // "%s on %s": a span over other bounds
	none        string
	otherEng    string // a target span's view in a segment whose English differs
	all         string // "all %s, itself disputed": a link all gave to a disputed span
	english     string // "%s's English: %s"
	statuses    string // "Statuses: %s; %s kept"
	names       string // "Names of %s %s: %s": a type, a name, the views
	nameKept    string // "%s %s (%s kept)": a language, the views, the name kept
	grouped     string // "Entities grouped otherwise: %s; %s's kept"
	status      map[annotate.Status]string
	links       map[string]string // a link type's name
}

var english = &phrases{
	disputed: annotate.DisputedNote, sep: "; ", colon: ": ",
	q:           func(s string) string { return "“" + s + "”" },
	unconfirmed: "%s, unconfirmed", rejected: "rejected %s", on: "%s on %s", none: "none",
	otherEng: "another English", all: "all %s, itself disputed",
	english: "%s's English: %s", statuses: "Statuses: %s; %s kept",
	names: "Names of %s %s: %s", nameKept: "%s %s (%s kept)",
	grouped: "Entities grouped otherwise: %s; %s's kept",
	status:  map[annotate.Status]string{},
	links:   map[string]string{},
}

// French puts a no-break space before : ; and inside « ».
var french = &phrases{
	disputed: annotate.DisputedNoteFr, sep: "\u00a0; ", colon: "\u00a0: ",
	q:           func(s string) string { return "«\u00a0" + s + "\u00a0»" },
	unconfirmed: "%s, non confirmé", rejected: "%s rejeté", on: "%s sur %s", none: "aucun",
	otherEng: "un autre anglais", all: "tous %s, lui-même en litige",
	english: "Anglais selon %s\u00a0: %s", statuses: "Statuts\u00a0: %s\u00a0; %s gardé",
	names: "Noms de l’entité %s %s\u00a0: %s", nameKept: "%s %s (%s gardé)",
	grouped: "Entités regroupées autrement\u00a0: %s\u00a0; regroupement gardé\u00a0: %s",
	status: map[annotate.Status]string{annotate.StatusNew: "nouveau", annotate.StatusDraft: "brouillon",
		annotate.StatusTranslated: "traduit", annotate.StatusReviewed: "relu"},
	links: map[string]string{annotate.LinkSpeaker: "locuteur", annotate.LinkCue: "verbe introducteur"},
}

// phrasesFor returns the phrases of a language tag ("fr", "fr-CA", "fr_FR.UTF-8"), English for any
// other.
func phrasesFor(tag string) *phrases {
	t := strings.ToLower(tag)
	if t == "fr" || strings.HasPrefix(t, "fr-") || strings.HasPrefix(t, "fr_") || strings.HasPrefix(t, "fr.") {
		return french
	}
	return english
}

func (p *phrases) statusName(s annotate.Status) string {
	if n := p.status[s]; n != "" {
		return n
	}
	return string(s)
}

func (p *phrases) linkName(typ string) string {
	if n := p.links[typ]; n != "" {
		return n
	}
	return typ
}

// view is "name: what" in the notes' language.
func (p *phrases) view(name, what string) string { return name + p.colon + what }

func (p *phrases) f(format string, a ...any) string { return fmt.Sprintf(format, a...) }
