package formats

import (
	"fmt"
	"maps"
	"path/filepath"
	"regexp"
	"slices"
	"testing"
)

// importCodeArgs are the Args keys each import WarningCode documents, besides the place keys.
var importCodeArgs = map[WarningCode][]string{
	WarnOffsetsOtherUnit:       {"Unit", "N", "Regions"},
	WarnOffsetsUnchecked:       {"N", "Unit"},
	WarnOffsetsReadUTF16:       {"Format", "Unit"},
	WarnCodePointsAssumed:      {"Format"},
	WarnDiscontinuousSpan:      {"Label", "Text", "N"},
	WarnUnknownAnnotation:      {"ID", "Text"},
	WarnAttributeNotKept:       {"Name"},
	WarnRelationNoteNotKept:    {"Type"},
	WarnNoteWithoutAnnotation:  {"ID"},
	WarnRelationWithoutSpan:    {"Type", "From", "To", "Missing", "Label", "Text"},
	WarnProdigyAnswer:          {"Answer", "N"},
	WarnNewerFormat:            {"Version", "Supported"},
	WarnEmptySpan:              {"Label"},
	WarnTranslationSide:        {"Format", "ID", "Source", "Lang"},
	WarnRegionNotText:          {"Set", "SetN", "Type"},
	WarnRelationWithoutRegion:  {"Set", "SetN", "Type", "From", "To", "Missing", "Label", "Text"},
	WarnSeveralLabels:          {"N", "Labels", "Text"},
	WarnAnnotationCancelled:    {"Annotation", "By", "N"},
	WarnGroundTruthAlone:       {"N", "Truth", "Others"},
	WarnAnnotationsMerged:      {"N", "By", "Spans", "Links", "SomeSpans", "SomeLinks"},
	WarnPredictionsRejected:    {"Annotation", "By", "Spans", "Links", "List"},
	WarnNoSourceVariant:        {"Line", "Lang"},
	WarnOtherLanguages:         {"Langs"},
	WarnUnclosedMarker:         {"Line", "ID", "Label", "Target"},
	WarnUnknownState:           {"Line", "State"},
	WarnEmptySegment:           {"ID"},
	WarnFinishedUntranslated:   {"Segment", "ID", "Status", "ReadAs"},
	WarnFirstDocument:          {"N", "ID", "Name"},
	WarnTranslationSideNotOpen: {"Format", "ID", "Source", "Lang"},
	WarnTaskTextArea:           {"Set", "SetN", "Name", "Text"},
	WarnHyperTextUnplaced:      {"Set", "SetN", "Labels", "Text", "Global"},
	WarnTextKey:                {"Key", "N"},
	WarnJSONMin:                {"Fields", "Other"},
	WarnXLIFFVersion:           {"Line", "Version", "ReadAs"},
	WarnInlineCodes:            {"Line", "Unit", "N", "Codes"},
	WarnMarkerNotSpan:          {"Line", "Unit", "Type", "N", "Texts"},
	WarnCommentAsNote:          {"Line", "Unit", "Text", "Comment", "Target"},
	WarnStaleState:             {"N", "States"},
	WarnSourceCopied:           {"N"},
	WarnTextWithoutAnn:         {"N", "Name"},
	WarnTMXInlineCodes:         {"N", "Units"},
	WarnTMXCodesLeftOut:        {"Line", "N", "Units"},
	WarnOriginalNotKept:        {"Reason", "MB", "Max"},
	WarnCharsetNotUTF8:         {"Charset"},
}

// placeKeys are the keys that say where in a file an import warning is, and the type of each.
var placeKeys = map[string]string{"File": "string", "Line": "int", "Task": "int", "TaskID": "int"}

// intArgs are the keys whose values are counts or positions.
var intArgs = []string{"N", "Regions", "SetN", "Annotation", "Spans", "Links", "SomeSpans", "SomeLinks", "Segment", "Units"}

