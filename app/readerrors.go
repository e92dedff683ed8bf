package app

import (
	"errors"
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate/formats"
)

// readErrorText says a reader's error in the user's language, by its code, followed by where in the
// file it is (a line, a column, a task, the path of a JSON value or the ID of a brat annotation, and
// the file's name where the import reads several); "" for a code it does not know.
func readErrorText(e *formats.ReadError) string {
	text := readErrorWords(e)
	if text == "" {
		return ""
	}
	if place := readPlace(e.Args); place != "" {
		return lang.X("import.at", "{{.Text}} ({{.Place}})", map[string]any{"Text": text, "Place": place})
	}
	return text
}

// readErrorWords is readErrorText without the place: an error that wraps another (ErrNotValid,
// ErrOffsetsFitUTF16…) says the other's words in its own, at the one place.
func readErrorWords(e *formats.ReadError) string {
	say := readErrors[e.Code]
	if say == nil {
		return ""
	}
	a := make(map[string]any, len(e.Args)+1)
	for k, v := range e.Args {
		a[k] = v
	}
	a["Error"] = causeText(e.Err)
	return ownQuotes(say(a), e.Args)
}

// causeText says the error a read error wraps: in the user's language when it has a code, else its
// English.
func causeText(err error) string {
	var re *formats.ReadError
	switch {
	case err == nil:
		return ""
	case errors.As(err, &re) && readErrors[re.Code] != nil:
		return readErrorWords(re)
	}
	if text := importErrorText(err); text != "" {
		return text
	}
	return err.Error()
}

// readPlace names where a read error is, from the place keys of its Args (see formats.ReadError), or
// returns "".
func readPlace(a map[string]any) string {
	var where []string
	file, _ := a["File"].(string)
	line, _ := a["Line"].(int)
	switch {
	case file != "" && line > 0:
		where = append(where, lang.X("import.place.file-line", "{{.File}}, line {{.Line}}", map[string]any{"File": file, "Line": line}))
	case file != "":
		where = append(where, file)
	case line > 0:
		where = append(where, lang.X("import.place.line", "line {{.Line}}", map[string]any{"Line": line}))
	}
	if col, _ := a["Column"].(int); col > 0 {
		where = append(where, lang.X("import.place.column", "column {{.Column}}", map[string]any{"Column": col}))
	}
	if off, ok := a["Offset"].(int); ok && off >= 0 {
		where = append(where, lang.X("import.place.byte", "byte {{.Offset}}", map[string]any{"Offset": off}))
	}
	if task := importPlace(map[string]any{"Task": a["Task"], "TaskID": a["TaskID"]}); task != "" {
		where = append(where, task)
	}
	if path, _ := a["Path"].(string); path != "" {
		where = append(where, path)
	}
	return strings.Join(where, ", ")
}

// readUnitName names the unit of a read error's offsets: "codepoints", "utf16" or "bytes".
func readUnitName(u any) string {
	if u == "bytes" {
		return lang.X("read.unit.bytes", "bytes")
	}
	return unitName(u)
}

// osReasonText says why a file could not be read, from ErrCannotRead's Reason.
func osReasonText(a map[string]any) string {
	switch a["Reason"] {
	case "missing":
		return lang.X("read.error.missing", "The file does not exist (any more): it may have been moved or deleted", a)
	case "permission":
		return lang.X("read.error.permission", "Glose is not allowed to read the file: check its permissions", a)
	}
	return lang.X("read.error.cannot-read", "The file cannot be read", a)
}

