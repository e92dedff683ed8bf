package app

import (
	"maps"
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate/formats"
)

// formatTitle is a format's title in the user's language; the formats package names them in English
// for the command line.
func formatTitle(f formats.Format) string {
	switch f.Name {
	case "jsonl":
		return lang.X("format.jsonl", "Glose JSON Lines corpus")
	case "text":
		return lang.X("format.text", "Plain text (the translation)")
	case "markdown":
		return lang.X("format.markdown", "Markdown (the translation)")
	case "doccano":
		return lang.X("format.doccano", "doccano relation JSONL")
	case "labelstudio":
		return lang.X("format.labelstudio", "Label Studio JSON tasks")
	case "spacy":
		return lang.X("format.spacy", "spaCy JSONL (entities + span group sc)")
	case "brat":
		return lang.X("format.brat", "brat standoff (.txt + .ann)")
	case "conll":
		return lang.X("format.conll", "CoNLL-2003 (IOB2, token<TAB>tag)")
	case "tmx":
		return lang.X("format.tmx", "TMX 1.4b translation memory")
	case "quotes-csv":
		return lang.X("format.quotes-csv", "Quotations CSV (who said what)")
	}
	return f.Title // a name (Glose JSON, XLIFF 2.1, W3C Web Annotation) that needs no translation
}

// The export dialog's names for its controls, which the warnings name too. The confirmed box has
// two: it leaves out the suggestions of the formats that keep spans, and takes the English of
// confirmed segments only for the translation as a text, which keeps no annotation.
func confirmedOnlyName() string     { return lang.L("Only confirmed annotations") }
func confirmedSegmentsName() string { return lang.L("Only confirmed segments") }
func bothSidesName() string         { return lang.L("Both") }
func offsetsName() string           { return lang.L("Offsets") }
func codePointsName() string        { return lang.L("Code points (Python)") }
func utf16Name() string             { return lang.L("UTF-16 (web browsers)") }
func mentionsName() string          { return lang.L("Mentions") }

// The export dialog's choices of which entity mentions to keep (WriteOptions.Mentions).
func namesOnlyName() string   { return lang.L("Names only") }
func allMentionsName() string { return lang.L("All mentions (pronouns and descriptions too)") }

// noMarkersName is the export dialog's choice of XLIFF without span markers (WriteOptions.NoMarkers);
// noMarkersUse, under it, says what for. A check box's text does not wrap: with what it is for
// beside it, the French one took 640 units, and the dialog scrolled sideways in a small window.
func noMarkersName() string {
	return lang.X("export.no-markers", "Plain text without annotation markers")
}
func noMarkersUse() string {
	return lang.X("export.no-markers.use", "For translation tools that cannot read them")
}

// paragraphsName is the export dialog's choice of TMX units of whole paragraphs (WriteOptions.Paragraphs);
// paragraphsUse, under it, says what for.
func paragraphsName() string {
	return lang.X("export.paragraphs", "One unit per paragraph instead of per sentence")
}
func paragraphsUse() string { return lang.X("export.paragraphs.use", "For OmegaT") }

// warningText is an export warning in the user's language, by its code; the formats package's
// English, which speaks of the command line's flags, is the fallback for a warning without a code.
// The document's ID is left out: the app exports one document.
func warningText(w formats.Warning) string {
	say, ok := exportWarnings[w.Code]
	if !ok {
		return w.Msg
	}
	a := make(map[string]any, len(w.Args)+4)
	for k, v := range w.Args {
		a[k] = v
	}
	n, _ := a["N"].(int)
	return ownQuotes(say(a, n), w.Args)
}

