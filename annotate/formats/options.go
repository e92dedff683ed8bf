package formats

import "slices"

// The export options that only some formats use, named as the command line's flags. Uses tells
// which formats use them: the command line refuses them for the others, and the app's Export
// dialog leaves them out (and greys the span options XLIFF as plain text rules out).
const (
	OptionSide       = "side"       // WriteOptions.Side: every format that keeps spans (not NoSpans)
	OptionConfirmed  = "confirmed"  // WriteOptions.Confirmed: likewise
	OptionLabels     = "labels"     // WriteOptions.Labels: likewise
	OptionUnit       = "unit"       // WriteOptions.Unit: Format.UnitChoice
	OptionParagraphs = "paragraphs" // WriteOptions.Paragraphs: Format.Paragraphs
	OptionNoMarkers  = "no-markers" // WriteOptions.NoMarkers: Format.Markers
	OptionMentions   = "mentions"   // WriteOptions.Mentions: as OptionSide
	// OptionUntranslated is WriteOptions.Untranslated: Format.Translation (which uses OptionConfirmed
	// too, for segments).
	OptionUntranslated = "untranslated"
	OptionRawCells     = "raw-cells" // WriteOptions.RawCells: Format.Rows
	OptionExcel        = "excel"     // WriteOptions.Excel: Format.Rows
)

// SpanOptions are the options that choose which spans (and links) an export keeps: a format that
// keeps none (TMX, whose units always hold both texts) does not use them, and neither does an XLIFF
// export without markers (WriteOptions.NoMarkers), which leaves every span out.
var SpanOptions = []string{OptionSide, OptionConfirmed, OptionLabels, OptionMentions}

// Uses reports whether the format uses an export option of those named Option… (every other
// option is used by every format).
func (f Format) Uses(option string) bool {
	switch option {
	case OptionUnit:
		return f.UnitChoice
	case OptionParagraphs:
		return f.Paragraphs
	case OptionNoMarkers:
		return f.Markers
	case OptionUntranslated:
		return f.Translation
	case OptionRawCells, OptionExcel:
		return f.Rows
	case OptionConfirmed:
		return !f.NoSpans || f.Translation
	case OptionSide, OptionLabels, OptionMentions:
		return !f.NoSpans && !f.Rows
	}
	return true
}

// UsesWith reports whether the format uses option in an export with opts: as Uses, except that
// the span options (SpanOptions) are not used with NoMarkers, which leaves every span out.
func (f Format) UsesWith(option string, opts WriteOptions) bool {
	if opts.NoMarkers && f.Uses(OptionNoMarkers) && slices.Contains(SpanOptions, option) {
		return false
	}
	return f.Uses(option)
}

// UnusedOptions returns the options opts sets that the format does not use (see UsesWith), as
// Option… names, in the order of WriteOptions' fields.
func (f Format) UnusedOptions(opts WriteOptions) []string {
	var out []string
	for _, o := range []struct {
		name string
		set  bool
	}{
		{OptionSide, opts.Side != FormatSide}, {OptionConfirmed, opts.Confirmed}, {OptionLabels, len(opts.Labels) > 0},
		{OptionUnit, opts.Unit != ""}, {OptionParagraphs, opts.Paragraphs}, {OptionNoMarkers, opts.NoMarkers},
		{OptionMentions, opts.Mentions != FormatMentions}, {OptionUntranslated, opts.Untranslated != RefuseUntranslated},
		{OptionRawCells, opts.RawCells}, {OptionExcel, opts.Excel != NoExcel},
	} {
		if o.set && !f.UsesWith(o.name, opts) {
			out = append(out, o.name)
		}
	}
	return out
}

// FormatsUsing returns the names of the export formats that use an option, in the order of All.
func FormatsUsing(option string) []string {
	var out []string
	for _, f := range All() {
		if f.CanWrite() && f.Uses(option) {
			out = append(out, f.Name)
		}
	}
	return out
}