// TestImportWarningCodes: every warning an import gives has a code, with the Args its code lists
// and perhaps the place keys, so that the app can say it in the user's language; the files of
// testdata/warnings give every code but WarnFirstDocument and WarnTranslationSideNotOpen, which are
// workspace.Load's (TestLoadFirstOfSeveral, TestLoadTranslationSideNotOpen),
// WarnTextWithoutAnn, a directory's (TestReadBratDirectory), and WarnTMXInlineCodes, the translation
// memory's TMX import (suggest/tm's TestTMXInlineCodesRoundTrip); and a count's N is a count Msg gives.
func TestImportWarningCodes(t *testing.T) {
	if len(importCodeArgs) != len(ImportWarningCodes()) {
		t.Errorf("ImportWarningCodes lists %d codes, the test knows %d", len(ImportWarningCodes()), len(importCodeArgs))
	}
	for _, c := range ImportWarningCodes() {
		if slices.Contains(WarningCodes(), c) {
			t.Errorf("%s is both an export and an import code", c)
		}
	}
	files, err := filepath.Glob(filepath.Join("testdata", "warnings", "*"))
	if err != nil || len(files) < 7 {
		t.Fatalf("%d files, %v", len(files), err)
	}
	given := map[WarningCode]bool{}
	for _, f := range files {
		if filepath.Ext(f) == ".conf" {
			continue
		}
		_, warns, err := ReadFile(f, ReadOptions{})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		if len(warns) == 0 {
			t.Errorf("%s: no warning", f)
		}
		for _, w := range warns {
			given[w.Code] = true
			checkImportWarning(t, filepath.Base(f), w)
		}
	}
	for _, c := range ImportWarningCodes() {
		if !given[c] && c != WarnFirstDocument && c != WarnTranslationSideNotOpen && c != WarnTextWithoutAnn && c != WarnTMXInlineCodes {
			t.Errorf("no file of testdata/warnings gave a warning of code %s", c)
		}
	}
}

// checkImportWarning checks a warning's code and Args against what its code documents.
func checkImportWarning(t *testing.T, file string, w Warning) {
	t.Helper()
	keys, known := importCodeArgs[w.Code]
	if !known {
		t.Errorf("%s: %q has code %q, not a known import code", file, w.Msg, w.Code)
		return
	}
	var rest []string
	for k, v := range w.Args {
		if typ, ok := placeKeys[k]; ok && !slices.Contains(keys, k) {
			if got := fmt.Sprintf("%T", v); got != typ {
				t.Errorf("%s: %s (%q): place %s is a %s", file, w.Code, w.Msg, k, got)
			}
			continue
		}
		rest = append(rest, k)
	}
	if slices.Sort(rest); !slices.Equal(rest, slices.Sorted(slices.Values(keys))) {
		t.Errorf("%s: %s (%q) has args %q, want %q and place keys", file, w.Code, w.Msg, slices.Sorted(maps.Keys(w.Args)), keys)
	}
	for _, k := range intArgs {
		if v, ok := w.Args[k]; ok {
			if _, isInt := v.(int); !isInt {
				t.Errorf("%s: %s: %s is %T", file, w.Code, k, v)
			}
		}
	}
	if n, ok := w.Args["N"]; ok && !regexp.MustCompile(fmt.Sprintf(`\b%d\b`, n)).MatchString(w.Msg) {
		t.Errorf("%s: %q has N %v", file, w.Msg, n)
	}
}

