// Package preannotate proposes annotations for a document: named entities from package ner, direct
// quotations with their reporting verbs and speakers from package quotes, speaker mentions resolved to
// the document's people, and entities grouping the mentions of one referent under a canonical French
// name and, where known, an English one. Everything it adds has origin auto and a confidence.
//
// Speaker links. A quote's speaker link goes to a span on the words that attribute the quote where
// they are written ("M. Lavrov", "il", "le diplomate russe"), labelled PER even for a pronoun or a
// description, and that span is made a mention of the resolved entity (Sergueï Lavrov); resolved to an
// organisation ("il" for "le groupe"), it is labelled ORG: a mention joins only an entity of its type,
// and a speaker never joins a place. The link thus
// shows the evidence next to the quote and the entity carries the resolution; accepting the quote's
// suggestions accepts both. When the named entity recogniser already has a span on those words, that
// span is used. A quote whose speaker is inferred from an earlier quote links to the earlier quote's
// speaker span.
package preannotate

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/ner"
	"github.com/glose-app/glose/annotate/quotes"
	"github.com/glose-app/glose/annotate/textnorm"
)

// DefaultMinConfidence is the confidence below which proposals are dropped when Options say none.
const DefaultMinConfidence = 0.5

// Options tune a pre-annotation. The zero value runs the default entity model and the quote finder.
type Options struct {
	// NER is the entity model; nil means ner.Default().
	NER *ner.Model
	// NoNER skips entity recognition (quotes and their speakers only).
	NoNER bool
	// MinConfidence drops proposals below it; 0 means DefaultMinConfidence.
	MinConfidence float64
	// Editor, when set, makes Run add everything through it as one undoable step (slower on long
	// documents: each addition refreshes the document's lookups).
	Editor *annotate.Editor
	// Now, when set, gives the time of the run that the document records (annotate.Preannotation.At);
	// nil records the run without a time, so that the same input gives the same output (glose-cli).
	Now func() time.Time
	// Glossary, when set, is the user's glossary: the terms they imported or confirmed, not the names
	// pre-annotation proposed. An entity whose French name it holds gets its English, before the
	// built-in lists and respellings (ner.EnglishName); projection then looks for that English.
	Glossary Glossary
	// softBreaks are the byte offsets of line breaks the quote detector reads as spaces (Run: those
	// inside a segment), used when the text needs no normalising, as a document's never does.
	softBreaks []int
}

// Glossary gives the English of a French name as the user's glossary has it.
type Glossary interface {
	// EnglishName returns the English the glossary gives the French name fr of an entity with the
	// given label (PER, ORG, LOC, MISC), and whether it has one.
	EnglishName(fr, label string) (string, bool)
}

func (o Options) min() float64 {
	if o.MinConfidence <= 0 {
		return DefaultMinConfidence
	}
	return o.MinConfidence
}

// Mention is a proposed entity mention, byte offsets into the text.
type Mention struct {
	Start, End int
	Label      string
	Confidence float64
	// Entity is the index in Result.Entities of the entity mentioned, or -1.
	Entity int
	// Speaker is true for a mention added because it attributes a quote (not found by the recogniser).
	Speaker bool
	kind    quotes.SpeakerKind // for speaker mentions: name, pronoun or description
	list    bool               // a speaker written as a list or a pair of names (listSpeaker)
}

// Kind is what kind of words the mention is: a name, but for a speaker's pronoun ("il", "a-t-il
// dit") or description ("le diplomate russe"), which are no names.
func (m Mention) Kind() annotate.MentionKind {
	if !m.Speaker {
		return annotate.MentionName
	}
	switch m.kind {
	case quotes.Pronoun:
		return annotate.MentionPronoun
	case quotes.Description:
		return annotate.MentionNominal
	}
	return annotate.MentionName
}

// Quote is a proposed quotation part, byte offsets into the text.
type Quote struct {
	Start, End int
	Confidence float64
	// Group is shared by the parts of one quotation.
	Group int
	// Cue is the reporting verb, empty (End == Start) when none.
	Cue quotes.Span
	// Speaker is the index in Result.Mentions of the speaker mention, or -1.
	Speaker int
	// Inferred is true when the speaker is not written next to the quote but carried over from an
	// earlier quote or taken from the sentence's subject (its link gets a lower confidence).
	Inferred bool
}

// Entity is a proposed referent.
type Entity struct {
	Type     string
	Names    map[string]string // "fr" and, where known, "en"
	Mentions []int             // indexes in Result.Mentions
}

// Result is everything proposed for one text.
type Result struct {
	Mentions []Mention
	Quotes   []Quote
	Entities []Entity
}

