package formats

import (
	"bytes"
	"encoding/csv"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/glose-app/glose/annotate"
)

// saidDoc is an article with three quotations: a confirmed one in « guillemets » with no-break
// spaces, after a decomposed accent (e + U+0301, which Glose's import composes) and an emoji,
// spoken by a name and linked to its English; a suggested one over two paragraphs, spoken by a
// pronoun resolved to an entity, with English quotations aligned with it but linked to none; and a
// suggested one with no speaker that starts with a minus sign.
func saidDoc(t *testing.T) *annotate.Document {
	t.Helper()
	text, err := annotate.NormalizeInput("said.txt", []byte("Le cafe\u0301 x\u0301 👍🏽 : « Ça coûte 3\u00a0€ », a dit Anne Hidalgo.\n"+
		"« Nous irons jusqu'au bout.\nRien ne nous arrêtera », a-t-il déclaré.\n-20 % sur les prix, selon Sergueï Lavrov."))
	if err != nil {
		t.Fatal(err)
	}
	d := annotate.NewDocument("said", "Said", text, "fr", "en")
	p1, p2 := strings.Index(text, "« Nous"), strings.Index(text, "Rien")
	p3 := strings.Index(text, "-20")
	d.AddSegment(0, p1-1, 0, annotate.KindSentence).Target = "Coffee x\u0301 👍🏽: “It costs €3,” said Anne Hidalgo."
	d.AddSegment(p1, p2-1, 1, annotate.KindSentence).Target = "“We will see it through."
	d.AddSegment(p2, p3-1, 2, annotate.KindSentence).Target = "Nothing will stop us,” he declared."
	d.AddSegment(p3, len(text), 3, annotate.KindSentence).Target = "-20% on prices, according to Sergei Lavrov."
	e := annotate.NewEditor(d)
	src := func(words, label string, origin annotate.Origin, conf float64) *annotate.Span {
		i := strings.Index(text, words)
		sp := &annotate.Span{Side: annotate.Source, Start: i, End: i + len(words), Label: label, Origin: origin, Confidence: conf}
		mustDo(t, e.AddSpan(sp))
		return sp
	}
	tgt := func(seg int, words string) *annotate.Span {
		s := d.Segments[seg]
		i := strings.Index(s.Target, words)
		sp := &annotate.Span{Side: annotate.Target, Segment: s.ID, Start: i, End: i + len(words), Label: annotate.LabelQuote}
		mustDo(t, e.AddSpan(sp))
		return sp
	}
	link := func(typ string, from, to *annotate.Span, origin annotate.Origin, conf float64) {
		mustDo(t, e.AddLink(&annotate.Link{Type: typ, From: from.ID, To: to.ID, Origin: origin, Confidence: conf}))
	}
	q1 := src("« Ça coûte 3\u00a0€ »", annotate.LabelQuote, "", 0)
	anne := src("Anne Hidalgo", annotate.LabelPER, "", 0)
	link(annotate.LinkSpeaker, q1, anne, "", 0)
	link(annotate.LinkCue, q1, src("dit", annotate.LabelCue, "", 0), "", 0)
	link(annotate.LinkTranslation, q1, tgt(0, "“It costs €3,”"), "", 0)
	q2 := src("« Nous irons jusqu'au bout.\nRien ne nous arrêtera »", annotate.LabelQuote, annotate.Auto, 0.8)
	il := src("il", annotate.LabelPER, annotate.Auto, 0.7)
	il.Mention = annotate.MentionPronoun
	link(annotate.LinkSpeaker, q2, il, annotate.Auto, 0.7)
	link(annotate.LinkCue, q2, src("déclaré", annotate.LabelCue, annotate.Auto, 0.9), annotate.Auto, 0.9)
	tgt(1, "“We will see it through.")
	tgt(2, "Nothing will stop us,”")
	src("-20 % sur les prix", annotate.LabelQuote, annotate.Auto, 0.55)
	lavrov := src("Sergueï Lavrov", annotate.LabelPER, "", 0)
	mustDo(t, e.AddEntity(&annotate.Entity{Type: "PER", Names: map[string]string{"fr": "Anne Hidalgo", "en": "Anne Hidalgo"}, Mentions: []string{anne.ID}}))
	mustDo(t, e.AddEntity(&annotate.Entity{Type: "PER", Names: map[string]string{"fr": "Sergueï Lavrov", "en": "Sergei Lavrov"}, Mentions: []string{lavrov.ID, il.ID}}))
	mustDo(t, d.Validate())
	return d
}

// readQuotesCSV exports docs as quotes-csv with opts and reads the file back as a program would.
func readQuotesCSV(t *testing.T, docs []*annotate.Document, opts WriteOptions) [][]string {
	t.Helper()
	files, warns, err := Write("quotes-csv", docs, opts)
	if err != nil || len(files) != 1 || !files[0].Main || len(warns) > 0 {
		t.Fatalf("export: %v, %d files, warnings %v", err, len(files), warns)
	}
	r := csv.NewReader(bytes.NewReader(files[0].Data))
	rows, err := r.ReadAll() // also checks that every row has the header's number of cells
	if err != nil {
		t.Fatalf("reading the export back: %v\n%s", err, files[0].Data)
	}
	return rows
}

// inUnit returns text[start:end] with the offsets counted in u.
func inUnit(text string, start, end int, u string) string {
	if u == "utf16" {
		units := utf16.Encode([]rune(text))
		return string(utf16.Decode(units[start:end]))
	}
	runes := []rune(text)
	return string(runes[start:end])
}