// TestImportWarningPlaces: import warnings say where they are in words of no language (a line, a
// Label Studio task) and name spans by their labels, as a program needs to say them in its own
// words.
func TestImportWarningPlaces(t *testing.T) {
	read := func(name string) map[WarningCode][]map[string]any {
		_, warns, err := ReadFile(filepath.Join("testdata", "warnings", name), ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		out := map[WarningCode][]map[string]any{}
		for _, w := range warns {
			out[w.Code] = append(out[w.Code], w.Args)
		}
		return out
	}
	type want struct {
		code WarningCode
		args map[string]any
	}
	for name, cases := range map[string][]want{
		"labelstudio.json": {
			{WarnOffsetsOtherUnit, map[string]any{"Unit": "utf16", "N": 8, "Regions": 9}},
			{WarnAnnotationCancelled, map[string]any{"Annotation": 3, "By": "bob", "N": 1, "Task": 1, "TaskID": 42}},
			{WarnAnnotationsMerged, map[string]any{"N": 2, "By": "#1 (ana@x.fr), #2 (7)", "Spans": 1, "Links": 0, "SomeSpans": 4, "SomeLinks": 1, "Task": 1, "TaskID": 42}},
			{WarnSeveralLabels, map[string]any{"N": 1, "Labels": "LOC, ORG", "Text": "Saint-Denis", "Task": 1, "TaskID": 42}},
			{WarnRegionNotText, map[string]any{"Set": "annotation", "SetN": 1, "Type": "choices", "Task": 1, "TaskID": 42}},
			{WarnRelationWithoutRegion, map[string]any{"Set": "annotation", "SetN": 1, "Type": "speaker", "From": "q", "To": "zz",
				"Missing": "zz", "Label": "QUOTE", "Text": "« Élysée »", "Task": 1, "TaskID": 42}},
			{WarnTranslationSide, map[string]any{"Format": "labelstudio", "ID": "art#target", "Source": "art", "Lang": "en", "Task": 2, "TaskID": 43}},
			{WarnGroundTruthAlone, map[string]any{"N": 1, "Truth": "#2", "Others": "#1", "Task": 3, "TaskID": 0}},
		},
		"doccano.jsonl": {
			{WarnCodePointsAssumed, map[string]any{"Format": "doccano", "Line": 1}},
			{WarnEmptySpan, map[string]any{"Label": "MISC", "Line": 2}},
			{WarnRelationWithoutSpan, map[string]any{"Type": "speaker", "From": "1", "To": "9", "Missing": "9", "Label": "PER", "Text": "Noël", "Line": 1}},
		},
		"prodigy.jsonl": {
			{WarnProdigyAnswer, map[string]any{"Answer": "reject", "N": 1, "Line": 2}},
		},
		"doccano-both.jsonl": { // --side both: the English of the document "art" on line 2
			{WarnTranslationSide, map[string]any{"Format": "doccano", "ID": "art#target", "Source": "art", "Lang": "en", "Line": 2}},
		},
		"brat-both.target.ann": {
			{WarnTranslationSide, map[string]any{"Format": "brat", "ID": "brat-both#target", "Source": "brat-both", "Lang": "en"}},
		},
		"brat.txt": { // visual.conf gives Lieu_dit its Glose name back
			{WarnDiscontinuousSpan, map[string]any{"Label": "Lieu dit", "Text": "North … America", "N": 2, "File": "brat.ann", "Line": 1}},
			{WarnRelationNoteNotKept, map[string]any{"Type": "speaker", "File": "brat.ann", "Line": 7}},
			{WarnRelationWithoutSpan, map[string]any{"Type": "speaker", "From": "T1", "To": "T9", "Missing": "T9", "Label": "Lieu dit", "Text": "North",
				"File": "brat.ann", "Line": 4}},
		},
		"xliff2.xlf": {
			{WarnFinishedUntranslated, map[string]any{"Segment": 2, "ID": "b", "Status": "translated", "ReadAs": "new"}},
			{WarnFinishedUntranslated, map[string]any{"Segment": 3, "ID": "c", "Status": "reviewed", "ReadAs": "draft"}},
			{WarnUnclosedMarker, map[string]any{"Line": 3, "ID": "2", "Label": "PER", "Target": true}},
			{WarnUnclosedMarker, map[string]any{"Line": 3, "ID": "1", "Label": "PER", "Target": false}},
		},
	} {
		got := read(name)
		for _, c := range cases {
			if !slices.ContainsFunc(got[c.code], func(a map[string]any) bool { return maps.Equal(a, c.args) }) {
				t.Errorf("%s: no %s warning with %v; got %v", name, c.code, c.args, got[c.code])
			}
		}
	}
}