// readErrors say each kind of reader error in the user's language, from the error's Args (a, a
// copy, with Error: the wrapped error, said). They speak of what the app does, not of the command
// line's flags.
var readErrors = map[formats.ErrorCode]func(a map[string]any) string{
	formats.ErrTooLarge: func(a map[string]any) string {
		return lang.L("The file is {{.Size}} MB, more than Glose opens ({{.Max}} MB).", map[string]any{"Size": a["MB"], "Max": a["Max"]})
	},
	formats.ErrCannotRead: osReasonText,
	formats.ErrNotValid: func(a map[string]any) string {
		return lang.X("read.error.not-valid", "The document read from the file is not valid: {{.Error}}", a)
	},
	formats.ErrReadsAsOther: func(a map[string]any) string {
		return lang.X("read.error.reads-as-other", "{{.Error}} (read as {{.Read}}; as {{.Other}}, the file reads without error)", a)
	},
	formats.ErrCoNLL: func(a map[string]any) string {
		return lang.X("read.error.conll", "CoNLL files hold words without the spacing of the text, so Glose does not open them: open the original text instead", a)
	},
	formats.ErrExportOnly: func(a map[string]any) string {
		return lang.X("read.error.export-only", "Glose exports {{.Format}} but does not open it", a)
	},
	formats.ErrNoRecord: func(a map[string]any) string {
		return lang.X("read.error.no-record", "The doccano file holds no record: it is empty", a)
	},
	formats.ErrNoDocument: func(a map[string]any) string {
		return lang.X("read.error.no-document", "The file holds no document: it is empty", a)
	},
	formats.ErrRange: func(a map[string]any) string {
		a["Unit"] = readUnitName(a["Unit"])
		return lang.X("read.error.range", "The range [{{.Start}}, {{.End}}) is empty or outside the text, whose length is {{.Len}} in {{.Unit}}", a)
	},
	formats.ErrOffsetSplits: func(a map[string]any) string {
		a["Unit"] = readUnitName(a["Unit"])
		if a["Edge"] == "end" {
			return lang.X("read.error.offset-splits-end", "The end of the range, {{.Offset}} in {{.Unit}}, falls inside a character", a)
		}
		return lang.X("read.error.offset-splits-start", "The start of the range, {{.Offset}} in {{.Unit}}, falls inside a character", a)
	},
	formats.ErrSplitsCharacter: func(a map[string]any) string {
		a["Unit"] = readUnitName(a["Unit"])
		switch a["Edge"] {
		case "start":
			return lang.X("read.error.splits-character-start", "The {{.Label}} span [{{.Start}}, {{.End}}) in {{.Unit}} splits a character: its start falls between a letter and its accent, or inside a line end, in “{{.Text}}”. Move it so that the whole character is inside or outside", a)
		case "end":
			return lang.X("read.error.splits-character-end", "The {{.Label}} span [{{.Start}}, {{.End}}) in {{.Unit}} splits a character: its end falls between a letter and its accent, or inside a line end, in “{{.Text}}”. Move it so that the whole character is inside or outside", a)
		}
		return lang.X("read.error.splits-character", "A span or segment edge splits a character: it falls between a letter and its accent, or inside a line end, in “{{.Text}}”", a)
	},
	formats.ErrNormalization: func(a map[string]any) string {
		return lang.X("read.error.normalization", "Span edges fall inside characters that normalising the text merges", a)
	},
	formats.ErrDuplicateID: func(a map[string]any) string {
		return lang.X("read.error.duplicate-id", "Two spans have the ID {{.ID}}, the {{.Label}} span “{{.Text}}” and the {{.OtherLabel}} span “{{.OtherText}}”: IDs must be unique for relations to name one span", a)
	},
	formats.ErrOffsetsFitUTF16: func(a map[string]any) string {
		return lang.X("read.error.offsets-fit-utf16", "{{.Error}} (counted in UTF-16 code units, as {{.Format}} counts them in a web browser, it would be inside)", a)
	},
	formats.ErrEmptyLabel: func(a map[string]any) string {
		return lang.X("read.error.empty-label", "An entity has no label", a)
	},
	formats.ErrDoccanoEntities: func(a map[string]any) string {
		return lang.X("read.error.doccano-entities", "The entities are neither objects {id, label, start_offset, end_offset} nor [start, end, label] triples", a)
	},
	formats.ErrDoccanoTriple: func(a map[string]any) string {
		return lang.X("read.error.doccano-triple", "An entity is not a [start, end, label] triple", a)
	},
	formats.ErrDoccanoMention: func(a map[string]any) string {
		return lang.X("read.error.doccano-mention", "An entity has the mention kind “{{.Value}}”, which is none (expected nominal or pronoun, or none for a name)", a)
	},
	formats.ErrDoccanoUnit: func(a map[string]any) string {
		return lang.X("read.error.doccano-unit", "The record says its offsets count “{{.Value}}”, which is no unit (expected codepoints or utf16)", a)
	},
	formats.ErrBratAlone: func(a map[string]any) string {
		return lang.X("read.error.brat-alone", "A brat document is a .txt and an .ann file: open it from a folder that holds both", a)
	},
	formats.ErrBratCompanion: func(a map[string]any) string {
		switch a["Reason"] {
		case "missing":
			return lang.X("read.error.brat-companion-missing", "The brat file {{.Name}} that goes with it is missing: a brat document is a .txt and an .ann file of the same name, side by side", a)
		case "permission":
			return lang.X("read.error.brat-companion-permission", "Glose is not allowed to read the brat file {{.Name}} that goes with it: check its permissions", a)
		}
		return lang.X("read.error.brat-companion", "The brat file {{.Name}} that goes with it cannot be read", a)
	},
	formats.ErrBratEmptyFolder: func(a map[string]any) string {
		return lang.X("read.error.brat-empty-folder", "The folder holds no brat .ann file: open a file, or a brat collection (pairs of .ann and .txt files)", a)
	},
	formats.ErrBratLine: func(a map[string]any) string {
		return lang.X("read.error.brat-line", "The line is not an ID, a tab and an annotation: “{{.Text}}”", a)
	},
	formats.ErrBratRelation: func(a map[string]any) string {
		return lang.X("read.error.brat-relation", "The relation is not written “TYPE Arg1:T1 Arg2:T2”", a)
	},
	formats.ErrBratMention: func(a map[string]any) string {
		return lang.X("read.error.brat-mention", "“{{.Value}}” is no mention kind for {{.Span}} (expected nominal or pronoun, or no Mention for a name)", a)
	},
	formats.ErrBratSpan: func(a map[string]any) string {
		return lang.X("read.error.brat-span", "The span is not written “T1<TAB>LABEL START END<TAB>TEXT”", a)
	},
	formats.ErrBratOffsets: func(a map[string]any) string {
		return lang.X("read.error.brat-offsets", "The offsets “{{.Offsets}}” are not two numbers (START END), fragments separated by “;”", a)
	},
	formats.ErrBratOverlap: func(a map[string]any) string {
		return lang.X("read.error.brat-overlap", "Two fragments of the span overlap: {{.Start}}-{{.End}} and {{.OtherStart}}-{{.OtherEnd}}", a)
	},
	formats.ErrBratText: func(a map[string]any) string {
		switch {
		case a["Unit"] != "" && a["Unit"] != nil:
			a["Unit"] = readUnitName(a["Unit"])
			return lang.X("read.error.brat-text-unit", "The .ann gives the text “{{.Stated}}”, but the text at {{.Offsets}} is “{{.Found}}” (the offsets seem to count {{.Unit}}; brat counts code points)", a)
		case a["At"] != "" && a["At"] != nil:
			return lang.X("read.error.brat-text-at", "The .ann gives the text “{{.Stated}}”, but the text at {{.Offsets}} is “{{.Found}}” (that text is at {{.At}}: is the .ann for another version of the .txt?)", a)
		}
		return lang.X("read.error.brat-text", "The .ann gives the text “{{.Stated}}”, but the text at {{.Offsets}} is “{{.Found}}”", a)
	},
	formats.ErrHTMLParse: func(a map[string]any) string {
		return lang.X("read.error.html-parse", "The page cannot be read as HTML", a)
	},
	formats.ErrHTMLNoArticle: func(a map[string]any) string {
		return lang.X("read.error.html-no-article", "The page has no article text (no <article>, <main> or paragraphs)", a)
	},
	formats.ErrHTMLNoText: func(a map[string]any) string {
		return lang.X("read.error.html-no-text", "The main element of the page holds no text", a)
	},
	formats.ErrOfficeNotZip: func(a map[string]any) string {
		return lang.X("read.error.office-not-zip", "“{{.Name}}” is not a zip archive, as every {{.Kind}} document is: is it another kind of file renamed?", a)
	},
	formats.ErrOfficeDamaged: officeDamagedText,
	formats.ErrOfficeNoPart:  officeNoPartText,
	formats.ErrOfficeEncrypted: func(a map[string]any) string {
		return lang.X("read.error.office-encrypted", "The document is protected by a password: open it in your word processor, remove the password and save it again", a)
	},
	formats.ErrOfficeDoc: func(a map[string]any) string {
		return lang.X("read.error.office-doc", "An old Word document (.doc), which Glose does not read: open it in Word or LibreOffice and save it as .docx or .odt", a)
	},
	formats.ErrOfficeXML: func(a map[string]any) string {
		return lang.X("read.error.office-xml", "The document is damaged: {{.Part}} is not well-formed XML at line {{.PartLine}} (byte {{.PartOffset}}): {{.Detail}}", a)
	},
	formats.ErrOfficeNoText: func(a map[string]any) string {
		return lang.X("read.error.office-no-text", "The document holds no text", a)
	},
	formats.ErrNoTask: func(a map[string]any) string {
		return lang.X("read.error.no-task", "The Label Studio file holds no task", a)
	},
	formats.ErrTextNotString: func(a map[string]any) string {
		a["Kind"] = jsonKind(a["Kind"])
		return lang.X("read.error.text-not-string", "The field “{{.Field}}” holds {{.Kind}}, not a text", a)
	},
	formats.ErrSeveralTexts: func(a map[string]any) string {
		return lang.X("read.error.several-texts", "The task has no field “text”, and several fields hold text ({{.Fields}}), which the regions do not tell apart: rename the field that holds the text to annotate “text”", a)
	},
	formats.ErrNoText: func(a map[string]any) string {
		return lang.X("read.error.no-text", "The task has no text: its data is empty", a)
	},
	formats.ErrNoTextField: func(a map[string]any) string {
		return lang.X("read.error.no-text-field", "The task has no field “text”, and no other field holds text: it has {{.Fields}}", a)
	},
	formats.ErrNoLabels: func(a map[string]any) string {
		return lang.X("read.error.no-labels", "A labels region has no labels (value.labels)", a)
	},
	formats.ErrRegionMention: func(a map[string]any) string {
		return lang.X("read.error.region-mention", "The region {{.Region}} has the mention kind “{{.Value}}”, which is none (expected nominal or pronoun, or none for a name)", a)
	},
	formats.ErrRegionText: func(a map[string]any) string {
		a["Other"] = otherUnitName(a["Unit"])
		a["Unit"] = readUnitName(a["Unit"])
		switch a["Hint"] {
		case "other-unit":
			return lang.X("read.error.region-text-other-unit", "The region states the text “{{.Stated}}”, but the text at [{{.Start}}, {{.End}}) in {{.Unit}} is “{{.Found}}”; counted in {{.Other}}, the offsets give the stated text", a)
		case "mixed":
			return lang.X("read.error.region-text-mixed", "The region states the text “{{.Stated}}”, but the text at [{{.Start}}, {{.End}}) in {{.Unit}} is “{{.Found}}”; counted in {{.Other}} it would be, but then other regions would not: the file mixes units, or its texts were edited after annotation", a)
		}
		return lang.X("read.error.region-text", "The region states the text “{{.Stated}}”, but the text at [{{.Start}}, {{.End}}) in {{.Unit}} is “{{.Found}}”: the task's text was probably edited after annotation", a)
	},
	formats.ErrRegionOutside: func(a map[string]any) string {
		return lang.X("read.error.region-outside", "{{.Error}}; the region states the text “{{.Stated}}”", a)
	},
	formats.ErrRegionValue: func(a map[string]any) string {
		a["Expected"], a["Found"] = jsonKind(a["Expected"]), jsonKind(a["Found"])
		return lang.X("read.error.region-value", "The value of {{.Field}} is {{.Found}}, where the format expects {{.Expected}}", a)
	},
	formats.ErrXMLRoot: func(a map[string]any) string {
		return lang.X("read.error.xml-root", "The root element is <{{.Found}}>, not <{{.Expected}}>", a)
	},
	formats.ErrXMLDepth: func(a map[string]any) string {
		return lang.X("read.error.xml-depth", "Elements are nested more than {{.Max}} deep", a)
	},
	formats.ErrXMLEntities: func(a map[string]any) string {
		return lang.X("read.error.xml-entities", "The file declares entities (<!ENTITY …>): Glose refuses them, as they can expand without bound", a)
	},
	formats.ErrXMLUnclosed: func(a map[string]any) string {
		return lang.X("read.error.xml-unclosed", "The XML is cut short: <{{.Element}}> (line {{.Opened}}) is not closed", a)
	},
	formats.ErrXMLEmpty: func(a map[string]any) string {
		return lang.X("read.error.xml-empty", "The file is empty: a <{{.Root}}> document was expected", a)
	},
	formats.ErrNotXML: func(a map[string]any) string {
		return lang.X("read.error.not-xml", "The file is not XML: it starts with text (“{{.Text}}”), not with a <{{.Root}}> element", a)
	},
	formats.ErrXMLCutShort: func(a map[string]any) string {
		return lang.X("read.error.xml-cut-short", "The XML is cut short: the file ends before its content does", a)
	},
	formats.ErrXMLSyntax: xmlSyntaxText,
	formats.ErrXLIFFVersion: func(a map[string]any) string {
		return lang.X("read.error.xliff-version", "XLIFF version “{{.Version}}” is not one Glose reads (1.2 and 2.x)", a)
	},
	formats.ErrXLIFFNamespace: func(a map[string]any) string {
		return lang.X("read.error.xliff-namespace", "The namespace “{{.Namespace}}” is not XLIFF's: is the file XLIFF?", a)
	},
	formats.ErrXLIFFVersionNamespace: func(a map[string]any) string {
		return lang.X("read.error.xliff-version-namespace", "The file says XLIFF version {{.Version}}, but its namespace “{{.Namespace}}” is XLIFF {{.Known}}'s: which is it?", a)
	},
	formats.ErrNoXLIFFFile: func(a map[string]any) string {
		return lang.X("read.error.no-xliff-file", "The XLIFF holds no <file>", a)
	},
	formats.ErrNoTranslationUnit: func(a map[string]any) string {
		return lang.X("read.error.no-translation-unit", "The TMX holds no translation unit (<tu>)", a)
	},
}

