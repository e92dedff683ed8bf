package formats

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// countParts says what each segment of a countDoc holds; an empty origin leaves the thing out.
type countParts struct {
	quote   annotate.Origin // a QUOTE over « Oui »
	per     annotate.Origin // a PER over Noël
	tper    bool            // a PER over Noël in the translation (auto)
	speaker annotate.Origin // a speaker link from the quote to the PER
	trans   bool            // a translation link from the PER to the translated one
	entity  bool            // an entity whose mention is the PER
}

// countDoc is a document of n paragraphs of one draft segment each, all holding the same parts, so that
// every warning about them counts n.
func countDoc(t *testing.T, n int, p countParts) *annotate.Document {
	t.Helper()
	const src, tgt = "« Oui » dit Noël.", "“Yes” said Noël."
	text := strings.Repeat(src+"\n\n", n-1) + src
	d := annotate.NewDocument("d", "", text, "fr", "en")
	for i := range n {
		start := i * (len(src) + 2)
		seg := d.AddSegment(start, start+len(src), i, annotate.KindSentence)
		seg.Target, seg.Status = tgt, annotate.StatusDraft
	}
	e := annotate.NewEditor(d)
	add := func(side annotate.Side, seg *annotate.Segment, base, s, label string, origin annotate.Origin) *annotate.Span {
		at, conf := strings.Index(base, s), 0.8
		if side == annotate.Source {
			at += seg.Start
		}
		if origin == annotate.Human {
			conf = 1
		}
		sp := &annotate.Span{Side: side, Start: at, End: at + len(s), Label: label, Origin: origin, Confidence: conf}
		if side == annotate.Target {
			sp.Segment = seg.ID
		}
		mustDo(t, e.AddSpan(sp))
		return sp
	}
	link := func(typ string, from, to *annotate.Span, origin annotate.Origin) {
		conf := 0.8
		if origin == annotate.Human {
			conf = 1
		}
		mustDo(t, e.AddLink(&annotate.Link{Type: typ, From: from.ID, To: to.ID, Origin: origin, Confidence: conf}))
	}
	for _, seg := range slices.Clone(d.Segments) {
		var q, per, tper *annotate.Span
		if p.quote != "" {
			q = add(annotate.Source, seg, src, "« Oui »", annotate.LabelQuote, p.quote)
		}
		if p.per != "" {
			per = add(annotate.Source, seg, src, "Noël", annotate.LabelPER, p.per)
		}
		if p.tper {
			tper = add(annotate.Target, seg, tgt, "Noël", annotate.LabelPER, annotate.Auto)
		}
		if p.speaker != "" {
			link(annotate.LinkSpeaker, q, per, p.speaker)
		}
		if p.trans {
			link(annotate.LinkTranslation, per, tper, annotate.Human)
		}
		if p.entity {
			mustDo(t, e.AddEntity(&annotate.Entity{Type: annotate.LabelPER, Mentions: []string{per.ID}}))
		}
	}
	return d
}

// countDisagrees finds a count of one with a plural noun, or another count with a singular one, among the
// nouns export and import warnings count.
var countDisagrees = regexp.MustCompile(`\b1 (?:[a-z]+ )?(?:spans|links|entities|suggestions|relations|targets|segments|code points|bytes)\b|` +
	`\b(?:0|[2-9]|[1-9]\d+) (?:[a-z]+ )?(?:segment target|span|link|entity|suggestion|relation|code point|byte)\b`)

