package formats

import (
	"fmt"

	"github.com/glose-app/glose/annotate"
)

// Warning says what an export or import could not keep, or what a consumer should know.
//
// Msg says it in English, for the command line. Every warning also says it as data: Code names the
// kind of warning and Args holds the values its wording needs (the keys each code sets are listed
// beside it), so that a program can say it in its own words and language, and speak of its own
// controls instead of the command line's flags, without parsing Msg.
type Warning struct {
	Doc  string         // document ID; on import, the file name and the place in it, as Msg's prefix
	Msg  string         // in English
	Code WarningCode    // the kind of warning
	Args map[string]any // the values the wording needs, by name, for Code
}

func (w Warning) String() string {
	if w.Doc == "" {
		return w.Msg
	}
	return w.Doc + ": " + w.Msg
}

// WarningCode names a kind of export or import warning. Beside each code: what the warning says and
// the keys of its Args. N is always an int, and the count the wording agrees with; Format is the
// format's name as people know it ("doccano", "CoNLL"); Label and Text are a span's label and its
// text, shortened to one line. The import warnings are listed with ImportWarningCodes.
type WarningCode string

// The kinds of export warnings.
const (
	// WarnTargetSpansLeftOut: spans of the translation left out, as the export covers the source
	// only. N.
	WarnTargetSpansLeftOut WarningCode = "target-spans-left-out"
	// WarnSourceSpansLeftOut: spans of the source left out, as the export covers the translation
	// only. N.
	WarnSourceSpansLeftOut WarningCode = "source-spans-left-out"
	// WarnUntranslatedLeftOut: segments with no translation yet, left out of the text of the
	// translation's record (empty when none has one). N; Total: the document's segments.
	WarnUntranslatedLeftOut WarningCode = "untranslated-left-out"
	// WarnCrossLinksLeftOut: links between a source and a target span (translation links) left
	// out, as each text is a record of its own. N.
	WarnCrossLinksLeftOut WarningCode = "cross-links-left-out"
	// WarnNoTranslations: the format keeps no translations. Format; N: segments translated.
	WarnNoTranslations WarningCode = "no-translations"
	// WarnNoEntities: the format keeps no entities (mention groups). Format, N.
	WarnNoEntities WarningCode = "no-entities"
	// WarnNoLinks: the format keeps no links. Format, N.
	WarnNoLinks WarningCode = "no-links"
	// WarnNoSpans: the format (TMX) keeps no spans. Format; N: spans; Links: links.
	WarnNoSpans WarningCode = "no-spans"
	// WarnNoOrigin: suggestions exported as plain spans, as the format (doccano, spaCy, CoNLL) has no
	// origin or confidence; the confirmed-only option leaves them out. Format, N.
	WarnNoOrigin WarningCode = "no-origin"
	// WarnCodePointsOutsideBMP: the text has characters outside the BMP and the offsets count code
	// points, while doccano in a browser counts UTF-16 code units (WriteOptions.Unit "utf16").
	// Format.
	WarnCodePointsOutsideBMP WarningCode = "code-points-outside-bmp"
	// WarnNoConfidences: the format (brat) keeps which spans and links are suggestions, but not their
	// confidence. N: suggested spans; Links: suggested links.
	WarnNoConfidences WarningCode = "no-confidences"
	// WarnEdgeLineBreak: a span starts or ends with a line break, which brat cannot hold. Label,
	// Text.
	WarnEdgeLineBreak WarningCode = "edge-line-break"
	// WarnNoteLineBreaks: the note on a span has line breaks, which brat notes cannot hold. Label,
	// Text.
	WarnNoteLineBreaks WarningCode = "note-line-breaks"
	// WarnFileNameTaken: brat files renamed, as another document's ID differs only in case. Name:
	// the file name (without extension); Taken: the name taken; ID: the ID its import gives.
	WarnFileNameTaken WarningCode = "file-name-taken"
	// WarnNoDocumentID: the document has no ID. Name: the file name (without extension); ID: the ID
	// its import gives.
	WarnNoDocumentID WarningCode = "no-document-id"
	// WarnLabelNotKept: a label brat's visual.conf cannot give back. Label; Type: the brat type it
	// comes back as.
	WarnLabelNotKept WarningCode = "label-not-kept"
	// WarnOneLabelPerToken: overlapping spans left out, as CoNLL holds one label per token. N;
	// Label, Text: the first of them.
	WarnOneLabelPerToken WarningCode = "one-label-per-token"
	// WarnWordCut: a span starts or ends inside a word, which was cut into two tokens. Label, Text.
	WarnWordCut WarningCode = "word-cut"
	// WarnCharacterKept: a span starts or ends inside a character, which was kept as one token.
	// Label, Text.
	WarnCharacterKept WarningCode = "character-kept"
	// WarnSplitBySentences: spans that cross a sentence break (segments), which CoNLL, one sentence
	// per segment, tags as one span per sentence. N; Label, Text: the first of them.
	WarnSplitBySentences WarningCode = "split-by-sentences"
	// WarnTokenBoundaries: a span does not start and end on token boundaries (spaCy). Label, Text.
	WarnTokenBoundaries WarningCode = "token-boundaries"
	// WarnConfirmedInPrediction: relations a person confirmed that join a suggestion, written in
	// Label Studio's prediction. N.
	WarnConfirmedInPrediction WarningCode = "confirmed-in-prediction"
	// WarnNotInMemory: segments not translated, or still drafts, left out of the memory (TMX). N.
	WarnNotInMemory WarningCode = "not-in-memory"
	// WarnSourceLanguage: a document's source language differs from the file's (TMX). Lang,
	// FileLang.
	WarnSourceLanguage WarningCode = "source-language"
	// WarnLanguagePair: a document's languages differ from the file's (XLIFF). Source, Target,
	// FileSource, FileTarget.
	WarnLanguagePair WarningCode = "language-pair"
	// WarnCrossesParagraphs: a span crosses paragraphs (XLIFF units) and is left out. Label, Text.
	WarnCrossesParagraphs WarningCode = "crosses-paragraphs"
	// WarnBetweenSegments: a span starts or ends between segments and is left out. Label, Text.
	WarnBetweenSegments WarningCode = "between-segments"
	// WarnNotXML: a character XML cannot hold, written as U+FFFD. Segment: the segment's position,
	// from 1; Target: true in the translation, false in the source; Char: the character, as
	// "U+0001".
	WarnNotXML WarningCode = "not-xml"
	// WarnConfirmedLinkLeftOut: links a person confirmed left out of a confirmed-only export, as a
	// span they join is still a suggestion (such as a confirmed speaker link to a suggested mention).
	// N; Label, Text: the first such suggestion.
	WarnConfirmedLinkLeftOut WarningCode = "confirmed-link-left-out"
	// WarnMarkersLeftOut: spans left out of an XLIFF export without span markers
	// (WriteOptions.NoMarkers). N.
	WarnMarkersLeftOut WarningCode = "markers-left-out"
	// WarnNoteDetailsLeftOut: notes exported without their category or ID, which the format's notes
	// do not have (XLIFF 1.2). Format, N.
	WarnNoteDetailsLeftOut WarningCode = "note-details-left-out"
	// WarnNotNested: a span left out of an XLIFF 1.2 export because it crosses a segment's end or
	// overlaps another span, while XLIFF 1.2 markers nest inside one segment. Label, Text.
	WarnNotNested WarningCode = "not-nested"
	// WarnRejectedLeftOut: the suggestions a person rejected (Document.Rejected) left out, as the
	// format has no place for them; only Glose JSON and JSON Lines keep them. Format, N.
	WarnRejectedLeftOut WarningCode = "rejected-left-out"
	// WarnSpanNotesLeftOut: the notes on spans the format writes, left out, as it has no place for
	// them. Format, N.
	WarnSpanNotesLeftOut WarningCode = "span-notes-left-out"
	// WarnSegmentNotesLeftOut: the notes on segments (Segment.Notes, a translation tool's notes on
	// its units) left out; XLIFF keeps them. Format, N.
	WarnSegmentNotesLeftOut WarningCode = "segment-notes-left-out"
	// WarnDocumentNotesLeftOut: the notes on the whole document (Document.Notes) left out; XLIFF
	// keeps them. Format, N.
	WarnDocumentNotesLeftOut WarningCode = "document-notes-left-out"
	// WarnQAIgnoredLeftOut: the quality checks' warnings a translator ignored (Segment.QAIgnored)
	// left out, so that whoever opens the export in Glose sees them again; Glose JSON, JSON Lines and
	// Glose's XLIFF keep them. Format, N.
	WarnQAIgnoredLeftOut WarningCode = "qa-ignored-left-out"
	// WarnConfidencesLeftOut: suggestions exported as suggestions, but without their confidence,
	// which the format (W3C Web Annotation) has no place for. Format; N: suggested spans; Links:
	// suggested links.
	WarnConfidencesLeftOut WarningCode = "confidences-left-out"
	// WarnIncompleteParagraphs: translated segments left out of a memory of whole paragraphs
	// (WriteOptions.Paragraphs), as their paragraph has segments not translated or still drafts. N:
	// the translated segments left out; Paragraphs: the paragraphs left out for this reason.
	WarnIncompleteParagraphs WarningCode = "incomplete-paragraphs"
	// WarnMentionsLeftOut: entity mentions that are not names (a quote speaker's pronoun or
	// description, annotate.MentionKind) left out of an export of names only, the default of the
	// formats for named-entity recognisers (WriteOptions.Mentions). N; Pronouns, Nominals:
	// how many of each; Links: the links to them left out with them.
	WarnMentionsLeftOut WarningCode = "mentions-left-out"
	// WarnMentionKindsLost: entity mentions that are not names written as names by a format with no
	// place for their kind (CoNLL's IOB2 tags), in an export of all mentions. Format; N; Pronouns,
	// Nominals: how many of each.
	WarnMentionKindsLost WarningCode = "mention-kinds-lost"
	// WarnTargetCodesLost: an XLIFF export merged back into a translation tool's file wrote the new
	// translations of units whose source holds elements that are no XLIFF inline codes (an invalid
	// file) without them; the inline codes themselves are written in (see WarnTargetCodesPlaced). N:
	// such units; Units: their IDs, joined by ", "; UnitSegments: the ID of each one's first segment
	// concerned, in the same order and joined alike.
	WarnTargetCodesLost WarningCode = "target-codes-lost"
	// WarnTargetCodesPlaced: an XLIFF export merged back into a translation tool's file wrote the
	// source's inline codes into new translations, some at a likely place only, as the English of what
	// they mark was not found: the translator checks them in the tool. N: such units; Units: their
	// IDs, joined by ", "; UnitSegments: as for WarnTargetCodesLost.
	WarnTargetCodesPlaced WarningCode = "target-codes-placed"
	// WarnTargetCodesOrder: an XLIFF export merged back into a translation tool's file kept in the
	// source's order inline codes that the file says may not be reordered (canReorder), while the new
	// translation puts their words in another order: some are no longer around their English. N: such
	// units; Units: their IDs, joined by ", "; UnitSegments: as for WarnTargetCodesLost.
	WarnTargetCodesOrder WarningCode = "target-codes-order"
	// WarnNotMerged: segments changed in Glose that an XLIFF export merged back into a translation
	// tool's file left as they were there. N; Segments: their IDs, joined by ", "; Reason:
	// "translate-no" (their unit, group or file says translate="no") or "resegmented" (split or
	// joined in Glose, so that the file has no such segment).
	WarnNotMerged WarningCode = "not-merged"
	// WarnMergeSpansLeftOut: spans left out of an XLIFF export merged back into a translation tool's
	// file, whose translations are plain text. N.
	WarnMergeSpansLeftOut WarningCode = "merge-spans-left-out"
	// WarnMergeBackMixed: an XLIFF export of documents that do not all come from one translation
	// tool's file, written as Glose's own XLIFF instead of merged back. N: the documents.
	WarnMergeBackMixed WarningCode = "merge-back-mixed"
	// WarnMergeBackLanguage: a document merged back into a translation tool's XLIFF file names other
	// languages than the file, which keeps its own. Source, Target: the document's; FileSource,
	// FileTarget: the file's.
	WarnMergeBackLanguage WarningCode = "merge-back-language"
	// WarnNothingConfirmed: a confirmed-only export of a document none of whose spans (on the side, of
	// the labels and mentions asked) a person made or accepted: it is written without any, which
	// named-entity training reads as a text that names no one. N: its suggestions left out.
	WarnNothingConfirmed WarningCode = "nothing-confirmed"
	// WarnDraftsDelivered: segments whose English is written in the translation as a text though
	// nobody confirmed it (drafts, or typed and left new). N; Total: the document's segments;
	// Numbers: their numbers from 1, as NumberList writes them.
	WarnDraftsDelivered WarningCode = "drafts-delivered"
	// WarnChangesNotAccepted: segments whose English was changed since the translator's version
	// (annotate.Segment.Changed: a reviewer's changes nobody accepted or rejected), written as they
	// are now, changes included, by an export of the translation (text, markdown, XLIFF, TMX); only
	// Glose JSON and JSON Lines keep the translator's version. N; Total: the document's segments;
	// Numbers: their numbers from 1, as NumberList writes them.
	WarnChangesNotAccepted WarningCode = "changes-not-accepted"
)

