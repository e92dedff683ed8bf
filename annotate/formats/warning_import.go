package formats

// The kinds of import warnings, with the keys of their Args (see WarningCode). Besides those, an
// import warning may say where in the file it is, with the place keys: Line, the line of the file
// (from 1), and File, the name of the file that line is in when it is not the one imported (brat's
// .ann beside the .txt); or Task, the Label Studio task (from 1), and TaskID, its ID in Label Studio
// (0 when it has none). A warning about a whole file has none of them.
const (
	// WarnOffsetsOtherUnit: a Label Studio file's offsets were read in the other unit than the one
	// asked for (or code points by default), as the text each region states agrees with them only
	// that way. Unit: the unit they were read in, "utf16" or "codepoints"; N: regions whose text
	// agrees only that way; Regions: regions that state their text.
	WarnOffsetsOtherUnit WarningCode = "offsets-other-unit"
	// WarnOffsetsUnchecked: regions of a Label Studio file state no text, so their offsets could
	// not be checked in texts with characters outside the BMP, where the units differ. N: such
	// regions; Unit: the unit they were read in.
	WarnOffsetsUnchecked WarningCode = "offsets-unchecked"
	// WarnOffsetsReadUTF16: a doccano file's offsets do not fit its text counted in code points, and
	// do counted in UTF-16 code units, as doccano in a web browser counts them: they were read so.
	// Format: "doccano"; Unit: the unit they were read in, "utf16".
	WarnOffsetsReadUTF16 WarningCode = "offsets-read-utf16"
	// WarnCodePointsAssumed: the text has characters outside the BMP and its offsets were read as
	// code points, while the format's tool in a browser may have counted UTF-16 code units. Format.
	WarnCodePointsAssumed WarningCode = "code-points-assumed"
	// WarnDiscontinuousSpan: a brat span in several parts, each made a span of its own, tied by
	// links of type "fragment". Label; Text: its parts, joined by " … "; N: the spans it became.
	WarnDiscontinuousSpan WarningCode = "discontinuous-span"
	// WarnUnknownAnnotation: a brat annotation that is not a span, relation or attribute (an event,
	// a normalisation…), left out. ID: the annotation's ID in the file; Text: what follows it.
	WarnUnknownAnnotation WarningCode = "unknown-annotation"
	// WarnAttributeNotKept: a brat attribute other than Glose's Origin, left out. Name.
	WarnAttributeNotKept WarningCode = "attribute-not-kept"
	// WarnRelationNoteNotKept: the note on a relation, left out, as links have no notes. Type: the
	// relation's type.
	WarnRelationNoteNotKept WarningCode = "relation-note-not-kept"
	// WarnNoteWithoutAnnotation: a note on an annotation the file does not have, left out. ID: the
	// annotation's ID in the file.
	WarnNoteWithoutAnnotation WarningCode = "note-without-annotation"
	// WarnRelationWithoutSpan: a relation to a span the file does not have, left out. Type; From,
	// To: the IDs the file gives its ends; Missing: the one the file does not have (From when
	// neither); Label, Text: the span at the other end, or "" when neither is a span.
	WarnRelationWithoutSpan WarningCode = "relation-without-span"
	// WarnEmptySpan: a span that normalising the text (line ends, a byte-order mark) made empty,
	// left out. Label.
	WarnEmptySpan WarningCode = "empty-span"
	// WarnTranslationSide: a record holding the translation of another document (Glose exports a
	// translation with --side both or target as a record of its own, its ID ending in "#target"),
	// imported as a document of its own, in the target language: a Label Studio task, a doccano
	// line, a brat .ann and .txt pair. Format: "labelstudio", "doccano" or "brat"; ID: the record's
	// document ID; Source: the ID of the document it translates; Lang: its language.
	WarnTranslationSide WarningCode = "translation-side"
	// WarnRegionNotText: a Label Studio region that is not a text span (a choice, a rating…), left
	// out. Set: "annotation" or "prediction"; SetN: which of them, from 1; Type: the region's type.
	WarnRegionNotText WarningCode = "region-not-text"
	// WarnRelationWithoutRegion: a Label Studio relation to a region the task does not have, left
	// out. Set, SetN; Type: the relation's label; From, To: the region IDs the file gives its ends;
	// Missing, Label, Text: as for WarnRelationWithoutSpan, of the region's first span.
	WarnRelationWithoutRegion WarningCode = "relation-without-region"
	// WarnSeveralLabels: Label Studio regions with several labels, each imported as one span per
	// label. N: such regions; Labels: the first one's labels, joined by ", "; Text: its text.
	WarnSeveralLabels WarningCode = "several-labels"
	// WarnAnnotationCancelled: an annotation skipped in Label Studio, left out. Annotation: which
	// annotation of the task, from 1; By: who made it, or ""; N: its results.
	WarnAnnotationCancelled WarningCode = "annotation-cancelled"
	// WarnGroundTruthAlone: the annotations Label Studio marks as ground truth imported, the others
	// left out. N: the others; Truth, Others: the annotations, each as "#2" (which annotation of the
	// task) with who made it in brackets when the file says, joined by ", ".
	WarnGroundTruthAlone WarningCode = "ground-truth-alone"
	// WarnAnnotationsMerged: several people's annotations of a task merged: what all of them have is
	// confirmed, the rest are suggestions. N: the annotations; By: the annotations, as Truth of
	// WarnGroundTruthAlone; Spans, Links: the spans and relations all of them have; SomeSpans,
	// SomeLinks: those only some have.
	WarnAnnotationsMerged WarningCode = "annotations-merged"
	// WarnPredictionsRejected: predictions (Glose's suggestions) that an annotation a person
	// completed in Label Studio left out, read as rejected suggestions; predicted relations it left
	// out dropped. Annotation: which annotation of the task, from 1; By: who completed it, or "";
	// Spans, Links: how many; List: the spans, as "LOC Saint-Denis", joined by ", ".
	WarnPredictionsRejected WarningCode = "predictions-rejected"
	// WarnNoSourceVariant: a TMX translation unit without a variant in the source language, left
	// out. Line; Lang: the source language.
	WarnNoSourceVariant WarningCode = "no-source-variant"
	// WarnOtherLanguages: TMX variants in languages other than the source and the translation's,
	// left out. Langs: the languages, joined by ", ".
	WarnOtherLanguages WarningCode = "other-languages"
	// WarnUnclosedMarker: an XLIFF span marker (<sm/>) that nothing closes, whose span is left out.
	// Line; ID: the marker's ID; Label; Target: true in a translation, false in the source.
	WarnUnclosedMarker WarningCode = "unclosed-marker"
	// WarnUnknownState: an XLIFF segment state that XLIFF 2 does not define, read as initial (a new
	// segment). Line; State.
	WarnUnknownState WarningCode = "unknown-state"
	// WarnEmptySegment: a segment without text, left out. ID: its ID in the file, or "".
	WarnEmptySegment WarningCode = "empty-segment"
	// WarnFinishedUntranslated: a segment the file calls translated or reviewed but without a
	// translation, read as new (as a draft when its translation is only spaces). Segment: its
	// position in the document, from 1; ID: its ID; Status: what the file says; ReadAs: the status
	// it was read as.
	WarnFinishedUntranslated WarningCode = "finished-untranslated"
	// WarnFirstDocument: the file holds several documents, and only the first was opened (given by
	// programs that open one document, such as workspace.Load). N: the documents; ID: the first's
	// ID; Name: the file's name.
	WarnFirstDocument WarningCode = "first-document"
	// WarnTranslationSideNotOpen: the file holds the translation side of the document opened (a
	// record WarnTranslationSide is about), and it was not opened with it (given, in its stead, by
	// programs that open one document, such as workspace.Load). Format, ID, Source, Lang: as for
	// WarnTranslationSide, whose place keys it keeps.
	WarnTranslationSideNotOpen WarningCode = "translation-side-not-open"
	// WarnTaskTextArea: a Label Studio TextArea of a whole task, not of a region, left out, as Glose
	// keeps notes on spans only. Set, SetN; Name: the text area's name in the labeling config
	// (from_name); Text: what it holds, its entries joined by " / ", shortened.
	WarnTaskTextArea WarningCode = "task-text-area"
	// WarnHyperTextUnplaced: a Label Studio HyperTextLabels region that cannot be placed on the text
	// (it has no globalOffsets, or they do not give its text), left out. Set, SetN; Labels: its
	// labels, joined by ", "; Text: the text it states, or ""; Global: whether it has globalOffsets.
	WarnHyperTextUnplaced WarningCode = "hypertext-unplaced"
	// WarnTextKey: Label Studio tasks without data.text, whose text was read from another field of
	// data (a project whose labeling config shows $content, say) or of a JSON-MIN record. Key: the
	// field; N: such tasks.
	WarnTextKey WarningCode = "text-key"
	// WarnJSONMin: a Label Studio JSON-MIN export (one flat record per annotation) was read: it has
	// no relations, region IDs, predictions or notes. Fields: the fields read as text spans, joined
	// by ", "; Other: the other fields left out (results or data Glose cannot tell apart), or "".
	WarnJSONMin WarningCode = "json-min"
	// WarnXLIFFVersion: an XLIFF file of a minor version Glose does not know (2.3), read as the
	// latest it knows of that major version. Line; Version: the file's; ReadAs: the one it was read as.
	WarnXLIFFVersion WarningCode = "xliff-version"
	// WarnInlineCodes: the inline codes of an XLIFF unit (<pc>, <ph>, <sc>/<ec>; XLIFF 1.2's <g>,
	// <x/>, <bpt>...), left out: their text is kept, not the formatting or content they stand for.
	// Line: the unit's; Unit: its ID; N: the codes; Codes: each as its element, ID and original
	// data (<pc id="1"> <b>…</b>), joined by ", ". Only when the file is not kept for merge-back
	// (Glose's own XLIFF, or WarnOriginalNotKept), since merge-back writes the codes into the targets.
	WarnInlineCodes WarningCode = "inline-codes"
	// WarnMarkerNotSpan: markers of an XLIFF unit that are not Glose spans (a term, another tool's
	// annotation), left out, their text kept. Line: the unit's; Unit; Type: the markers' type
	// ("term"); N: such markers; Texts: the first three texts, quoted, joined by ", ".
	WarnMarkerNotSpan WarningCode = "marker-not-span"
	// WarnCommentAsNote: an XLIFF comment marker over text that no span has, kept as a note of its
	// segment. Line; Unit; Text: the text it was on; Comment; Target: true in a translation.
	WarnCommentAsNote WarningCode = "comment-as-note"
	// WarnStaleState: XLIFF 1.2 segments whose target state says untranslated (new,
	// needs-translation) while the target holds a translation, which a tool such as OmegaT writes
	// without changing the state; read as drafts. N; States: the states, joined by " or ".
	WarnStaleState WarningCode = "stale-state"
	// WarnSourceCopied: XLIFF 1.2 segments whose target, with no state, repeats the source word for word
	// (a sentence: it has a space), the copy that a tool such as Okapi Rainbow puts there to be
	// translated; read as drafts rather than translated. N.
	WarnSourceCopied WarningCode = "source-copied"
	// WarnTextWithoutAnn: .txt files of a brat collection (a directory) with no .ann beside them,
	// left out. N: such files; Name: the first one's name.
	WarnTextWithoutAnn WarningCode = "text-without-ann"
	// WarnTMXInlineCodes: the inline codes of TMX segments imported into the translation memory
	// (bpt, ept, ph, it, ut, hi), kept for its TMX export and brought by a match inserted or
	// pre-translated into a segment with the same codes, while matches are found on the text without
	// them. N: the codes; Units: the units that have some.
	WarnTMXInlineCodes WarningCode = "tmx-inline-codes"
	// WarnTMXCodesLeftOut: the inline codes of TMX segments opened as a document (bpt, ept, ph, it, ut),
	// left out of it: their text is kept (that of hi too), not the formatting or placeholders they
	// stand for. Line: the first unit with some; N: the codes; Units: the units that have some.
	WarnTMXCodesLeftOut WarningCode = "tmx-codes-left-out"
	// WarnOriginalNotKept: a translation tool's XLIFF 2 file not kept for merge-back, so that its
	// export is Glose's own XLIFF. Reason: "size" (MB: the file's size, Max: the most kept, in MB) or
	// "encoding" (not UTF-8).
	WarnOriginalNotKept WarningCode = "original-not-kept"
	// WarnProdigyAnswer: a Prodigy record answered "reject" (its spans read as rejected suggestions) or
	// "ignore" (read as suggestions), not "accept". Line; Answer; N: its spans.
	WarnProdigyAnswer WarningCode = "prodigy-answer"
	// WarnNewerFormat: a Glose document written by a newer Glose, in a minor revision of the format
	// (annotate.NewerFormat): read, but the keys this Glose does not know are left out, and lost if
	// the document is written over the file. Version: its format ("glose/1.2"); Supported: the one
	// this Glose writes. Line, in a corpus: the first such document.
	WarnNewerFormat WarningCode = "newer-format"
	// WarnCharsetNotUTF8: an HTML page declares a charset other than UTF-8 (windows-1252, iso-8859-1)
	// while its bytes are UTF-8: read as UTF-8. Charset: the one declared.
	WarnCharsetNotUTF8 WarningCode = "charset-not-utf8"
)