// TestQuotesCSV: one row per French quotation, whose offsets, in the unit its header names, find its
// text in the French; its English linked or aligned; its speaker as written, resolved to its entity;
// its cue; confirmed or suggested; a quotation without speaker has blank speaker cells; --confirmed
// keeps the confirmed ones; a cell a spreadsheet would run as a formula is guarded by a tab, unless
// raw cells are asked for.
func TestQuotesCSV(t *testing.T) {
	d := saidDoc(t)
	header := "document_id,segment,start_%s,end_%s,quote_fr,quote_en,speaker_mention,speaker_kind,speaker_fr,speaker_en,speaker_type,cue,quote_status,speaker_status,quote_confidence,speaker_confidence"
	first := []string{"said", "1", "", "", "« Ça coûte 3\u00a0€ »", "“It costs €3,”", "Anne Hidalgo", "name", "Anne Hidalgo", "Anne Hidalgo", "PER", "dit", "confirmed", "confirmed", "1", "1"}
	second := []string{"said", "2", "", "", "« Nous irons jusqu'au bout.\nRien ne nous arrêtera »", "“We will see it through.\nNothing will stop us,”",
		"il", "pronoun", "Sergueï Lavrov", "Sergei Lavrov", "PER", "déclaré", "suggestion", "suggestion", "0.8", "0.7"}
	third := []string{"said", "4", "", "", "\t-20 % sur les prix", "", "", "", "", "", "", "", "suggestion", "", "0.55", ""}
	for _, c := range []struct {
		name string
		opts WriteOptions
		unit string
		want [][]string
	}{
		{"code points", WriteOptions{}, "cp", [][]string{first, second, third}},
		{"utf16", WriteOptions{Unit: "utf16"}, "utf16", [][]string{first, second, third}},
		{"confirmed", WriteOptions{Confirmed: true}, "cp", [][]string{first}},
		{"raw cells", WriteOptions{RawCells: true}, "cp", [][]string{first, second, slices.Concat([]string{"said", "4", "", "", "-20 % sur les prix"}, third[5:])}},
	} {
		t.Run(c.name, func(t *testing.T) {
			rows := readQuotesCSV(t, []*annotate.Document{d}, c.opts)
			if got := strings.Join(rows[0], ","); got != strings.ReplaceAll(header, "%s", c.unit) {
				t.Errorf("header %s", got)
			}
			if len(rows)-1 != len(c.want) {
				t.Fatalf("%d rows, want %d: %q", len(rows)-1, len(c.want), rows[1:])
			}
			for i, row := range rows[1:] {
				start, err1 := strconv.Atoi(row[2])
				end, err2 := strconv.Atoi(row[3])
				if err1 != nil || err2 != nil {
					t.Fatalf("row %d: offsets %q %q", i+1, row[2], row[3])
				}
				u := map[string]string{"cp": "codepoints", "utf16": "utf16"}[c.unit]
				if got := inUnit(d.Text, start, end, u); got != strings.TrimPrefix(row[4], "\t") {
					t.Errorf("row %d: offsets %d-%d find %q in the French, the row says %q", i+1, start, end, got, row[4])
				}
				want := slices.Clone(c.want[i])
				want[2], want[3] = row[2], row[3]
				if !slices.Equal(row, want) {
					t.Errorf("row %d:\n got %q\nwant %q", i+1, row, want)
				}
			}
		})
	}
}

// TestQuotesCSVOffsetsPastEmoji: before the first quotation, the accent composed on import counts
// one code point, the x and its combining accent (no composed form) two, and the emoji's two
// characters two code points but four UTF-16 units, which the offsets say.
func TestQuotesCSVOffsetsPastEmoji(t *testing.T) {
	d := saidDoc(t)
	cp := readQuotesCSV(t, []*annotate.Document{d}, WriteOptions{})
	u16 := readQuotesCSV(t, []*annotate.Document{d}, WriteOptions{Unit: "utf16"})
	if !strings.HasPrefix(d.Text, "Le café x\u0301 ") || cp[1][2] != "16" || u16[1][2] != "18" {
		t.Errorf("first quotation starts at %s code points, %s UTF-16 units; want 16 and 18 after %q", cp[1][2], u16[1][2], d.Text[:20])
	}
}

// TestQuotesCSVOptions: quotes-csv takes no choice of side, labels or mentions (a row is a French
// quotation with its English and speaker whatever they are), and raw cells only it takes.
func TestQuotesCSVOptions(t *testing.T) {
	f, ok := Lookup("quotes-csv")
	if !ok || !f.CanWrite() || f.Extensions[0] != ".csv" {
		t.Fatal("no quotes-csv export")
	}
	for opt, want := range map[string]bool{OptionSide: false, OptionLabels: false, OptionMentions: false,
		OptionConfirmed: true, OptionUnit: true, OptionRawCells: true} {
		if f.Uses(opt) != want {
			t.Errorf("quotes-csv uses %s: %v", opt, !want)
		}
	}
	if got := FormatsUsing(OptionRawCells); !slices.Equal(got, []string{"quotes-csv"}) {
		t.Errorf("raw cells used by %v", got)
	}
}

// TestGuardCells: only a cell starting with a formula's sign, a tab or a carriage return is guarded.
func TestGuardCells(t *testing.T) {
	in := []string{"=1+1", "+33 1", "-20 %", "@SUM(A1)", "\tx", "\rx", "a=b", "« = »", "", "1"}
	want := []string{"\t=1+1", "\t+33 1", "\t-20 %", "\t@SUM(A1)", "\t\tx", "\t\rx", "a=b", "« = »", "", "1"}
	if got := guardCells(slices.Clone(in), false); !slices.Equal(got, want) {
		t.Errorf("guarded %q, want %q", got, want)
	}
	if got := guardCells(slices.Clone(in), true); !slices.Equal(got, in) {
		t.Errorf("raw cells changed: %q", got)
	}
}
