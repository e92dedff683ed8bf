package curate

import (
	"fmt"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/ner"
	"github.com/glose-app/glose/annotate/preannotate"
)

// Outside is the BIO tag of a token no span covers.
const Outside = "O"

// Span is a labelled range of a text, byte offsets [Start, End), for the token tags.
type Span struct {
	Start, End int
	Label      string
}

// BIO tags each token (ner.Tokens' [start, end) pairs) of a text with the span that covers its
// start: "B-LABEL" for a span's first token, "I-LABEL" for the next ones, Outside else. When spans
// overlap, the one that starts first (the longer at the same start) wins, as a CoNLL export keeps.
func BIO(tokens [][2]int, spans []Span) []string {
	tags := make([]string, len(tokens))
	for i := range tags {
		tags[i] = Outside
	}
	sorted := append([]Span(nil), spans...)
	sortSpans(sorted)
	for _, sp := range sorted {
		first := true
		for i, t := range tokens {
			if t[0] < sp.Start || t[0] >= sp.End {
				continue
			}
			if tags[i] != Outside {
				first = false
				continue
			}
			if first {
				tags[i] = "B-" + sp.Label
			} else {
				tags[i] = "I-" + sp.Label
			}
			first = false
		}
	}
	return tags
}

func sortSpans(s []Span) {
	for i := 1; i < len(s); i++ { // insertion sort: a document's spans, few and nearly sorted
		for j := i; j > 0 && (s[j].Start < s[j-1].Start || s[j].Start == s[j-1].Start && s[j].End > s[j-1].End); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// OnlyLabel keeps the tags of one label, every other one becoming Outside: a label's own kappa.
func OnlyLabel(tags []string, label string) []string {
	out := make([]string, len(tags))
	for i, t := range tags {
		if strings.TrimPrefix(strings.TrimPrefix(t, "B-"), "I-") == label && t != Outside {
			out[i] = t
		} else {
			out[i] = Outside
		}
	}
	return out
}

// EntityKappa is the token kappa of two annotations of entities: overall over the BIO tags of the
// labels compared, and per label over that label's tags alone.
type EntityKappa struct {
	Overall Kappa            `json:"overall"`
	Labels  map[string]Kappa `json:"labels"`
}

// Entities computes the token kappa of a and b, paired documents of the same texts, on labels.
func Entities(a, b []ner.Example, labels []string) EntityKappa {
	keep := map[string]bool{}
	for _, l := range labels {
		keep[l] = true
	}
	var ta, tb []string
	for i := range a {
		toks := ner.Tokens(a[i].Text)
		ta = append(ta, BIO(toks, mentions(a[i].Spans, keep))...)
		tb = append(tb, BIO(toks, mentions(b[i].Spans, keep))...)
	}
	ek := EntityKappa{Overall: CohenKappa("token", ta, tb), Labels: map[string]Kappa{}}
	for _, l := range labels {
		ek.Labels[l] = CohenKappa("token", OnlyLabel(ta, l), OnlyLabel(tb, l))
	}
	return ek
}

func mentions(ms []ner.Mention, keep map[string]bool) []Span {
	var out []Span
	for _, m := range ms {
		if keep[m.Label] {
			out = append(out, Span{m.Start, m.End, m.Label})
		}
	}
	return out
}

// QuoteKappa is the chance-corrected agreement on quotations: which tokens are quoted (BIO tags of
// QUOTE spans), and who said each quotation both marked (their spans overlapping), as the category
// of a kappa over quotations: the speaker's entity within its document (speakerOf), "(none)" without
// one.
type QuoteKappa struct {
	Quotes   Kappa `json:"quotes"`
	Speakers Kappa `json:"speakers"`
}

// Quotes computes the quotation and attribution kappas of a and b, paired documents of the same texts.
func Quotes(a, b []preannotate.GoldDoc) QuoteKappa {
	var ta, tb, sa, sb []string
	for i := range a {
		toks := ner.Tokens(a[i].Text)
		ta = append(ta, BIO(toks, quoteSpans(a[i].Quotes))...)
		tb = append(tb, BIO(toks, quoteSpans(b[i].Quotes))...)
		for _, qa := range a[i].Quotes {
			if qb, ok := overlapping(qa, b[i].Quotes); ok {
				sa = append(sa, speakerOf(i, a[i].Text, qa))
				sb = append(sb, speakerOf(i, b[i].Text, qb))
			}
		}
	}
	return QuoteKappa{Quotes: CohenKappa("token", ta, tb), Speakers: CohenKappa("quotation", sa, sb)}
}

func quoteSpans(qs []preannotate.GoldQuote) []Span {
	out := make([]Span, len(qs))
	for i, q := range qs {
		out[i] = Span{q.Start, q.End, "QUOTE"}
	}
	return out
}

// overlapping returns the quotation of qs that shares the most text with q, if any.
func overlapping(q preannotate.GoldQuote, qs []preannotate.GoldQuote) (preannotate.GoldQuote, bool) {
	best, most := preannotate.GoldQuote{}, 0
	for _, o := range qs {
		if n := min(q.End, o.End) - max(q.Start, o.Start); n > most {
			best, most = o, n
		}
	}
	return best, most > 0
}

// speakerOf names the speaker of a quotation of the document numbered doc, as the entity it is
// within that document: its resolved name, else its mention's words, lower-cased; an unresolved
// pronoun ("il") is the mention itself, by its offset, since another "il" of the text may be someone
// else. "Macron" in two articles, or "il" in two, are no one category: kappa's chance agreement
// would count them as one speaker chosen again. "(none)" without a speaker.
func speakerOf(doc int, text string, q preannotate.GoldQuote) string {
	switch {
	case q.SpeakerName != "":
		return fmt.Sprintf("%d: %s", doc, strings.ToLower(q.SpeakerName))
	case q.SpeakerEnd > q.SpeakerStart:
		words := text[q.SpeakerStart:q.SpeakerEnd]
		if annotate.IsPronoun("fr", words) {
			return fmt.Sprintf("%d: %s at %d", doc, strings.ToLower(words), q.SpeakerStart)
		}
		return fmt.Sprintf("%d: %s", doc, strings.ToLower(words))
	}
	return "(none)"
}
