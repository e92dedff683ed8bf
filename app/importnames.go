package app

import (
	"errors"
	"io/fs"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
	"github.com/glose-app/glose/annotate/infile"
	"github.com/glose-app/glose/workspace"
)

// importWarningTexts says what opening a file warned about in the user's language, each warning with
// the place in the file it is about.
func importWarningTexts(warns []formats.Warning) []string {
	out := make([]string, 0, len(warns))
	for _, w := range warns {
		out = append(out, sentence(importWarningText(w)))
	}
	return out
}

// sentence ends text with a full stop unless it ends with one already, or with ! ? or …: a message
// shown on its own (a warning in a list, the detail of an error) is a sentence, and a lone one without
// its stop reads as cut off beside those that have it.
func sentence(text string) string {
	text = strings.TrimRight(text, " ")
	if text == "" || strings.HasSuffix(text, ".") || strings.HasSuffix(text, "!") || strings.HasSuffix(text, "?") || strings.HasSuffix(text, "…") {
		return text
	}
	return text + "."
}

// importWarningText is an import warning in the user's language, by its code, followed by the place
// in the file it is about (a line, a Label Studio task) when it has one. The formats package's
// English, which speaks of the command line's flags and of the file's own IDs, is the fallback for a
// warning without a code.
func importWarningText(w formats.Warning) string {
	say, ok := importWarnings[w.Code]
	if !ok {
		return w.String()
	}
	a := make(map[string]any, len(w.Args)+4)
	for k, v := range w.Args {
		a[k] = v
	}
	n, _ := a["N"].(int)
	text := ownQuotes(say(a, n), w.Args)
	if place := importPlace(w.Args); place != "" {
		return lang.X("import.at", "{{.Text}} ({{.Place}})", map[string]any{"Text": text, "Place": place})
	}
	return text
}

// importPlace names the place an import warning is about, from its place keys (see
// formats.ImportWarningCodes), or returns "".
func importPlace(a map[string]any) string {
	line, _ := a["Line"].(int)
	file, _ := a["File"].(string)
	task, _ := a["Task"].(int)
	id, _ := a["TaskID"].(int)
	switch {
	case line > 0 && file != "":
		return lang.X("import.place.file-line", "{{.File}}, line {{.Line}}", map[string]any{"File": file, "Line": line})
	case line > 0:
		return lang.X("import.place.line", "line {{.Line}}", map[string]any{"Line": line})
	case task > 0 && id != 0:
		return lang.X("import.place.task-id", "task {{.Task}}, ID {{.ID}}", map[string]any{"Task": task, "ID": id})
	case task > 0:
		return lang.X("import.place.task", "task {{.Task}}", map[string]any{"Task": task})
	}
	return ""
}

// unitName names an offset unit as the formats package's Args give it ("utf16", "codepoints").
func unitName(unit any) string {
	if unit == "utf16" {
		return lang.L("UTF-16 code units")
	}
	return lang.L("code points")
}

// otherUnitName names the unit that is not unit.
func otherUnitName(unit any) string {
	if unit == "utf16" {
		return unitName("codepoints")
	}
	return unitName("utf16")
}

// statusArg names the status a warning's Args give by its value in the model.
func statusArg(s any) string {
	st, _ := s.(string)
	return statusName(annotate.Status(st))
}

// resultSetName names a Label Studio result set from a warning's Set and SetN.
func resultSetName(a map[string]any) string {
	if a["Set"] == "prediction" {
		return lang.X("import.set.prediction", "prediction {{.SetN}}", a)
	}
	return lang.X("import.set.annotation", "annotation {{.SetN}}", a)
}

// spanCount says "3 spans", for a count that is not the one a warning agrees with.
func spanCount(n any) string {
	k, _ := n.(int)
	return lang.XN("import.spans", "{{.N}} spans", k, map[string]any{"N": k})
}

// relationCount says "3 relations", for a count that is not the one a warning agrees with.
func relationCount(n any) string {
	k, _ := n.(int)
	return lang.XN("import.relations", "{{.N}} relations", k, map[string]any{"N": k})
}