// xmlSyntaxText says ErrXMLSyntax: the fault the parser found, in the user's words where its
// Problem is known, else its English quoted.
func xmlSyntaxText(a map[string]any) string {
	switch a["Problem"] {
	case "mismatch":
		return lang.X("read.error.xml-mismatch", "The file is not valid XML: the element <{{.Element}}> is closed by </{{.Closer}}>", a)
	case "unexpected-end":
		return lang.X("read.error.xml-unexpected-end", "The file is not valid XML: </{{.Closer}}> closes no open element", a)
	case "entity":
		return lang.X("read.error.xml-entity", "The file is not valid XML: {{.Entity}} is not a character entity XML knows", a)
	case "lt-in-value":
		return lang.X("read.error.xml-lt-in-value", "The file is not valid XML: an attribute's value holds a <", a)
	case "attribute":
		return lang.X("read.error.xml-attribute", "The file is not valid XML: an attribute has no = or no quotes around its value", a)
	case "lt":
		return lang.X("read.error.xml-lt", "The file is not valid XML: a < starts no element", a)
	case "name":
		return lang.X("read.error.xml-name", "The file is not valid XML: “{{.Name}}” is not a valid XML name", a)
	case "char":
		return lang.X("read.error.xml-char", "The file is not valid XML: it holds the character {{.Char}}, which XML cannot hold", a)
	}
	if d, _ := a["Detail"].(string); d != "" {
		return lang.X("read.error.xml-detail", "The file is not valid XML (the XML parser says: “{{.Detail}}”)", a)
	}
	return lang.X("read.error.xml-syntax", "The file is not valid XML", a)
}

