package formats

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// speakerDoc is a document of two translated segments where a person confirmed the speaker link of a
// quotation while the speaker's mention stays a suggestion, as in a file made elsewhere:
//
//	spans   q QUOTE « C'est une victoire » human    pm PER Paul Martin auto    cue CUE a dit auto
//	        mc PER Marie Curie human    v MISC victoire auto
//	        tpm PER Paul Martin (English) human     tmc PER Marie Curie (English) auto
//	links   speaker q→pm human, cue q→cue auto, translation pm→tpm human, translation mc→tmc auto
//	entities ePM {pm, tpm}, eMC {mc, tmc}, eV {v}
func speakerDoc(t *testing.T) *annotate.Document {
	t.Helper()
	const s1, s2 = "« C'est une victoire », a dit Paul Martin.", "Marie Curie était là."
	text := s1 + " " + s2
	d := annotate.NewDocument("speaker", "", text, "fr", "en")
	seg1 := d.AddSegment(0, len(s1), 0, annotate.KindSentence)
	seg2 := d.AddSegment(len(s1)+1, len(text), 0, annotate.KindSentence)
	seg1.Target, seg1.Status = "“It's a victory,” said Paul Martin.", annotate.StatusTranslated
	seg2.Target, seg2.Status = "Marie Curie was there.", annotate.StatusTranslated
	e := annotate.NewEditor(d)
	span := func(id string, seg *annotate.Segment, s, label string, o annotate.Origin) {
		sp := &annotate.Span{ID: id, Side: annotate.Source, Label: label, Origin: o, Confidence: 0.8}
		base := d.Text
		if seg != nil {
			sp.Side, sp.Segment, base = annotate.Target, seg.ID, seg.Target
		}
		sp.Start = strings.Index(base, s)
		sp.End = sp.Start + len(s)
		if o == annotate.Human {
			sp.Confidence = 1
		}
		mustDo(t, e.AddSpan(sp))
	}
	span("q", nil, "« C'est une victoire »", annotate.LabelQuote, annotate.Human)
	span("pm", nil, "Paul Martin", annotate.LabelPER, annotate.Auto)
	span("cue", nil, "a dit", annotate.LabelCue, annotate.Auto)
	span("mc", nil, "Marie Curie", annotate.LabelPER, annotate.Human)
	span("v", nil, "victoire", annotate.LabelMISC, annotate.Auto)
	span("tpm", seg1, "Paul Martin", annotate.LabelPER, annotate.Human)
	span("tmc", seg2, "Marie Curie", annotate.LabelPER, annotate.Auto)
	link := func(typ, from, to string, o annotate.Origin) {
		mustDo(t, e.AddLink(&annotate.Link{Type: typ, From: from, To: to, Origin: o, Confidence: 0.7}))
	}
	link(annotate.LinkSpeaker, "q", "pm", annotate.Human)
	link(annotate.LinkCue, "q", "cue", annotate.Auto)
	link(annotate.LinkTranslation, "pm", "tpm", annotate.Human)
	link(annotate.LinkTranslation, "mc", "tmc", annotate.Auto)
	mustDo(t, e.AddEntity(&annotate.Entity{ID: "ePM", Type: annotate.LabelPER, Mentions: []string{"pm", "tpm"}}))
	mustDo(t, e.AddEntity(&annotate.Entity{ID: "eMC", Type: annotate.LabelPER, Mentions: []string{"mc", "tmc"}}))
	mustDo(t, e.AddEntity(&annotate.Entity{ID: "eV", Type: annotate.LabelMISC, Mentions: []string{"v"}}))
	mustDo(t, d.Validate())
	return d
}

// docParts sums up a document: its span IDs, its links as "type from→to", its entities as
// "ID{mentions}" (each sorted, as the codec writes them), and its segments' targets.
func docParts(d *annotate.Document) (spans, links, entities, targets []string) {
	for _, sp := range d.Spans {
		spans = append(spans, sp.ID)
	}
	for _, l := range d.Links {
		links = append(links, l.Type+" "+l.From+"→"+l.To)
	}
	for _, e := range d.Entities {
		entities = append(entities, e.ID+"{"+strings.Join(e.Mentions, ",")+"}")
	}
	for _, s := range d.Segments {
		targets = append(targets, s.Target)
	}
	slices.Sort(spans)
	slices.Sort(links)
	slices.Sort(entities)
	return spans, links, entities, targets
}