// importWarnings say each kind of import warning in the user's language, from the warning's Args
// (a, a copy) and its count n. They speak of what the app does with the file, never of the command
// line's flags, and name spans by their label and text.
var importWarnings = map[formats.WarningCode]func(a map[string]any, n int) string{
	formats.WarnOffsetsOtherUnit: func(a map[string]any, n int) string {
		a["Unit"], a["Other"] = unitName(a["Unit"]), otherUnitName(a["Unit"])
		return lang.XN("import.offsets-other-unit", "Offsets read as {{.Unit}}, not {{.Other}}: the text the file states for {{.N}} of its {{.Regions}} regions is at their offsets only when counted that way (Label Studio before 1.6 counted UTF-16 code units)", n, a)
	},
	formats.WarnOffsetsUnchecked: func(a map[string]any, n int) string {
		a["Unit"] = unitName(a["Unit"])
		return lang.XN("import.offsets-unchecked", "{{.N}} regions do not state their text, so their offsets could not be checked in a text with characters outside the BMP (such as emoji), and were read as {{.Unit}}. If the file comes from a Label Studio older than 1.6, which counted UTF-16 code units, the spans after such characters are shifted: check them", n, a)
	},
	formats.WarnOffsetsReadUTF16: func(a map[string]any, _ int) string {
		return lang.X("import.offsets-read-utf16", "The offsets of the file do not fit its text counted in code points, but do counted in UTF-16 code units, as {{.Format}} counts them in a web browser: they were read so.", a)
	},
	formats.WarnCodePointsAssumed: func(a map[string]any, _ int) string {
		return lang.X("import.code-points-assumed", "The text has characters outside the BMP (such as emoji): its offsets were read as code points, as Python counts them. If the file comes from {{.Format}} in a web browser, which counts UTF-16 code units, the spans after such characters are shifted: check them", a)
	},
	formats.WarnDiscontinuousSpan: func(a map[string]any, n int) string {
		return lang.XN("import.discontinuous-span", "The {{.Label}} span “{{.Text}}” is in pieces, and a Glose span is in one: it became {{.N}} spans, tied by “fragment” links", n, a)
	},
	formats.WarnUnknownAnnotation: func(a map[string]any, _ int) string {
		return lang.X("import.unknown-annotation", "The annotation {{.ID}} ({{.Text}}) is not a span, a relation or an attribute: left out", a)
	},
	formats.WarnAttributeNotKept: func(a map[string]any, _ int) string {
		return lang.X("import.attribute-not-kept", "The attribute {{.Name}} is left out: Glose keeps no attributes", a)
	},
	formats.WarnRelationNoteNotKept: func(a map[string]any, _ int) string {
		return lang.X("import.relation-note-not-kept", "The note on a {{.Type}} relation is left out: Glose links have no notes", a)
	},
	formats.WarnNoteWithoutAnnotation: func(a map[string]any, _ int) string {
		return lang.X("import.note-without-annotation", "A note on {{.ID}} is left out: the file has no span or relation {{.ID}}", a)
	},
	formats.WarnRelationWithoutSpan: func(a map[string]any, _ int) string {
		if a["Label"] == "" {
			return lang.X("import.relation-without-spans", "A {{.Type}} relation joins {{.From}} and {{.To}}, which the file does not have: left out", a)
		}
		return lang.X("import.relation-without-span", "A {{.Type}} relation joins the {{.Label}} span “{{.Text}}” to {{.Missing}}, which the file does not have: left out", a)
	},
	formats.WarnEmptySpan: func(a map[string]any, _ int) string {
		return lang.X("import.empty-span", "A {{.Label}} span held only characters that Glose takes out of the text (a byte-order mark, the CR of a Windows line end): left out", a)
	},
	formats.WarnTranslationSide: func(a map[string]any, _ int) string {
		switch a["Format"] {
		case "doccano":
			return lang.X("import.translation-side.doccano", "This line holds the translation ({{.Lang}}) of the document “{{.Source}}”: it was read as a document of its own, as doccano records do not keep which sentence translates which (XLIFF and Glose JSON Lines keep translations with their source)", a)
		case "brat":
			return lang.X("import.translation-side.brat", "These brat files hold the translation ({{.Lang}}) of the document “{{.Source}}”: they were read as a document of its own, as brat documents do not keep which sentence translates which (XLIFF and Glose JSON Lines keep translations with their source)", a)
		}
		return lang.X("import.translation-side", "This task holds the translation ({{.Lang}}) of the document “{{.Source}}”: it was read as a document of its own, as Label Studio tasks do not keep which sentence translates which (XLIFF and Glose JSON Lines keep translations with their source)", a)
	},
	formats.WarnTranslationSideNotOpen: func(a map[string]any, _ int) string {
		switch a["Format"] {
		case "doccano":
			return lang.X("import.translation-side-not-open.doccano", "The translation ({{.Lang}}) of “{{.Source}}” in this file is not open: doccano records do not keep which sentence translates which, so it cannot join its source. To work on both sides together, export the document as XLIFF or Glose JSON Lines instead", a)
		case "brat":
			return lang.X("import.translation-side-not-open.brat", "The translation ({{.Lang}}) of “{{.Source}}” in these brat files is not open: brat documents do not keep which sentence translates which, so it cannot join its source. To work on both sides together, export the document as XLIFF or Glose JSON Lines instead", a)
		}
		return lang.X("import.translation-side-not-open", "The translation ({{.Lang}}) of “{{.Source}}” in this file is not open: Label Studio tasks do not keep which sentence translates which, so it cannot join its source. To work on both sides together, export the document as XLIFF or Glose JSON Lines instead", a)
	},
	formats.WarnRegionNotText: func(a map[string]any, _ int) string {
		a["Set"] = resultSetName(a)
		return lang.X("import.region-not-text", "A region of type “{{.Type}}” in {{.Set}} is not a text span: left out", a)
	},
	formats.WarnRelationWithoutRegion: func(a map[string]any, _ int) string {
		a["Set"] = resultSetName(a)
		if a["Label"] == "" {
			return lang.X("import.relation-without-regions", "A {{.Type}} relation in {{.Set}} joins the regions {{.From}} and {{.To}}, which the task does not have: left out", a)
		}
		return lang.X("import.relation-without-region", "A {{.Type}} relation in {{.Set}} joins the {{.Label}} span “{{.Text}}” to the region {{.Missing}}, which the task does not have: left out", a)
	},
	formats.WarnSeveralLabels: func(a map[string]any, n int) string {
		return lang.XN("import.several-labels", "{{.N}} regions have several labels (such as {{.Labels}} on “{{.Text}}”): each label became a span of its own over the same text, and a relation to the region joins each", n, a)
	},
	formats.WarnAnnotationCancelled: func(a map[string]any, n int) string {
		if a["By"] == "" {
			return lang.XN("import.annotation-cancelled", "Annotation {{.Annotation}} was skipped in Label Studio: its {{.N}} results are left out", n, a)
		}
		return lang.XN("import.annotation-cancelled-by", "Annotation {{.Annotation}} ({{.By}}) was skipped in Label Studio: its {{.N}} results are left out", n, a)
	},
	formats.WarnGroundTruthAlone: func(a map[string]any, n int) string {
		return lang.XN("import.ground-truth-alone", "Only the ground truth ({{.Truth}}) was read: {{.N}} other annotations ({{.Others}}) left out", n, a)
	},
	formats.WarnAnnotationsMerged: func(a map[string]any, n int) string {
		a["Spans"], a["Links"] = spanCount(a["Spans"]), relationCount(a["Links"])
		a["SomeSpans"], a["SomeLinks"] = spanCount(a["SomeSpans"]), relationCount(a["SomeLinks"])
		return lang.XN("import.annotations-merged", "{{.N}} annotations merged ({{.By}}): what all of them have ({{.Spans}}, {{.Links}}) is confirmed; what only some have ({{.SomeSpans}}, {{.SomeLinks}}) became suggestions, whose confidence is the share of the annotations that have it", n, a)
	},
	formats.WarnPredictionsRejected: func(a map[string]any, _ int) string {
		a["Spans"], a["Links"] = spanCount(a["Spans"]), relationCount(a["Links"])
		if list, _ := a["List"].(string); list != "" {
			a["List"] = " (" + list + ")"
		}
		if a["By"] == "" {
			return lang.X("import.predictions-rejected", "Annotation {{.Annotation}} was completed in Label Studio without {{.Spans}} and {{.Links}} suggested in the file: they are read as rejected suggestions{{.List}}", a)
		}
		return lang.X("import.predictions-rejected-by", "Annotation {{.Annotation}} ({{.By}}) was completed in Label Studio without {{.Spans}} and {{.Links}} suggested in the file: they are read as rejected suggestions{{.List}}", a)
	},
	formats.WarnNoSourceVariant: func(a map[string]any, _ int) string {
		return lang.X("import.no-source-variant", "A translation unit has no variant in {{.Lang}}, the source language: left out", a)
	},
	formats.WarnOtherLanguages: func(a map[string]any, _ int) string {
		return lang.X("import.other-languages", "The variants in {{.Langs}} are left out: a Glose document holds one source and one translation", a)
	},
	formats.WarnUnclosedMarker: func(a map[string]any, _ int) string {
		if target, _ := a["Target"].(bool); target {
			return lang.X("import.unclosed-marker-target", "A {{.Label}} span of the English starts but never ends (its <sm/> marker has no <em/>): left out", a)
		}
		return lang.X("import.unclosed-marker", "A {{.Label}} span of the French starts but never ends (its <sm/> marker has no <em/>): left out", a)
	},
	formats.WarnUnknownState: func(a map[string]any, _ int) string {
		a["Status"] = statusName(annotate.StatusNew)
		return lang.X("import.unknown-state", "The segment state “{{.State}}” is not one of XLIFF 2: the segment was read as {{.Status}}", a)
	},
	formats.WarnEmptySegment: func(a map[string]any, _ int) string {
		if a["ID"] == "" {
			return lang.X("import.empty-segment", "A segment of the file has no text: left out", a)
		}
		return lang.X("import.empty-segment-id", "The segment “{{.ID}}” of the file has no text: left out", a)
	},
	formats.WarnFinishedUntranslated: func(a map[string]any, _ int) string {
		a["Status"], a["ReadAs"] = statusArg(a["Status"]), statusArg(a["ReadAs"])
		return lang.X("import.finished-untranslated", "Segment {{.Segment}} is marked {{.Status}} in the file but has no translation: it was read as {{.ReadAs}}", a)
	},
	formats.WarnFirstDocument: func(a map[string]any, n int) string {
		return lang.XN("import.first-document", "{{.Name}} holds {{.N}} documents: only the first, “{{.ID}}”, is open", n, a)
	},
	formats.WarnTaskTextArea: func(a map[string]any, _ int) string {
		a["Set"] = resultSetName(a)
		return lang.X("import.task-text-area", "The text area “{{.Name}}” of the whole task, in {{.Set}}, is left out: Glose keeps notes on spans, not on documents. It held: “{{.Text}}”", a)
	},
	formats.WarnHyperTextUnplaced: func(a map[string]any, _ int) string {
		a["Set"] = resultSetName(a)
		if a["Text"] == "" {
			a["Text"] = "…"
		}
		if global, _ := a["Global"].(bool); global {
			return lang.X("import.hypertext-unplaced-global", "A HyperText region ({{.Labels}}, “{{.Text}}”) in {{.Set}} cannot be placed on the text: its position in the text of the web page does not give its text in this one. Left out", a)
		}
		return lang.X("import.hypertext-unplaced", "A HyperText region ({{.Labels}}, “{{.Text}}”) in {{.Set}} cannot be placed on the text: it gives its position in the web page only. Left out", a)
	},
	formats.WarnTextKey: func(a map[string]any, n int) string {
		return lang.XN("import.text-key", "{{.N}} tasks have no “text” field: their text was read from the field “{{.Key}}”", n, a)
	},
	formats.WarnJSONMin: func(a map[string]any, _ int) string {
		if a["Fields"] == "" {
			a["Fields"] = lang.X("import.json-min.no-field", "no field")
		}
		if a["Other"] == "" {
			return lang.X("import.json-min", "The file is a Label Studio JSON-MIN export, read for its text and its spans ({{.Fields}}). JSON-MIN keeps no relations, region IDs, predictions or notes: export the project as “JSON” in Label Studio to keep them", a)
		}
		return lang.X("import.json-min-left-out", "The file is a Label Studio JSON-MIN export, read for its text and its spans ({{.Fields}}); fields left out: {{.Other}}. JSON-MIN keeps no relations, region IDs, predictions or notes: export the project as “JSON” in Label Studio to keep them", a)
	},
	formats.WarnXLIFFVersion: func(a map[string]any, _ int) string {
		return lang.X("import.xliff-version", "The file is XLIFF {{.Version}}, newer than Glose knows: it was read as XLIFF {{.ReadAs}}, and what is new in {{.Version}} may be missing", a)
	},
	formats.WarnInlineCodes: func(a map[string]any, n int) string {
		return lang.XN("import.inline-codes", "Unit “{{.Unit}}”: {{.N}} inline codes left out ({{.Codes}}): their text is kept, not what they stand for (formatting, a line break…), and the translation goes back to the translation tool without them", n, a)
	},
	formats.WarnProdigyAnswer: func(a map[string]any, n int) string {
		if a["Answer"] == "ignore" {
			return lang.XN("import.prodigy-ignore", "The record was answered “ignore” in Prodigy: its {{.N}} span is read as a suggestion to review", n, a)
		}
		return lang.XN("import.prodigy-reject", "The record was answered “reject” in Prodigy: its {{.N}} span is read as a rejected suggestion", n, a)
	},
	formats.WarnNewerFormat: func(a map[string]any, _ int) string {
		return lang.X("import.newer-format", "The file was written by a newer version of Glose: it is in version {{.Version}} of the Glose format, and this Glose reads {{.Supported}}. What this Glose does not know in it is left out, so the document opens read-only: Save asks for another file, and the file stays as the newer Glose wrote it", a)
	},
	formats.WarnCharsetNotUTF8: func(a map[string]any, _ int) string {
		return lang.X("import.charset-not-utf8", "The page declares the character set {{.Charset}}, but it is written in UTF-8: it was read as UTF-8, so that its accented letters are right (read as {{.Charset}}, “é” would be “Ã©”)", a)
	},
	formats.WarnOriginalNotKept: func(a map[string]any, _ int) string {
		if a["Reason"] == "size" {
			return lang.X("import.original-not-kept-size", "The file ({{.MB}} MB) is larger than Glose keeps to write translations back into it ({{.Max}} MB): its XLIFF export will be Glose’s own, not the translation tool’s file with the translations", a)
		}
		return lang.X("import.original-not-kept-encoding", "The file is not in UTF-8, so Glose does not keep it to write translations back into it: its XLIFF export will be Glose’s own, not the translation tool’s file with the translations", a)
	},
	formats.WarnTMXInlineCodes: func(a map[string]any, _ int) string {
		units, _ := a["Units"].(int)
		return lang.XN("import.tmx-inline-codes", "{{.Units}} translation units hold inline codes ({{.N}} in all: formatting, placeholders): they are kept for the memory’s TMX export, matches are found on the text without them, and a match inserted or pre-translated into a segment with the same codes brings them", units, a)
	},
	formats.WarnTMXCodesLeftOut: func(a map[string]any, _ int) string {
		units, _ := a["Units"].(int)
		return lang.XN("import.tmx-codes-left-out", "{{.Units}} translation units hold inline codes ({{.N}} in all), left out of the document: their text is kept, not the formatting or placeholders they stand for", units, a)
	},
	formats.WarnMarkerNotSpan: func(a map[string]any, n int) string {
		return lang.XN("import.marker-not-span", "Unit “{{.Unit}}”: {{.N}} markers of type “{{.Type}}” (on {{.Texts}}) are not spans, which are names, quotations and cues: their text is kept, the annotation is not", n, a)
	},
	formats.WarnCommentAsNote: func(a map[string]any, _ int) string {
		if target, _ := a["Target"].(bool); target {
			return lang.X("import.comment-as-note-target", "Unit “{{.Unit}}”: the comment “{{.Comment}}” on “{{.Text}}” in the English became a note of its segment, as Glose keeps comments on segments and spans only", a)
		}
		return lang.X("import.comment-as-note", "Unit “{{.Unit}}”: the comment “{{.Comment}}” on “{{.Text}}” in the French became a note of its segment, as Glose keeps comments on segments and spans only", a)
	},
	formats.WarnStaleState: func(a map[string]any, n int) string {
		return lang.XN("import.stale-state", "{{.N}} segments marked {{.States}} in the file hold a translation, which a translation tool such as OmegaT wrote without changing the state: they were read as drafts", n, a)
	},
	formats.WarnSourceCopied: func(a map[string]any, n int) string {
		return lang.XN("import.source-copied", "{{.N}} segments have no state in the file and a target that repeats their source word for word, the copy a tool such as Okapi Rainbow puts there to be translated: they were read as drafts", n, a)
	},
	formats.WarnTextWithoutAnn: func(a map[string]any, n int) string {
		return lang.XN("import.text-without-ann", "{{.N}} .txt files of the brat folder have no .ann beside them and were left out (e.g. {{.Name}}): a brat document is a .txt and an .ann file", n, a)
	},
}