// WarningCodes lists every export WarningCode, for a program that says each in its own words to check that
// it knows them all.
func WarningCodes() []WarningCode {
	return []WarningCode{
		WarnTargetSpansLeftOut, WarnSourceSpansLeftOut, WarnUntranslatedLeftOut, WarnCrossLinksLeftOut, WarnNoTranslations,
		WarnNoEntities, WarnNoLinks, WarnNoSpans, WarnNoOrigin, WarnCodePointsOutsideBMP, WarnNoConfidences,
		WarnEdgeLineBreak, WarnNoteLineBreaks, WarnFileNameTaken, WarnNoDocumentID, WarnLabelNotKept,
		WarnOneLabelPerToken, WarnWordCut, WarnCharacterKept, WarnSplitBySentences, WarnTokenBoundaries, WarnConfirmedInPrediction,
		WarnNotInMemory, WarnSourceLanguage, WarnLanguagePair, WarnCrossesParagraphs, WarnBetweenSegments,
		WarnNotXML, WarnConfirmedLinkLeftOut, WarnMarkersLeftOut, WarnNoteDetailsLeftOut, WarnNotNested,
		WarnRejectedLeftOut, WarnSpanNotesLeftOut, WarnSegmentNotesLeftOut, WarnDocumentNotesLeftOut, WarnQAIgnoredLeftOut,
		WarnConfidencesLeftOut, WarnIncompleteParagraphs, WarnMentionsLeftOut, WarnMentionKindsLost,
		WarnTargetCodesLost, WarnTargetCodesPlaced, WarnTargetCodesOrder, WarnNotMerged, WarnMergeSpansLeftOut, WarnMergeBackMixed, WarnMergeBackLanguage,
		WarnNothingConfirmed, WarnDraftsDelivered, WarnChangesNotAccepted,
	}
}

// warnings collects export and import warnings.
type warnings []Warning

// say adds a warning of the kind code, with args for its wording, and its English text, which is
// fmt.Sprintf(format, a...).
func (w *warnings) say(doc string, code WarningCode, args map[string]any, format string, a ...any) {
	*w = append(*w, Warning{Doc: doc, Msg: fmt.Sprintf(format, a...), Code: code, Args: args})
}

// spanArgs are the Args of a warning about span s of v: its label and its text, shortened to n code
// points.
func spanArgs(v *view, s vspan, n int) map[string]any {
	return map[string]any{"Label": s.Label, "Text": annotate.Shorten(v.text(s), n)}
}

// docSpanArgs are spanArgs for a span of a document.
func docSpanArgs(d *annotate.Document, sp *annotate.Span) map[string]any {
	return map[string]any{"Label": sp.Label, "Text": annotate.Shorten(d.SpanText(sp), 40)}
}

// quoteSnippet quotes a span's text in an English message, as %q does, unless it is a quotation in
// its own marks ("« Ceux qui pensent… »"), which would then read twice quoted.
func quoteSnippet(text string) string {
	if own, ok := annotate.QuotedSnippet(text); ok {
		return own
	}
	return fmt.Sprintf("%q", text)
}