// TestExportWarningsAgreeWithTheirCounts exports documents that give each export warning with a count
// a count of one and a count of three: each says "1 link" and "3 links", with the verb that goes with
// it, never "1 links".
func TestExportWarningsAgreeWithTheirCounts(t *testing.T) {
	const H, A = annotate.Human, annotate.Auto
	tests := []struct {
		name, format string
		side         Side
		parts        countParts
		one, many    string // what the warnings say for one and for three
	}{
		{"target spans", "doccano", SourceSide, countParts{per: H, tper: true},
			"1 target span left out (exporting the source side", "3 target spans left out (exporting the source side"},
		{"source spans", "doccano", TargetSide, countParts{per: H, tper: true},
			"1 source span left out (exporting the target side", "3 source spans left out (exporting the target side"},
		{"links across sides", "doccano", BothSides, countParts{per: H, tper: true, trans: true},
			"1 link between a source and a target span (e.g. translation) is not kept", "3 links between a source and a target span (e.g. translation) are not kept"},
		{"translations", "spacy", SourceSide, countParts{},
			"spaCy keeps no translations: 1 segment target left out", "spaCy keeps no translations: 3 segment targets left out"},
		{"entities", "w3c", SourceSide, countParts{per: H, entity: true},
			"W3C Web Annotation keeps no entities: 1 entity (mention group) left out", "W3C Web Annotation keeps no entities: 3 entities (mention groups) left out"},
		{"doccano suggestions", "doccano", SourceSide, countParts{per: A},
			"1 suggestion (auto span) exported as a plain span: doccano has no origin or confidence (use --confirmed to leave it out)",
			"3 suggestions (auto spans) exported as plain spans: doccano has no origin or confidence (use --confirmed to leave them out)"},
		{"XLIFF links", "xliff", BothSides, countParts{quote: H, per: H, speaker: H},
			"XLIFF keeps no links: 1 link left out", "XLIFF keeps no links: 3 links left out"},
		{"XLIFF one side", "xliff", SourceSide, countParts{per: H, tper: true},
			"1 span of the target (English) text left out (only one side was asked for; export both sides to keep it)",
			"3 spans of the target (English) text left out (only one side was asked for; export both sides to keep them)"},
		{"brat confidences", "brat", SourceSide, countParts{quote: A, per: H, speaker: A},
			"brat keeps no confidences: 1 suggested span and 1 suggested link are marked", "brat keeps no confidences: 3 suggested spans and 3 suggested links are marked"},
		{"CoNLL overlaps", "conll", SourceSide, countParts{quote: H, per: H},
			"CoNLL holds one label per token: 1 overlapping span, quote or cue left out", "CoNLL holds one label per token: 3 overlapping spans, quotes or cues left out"},
		{"CoNLL links", "conll", SourceSide, countParts{quote: H, per: H, speaker: H},
			"CoNLL keeps no links: 1 link left out", "CoNLL keeps no links: 3 links left out"},
		{"spaCy links", "spacy", SourceSide, countParts{quote: H, per: H, speaker: H},
			"spaCy keeps no links: 1 link left out", "spaCy keeps no links: 3 links left out"},
		{"TMX spans", "tmx", BothSides, countParts{per: H},
			"TMX keeps no spans: 1 span and 0 links left out", "TMX keeps no spans: 3 spans and 0 links left out"},
		{"TMX links", "tmx", BothSides, countParts{quote: H, per: H, speaker: H},
			"TMX keeps no spans: 2 spans and 1 link left out", "TMX keeps no spans: 6 spans and 3 links left out"},
		{"TMX drafts", "tmx", BothSides, countParts{},
			"1 segment not translated or still a draft is left out of the memory", "3 segments not translated or still drafts are left out of the memory"},
		{"Label Studio confirmed relations", "labelstudio", SourceSide, countParts{quote: A, per: A, speaker: H},
			`1 relation a person confirmed joins a suggestion, so it is in the prediction (with origin "manual"): Label Studio shows it as predicted, Glose reads it back as confirmed`,
			`3 relations a person confirmed join a suggestion, so they are in the prediction (with origin "manual"): Label Studio shows them as predicted, Glose reads them back as confirmed`},
	}
	for _, tt := range tests {
		for n, want := range map[int]string{1: tt.one, 3: tt.many} {
			t.Run(fmt.Sprintf("%s/%d", tt.name, n), func(t *testing.T) {
				_, warns, err := Write(tt.format, []*annotate.Document{countDoc(t, n, tt.parts)}, WriteOptions{Side: tt.side})
				if err != nil {
					t.Fatal(err)
				}
				checkAgreement(t, warningList(warns), want)
			})
		}
	}
}

// TestImportErrorsAgreeWithTheirCounts: an import error that gives the length of the text says
// "1 Unicode code point", not "1 Unicode code points".
func TestImportErrorsAgreeWithTheirCounts(t *testing.T) {
	for text, want := range map[string]string{
		"a":   "outside the text (1 Unicode code point)",
		"abc": "outside the text (3 Unicode code points)",
	} {
		line := `{"text": "` + text + `", "entities": [{"id": 1, "label": "PER", "start_offset": 0, "end_offset": 40}], "relations": []}`
		_, _, err := Read("range.jsonl", []byte(line), ReadOptions{Format: "doccano"})
		if err == nil {
			t.Fatalf("%q: no error for a range past the end", text)
		}
		checkAgreement(t, []string{err.Error()}, want)
	}
}

// checkAgreement fails unless one of msgs says want, or if any has a count that countDisagreess with its noun.
func checkAgreement(t *testing.T, msgs []string, want string) {
	t.Helper()
	if !slices.ContainsFunc(msgs, func(m string) bool { return strings.Contains(m, want) }) {
		t.Errorf("nothing says %q:\n%q", want, msgs)
	}
	for _, m := range msgs {
		if bad := countDisagrees.FindString(m); bad != "" {
			t.Errorf("%q does not agree with its count in %q", bad, m)
		}
	}
}