// importError is err, which opening a file gave, said in the user's language when its kind is known
// (a reader's error, the file's encoding, its JSON, its size, the system's refusal); other errors are
// left in their English.
func importError(err error) error {
	if text := importErrorText(err); text != "" {
		return &saidError{text: sentence(text), err: err}
	}
	return err
}

// importErrorText is err said in the user's language, with its place in the file, or "".
func importErrorText(err error) string {
	var re *formats.ReadError
	var ie *infile.Error
	var big *workspace.TooLargeError
	var ve *annotate.ValidationError
	switch {
	case errors.As(err, &re) && readErrors[re.Code] != nil:
		return readErrorText(re)
	case errors.As(err, &ie) && importErrors[ie.Code] != nil:
		a := make(map[string]any, len(ie.Args))
		for k, v := range ie.Args {
			a[k] = v
		}
		if a["Name"] == nil {
			a["Name"] = filepath.Base(ie.File)
		}
		text := importErrors[ie.Code](a)
		if place := errorPlace(ie); place != "" {
			text = lang.X("import.at", "{{.Text}} ({{.Place}})", map[string]any{"Text": text, "Place": place})
		}
		return text
	case errors.As(err, &ve) && documentError(ve) != "":
		return documentError(ve)
	case errors.As(err, &big):
		return lang.L("The file is {{.Size}} MB, more than Glose opens ({{.Max}} MB).",
			map[string]any{"Size": big.MB, "Max": workspace.MaxFileSize >> 20})
	case errors.Is(err, fs.ErrNotExist):
		return osReasonText(map[string]any{"Reason": "missing"})
	case errors.Is(err, fs.ErrPermission):
		return osReasonText(map[string]any{"Reason": "permission"})
	}
	return ""
}