// ImportWarningCodes lists every import WarningCode, for a program that says each in its own words
// to check that it knows them all.
func ImportWarningCodes() []WarningCode {
	return []WarningCode{
		WarnOffsetsOtherUnit, WarnOffsetsUnchecked, WarnOffsetsReadUTF16, WarnCodePointsAssumed, WarnDiscontinuousSpan,
		WarnUnknownAnnotation, WarnAttributeNotKept, WarnRelationNoteNotKept, WarnNoteWithoutAnnotation,
		WarnRelationWithoutSpan, WarnEmptySpan, WarnTranslationSide, WarnRegionNotText,
		WarnRelationWithoutRegion, WarnSeveralLabels, WarnAnnotationCancelled, WarnGroundTruthAlone,
		WarnAnnotationsMerged, WarnPredictionsRejected, WarnNoSourceVariant, WarnOtherLanguages, WarnUnclosedMarker,
		WarnUnknownState, WarnEmptySegment, WarnFinishedUntranslated, WarnFirstDocument, WarnTranslationSideNotOpen,
		WarnTaskTextArea, WarnHyperTextUnplaced, WarnTextKey, WarnJSONMin,
		WarnXLIFFVersion, WarnInlineCodes, WarnMarkerNotSpan, WarnCommentAsNote, WarnStaleState, WarnSourceCopied,
		WarnTextWithoutAnn, WarnTMXInlineCodes, WarnTMXCodesLeftOut, WarnOriginalNotKept, WarnProdigyAnswer,
		WarnNewerFormat, WarnCharsetNotUTF8,
	}
}

// at gives the warnings from the mark-th on the place keys of place they do not have: a reader that
// reads a file record by record says once where the warnings about a record are.
func (w *warnings) at(mark int, place map[string]any) {
	for i := mark; i < len(*w); i++ {
		x := &(*w)[i]
		if x.Code == "" {
			continue
		}
		if x.Args == nil {
			x.Args = map[string]any{}
		}
		for k, v := range place {
			if _, ok := x.Args[k]; !ok {
				x.Args[k] = v
			}
		}
	}
}