// Text pre-annotates a plain text. A text that writes accented letters decomposed (e + U+0301: a gold
// file's, never a Glose document's, which importing composes) is read composed, as the rules and the
// recogniser know its words, and one that ends its lines with CRLF (a gold file saved on Windows) is
// read with LF, as import reads it, so that paragraphs are found alike; what is found is given
// offsets into the text as written (textnorm.Normal).
func Text(text string, opts Options) (*Result, error) {
	return TextContext(context.Background(), text, opts)
}

// TextContext is Text, given up once ctx is done, with ctx's error: the app pre-annotates a text it
// opens in the background, and stops when another document takes its place or the window closes
// (a 4 MB article's pre-annotation takes seconds of a core). The entity recogniser looks at ctx as it
// goes (ner.Model.RecognizeContext), the other stages between them.
func TextContext(ctx context.Context, text string, opts Options) (*Result, error) {
	nfc, m := textnorm.Normal(text)
	if !m.Identity() {
		opts.softBreaks = nil
	}
	res, err := composedText(ctx, nfc, opts)
	if err != nil || m.Identity() {
		return res, err
	}
	for i := range res.Mentions {
		res.Mentions[i].Start, res.Mentions[i].End = m.Start(res.Mentions[i].Start), m.End(res.Mentions[i].End)
	}
	for i := range res.Quotes {
		q := &res.Quotes[i]
		q.Start, q.End = m.Start(q.Start), m.End(q.End)
		if !q.Cue.Empty() {
			q.Cue.Start, q.Cue.End = m.Start(q.Cue.Start), m.End(q.Cue.End)
		}
	}
	return res, nil
}

// composedText pre-annotates a text in NFC.
func composedText(ctx context.Context, text string, opts Options) (*Result, error) {
	var ms []ner.Mention
	if !opts.NoNER {
		m := opts.NER
		if m == nil {
			var err error
			if m, err = ner.Default(); err != nil {
				return nil, fmt.Errorf("loading the entity model: %w", err)
			}
		}
		rtext, dropped := recogniserText(text, opts.softBreaks)
		var err error
		if ms, err = m.RecognizeContext(ctx, rtext); err != nil {
			return nil, err
		}
		fromRecogniser(ms, dropped)
	}
	res := &Result{}
	for _, m := range ms {
		if m.Confidence >= opts.min() {
			res.Mentions = append(res.Mentions, Mention{Start: m.Start, End: m.End, Label: m.Label,
				Confidence: m.Confidence, Entity: -1})
		}
	}
	sort.SliceStable(res.Mentions, func(i, j int) bool { return res.Mentions[i].Start < res.Mentions[j].Start })
	qs := quotes.Find(unwrapped(text, opts.softBreaks))
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	addQuotes(text, res, qs, opts.min())
	groupEntities(text, res)
	resolveSpeakers(text, res)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	contextSpeakers(text, res)
	nameEntities(text, res, opts.Glossary)
	return res, ctx.Err()
}

// addQuotes keeps the confident quotes and gives each speaker a mention.
func addQuotes(text string, res *Result, qs []quotes.Quote, minConf float64) {
	nNER := len(res.Mentions)
	bySpan := map[quotes.Span]int{}
	for _, q := range qs {
		if q.Confidence < minConf {
			continue
		}
		rq := Quote{Start: q.Start, End: q.End, Confidence: q.Confidence, Group: q.Group, Cue: q.Cue, Speaker: -1,
			Inferred: q.Inferred}
		if !q.Speaker.Empty() {
			if i, ok := bySpan[q.Speaker]; ok {
				rq.Speaker = i
			} else {
				rq.Speaker = speakerMention(text, res, q, nNER)
				bySpan[q.Speaker] = rq.Speaker
				if m := &res.Mentions[rq.Speaker]; m.Label == "LOC" && m.Start == q.Speaker.Start && m.End == q.Speaker.End &&
					personNamedLikeACountry(text[m.Start:m.End]) {
					m.Label = "PER" // "raconte Chad"
				}
			}
			if q.Inferred && rq.Speaker >= 0 && !res.Mentions[rq.Speaker].Speaker && !speakerLabels[res.Mentions[rq.Speaker].Label] {
				rq.Speaker = -1 // an inferred speaker must be a person or an organisation, not a place
			}
		}
		res.Quotes = append(res.Quotes, rq)
	}
}

// speakerLabels are the recogniser's labels a speaker may carry.
var speakerLabels = map[string]bool{"PER": true, "ORG": true}