// TestGloseExportOptions: Glose JSON and JSON Lines honour the export's options, as the other formats
// do: confirmed only leaves out the suggestions (spans and links) and the entities left without a
// mention; one side leaves out the other side's spans, with the links and mentions that go with them.
// The texts stay whole, the result is a valid document, a confirmed link lost with a suggestion is
// said, and with no option the export is the document, byte for byte.
func TestGloseExportOptions(t *testing.T) {
	const src, tgt, lost = WarnTargetSpansLeftOut, WarnSourceSpansLeftOut, WarnConfirmedLinkLeftOut
	tests := []struct {
		name                   string
		opts                   WriteOptions
		spans, links, entities string
		warnings               []string // code and N
	}{
		{"everything", WriteOptions{},
			"cue mc pm q tmc tpm v", "cue q→cue|speaker q→pm|translation mc→tmc|translation pm→tpm", "eMC{mc,tmc} ePM{pm,tpm} eV{v}", nil},
		{"confirmed", WriteOptions{Confirmed: true},
			"mc q tpm", "", "eMC{mc} ePM{tpm}", []string{fmt.Sprint(lost, 2)}},
		{"source", WriteOptions{Side: SourceSide},
			"cue mc pm q v", "cue q→cue|speaker q→pm", "eMC{mc} ePM{pm} eV{v}", []string{fmt.Sprint(src, 2)}},
		{"target", WriteOptions{Side: TargetSide},
			"tmc tpm", "", "eMC{tmc} ePM{tpm}", []string{fmt.Sprint(tgt, 5)}},
		{"confirmed source", WriteOptions{Side: SourceSide, Confirmed: true},
			"mc q", "", "eMC{mc}", []string{fmt.Sprint(src, 1), fmt.Sprint(lost, 1)}},
		{"persons", WriteOptions{Side: BothSides, Labels: []string{annotate.LabelPER}},
			"mc pm tmc tpm", "translation mc→tmc|translation pm→tpm", "eMC{mc,tmc} ePM{pm,tpm}", nil},
	}
	for _, format := range []string{"glose", "jsonl"} {
		for _, tt := range tests {
			d := speakerDoc(t)
			whole, err := annotate.Marshal(d)
			mustDo(t, err)
			files, warns, err := Write(format, []*annotate.Document{d}, tt.opts)
			if err != nil {
				t.Fatalf("%s %s: %v", format, tt.name, err)
			}
			docs, _, err := Read(files[0].Name, files[0].Data, ReadOptions{Format: format})
			if err != nil {
				t.Fatalf("%s %s: the export does not read back: %v", format, tt.name, err)
			}
			spans, links, entities, targets := docParts(docs[0])
			if got := strings.Join(spans, " "); got != tt.spans {
				t.Errorf("%s %s: spans %q, want %q", format, tt.name, got, tt.spans)
			}
			if got := strings.Join(links, "|"); got != tt.links {
				t.Errorf("%s %s: links %q, want %q", format, tt.name, got, tt.links)
			}
			if got := strings.Join(entities, " "); got != tt.entities {
				t.Errorf("%s %s: entities %q, want %q", format, tt.name, got, tt.entities)
			}
			if _, _, _, want := docParts(d); !slices.Equal(targets, want) || docs[0].Text != d.Text {
				t.Errorf("%s %s: the texts changed: %q", format, tt.name, targets)
			}
			var got []string
			for _, w := range warns {
				got = append(got, fmt.Sprint(w.Code, w.Args["N"]))
			}
			if !slices.Equal(got, tt.warnings) {
				t.Errorf("%s %s: warnings %q, want %q", format, tt.name, got, tt.warnings)
			}
			if format == "glose" && tt.name == "everything" && string(files[0].Data) != string(whole) {
				t.Errorf("with no option, the Glose JSON export is not the document")
			}
			if again, _ := annotate.Marshal(d); string(again) != string(whole) {
				t.Fatalf("%s %s: exporting changed the document", format, tt.name)
			}
		}
	}
}

// TestConfirmedLinkLeftOutIsSaid: a confirmed-only export in any format that keeps spans says that a
// confirmed speaker link is left out with its suggested mention, naming the mention, in words that
// agree with the count.
func TestConfirmedLinkLeftOutIsSaid(t *testing.T) {
	const H, A = annotate.Human, annotate.Auto
	for _, format := range []string{"glose", "jsonl", "doccano", "labelstudio", "spacy", "brat", "conll", "w3c"} {
		for n, want := range map[int]string{
			1: `1 confirmed link joins a suggestion and is left out with it: PER "Noël" (accept the suggestion, or export without --confirmed)`,
			3: `3 confirmed links join suggestions and are left out with them, such as PER "Noël" (accept the suggestions, or export without --confirmed)`,
		} {
			d := countDoc(t, n, countParts{quote: H, per: A, speaker: H})
			_, warns, err := Write(format, []*annotate.Document{d}, WriteOptions{Confirmed: true})
			if err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			t.Run(fmt.Sprintf("%s/%d", format, n), func(t *testing.T) { checkAgreement(t, warningList(warns), want) })
			// Without the option, nothing is left out, and nothing is said.
			_, warns, _ = Write(format, []*annotate.Document{d}, WriteOptions{})
			if slices.ContainsFunc(warns, func(w Warning) bool { return w.Code == WarnConfirmedLinkLeftOut }) {
				t.Errorf("%s: a confirmed link is said left out of an export of everything", format)
			}
		}
	}
}

// TestConfirmedLinkLeftOutNamesTheSpeaker: of the suggestions that confirmed links join, the warning
// names a speaker's mention, whatever the order of the links.
func TestConfirmedLinkLeftOutNamesTheSpeaker(t *testing.T) {
	d := speakerDoc(t)
	for _, l := range d.Links {
		l.Origin = annotate.Human
	}
	slices.Reverse(d.Links) // the cue link, to a suggested CUE, comes before the speaker link
	_, warns, err := Write("glose", []*annotate.Document{d}, WriteOptions{Side: SourceSide, Confirmed: true})
	mustDo(t, err)
	i := slices.IndexFunc(warns, func(w Warning) bool { return w.Code == WarnConfirmedLinkLeftOut })
	if i < 0 || warns[i].Args["Label"] != annotate.LabelPER || warns[i].Args["N"] != 2 {
		t.Errorf("warnings %q: want 2 confirmed links left out, naming the speaker PER", warningList(warns))
	}
}