// officeNoPartText says that a zip holds no document's text (formats.ErrOfficeNoPart): a Word or
// OpenDocument file without its part, or a zip archive named as Markdown or text, which is no text.
func officeNoPartText(a map[string]any) string {
	switch {
	case a["Kind"] != "" && a["Kind"] != nil:
		return lang.X("read.error.office-no-part", "The zip holds no {{.Part}}, so it is not a {{.Kind}} document", a)
	case a["What"] == "markdown":
		return lang.X("read.error.zip-not-markdown", "“{{.Name}}” is a zip archive, not Markdown text, nor a Word or OpenDocument document (it holds {{.Holds}}): unpack it and open the file it holds", a)
	}
	return lang.X("read.error.zip-not-text", "“{{.Name}}” is a zip archive, not text, nor a Word or OpenDocument document (it holds {{.Holds}}): unpack it and open the file it holds", a)
}

// officeDamagedText says that a file which starts as a zip archive cannot be read (formats.
// ErrOfficeDamaged): a damaged Word or OpenDocument document, whole or one of its parts, or, named as
// neither (a .md), a damaged archive and no text. "Not a zip archive" sent people looking for another
// kind of file renamed, where the file was a document cut short in a download.
func officeDamagedText(a map[string]any) string {
	switch {
	case a["Kind"] == "" || a["Kind"] == nil:
		return lang.X("read.error.zip-damaged", "“{{.Name}}” is not a text file but a zip archive (as Word and OpenDocument documents are), and a damaged one, which cannot be read", a)
	case a["Part"] != "" && a["Part"] != nil:
		return lang.X("read.error.office-part-damaged", "“{{.Name}}” is a damaged {{.Kind}} document: {{.Part}} cannot be unpacked from it. Open it in your word processor, which may repair it, or get the file again", a)
	}
	return lang.X("read.error.office-damaged", "“{{.Name}}” is a damaged {{.Kind}} document: its zip archive cannot be read (was it cut short in a download or a copy?). Open it in your word processor, which may repair it, or get the file again", a)
}