// saidError is an error said in the user's language.
type saidError struct {
	text string
	err  error
}

func (e *saidError) Error() string { return e.text }
func (e *saidError) Unwrap() error { return e.err }

// errorPlace names where in a file an error is: its line and column, or its byte, and the task.
func errorPlace(e *infile.Error) string {
	var where []string
	if e.Line > 0 {
		where = append(where, lang.X("import.place.line", "line {{.Line}}", map[string]any{"Line": e.Line}))
	}
	if e.Column > 0 {
		where = append(where, lang.X("import.place.column", "column {{.Column}}", map[string]any{"Column": e.Column}))
	}
	if e.Offset >= 0 {
		where = append(where, lang.X("import.place.byte", "byte {{.Offset}}", map[string]any{"Offset": e.Offset}))
	}
	if task := importPlace(map[string]any{"Task": e.Args["Task"], "TaskID": e.Args["TaskID"]}); task != "" {
		where = append(where, task) // a Label Studio task, whose line does not say which it is
	}
	return strings.Join(where, ", ")
}

// importErrors say each kind of error the readers share in the user's language, from its Args (a,
// a copy), and what to do about it in a text editor rather than with iconv.
var importErrors = map[infile.Code]func(a map[string]any) string{
	infile.ErrUTF32: func(a map[string]any) string {
		return lang.X("import.error.utf32", "The file is in UTF-32, which Glose does not read: save it again as UTF-8 (a text editor offers the encoding when saving)", a)
	},
	infile.ErrUTF16WithoutBOM: func(a map[string]any) string {
		return lang.X("import.error.utf16-without-bom", "The file looks like {{.Charset}} without a byte-order mark, which Glose does not read: save it again as UTF-8 (a text editor offers the encoding when saving)", a)
	},
	infile.ErrInvalidEncoding: func(a map[string]any) string {
		return lang.X("import.error.invalid-encoding", "The file is not readable as {{.Charset}} (a character is cut off or unpaired): repair it, or save it again as UTF-8", a)
	},
	infile.ErrUnreadableEncoding: func(a map[string]any) string {
		return lang.X("import.error.unreadable-encoding", "The file cannot be read as {{.Charset}}: save it again as UTF-8", a)
	},
	infile.ErrNotUTF8: func(a map[string]any) string {
		switch a["Guess"] {
		case "latin1":
			return lang.X("import.error.latin1", "The file is not in UTF-8, as it must be: it looks like Latin-1 (ISO-8859-1). Open it in a text editor as Latin-1 and save it again as UTF-8", a)
		case "windows-1252":
			return lang.X("import.error.windows-1252", "The file is not in UTF-8, as it must be: it looks like Windows-1252. Open it in a text editor as Windows-1252 and save it again as UTF-8", a)
		case "mixed":
			return lang.X("import.error.mixed", "The file mixes UTF-8 with another encoding: correct the characters at this place in a text editor (converting the whole file would garble the others)", a)
		}
		return lang.X("import.error.not-utf8", "The file is not in UTF-8, as it must be: save it again as UTF-8, or declare its encoding", a)
	},
	infile.ErrJSONEmpty: func(a map[string]any) string {
		return lang.X("import.error.json-empty", "The file is empty", a)
	},
	infile.ErrJSONCutShort: func(a map[string]any) string {
		return lang.X("import.error.json-cut-short", "The JSON is cut short: the file ends before its content does", a)
	},
	infile.ErrJSONSyntax: func(a map[string]any) string {
		return lang.X("import.error.json-syntax", "The file is not valid JSON", a)
	},
	infile.ErrJSONType: func(a map[string]any) string {
		a["Expected"], a["Found"] = jsonKind(a["Expected"]), jsonKind(a["Found"])
		if a["Field"] == "" {
			return lang.X("import.error.json-value", "The JSON holds {{.Found}} where the format expects {{.Expected}}", a)
		}
		return lang.X("import.error.json-type", "The JSON's “{{.Field}}” holds {{.Found}} where the format expects {{.Expected}}", a)
	},
	infile.ErrCutShort: func(a map[string]any) string {
		return lang.X("import.error.cut-short", "The file is cut short: it ends in the middle of a character. The download or copy was probably interrupted: get the whole file again", a)
	},
	infile.ErrJSONNoField: func(a map[string]any) string {
		return lang.X("import.error.json-no-field", "The record has no “{{.Field}}”", a)
	},
	infile.ErrControlChar: func(a map[string]any) string {
		return lang.X("import.error.control-char", "The text holds the control character {{.Char}}, which no text may hold: this does not look like a text file", a)
	},
	infile.ErrCharRef: func(a map[string]any) string {
		return lang.X("import.error.char-ref", "The character reference {{.Ref}} stands for the control character {{.Char}}, which no text may hold: remove it from the page", a)
	},
	infile.ErrUnknownCharset: func(a map[string]any) string {
		return lang.X("import.error.unknown-charset", "The file declares the encoding “{{.Charset}}”, which Glose does not know: save it again as UTF-8 and declare UTF-8", a)
	},
	infile.ErrBinary: binaryErrorText,
	infile.ErrUTF16Declared: func(a map[string]any) string {
		return lang.X("import.error.utf16-declared", "The file declares the encoding “{{.Charset}}”, but it has no UTF-16 byte-order mark and reads as 8-bit text: correct the declaration (encoding=\"UTF-8\"), or save the file as UTF-16 with a byte-order mark", a)
	},
}