// speakerMention returns the index of the mention on a quote's speaker words, adding one when the
// recogniser has none there. A name ("le président du Conseil européen Donald Tusk", "Guillaume Pepy,
// président de la SNCF") uses the person mention in it, else the first mention in it; a description
// ("le cabinet de M. Le Roux") uses a mention only where it starts, or right after its article ("a
// déclaré l'Organisation des Nations unies pour l'éducation, la science et la culture", whose name the
// mention holds whole where the speaker's words stop at "unies"), so that the person of a complement
// does not speak for it; but a person named at its end is the one it describes ("le ministre de la
// Justice Jean Dupont").
func speakerMention(text string, res *Result, q quotes.Quote, nNER int) int {
	best := -1
	ms := res.Mentions[:nNER] // the recogniser's, sorted by start and not overlapping
	if start, label, ok := listSpeaker(text, ms, q.Speaker); ok && q.Kind == quotes.Name {
		res.Mentions = append(res.Mentions, Mention{Start: start, End: q.Speaker.End, Label: label,
			Confidence: q.Confidence * 0.8, Entity: -1, Speaker: true, kind: quotes.Description, list: true})
		return len(res.Mentions) - 1
	}
	i := sort.Search(len(ms), func(i int) bool { return ms[i].End > q.Speaker.Start })
	for ; i < len(ms) && ms[i].Start < q.Speaker.End; i++ {
		if q.Kind == quotes.Description && ms[i].Start != q.Speaker.Start && !articleBefore(text, q.Speaker.Start, ms[i].Start) &&
			!namedAtEnd(text, ms[i], q.Speaker) {
			continue
		}
		if best < 0 || ms[i].Label == "PER" && ms[best].Label != "PER" {
			best = i
		}
	}
	if best >= 0 {
		return best
	}
	end := nameCutEnd(ms, q.Speaker)
	label := "PER"
	switch words := text[q.Speaker.Start:end]; {
	case q.Kind == quotes.Description && quotes.GroupDescription(words):
		label = "ORG" // "la mairie de Lyon"
	case q.Kind == quotes.Description && quotes.DocumentDescription(words):
		label = "MISC" // "le communiqué", until its authors are found (docspeakers.go)
	}
	res.Mentions = append(res.Mentions, Mention{Start: q.Speaker.Start, End: end, Label: label,
		Confidence: q.Confidence * 0.8, Entity: -1, Speaker: true, kind: q.Kind,
		list: q.Kind == quotes.Description && pairDescription(text[q.Speaker.Start:end])})
	return len(res.Mentions) - 1
}

// nameCutEnd returns the end of the speaker's words sp, taken on to the end of a name of the
// recogniser's mentions ms that sp cuts in two: the quotation finder reads a description up to the
// capitalised word of an institution, "le président de l'Assemblée", where the recogniser knows
// "Assemblée nationale" whole.
func nameCutEnd(ms []Mention, sp quotes.Span) int {
	i := sort.Search(len(ms), func(i int) bool { return ms[i].End > sp.End })
	if i < len(ms) && ms[i].Start > sp.Start && ms[i].Start < sp.End {
		return ms[i].End
	}
	return sp.End
}

// namedAtEnd reports whether m is a person named at the end of the speaker's words sp, in apposition
// to the description before it, not governed by a preposition.
func namedAtEnd(text string, m Mention, sp quotes.Span) bool {
	if m.Label != "PER" || m.End != sp.End {
		return false
	}
	before := strings.Fields(strings.ToLower(text[sp.Start:m.Start]))
	if len(before) == 0 {
		return false
	}
	for len(before) > 1 && nameSkip[Fold(strings.TrimSuffix(before[len(before)-1], "."))] {
		before = before[:len(before)-1] // "le cabinet de M. Le Roux"
	}
	last := strings.ReplaceAll(before[len(before)-1], "’", "'")
	return !governing[last] && !strings.HasSuffix(last, "'")
}

// governing are the prepositions that make a name the complement of the noun before it.
var governing = map[string]bool{"de": true, "du": true, "des": true, "à": true, "au": true, "aux": true,
	"pour": true, "par": true, "avec": true, "chez": true, "contre": true, "sur": true}

// speakerArticles are the articles a description may open with before a name: "l'Organisation …",
// "le Kremlin".
var speakerArticles = map[string]bool{"l'": true, "le ": true, "la ": true, "les ": true}

// articleBefore reports whether text[start:name] is an article alone.
func articleBefore(text string, start, name int) bool {
	return name > start && speakerArticles[strings.ReplaceAll(strings.ToLower(text[start:name]), "’", "'")]
}

// unwrapped is text with a space for each line break at the offsets soft gives.
func unwrapped(text string, soft []int) string {
	if len(soft) == 0 {
		return text
	}
	b := []byte(text)
	for _, i := range soft {
		if i < len(b) && b[i] == '\n' {
			b[i] = ' '
		}
	}
	return string(b)
}
