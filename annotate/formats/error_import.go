package formats

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
)

// ErrorCode names the kind of error a reader gives about a file it cannot import, so that a program
// (the desktop app) can say it in its own words and language, as it says import warnings (see
// WarningCode). Beside each code: what it says and the keys of its Args.
type ErrorCode string

// ReadError is an error of a reader about the file it reads. Msg is the English of the command line,
// whole: the file's name and the place, what is wrong and often the flag that helps. Code and Args say
// the same as data: Args holds the values the code's wording needs and where in the file the problem
// is, with the place keys of import warnings (Line, File, Task, TaskID) and Column, Offset (a byte of
// the file as stored) and Path (within the record or line: a JSON path such as "entities[2]" or
// "annotations[0].result[3]", or the ID of a brat annotation). File names a file only where the import
// reads several (brat's .ann beside its .txt), never with its directory.
type ReadError struct {
	Msg  string
	Code ErrorCode
	Args map[string]any
	Err  error // the cause the message wraps, or nil
}

func (e *ReadError) Error() string { return e.Msg }
func (e *ReadError) Unwrap() error { return e.Err }

// readErr returns the error of code with args, whose English is fmt.Errorf(format, a...) (which may
// wrap a cause with %w).
func readErr(code ErrorCode, args map[string]any, format string, a ...any) *ReadError {
	err := fmt.Errorf(format, a...)
	if args == nil {
		args = map[string]any{}
	}
	return &ReadError{Msg: err.Error(), Code: code, Args: args, Err: errors.Unwrap(err)}
}

// place is where in a file a reader is: its English, as messages begin ("a.jsonl: line 3", "a.ann:3",
// "a.json: task 2 (id 7)"), and the same as the place keys of a ReadError's Args, kept as fields so
// that reading a file that has no error builds no map. It prints as its English, so that a place goes
// where a message's "%s" took a string.
type place struct {
	text         string
	file         string // File: the file the line is in, where the import reads several
	line         int    // Line, from 1; 0 when not about a line
	task, taskID int    // Task, from 1, and TaskID; 0 when not about a Label Studio task
	path         string // Path, within the line or task, when set is ""
	set          string // a Label Studio result's set ("annotation" or "prediction"): Path is setN and result's
	setN, result int
}

// fileAt is the place of a whole file called name.
func fileAt(name string) place { return place{text: name} }

func (p place) String() string { return p.text }

// in is the place of something inside a line (a doccano entity, a brat annotation): its English
// after p's and ": ", and its path (a JSON path or a brat ID).
func (p place) in(english, path string) place {
	q := p
	q.text, q.path = p.text+": "+english, path
	return q
}

// args returns the place keys of p.
func (p place) args() map[string]any {
	a := map[string]any{}
	if p.file != "" {
		a["File"] = p.file
	}
	if p.line > 0 {
		a["Line"] = p.line
	}
	if p.task > 0 {
		a["Task"], a["TaskID"] = p.task, p.taskID
	}
	switch {
	case p.set != "":
		a["Path"] = fmt.Sprintf("%ss[%d].result[%d]", p.set, p.setN-1, p.result)
	case p.path != "":
		a["Path"] = p.path
	}
	return a
}

// err returns the error of code at p, with args (whose keys win over p's) and the English of
// fmt.Errorf(format, a...).
func (p place) err(code ErrorCode, args map[string]any, format string, a ...any) *ReadError {
	all := p.args()
	maps.Copy(all, args)
	return readErr(code, all, format, a...)
}

