package app

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
)

// documentError says a problem of a Glose JSON document (an *annotate.ValidationError with a code) in
// the user's language, with where it is: the JSON path of the place, and the line of a corpus, or the
// line and column of what follows the document. It returns "" for an error without a code, whose
// English then stands.
func documentError(ve *annotate.ValidationError) string {
	say := documentErrors[ve.Code]
	if say == nil {
		return ""
	}
	a := make(map[string]any, len(ve.Args)+1)
	for k, v := range ve.Args {
		a[k] = v
	}
	text := ownQuotes(say(a), ve.Args)
	var where []string
	if ve.Code != annotate.InvalidTrailingData && ve.Path != "" { // its Path is the line and column, in English
		where = append(where, ve.Path)
	}
	if line, _ := ve.Args["Line"].(int); line > 0 {
		where = append(where, lang.X("import.place.line", "line {{.Line}}", map[string]any{"Line": line}))
	}
	if col, _ := ve.Args["Column"].(int); col > 0 {
		where = append(where, lang.X("import.place.column", "column {{.Column}}", map[string]any{"Column": col}))
	}
	if len(where) == 0 {
		return text
	}
	return lang.X("import.at", "{{.Text}} ({{.Place}})", map[string]any{"Text": text, "Place": strings.Join(where, ", ")})
}

// integrityTexts says, in the user's language, what d holds that a later step would trip on (notes
// sharing an ID, a translation tool's file that is not XML): warnings, for a document just opened.
func integrityTexts(d *annotate.Document) []string {
	var out []string
	for _, w := range d.IntegrityWarnings() {
		if text := documentError(w); text != "" {
			out = append(out, sentence(text))
		}
	}
	return out
}

// jsonKind names a kind of JSON value (infile.JSONKinds) in the user's language.
func jsonKind(k any) string {
	switch k {
	case "string":
		return lang.X("json.kind.string", "a string")
	case "integer":
		return lang.X("json.kind.integer", "a whole number")
	case "natural":
		return lang.X("json.kind.natural", "a whole number from 0")
	case "number":
		return lang.X("json.kind.number", "a number")
	case "bool":
		return lang.X("json.kind.bool", "true or false")
	case "object":
		return lang.X("json.kind.object", "an object {…}")
	case "array":
		return lang.X("json.kind.array", "an array […]")
	}
	return lang.X("json.kind.value", "a value")
}

