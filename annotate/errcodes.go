package annotate

// ErrorCode names the kind of problem a ValidationError reports about a Glose JSON document, so that a
// program (the desktop app) can say it in its own words and language, as it says the import warnings
// of the other formats (see formats.WarningCode). Beside each code: what it says and the keys of the
// error's Args. Path, the JSON path of the place ("spans[3].text"), is in the error itself; an error
// about one line of a JSON Lines corpus also has Line in its Args.
type ErrorCode string

// The kinds of problems a Glose JSON document may have.
const (
	// InvalidTrailingData: something follows the document in the file. Line, Column: where; Data: what, shortened.
	InvalidTrailingData ErrorCode = "trailing-data"
	// InvalidFormatMissing: the file has no "format": it is not a Glose document.
	InvalidFormatMissing ErrorCode = "format-missing"
	// InvalidFormatVersion: a version of the Glose format this Glose does not read. Version: the
	// file's ("glose/2"); Supported: the one it reads.
	InvalidFormatVersion ErrorCode = "format-version"
	// InvalidFormat: "format" names something other than Glose. Format; Expected.
	InvalidFormat ErrorCode = "format"
	// InvalidOffsetUnit: "offsets" names a unit other than code points. Unit; Expected.
	InvalidOffsetUnit ErrorCode = "offset-unit"
	// InvalidRange: a range is not inside its text. Start, End: the range in code points; Len: the
	// text's length in code points; Segment: the segment whose English it is on, or "" for the French.
	InvalidRange ErrorCode = "range"
	// InvalidEmptyRange: a range is empty where it may not be. Start, End.
	InvalidEmptyRange ErrorCode = "empty-range"
	// InvalidText: the text a span or rejection states is not the text at its range. Stated; Start,
	// End; Found: the text there.
	InvalidText ErrorCode = "text"
	// InvalidNoSegment: a reference to a segment the document does not have. Segment.
	InvalidNoSegment ErrorCode = "no-segment"
	// InvalidNoSpan: a reference to a span the document does not have. Span.
	InvalidNoSpan ErrorCode = "no-span"
	// InvalidChoice: a value that is not one of those allowed. Value; Allowed: them, joined by ", ".
	InvalidChoice ErrorCode = "choice"
	// InvalidDate: a date that is not an RFC 3339 date-time. Value.
	InvalidDate ErrorCode = "date"
	// InvalidNoID: the document has no ID.
	InvalidNoID ErrorCode = "no-id"
	// InvalidLanguage: a language that is not a BCP 47 tag. Value.
	InvalidLanguage ErrorCode = "language"
	// InvalidUTF8: a text that is not valid UTF-8 (escaped surrogates, say).
	InvalidUTF8 ErrorCode = "utf8"
	// InvalidNFC: the French text is not in Unicode NFC form.
	InvalidNFC ErrorCode = "nfc"
	// InvalidEmpty: a value that may not be empty is (an ID, a label's name, a link's type).
	InvalidEmpty ErrorCode = "empty"
	// InvalidDuplicate: an ID or a label's name given twice. Value.
	InvalidDuplicate ErrorCode = "duplicate"
	// InvalidColor: a label colour that is not "#rrggbb". Value.
	InvalidColor ErrorCode = "color"
	// InvalidKey: a label key of more than one character. Value.
	InvalidKey ErrorCode = "key"
	// InvalidConfidence: a confidence outside 0–1. Value.
	InvalidConfidence ErrorCode = "confidence"
	// InvalidPriority: a note priority outside 1–10. Value.
	InvalidPriority ErrorCode = "priority"
	// InvalidSegmentRange: a segment's range is empty, outside the text or before the previous
	// segment's end. Start, End: in bytes.
	InvalidSegmentRange ErrorCode = "segment-range"
	// InvalidSourceSegment: a span or rejection on the French names a segment (or a rejection on the
	// French says what it was rejected from, which only one on the English may).
	InvalidSourceSegment ErrorCode = "source-segment"
	// InvalidLabel: a span's label is not one of the document's. Label.
	InvalidLabel ErrorCode = "label"
	// InvalidMention: a span is the mention of two entities. Span; Entity: the first one's ID.
	InvalidMention ErrorCode = "mention"
	// InvalidDuplicateKey: a key given twice in one object, whose first value a JSON reader would
	// lose. Key; Line, Column: where the second one is.
	InvalidDuplicateKey ErrorCode = "duplicate-key"
	// InvalidSurrogate: an escaped UTF-16 surrogate without its other half ("\ud83d"), which a JSON
	// reader would replace with U+FFFD. Escape: it; Line, Column: where.
	InvalidSurrogate ErrorCode = "surrogate"
	// InvalidLayout: the Markdown markup kept of a paragraph of the source holds a line break. Value.
	InvalidLayout ErrorCode = "layout"
	// InvalidLayoutTag: a formatting tag kept of subtitles is out of the text, out of order, or no tag.
	// Value: the tag.
	InvalidLayoutTag ErrorCode = "layout-tag"
	// WarnNoteID (a warning, from Warnings): two notes of one list share an ID. ID; Other: the path
	// of the first.
	WarnNoteID ErrorCode = "note-id"
	// WarnOriginal (a warning, from Warnings): the client's file kept for merge-back is not
	// well-formed XML. XMLLine: the line of it where the XML breaks; Reason: the XML
	// reader's words.
	WarnOriginal ErrorCode = "original-xml"
)

// ErrorCodes lists every ErrorCode, for a program that says each in its own words to check that it
// knows them all.
func ErrorCodes() []ErrorCode {
	return []ErrorCode{InvalidTrailingData, InvalidFormatMissing, InvalidFormatVersion, InvalidFormat, InvalidOffsetUnit,
		InvalidRange, InvalidEmptyRange, InvalidText, InvalidNoSegment, InvalidNoSpan, InvalidChoice, InvalidDate, InvalidNoID,
		InvalidLanguage, InvalidUTF8, InvalidNFC, InvalidEmpty, InvalidDuplicate, InvalidColor, InvalidKey, InvalidConfidence,
		InvalidPriority, InvalidSegmentRange, InvalidSourceSegment, InvalidLabel, InvalidMention,
		InvalidDuplicateKey, InvalidSurrogate, InvalidLayout, InvalidLayoutTag, WarnNoteID, WarnOriginal}
}

// coded returns the error for a problem at path, with its English message msg, its code and Args.
func coded(path string, code ErrorCode, args map[string]any, msg string) *ValidationError {
	return &ValidationError{Path: path, Msg: msg, Code: code, Args: args}
}