// exportWarnings say each kind of export warning in the user's language, from the warning's Args
// (a, a copy) and its count n. They name the dialog's own controls where the command line's
// English names a flag.
var exportWarnings = map[formats.WarningCode]func(a map[string]any, n int) string{
	formats.WarnTargetSpansLeftOut: func(a map[string]any, n int) string {
		a["Both"] = bothSidesName()
		return lang.XN("export.target-spans", "{{.N}} spans of the English left out: only the French was chosen (choose {{.Both}} to keep them)", n, a)
	},
	formats.WarnUntranslatedLeftOut: func(a map[string]any, n int) string {
		return lang.XN("export.untranslated-left-out", "{{.N}} of {{.Total}} segments have no English yet: the English exported leaves them out", n, a)
	},
	formats.WarnSourceSpansLeftOut: func(a map[string]any, n int) string {
		a["Both"] = bothSidesName()
		return lang.XN("export.source-spans", "{{.N}} spans of the French left out: only the English was chosen (choose {{.Both}} to keep them)", n, a)
	},
	formats.WarnCrossLinksLeftOut: func(a map[string]any, n int) string {
		return lang.XN("export.cross-links", "{{.N}} links between the French and the English (translations) left out: each text is a record of its own", n, a)
	},
	formats.WarnNoTranslations: func(a map[string]any, n int) string {
		return lang.XN("export.no-translations", "{{.Format}} keeps no translations: {{.N}} translated segments left out (XLIFF, TMX and Glose JSON Lines keep them)", n, a)
	},
	formats.WarnNoEntities: func(a map[string]any, n int) string {
		return lang.XN("export.no-entities", "{{.Format}} keeps no entities: {{.N}} entities (mention groups) left out", n, a)
	},
	formats.WarnNoLinks: func(a map[string]any, n int) string {
		return lang.XN("export.no-links", "{{.Format}} keeps no links: {{.N}} links left out", n, a)
	},
	formats.WarnNoSpans: func(a map[string]any, n int) string {
		links, _ := a["Links"].(int)
		a["Links"] = lang.XN("export.links", "{{.N}} links", links, map[string]any{"N": links})
		return lang.XN("export.tmx-spans", "{{.Format}} keeps no annotations: {{.N}} spans and {{.Links}} left out", n, a)
	},
	formats.WarnNoOrigin: func(a map[string]any, n int) string {
		a["Option"] = confirmedOnlyName()
		return lang.XN("export.no-origin", "{{.N}} suggestions exported as plain spans: {{.Format}} does not tell suggestions apart (tick “{{.Option}}” to leave them out)", n, a)
	},
	formats.WarnCodePointsOutsideBMP: func(a map[string]any, _ int) string {
		a["Offsets"], a["Unit"] = offsetsName(), utf16Name()
		return lang.X("export.outside-bmp", "The text has characters outside the BMP (such as emoji): its offsets count code points, as Python does, but {{.Format}} in a web browser counts UTF-16 code units: to load this file into {{.Format}}, export it again with {{.Offsets}} “{{.Unit}}”", a)
	},
	formats.WarnNoConfidences: func(a map[string]any, n int) string {
		links, _ := a["Links"].(int)
		a["Links"] = lang.XN("export.suggested-links", "{{.N}} suggested links", links, map[string]any{"N": links})
		return lang.XN("export.no-confidences", "brat keeps no confidences: {{.N}} suggested spans and {{.Links}} will come back with a confidence of 0.5", n, a)
	},
	formats.WarnEdgeLineBreak: func(a map[string]any, _ int) string {
		return lang.X("export.edge-line-break", "The {{.Label}} span “{{.Text}}” starts or ends with a line break, which brat cannot hold: it will come back without it", a)
	},
	formats.WarnNoteLineBreaks: func(a map[string]any, _ int) string {
		return lang.X("export.note-line-breaks", "The note on the {{.Label}} span “{{.Text}}” has line breaks, which brat notes cannot hold: they become spaces", a)
	},
	formats.WarnFileNameTaken: func(a map[string]any, _ int) string {
		return lang.X("export.file-name-taken", "Written as {{.Name}}.ann and {{.Name}}.txt, as {{.Taken}}.ann is taken by a document whose ID differs only in case: its import will give it the ID “{{.ID}}”", a)
	},
	formats.WarnNoDocumentID: func(a map[string]any, _ int) string {
		return lang.X("export.no-document-id", "The document has no ID: written as {{.Name}}.ann and {{.Name}}.txt, its import will give it the ID “{{.ID}}”", a)
	},
	formats.WarnLabelNotKept: func(a map[string]any, _ int) string {
		return lang.X("export.label-not-kept", "The label “{{.Label}}” is written as the brat type {{.Type}}, and brat's visual.conf cannot give its name back (it has a “|” or a line break, or starts or ends with a space): it will come back as {{.Type}}", a)
	},
	formats.WarnOneLabelPerToken: func(a map[string]any, n int) string {
		return lang.XN("export.one-label-per-token", "CoNLL holds one label per token: {{.N}} overlapping spans, quotes or cues left out (for example {{.Label}} “{{.Text}}”)", n, a)
	},
	formats.WarnWordCut: func(a map[string]any, _ int) string {
		return lang.X("export.word-cut", "The {{.Label}} span “{{.Text}}” starts or ends inside a word: the word was cut into two tokens", a)
	},
	formats.WarnSplitBySentences: func(a map[string]any, n int) string {
		return lang.XN("export.split-by-sentences", "CoNLL has one sentence per segment: {{.N}} spans cross a sentence break and are written as one span per sentence (for example {{.Label}} “{{.Text}}”)", n, a)
	},
	formats.WarnCharacterKept: func(a map[string]any, _ int) string {
		return lang.X("export.character-kept", "The {{.Label}} span “{{.Text}}” starts or ends inside a character (an emoji, or a letter and its accents): the character was kept as one token, tagged as part of the span", a)
	},
	formats.WarnTokenBoundaries: func(a map[string]any, _ int) string {
		return lang.X("export.token-boundaries", "The {{.Label}} span “{{.Text}}” does not start and end on token boundaries: spaCy's doc.char_span returns None for it in strict mode", a)
	},
	formats.WarnConfirmedInPrediction: func(a map[string]any, n int) string {
		return lang.XN("export.confirmed-in-prediction", "{{.N}} relations a person confirmed join a suggestion, so they are written in the prediction: Label Studio shows them as predicted, Glose reads them back as confirmed", n, a)
	},
	formats.WarnNotInMemory: func(a map[string]any, n int) string {
		return lang.XN("export.tmx-untranslated", "{{.N}} segments not translated or still drafts left out of the memory", n, a)
	},
	formats.WarnSourceLanguage: func(a map[string]any, _ int) string {
		return lang.X("export.source-language", "The source language, {{.Lang}}, differs from the file's, {{.FileLang}} (TMX has one source language)", a)
	},
	formats.WarnLanguagePair: func(a map[string]any, _ int) string {
		return lang.X("export.language-pair", "The languages, {{.Source}}→{{.Target}}, differ from the file's, {{.FileSource}}→{{.FileTarget}} (XLIFF has one language pair per file)", a)
	},
	formats.WarnCrossesParagraphs: func(a map[string]any, _ int) string {
		return lang.X("export.crosses-paragraphs", "The {{.Label}} span “{{.Text}}” crosses paragraphs, which XLIFF keeps apart: left out", a)
	},
	formats.WarnBetweenSegments: func(a map[string]any, _ int) string {
		return lang.X("export.between-segments", "The {{.Label}} span “{{.Text}}” starts or ends between two segments: left out", a)
	},
	formats.WarnConfirmedLinkLeftOut: func(a map[string]any, n int) string {
		a["Option"] = confirmedOnlyName()
		return lang.XN("export.confirmed-link-left-out", "{{.N}} confirmed links join suggestions and are left out with them, such as {{.Label}} “{{.Text}}” (accept the suggestions, or untick “{{.Option}}”)", n, a)
	},
	formats.WarnNotXML: func(a map[string]any, _ int) string {
		if target, _ := a["Target"].(bool); target {
			return lang.X("export.not-xml-target", "Segment {{.Segment}}: the English holds {{.Char}}, a character XML cannot hold: written as U+FFFD", a)
		}
		return lang.X("export.not-xml-source", "Segment {{.Segment}}: the French holds {{.Char}}, a character XML cannot hold: written as U+FFFD", a)
	},
	formats.WarnMarkersLeftOut: func(a map[string]any, n int) string {
		return lang.XN("export.markers-left-out", "{{.N}} spans left out: the file is plain text, without span markers, as asked", n, a)
	},
	formats.WarnTargetCodesLost: func(a map[string]any, n int) string {
		return lang.XN("export.target-codes-lost", "{{.N}} units whose source holds elements that are no XLIFF inline codes got their translations without them: {{.Units}}; add them in the translation tool", n, a)
	},
	formats.WarnTargetCodesPlaced: func(a map[string]any, n int) string {
		return lang.XN("export.target-codes-placed", "{{.N}} units got inline codes (formatting, placeholders) at a likely place in their translations, as the English of what they mark was not found: {{.Units}}; check them in the translation tool", n, a)
	},
	formats.WarnTargetCodesOrder: func(a map[string]any, n int) string {
		return lang.XN("export.target-codes-order", "{{.N}} units put words in another order than the source, while the translation tool’s file says their inline codes may not be reordered: the codes kept the source’s order, some no longer around their English: {{.Units}}; check them in the translation tool", n, a)
	},
	formats.WarnNotMerged: func(a map[string]any, n int) string {
		if a["Reason"] == "resegmented" {
			return lang.XN("export.not-merged-resegmented", "{{.N}} segments are not in the translation tool’s file as they are in Glose (split or joined): their translations are left out: {{.Segments}}", n, a)
		}
		return lang.XN("export.not-merged", "{{.N}} segments changed in Glose are left as they were in the translation tool’s file, as their units say not to translate them: {{.Segments}}", n, a)
	},
	formats.WarnMergeSpansLeftOut: func(a map[string]any, n int) string {
		return lang.XN("export.merge-spans-left-out", "{{.N}} spans left out: the translations go back into the translation tool’s file as plain text", n, a)
	},
	formats.WarnMergeBackMixed: func(a map[string]any, _ int) string {
		if a["Reason"] == "format" {
			return lang.X("export.merge-back-format", "The translation tool’s file is {{.Format}}: this {{.Export}} export is Glose’s own, not the tool’s file with the translations (export to {{.Format}} for that)", a)
		}
		return lang.X("export.merge-back-mixed", "The {{.N}} documents do not all come from one translation tool’s XLIFF file: written as Glose’s own XLIFF, not into the tool’s file", a)
	},
	formats.WarnMergeBackLanguage: func(a map[string]any, _ int) string {
		return lang.X("export.merge-back-language", "The document’s languages, {{.Source}}→{{.Target}}, are not those of the translation tool’s file, {{.FileSource}}→{{.FileTarget}}: the file keeps its own, which its tool expects (change the document’s languages in File › Document properties, or ask the client)", a)
	},
	formats.WarnNothingConfirmed: func(a map[string]any, n int) string {
		a["Option"] = confirmedOnlyName()
		return lang.XN("export.nothing-confirmed", "Nothing is confirmed yet: the document is written with no annotation, as a text that names no one, and its {{.N}} suggestions are left out (review it, or untick “{{.Option}}”; leave it out of training data)", n, a)
	},
	formats.WarnDraftsDelivered: func(a map[string]any, n int) string {
		a["Option"] = confirmedSegmentsName()
		return lang.XN("export.drafts-delivered", "{{.N}} of {{.Total}} segments are written with English nobody confirmed (drafts): {{.Numbers}} (tick “{{.Option}}” to write only the English of translated or reviewed segments)", n, a)
	},
	formats.WarnChangesNotAccepted: func(a map[string]any, n int) string {
		return lang.XN("export.changes-not-accepted", "{{.N}} of {{.Total}} segments have changes since the translator’s version that nobody accepted or rejected: {{.Numbers}}; their English is written as it is now, with the changes (Segment › Changes since the translator accepts or rejects them)", n, a)
	},
	formats.WarnNoteDetailsLeftOut: func(a map[string]any, n int) string {
		return lang.XN("export.note-details-left-out", "{{.N}} notes lose their category or ID, which {{.Format}} notes do not have", n, a)
	},
	formats.WarnNotNested: func(a map[string]any, _ int) string {
		return lang.X("export.not-nested", "The {{.Label}} span “{{.Text}}” crosses the end of a segment or overlaps another span, and XLIFF 1.2 markers nest inside one segment: left out", a)
	},
	formats.WarnRejectedLeftOut: func(a map[string]any, n int) string {
		return lang.XN("export.rejected-left-out", "{{.Format}} keeps no rejected suggestions: {{.N}} rejected suggestions left out (Glose JSON and JSON Lines keep them, so that they are not proposed again)", n, a)
	},
	formats.WarnSpanNotesLeftOut: func(a map[string]any, n int) string {
		return lang.XN("export.span-notes-left-out", "{{.Format}} keeps no notes on spans: {{.N}} span notes left out", n, a)
	},
	formats.WarnSegmentNotesLeftOut: func(a map[string]any, n int) string {
		return lang.XN("export.segment-notes-left-out", "{{.Format}} keeps no notes on segments: {{.N}} segment notes left out (XLIFF keeps them)", n, a)
	},
	formats.WarnDocumentNotesLeftOut: func(a map[string]any, n int) string {
		return lang.XN("export.document-notes-left-out", "{{.Format}} keeps no notes on the document: {{.N}} document notes left out (XLIFF keeps them)", n, a)
	},
	formats.WarnQAIgnoredLeftOut: func(a map[string]any, n int) string {
		return lang.XN("export.qa-ignored-left-out", "{{.Format}} keeps no ignored QA warnings: {{.N}} ignored warnings left out, which Glose shows again on opening the export (Glose JSON, JSON Lines and XLIFF keep them)", n, a)
	},
	formats.WarnConfidencesLeftOut: func(a map[string]any, n int) string {
		links, _ := a["Links"].(int)
		a["Links"] = lang.XN("export.suggested-links", "{{.N}} suggested links", links, map[string]any{"N": links})
		return lang.XN("export.confidences-left-out", "{{.Format}} keeps no confidences: {{.N}} suggested spans and {{.Links}} stay marked as suggestions but lose their confidence", n, a)
	},
	formats.WarnMentionsLeftOut: func(a map[string]any, n int) string {
		links, _ := a["Links"].(int)
		a["Kinds"] = mentionKinds(a)
		a["Links"] = lang.XN("export.links", "{{.N}} links", links, map[string]any{"N": links})
		a["Mentions"], a["All"] = mentionsName(), allMentionsName()
		if links == 0 {
			return lang.XN("export.mentions-left-out-no-links", "{{.N}} entity mentions that are not names left out ({{.Kinds}}): named-entity data would learn them as names (choose {{.Mentions}} “{{.All}}” to keep them)", n, a)
		}
		return lang.XN("export.mentions-left-out", "{{.N}} entity mentions that are not names left out ({{.Kinds}}), with {{.Links}} to them: named-entity data would learn them as names (choose {{.Mentions}} “{{.All}}” to keep them)", n, a)
	},
	formats.WarnMentionKindsLost: func(a map[string]any, n int) string {
		a["Kinds"] = mentionKinds(a)
		a["Mentions"], a["Names"] = mentionsName(), namesOnlyName()
		return lang.XN("export.mention-kinds-lost", "{{.Format}} keeps no mention kinds: {{.N}} entity mentions that are not names ({{.Kinds}}) are tagged as names, which named-entity data would learn (choose {{.Mentions}} “{{.Names}}” to leave them out, or spaCy, brat, Label Studio or doccano to keep their kind)", n, a)
	},
	formats.WarnIncompleteParagraphs: func(a map[string]any, n int) string {
		return lang.XN("export.incomplete-paragraphs", "{{.N}} translated segments left out of the memory with their paragraph, which has segments not translated or still drafts (a memory of sentences keeps them)", n, a)
	},
}