// The kinds of read errors, with the keys of their Args besides the place keys (see ReadError).
const (
	// ErrTooLarge: the file is larger than Glose imports. MB: its size; Max: the limit, in MB.
	ErrTooLarge ErrorCode = "too-large"
	// ErrCannotRead: the file (or the folder) cannot be opened or read. Reason: "missing" (it does
	// not exist), "permission" (the system refuses it) or "" (another reason, in the wrapped error).
	ErrCannotRead ErrorCode = "cannot-read"
	// ErrNotValid: the document read from the file breaks a rule of Glose documents. Format: the
	// format's name. It wraps the document's error (an *annotate.ValidationError).
	ErrNotValid ErrorCode = "not-valid"
	// ErrReadsAsOther: the file does not read in the format its name and content suggest, and does
	// in another. Read, Other: the two formats' titles; Name: the other's name. It wraps the first
	// reading's error.
	ErrReadsAsOther ErrorCode = "reads-as-other"
	// ErrCoNLL: a CoNLL file, which Glose exports but does not import.
	ErrCoNLL ErrorCode = "conll"
	// ErrExportOnly: a file of a format Glose exports but does not import. Format: its title.
	ErrExportOnly ErrorCode = "export-only"
	// ErrNoRecord: a doccano file without a record.
	ErrNoRecord ErrorCode = "no-record"
	// ErrNoDocument: a Glose JSON Lines file without a document.
	ErrNoDocument ErrorCode = "no-document"
	// ErrRange: a range is empty or outside the text. Start, End: as the file gives them; Len: the
	// text's length; Unit: what they count, "codepoints" or "utf16".
	ErrRange ErrorCode = "range"
	// ErrOffsetSplits: an edge of a range falls inside a character. Edge: "start" or "end"; Offset;
	// Unit, as for ErrRange.
	ErrOffsetSplits ErrorCode = "offset-splits"
	// ErrSplitsCharacter: a span's edge falls between a letter and its combining mark, or inside a
	// CR LF pair. Edge: "start", "end" or "edge" (when the span is not known); Span: the span's ID in
	// the file, or "" when not known; Label; Start, End, Unit: the span's range as the file gives it
	// (Start -1 when not known); Text: the text around the edge.
	ErrSplitsCharacter ErrorCode = "splits-character"
	// ErrNormalization: span edges fall inside character sequences that normalising the text merges.
	ErrNormalization ErrorCode = "normalization"
	// ErrDuplicateID: two different spans have one ID. ID; Label, Text: the first span's; OtherLabel,
	// OtherText: the second's.
	ErrDuplicateID ErrorCode = "duplicate-id"
	// ErrOffsetsFitUTF16: offsets read as code points do not fit the text, and would counted in UTF-16
	// code units, as tools in a web browser count them. Format. It wraps the offsets' error.
	ErrOffsetsFitUTF16 ErrorCode = "offsets-fit-utf16"
	// ErrEmptyLabel: a doccano entity without a label.
	ErrEmptyLabel ErrorCode = "empty-label"
	// ErrDoccanoEntities: doccano entities that are neither objects nor [start, end, label] triples.
	ErrDoccanoEntities ErrorCode = "doccano-entities"
	// ErrDoccanoTriple: a doccano entity triple that is not [start, end, label].
	ErrDoccanoTriple ErrorCode = "doccano-triple"
	// ErrDoccanoMention: a doccano entity whose mention (Glose's key) is not a mention kind. Value.
	ErrDoccanoMention ErrorCode = "doccano-mention"
	// ErrDoccanoUnit: a doccano record whose offset_unit (Glose's key) is not an offset unit. Value.
	ErrDoccanoUnit ErrorCode = "doccano-unit"
	// ErrBratAlone: a brat file read without the files beside it (from standard input).
	ErrBratAlone ErrorCode = "brat-alone"
	// ErrBratCompanion: the brat file beside the one opened cannot be read. Name: its name; Reason,
	// as for ErrCannotRead.
	ErrBratCompanion ErrorCode = "brat-companion"
	// ErrBratEmptyFolder: a folder without a brat .ann file.
	ErrBratEmptyFolder ErrorCode = "brat-empty-folder"
	// ErrBratLine: an .ann line that is not ID, tab, annotation. Text: the line, shortened.
	ErrBratLine ErrorCode = "brat-line"
	// ErrBratRelation: a relation line that is not "TYPE Arg1:T1 Arg2:T2".
	ErrBratRelation ErrorCode = "brat-relation"
	// ErrBratMention: a Mention attribute of an unknown kind. Span: the span's ID; Value.
	ErrBratMention ErrorCode = "brat-mention"
	// ErrBratSpan: a span line that is not "T1<TAB>LABEL START END<TAB>TEXT".
	ErrBratSpan ErrorCode = "brat-span"
	// ErrBratOffsets: a span's offsets that are not two numbers. Offsets: as the line gives them.
	ErrBratOffsets ErrorCode = "brat-offsets"
	// ErrBratOverlap: two fragments of a span overlap. Start, End; OtherStart, OtherEnd.
	ErrBratOverlap ErrorCode = "brat-overlap"
	// ErrBratText: the text an .ann line gives is not the text at its offsets. Stated; Found;
	// Offsets; Unit: the unit the offsets seem to count instead ("utf16" or "bytes"), or ""; At: where
	// the stated text is in the .txt ("12 18"), or "".
	ErrBratText ErrorCode = "brat-text"
	// ErrHTMLParse: the page cannot be parsed. It wraps the parser's error.
	ErrHTMLParse ErrorCode = "html-parse"
	// ErrHTMLNoArticle: a page without <article>, <main> or paragraphs.
	ErrHTMLNoArticle ErrorCode = "html-no-article"
	// ErrHTMLNoText: a page whose main element holds no text.
	ErrHTMLNoText ErrorCode = "html-no-text"
	// ErrOfficeNotZip: a .docx or .odt file that is no zip at all (it does not start as one). Kind:
	// "Word" or "OpenDocument"; Name: the file's name, without its directory.
	ErrOfficeNotZip ErrorCode = "office-not-zip"
	// ErrOfficeDamaged: a file that starts as a zip archive but cannot be read as one (cut short,
	// damaged), or a part of whose zip cannot be unpacked. Kind, or "" when the file's name does not
	// say it is a Word or OpenDocument document (a .md, no extension); Name; Part: the part that
	// cannot be unpacked, or "" for the archive itself.
	ErrOfficeDamaged ErrorCode = "office-damaged"
	// ErrOfficeNoPart: a zip without the part that holds the text. Kind; Part: "word/document.xml" or
	// "content.xml". A zip named as text (a .md, no extension) holding no document has Kind and Part
	// "", Name, What ("markdown" or "text": what its name promised) and Holds (its first files' names).
	ErrOfficeNoPart ErrorCode = "office-no-part"
	// ErrOfficeEncrypted: a password-protected document (an OLE file, or an encrypted part). Kind.
	ErrOfficeEncrypted ErrorCode = "office-encrypted"
	// ErrOfficeDoc: an old binary Word document (.doc), to save as .docx.
	ErrOfficeDoc ErrorCode = "office-doc"
	// ErrOfficeXML: a part that is not well-formed XML. Part; PartLine and PartOffset (a byte of the
	// part, unpacked); Detail: what the XML parser says, in English.
	ErrOfficeXML ErrorCode = "office-xml"
	// ErrOfficeNoText: a document without text.
	ErrOfficeNoText ErrorCode = "office-no-text"
	// ErrNoTask: a Label Studio file without a task.
	ErrNoTask ErrorCode = "no-task"
	// ErrTextNotString: a Label Studio task's text field holds another kind of value. Field: its
	// name; Kind: the kind found (infile.JSONKinds).
	ErrTextNotString ErrorCode = "text-not-string"
	// ErrSeveralTexts: a Label Studio task without a text field, several of whose fields hold text.
	// Fields: their names, joined by ", ".
	ErrSeveralTexts ErrorCode = "several-texts"
	// ErrNoText: a Label Studio task without data (or a JSON-MIN record without a field).
	ErrNoText ErrorCode = "no-text"
	// ErrNoTextField: a Label Studio task without a field that holds text. Fields: the fields it has,
	// with their kinds in English, joined by ", ".
	ErrNoTextField ErrorCode = "no-text-field"
	// ErrNoLabels: a Label Studio labels region without labels.
	ErrNoLabels ErrorCode = "no-labels"
	// ErrRegionMention: a Label Studio region whose meta.mention is not a mention kind. Region: its
	// ID; Value.
	ErrRegionMention ErrorCode = "region-mention"
	// ErrRegionText: the text a Label Studio region states is not the text at its offsets. Stated;
	// Found; Start, End, Unit; Hint: "other-unit" (counted in the other unit the offsets give the text:
	// read the file so), "mixed" (they would, but then other regions would not) or "edited".
	ErrRegionText ErrorCode = "region-text"
	// ErrRegionOutside: a Label Studio region's offsets are not a range of the text. Stated; Hint, as
	// for ErrRegionText. It wraps the offsets' error.
	ErrRegionOutside ErrorCode = "region-outside"
	// ErrRegionValue: a field of a Label Studio region's value has the wrong kind. Field.
	ErrRegionValue ErrorCode = "region-value"
	// ErrXMLRoot: the root element is not the format's. Found; Expected.
	ErrXMLRoot ErrorCode = "xml-root"
	// ErrXMLDepth: elements nested deeper than Glose reads. Max.
	ErrXMLDepth ErrorCode = "xml-depth"
	// ErrXMLEntities: the file declares XML entities, which Glose refuses.
	ErrXMLEntities ErrorCode = "xml-entities"
	// ErrXMLUnclosed: the XML ends with an element not closed. Element; Opened: its line.
	ErrXMLUnclosed ErrorCode = "xml-unclosed"
	// ErrXMLEmpty: the file has no element. Root: the element expected.
	ErrXMLEmpty ErrorCode = "xml-empty"
	// ErrNotXML: the file starts with text, not with an element. Text: its first line, shortened;
	// Root: the element expected.
	ErrNotXML ErrorCode = "not-xml"
	// ErrXMLCutShort: the XML ends before it is complete.
	ErrXMLCutShort ErrorCode = "xml-cut-short"
	// ErrXMLSyntax: the file is not well-formed XML. Detail: what the XML parser says, in English;
	// Problem: what it is, when known: "mismatch" (<Element> closed by </Closer>), "unexpected-end"
	// (</Closer> closes no open element), "entity" (an unknown character entity, Entity: "&nbsp;"),
	// "lt-in-value" (a < inside an attribute's value), "attribute" (an attribute without = or quotes),
	// "lt" (a < that starts no element), "name" (an invalid XML name, Name), "char" (a character XML
	// cannot hold, Char: "U+0001"), or "" (say Detail). Column, where the parser stopped, when known.
	ErrXMLSyntax ErrorCode = "xml-syntax"
	// ErrXLIFFVersion: an XLIFF version Glose does not read. Version.
	ErrXLIFFVersion ErrorCode = "xliff-version"
	// ErrXLIFFNamespace: a namespace that is not XLIFF's. Namespace.
	ErrXLIFFNamespace ErrorCode = "xliff-namespace"
	// ErrXLIFFVersionNamespace: the version and the namespace disagree. Version; Namespace; Known:
	// the major version of the namespace.
	ErrXLIFFVersionNamespace ErrorCode = "xliff-version-namespace"
	// ErrNoXLIFFFile: an XLIFF file without a <file>.
	ErrNoXLIFFFile ErrorCode = "no-xliff-file"
	// ErrNoTranslationUnit: a TMX file without a translation unit (<tu>) in its body.
	ErrNoTranslationUnit ErrorCode = "no-translation-unit"
)

