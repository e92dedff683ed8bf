package formats

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestFormatUsesItsOptions checks the metadata the command line refuses options with and the app's
// Export dialog leaves them out by: an option a format does not use changes none of its bytes, and one
// it uses changes them (on a document with an emoji outside the BMP, a combining mark, « », spans
// of both texts, suggestions, a pronoun and two paragraphs). The span options are set to what the
// format does not do by default, so that they would change a format that used them.
func TestFormatUsesItsOptions(t *testing.T) {
	for _, f := range All() {
		if !f.CanWrite() {
			continue
		}
		plain := optionsExport(t, f, WriteOptions{})
		for opt, opts := range optionSets(f) {
			same := bytes.Equal(optionsExport(t, f, opts), plain)
			if same == f.Uses(opt) {
				t.Errorf("%s: Uses(%q) = %v, but the option changes its export: %v", f.Name, opt, f.Uses(opt), !same)
			}
			if unused := f.UnusedOptions(opts); slices.Contains(unused, opt) == f.Uses(opt) {
				t.Errorf("%s: UnusedOptions(--%s) = %v", f.Name, opt, unused)
			}
		}
	}
	for opt, want := range map[string][]string{
		OptionUnit:         {"doccano", "labelstudio", "quotes-csv"},
		OptionRawCells:     {"quotes-csv"},
		OptionExcel:        {"quotes-csv"},
		OptionParagraphs:   {"tmx"},
		OptionNoMarkers:    {"xliff", "xliff12"},
		OptionUntranslated: {"text", "markdown"},
		OptionConfirmed:    {"glose", "jsonl", "doccano", "labelstudio", "spacy", "brat", "conll", "w3c", "xliff", "xliff12", "text", "markdown", "quotes-csv"},
		OptionSide:         {"glose", "jsonl", "doccano", "labelstudio", "spacy", "brat", "conll", "w3c", "xliff", "xliff12"},
		OptionMentions:     {"glose", "jsonl", "doccano", "labelstudio", "spacy", "brat", "conll", "w3c", "xliff", "xliff12"},
	} {
		if got := FormatsUsing(opt); !slices.Equal(got, want) {
			t.Errorf("FormatsUsing(%q) = %v, want %v", opt, got, want)
		}
	}
}

// TestNoMarkersUsesNoSpanOption: an XLIFF export without markers leaves every span out, so the
// options that choose spans change none of its bytes, and UnusedOptions names them; with markers,
// it names none.
func TestNoMarkersUsesNoSpanOption(t *testing.T) {
	for _, name := range FormatsUsing(OptionNoMarkers) {
		f, _ := Lookup(name)
		plain := optionsExport(t, f, WriteOptions{NoMarkers: true})
		for _, opt := range SpanOptions {
			opts := optionSets(f)[opt]
			if u := f.UnusedOptions(opts); len(u) != 0 {
				t.Errorf("%s --%s: UnusedOptions = %v, want none", name, opt, u)
			}
			opts.NoMarkers = true
			if !bytes.Equal(optionsExport(t, f, opts), plain) {
				t.Errorf("%s --no-markers --%s: the export changed", name, opt)
			}
			if u := f.UnusedOptions(opts); !slices.Equal(u, []string{opt}) {
				t.Errorf("%s --no-markers --%s: UnusedOptions = %v, want [%s]", name, opt, u, opt)
			}
		}
	}
}

// optionSets gives, for each option that only some formats use, options that set it to what f does
// not do by default.
func optionSets(f Format) map[string]WriteOptions {
	side, mentions := TargetSide, AllMentions
	if f.DefaultSide() == BothSides {
		side = SourceSide
	}
	if f.DefaultMentions() == AllMentions {
		mentions = NameMentions
	}
	return map[string]WriteOptions{
		OptionSide:         {Side: side},
		OptionConfirmed:    {Confirmed: true},
		OptionLabels:       {Labels: []string{annotate.LabelMISC}},
		OptionMentions:     {Mentions: mentions},
		OptionUnit:         {Unit: "utf16"},
		OptionParagraphs:   {Paragraphs: true},
		OptionNoMarkers:    {NoMarkers: true},
		OptionUntranslated: {Untranslated: OmitUntranslated},
		OptionRawCells:     {RawCells: true},
		OptionExcel:        {Excel: ExcelComma},
	}
}

// optionsExport exports the options test's document (fuzzDoc, its first segment translated, a
// person's pronoun "elle" added) as f with opts, and returns its files' bytes, joined.
func optionsExport(t *testing.T, f Format, opts WriteOptions) []byte {
	t.Helper()
	d := fuzzDoc(t)
	d.Segments[0].Status = annotate.StatusTranslated
	i := strings.Index(d.Text, "elle")
	mustDo(t, annotate.NewEditor(d).AddSpan(&annotate.Span{Side: annotate.Source, Start: i, End: i + len("elle"),
		Label: annotate.LabelPER, Origin: annotate.Human, Confidence: 1, Mention: annotate.MentionPronoun}))
	if f.Translation { // English not confirmed, which --confirmed leaves out
		d.Segments[0].Status = annotate.StatusDraft
	}
	if f.Rows { // a cell a spreadsheet would run as a formula, which only raw cells write as it is
		d.ID = "-" + d.ID
	}
	docs, opts := exportable(f, []*annotate.Document{d}, opts)
	files, _, err := Write(f.Name, docs, opts)
	if err != nil {
		t.Fatalf("%s %+v: %v", f.Name, opts, err)
	}
	var b bytes.Buffer
	for _, file := range files {
		b.WriteString(file.Name + "\n")
		b.Write(file.Data)
	}
	return b.Bytes()
}