// mentionKinds says how many pronouns and descriptions a warning's Pronouns and Nominals count; a
// kind none of them is goes unsaid: not "(0 pronouns, 1 description)".
func mentionKinds(a map[string]any) string {
	pronouns, _ := a["Pronouns"].(int)
	nominals, _ := a["Nominals"].(int)
	var kinds []string
	if pronouns > 0 {
		kinds = append(kinds, lang.XN("export.pronouns", "{{.N}} pronouns", pronouns, map[string]any{"N": pronouns}))
	}
	if nominals > 0 {
		kinds = append(kinds, lang.XN("export.nominals", "{{.N}} descriptions", nominals, map[string]any{"N": nominals}))
	}
	return strings.Join(kinds, ", ")
}

// mergeCounts makes one warning of the warnings of a kind that differ only by their count, adding
// the counts. An export of both texts writes the French and the English as two records, each with
// its own warnings; the app leaves the record out of what it says, so that "462 suggestions exported
// as plain spans" followed by "1 suggestion exported as a plain span" read as a contradiction.
func mergeCounts(warns []formats.Warning) []formats.Warning {
	var out []formats.Warning
next:
	for _, w := range warns {
		n, ok := w.Args["N"].(int)
		for i, o := range out {
			if ok && o.Code == w.Code && w.Code != "" && sameButCount(o.Args, w.Args) {
				args := maps.Clone(o.Args)
				args["N"] = o.Args["N"].(int) + n
				out[i].Args = args
				continue next
			}
		}
		out = append(out, w)
	}
	return out
}

// sameButCount reports whether a and b hold the same values but for N, which both have as an int.
func sameButCount(a, b map[string]any) bool {
	if _, ok := a["N"].(int); !ok || len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if k == "N" {
			continue
		}
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}