// ErrorCodes lists every ErrorCode, for a program that says each in its own words to check that it
// knows them all.
func ErrorCodes() []ErrorCode {
	return []ErrorCode{ErrTooLarge, ErrCannotRead, ErrNotValid, ErrReadsAsOther, ErrCoNLL, ErrExportOnly,
		ErrNoRecord, ErrNoDocument, ErrRange, ErrOffsetSplits, ErrSplitsCharacter, ErrNormalization,
		ErrDuplicateID, ErrOffsetsFitUTF16, ErrEmptyLabel, ErrDoccanoEntities, ErrDoccanoTriple, ErrDoccanoMention, ErrDoccanoUnit, ErrBratAlone,
		ErrBratCompanion, ErrBratEmptyFolder, ErrBratLine, ErrBratRelation, ErrBratMention, ErrBratSpan,
		ErrBratOffsets, ErrBratOverlap, ErrBratText, ErrHTMLParse, ErrHTMLNoArticle, ErrHTMLNoText,
		ErrOfficeNotZip, ErrOfficeDamaged, ErrOfficeNoPart, ErrOfficeEncrypted, ErrOfficeDoc, ErrOfficeXML, ErrOfficeNoText, ErrNoTask,
		ErrTextNotString, ErrSeveralTexts, ErrNoText, ErrNoTextField, ErrNoLabels, ErrRegionMention,
		ErrRegionText, ErrRegionOutside, ErrRegionValue, ErrXMLRoot, ErrXMLDepth, ErrXMLEntities, ErrXMLUnclosed,
		ErrXMLEmpty, ErrNotXML, ErrXMLCutShort, ErrXMLSyntax, ErrXLIFFVersion, ErrXLIFFNamespace,
		ErrXLIFFVersionNamespace, ErrNoXLIFFFile, ErrNoTranslationUnit}
}

// osReason names why the system refused a file, as ErrCannotRead's Reason.
func osReason(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "missing"
	case errors.Is(err, fs.ErrPermission):
		return "permission"
	}
	return ""
}