// documentErrors say each kind of problem of a Glose JSON document in the user's language, from the
// error's Args (a, a copy).
var documentErrors = map[annotate.ErrorCode]func(a map[string]any) string{
	annotate.InvalidTrailingData: func(a map[string]any) string {
		return lang.X("glose.error.trailing-data", "Something follows the document in the file: a Glose file holds one document (a corpus is JSON Lines, one document a line)", a)
	},
	annotate.InvalidFormatMissing: func(a map[string]any) string {
		return lang.X("glose.error.format-missing", "The file has no “format”: it is not a Glose document (whose “format” is “glose/1”)", a)
	},
	annotate.InvalidFormatVersion: func(a map[string]any) string {
		return lang.X("glose.error.format-version", "The file is in version {{.Version}} of the Glose format, and this Glose reads {{.Supported}}: update Glose", a)
	},
	annotate.InvalidFormat: func(a map[string]any) string {
		return lang.X("glose.error.format", "“{{.Format}}” is not a Glose format (expected “{{.Expected}}”)", a)
	},
	annotate.InvalidOffsetUnit: func(a map[string]any) string {
		return lang.X("glose.error.offset-unit", "The offsets are counted in “{{.Unit}}”, which Glose does not read (expected “{{.Expected}}”)", a)
	},
	annotate.InvalidRange: func(a map[string]any) string {
		n, _ := a["Len"].(int)
		if a["Segment"] == "" {
			return lang.XN("glose.error.range-source", "The range [{{.Start}}, {{.End}}) is not inside the French text ({{.Len}} code points)", n, a)
		}
		return lang.XN("glose.error.range-target", "The range [{{.Start}}, {{.End}}) is not inside the English of segment {{.Segment}} ({{.Len}} code points)", n, a)
	},
	annotate.InvalidEmptyRange: func(a map[string]any) string {
		return lang.X("glose.error.empty-range", "The range [{{.Start}}, {{.End}}) is empty", a)
	},
	annotate.InvalidText: func(a map[string]any) string {
		return lang.X("glose.error.text", "The text “{{.Stated}}” is not the text at [{{.Start}}, {{.End}}), which is “{{.Found}}”", a)
	},
	annotate.InvalidNoSegment: func(a map[string]any) string {
		return lang.X("glose.error.no-segment", "The document has no segment “{{.Segment}}”", a)
	},
	annotate.InvalidNoSpan: func(a map[string]any) string {
		return lang.X("glose.error.no-span", "The document has no span “{{.Span}}”", a)
	},
	annotate.InvalidChoice: func(a map[string]any) string {
		return lang.X("glose.error.choice", "“{{.Value}}” is not allowed here (expected one of {{.Allowed}})", a)
	},
	annotate.InvalidDate: func(a map[string]any) string {
		return lang.X("glose.error.date", "“{{.Value}}” is not a date and time as RFC 3339 writes them (2026-03-14T09:30:00Z)", a)
	},
	annotate.InvalidNoID: func(a map[string]any) string {
		return lang.X("glose.error.no-id", "The document has no ID (the file's name without its extension is a good one)", a)
	},
	annotate.InvalidLanguage: func(a map[string]any) string {
		return lang.X("glose.error.language", "“{{.Value}}” is not a language tag (such as “fr” or “en-GB”)", a)
	},
	annotate.InvalidUTF8: func(a map[string]any) string {
		return lang.X("glose.error.utf8", "The text is not valid UTF-8", a)
	},
	annotate.InvalidNFC: func(a map[string]any) string {
		return lang.X("glose.error.nfc", "The French text is not in Unicode NFC form: import the text into Glose, which normalises it", a)
	},
	annotate.InvalidEmpty: func(a map[string]any) string {
		return lang.X("glose.error.empty", "The value is empty, and may not be", a)
	},
	annotate.InvalidDuplicate: func(a map[string]any) string {
		return lang.X("glose.error.duplicate", "“{{.Value}}” is given twice", a)
	},
	annotate.InvalidColor: func(a map[string]any) string {
		return lang.X("glose.error.color", "“{{.Value}}” is not a colour such as “#4e79a7”", a)
	},
	annotate.InvalidKey: func(a map[string]any) string {
		return lang.X("glose.error.key", "“{{.Value}}”: a label's key is one character", a)
	},
	annotate.InvalidConfidence: func(a map[string]any) string {
		return lang.X("glose.error.confidence", "{{.Value}}: a confidence is a number from 0 to 1", a)
	},
	annotate.InvalidPriority: func(a map[string]any) string {
		return lang.X("glose.error.priority", "{{.Value}}: a note's priority is from 1 (the highest) to 10, or none", a)
	},
	annotate.InvalidSegmentRange: func(a map[string]any) string {
		return lang.X("glose.error.segment-range", "The segment's range [{{.Start}}, {{.End}}) is empty, outside the text or before the end of the previous segment", a)
	},
	annotate.InvalidSourceSegment: func(a map[string]any) string {
		return lang.X("glose.error.source-segment", "A span or rejection on the French names a segment, which only one on the English does", a)
	},
	annotate.InvalidLabel: func(a map[string]any) string {
		return lang.X("glose.error.label", "The label “{{.Label}}” is not one of the document's labels", a)
	},
	annotate.InvalidMention: func(a map[string]any) string {
		return lang.X("glose.error.mention", "The span “{{.Span}}” is already a mention of entity “{{.Entity}}”", a)
	},
	annotate.InvalidDuplicateKey: func(a map[string]any) string {
		return lang.X("glose.error.duplicate-key", "The key “{{.Key}}” is given twice in one object: reading the file would keep only one of its values and lose the other; remove or rename one in a text editor", a)
	},
	annotate.InvalidSurrogate: func(a map[string]any) string {
		return lang.X("glose.error.surrogate", "{{.Escape}} is half of a UTF-16 surrogate pair without its other half: it is no character, and reading the file would put “�” in its place; write the character itself, or both halves", a)
	},
	annotate.InvalidLayout: func(a map[string]any) string {
		return lang.X("glose.error.layout", "The Markdown markup “{{.Value}}” kept for a paragraph of the French holds a line break: the markup of a paragraph is what begins its first line", a)
	},
	annotate.InvalidLayoutTag: func(a map[string]any) string {
		return lang.X("glose.error.layout-tag", "The subtitle tag “{{.Value}}” kept with the French is out of its text or out of order, or is no tag: the export could not write it back where it was", a)
	},
	annotate.WarnNoteID: func(a map[string]any) string {
		return lang.X("glose.error.note-id", "The note ID “{{.ID}}” is also that of {{.Other}}: XLIFF tools refuse two notes of one ID in one place; give each its own", a)
	},
	annotate.WarnOriginal: func(a map[string]any) string {
		return lang.X("glose.error.original-xml", "The translation tool’s file kept for exporting back into it is not well-formed XML (line {{.XMLLine}} of it): the XLIFF export cannot write the translations into it", a)
	},
}
