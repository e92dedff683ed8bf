package formats

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate/infile"
)

// readCase is a file a reader refuses, with the code and some of the Args its error must have.
type readCase struct {
	name string // the file's name, which picks the format
	data string
	opts ReadOptions
	code ErrorCode
	args map[string]any
}

// bratOpen gives a brat reader the .txt beside an .ann.
func bratOpen(txt string) ReadOptions {
	return ReadOptions{Open: func(name string) ([]byte, error) {
		if strings.HasSuffix(name, ".txt") {
			return []byte(txt), nil
		}
		return nil, fs.ErrNotExist
	}}
}

const (
	errText = "« Zoé » 👍🏽 à Paris 🇫🇷, q\u0307 fin." // 30 code points, 34 UTF-16 code units
	lsTasks = `[{"id": 7, "data": {"text": "« Zoé » à Paris"}, "annotations": [{"result": [%s]}]}]`
)

func lsOneRegion(value string) string {
	return strings.Replace(lsTasks, "%s", `{"id": "r1", "type": "labels", "from_name": "label", "to_name": "text", "value": `+value+`}`, 1)
}

// readCases give every code of a reader's errors but those only disk files give (see
// TestReadErrorCodes).
var readCases = []readCase{
	{"a.txt", "« Zoé »", ReadOptions{SourceLang: "pas une langue"}, ErrNotValid, map[string]any{"Format": "text"}},
	{"a.json", `{"text": "« Zoé » à Paris", "entities": [[2, 5, "PER"]], "data": 5}`, ReadOptions{}, ErrReadsAsOther, map[string]any{"Name": "doccano"}},
	{"a.conll", "Zoé B-PER\n", ReadOptions{}, ErrCoNLL, nil},
	{"a.jsonl", "", ReadOptions{Format: "doccano"}, ErrNoRecord, nil},
	{"a.jsonl", "", ReadOptions{Format: "jsonl"}, ErrNoDocument, nil},
	{"a.jsonl", `{"text": "` + errText + `", "entities": [[0, 40, "PER"]]}` + "\n", ReadOptions{Format: "doccano"}, ErrRange,
		map[string]any{"Line": 1, "Path": "entities[0]", "Start": 0, "End": 40, "Len": 30, "Unit": "codepoints"}},
	{"a.jsonl", `{"text": "` + errText + `", "entities": [[9, 12, "PER"]]}` + "\n", ReadOptions{Format: "doccano", Unit: "utf16"}, ErrOffsetSplits,
		map[string]any{"Edge": "start", "Offset": 9, "Unit": "utf16"}},
	{"a.jsonl", `{"text": "` + errText + `", "entities": [[0, 34, "PER"]]}` + "\n", ReadOptions{Format: "doccano", Unit: "codepoints"}, ErrOffsetsFitUTF16,
		map[string]any{"Format": "doccano", "Line": 1, "Path": "entities[0]"}},
	{"a.jsonl", `{"text": "` + errText + `", "entities": [[23, 24, "PER"]]}` + "\n", ReadOptions{Format: "doccano"}, ErrSplitsCharacter,
		map[string]any{"Line": 1, "Edge": "end", "Label": "PER", "Start": 23, "End": 24}},
	{"a.jsonl", `{"text": "` + errText + `", "entities": [{"id": 1, "label": "PER", "start_offset": 2, "end_offset": 5}, {"id": 1, "label": "LOC", "start_offset": 13, "end_offset": 18}]}` + "\n",
		ReadOptions{Format: "doccano"}, ErrDuplicateID, map[string]any{"Line": 1, "ID": "1", "Text": "Zoé", "OtherText": "Paris"}},
	{"a.jsonl", `{"text": "Zoé", "entities": [[0, 3, " "]]}` + "\n", ReadOptions{Format: "doccano"}, ErrEmptyLabel, map[string]any{"Path": "entities[0]"}},
	{"a.jsonl", `{"text": "Zoé", "entities": 3}` + "\n", ReadOptions{Format: "doccano"}, ErrDoccanoEntities, map[string]any{"Path": "entities"}},
	{"a.jsonl", `{"text": "Zoé", "label": [[0, 3, 4]]}` + "\n", ReadOptions{Format: "doccano"}, ErrDoccanoTriple, map[string]any{"Path": "label[0]"}},
	{"a.ann", "T1\tPER 2 5\tZoé\n", ReadOptions{Format: "brat"}, ErrBratAlone, nil},
	{"a.ann", "T1\tPER 2 5\tZoé\n", ReadOptions{Open: func(string) ([]byte, error) { return nil, fs.ErrNotExist }}, ErrBratCompanion,
		map[string]any{"Name": "a.txt", "Reason": "missing"}},
	{"a.ann", "T1\tPER 2 5\tZoé\nT2", bratOpen(errText), ErrBratLine, map[string]any{"File": "a.ann", "Line": 2, "Text": "T2"}},
	{"a.ann", "R1\tSpeaker Arg1:T1 To:T2\n", bratOpen(errText), ErrBratRelation, map[string]any{"File": "a.ann", "Line": 1, "Path": "R1"}},
	{"a.ann", "A1\tMention T1 étrange\n", bratOpen(errText), ErrBratMention, map[string]any{"Span": "T1", "Value": "étrange"}},
	{"a.ann", "T1\tPER 2 5\n", bratOpen(errText), ErrBratSpan, map[string]any{"Line": 1}},
	{"a.ann", "T1\tPER deux 5\tZoé\n", bratOpen(errText), ErrBratOffsets, map[string]any{"Path": "T1", "Offsets": "deux 5"}},
	{"a.ann", "T1\tPER 2 5;3 6\tZoé oé »\n", bratOpen(errText), ErrBratOverlap, map[string]any{"Start": 2, "End": 5, "OtherStart": 3, "OtherEnd": 6}},
	{"a.ann", "T1\tPER 2 5\tZoé\nT1\tLOC 13 18\tParis\n", bratOpen(errText), ErrDuplicateID,
		map[string]any{"File": "a.ann", "Line": 2, "Path": "T1", "ID": "T1", "Text": "Zoé", "OtherText": "Paris"}},
	{"a.ann", "T1\tLOC 2 5\tParis\n", bratOpen(errText), ErrBratText, map[string]any{"Path": "T1", "Stated": "Paris", "Found": "Zoé", "At": "13 18"}},
	{"a.html", "<html><body></body></html>", ReadOptions{}, ErrHTMLNoText, nil},
	{"a.json", "[]", ReadOptions{}, ErrNoTask, nil},
	{"a.json", `[{"data": {"text": 3}}]`, ReadOptions{}, ErrTextNotString, map[string]any{"Task": 1, "Field": "data.text", "Kind": "number"}},
	{"a.json", `[{"data": {"a": "Zoé", "b": "Paris"}}]`, ReadOptions{}, ErrSeveralTexts, map[string]any{"Fields": "a, b"}},
	{"a.json", `[{"data": {}}]`, ReadOptions{}, ErrNoText, nil},
	{"a.json", `[{"id": 7, "data": {"n": 3}}]`, ReadOptions{}, ErrNoTextField, map[string]any{"Task": 1, "TaskID": 7}},
	{"a.json", lsOneRegion(`{"start": 2, "end": 5, "text": "Zoé"}`), ReadOptions{}, ErrNoLabels, map[string]any{"Path": "annotations[0].result[0]"}},
	{"a.json", strings.Replace(lsOneRegion(`{"start": 2, "end": 5, "text": "Zoé", "labels": ["PER"]}`), `"value"`, `"meta": {"mention": "étrange"}, "value"`, 1),
		ReadOptions{}, ErrRegionMention, map[string]any{"Region": "r1", "Value": "étrange"}},
	{"a.jsonl", `{"text": "Zoé dit", "entities": [{"id": 1, "label": "PER", "start_offset": 0, "end_offset": 3, "mention": "PRO"}]}`,
		ReadOptions{}, ErrDoccanoMention, map[string]any{"Value": "PRO"}},
	{"a.jsonl", `{"text": "Zoé dit", "entities": [], "offset_unit": "bytes"}`, ReadOptions{}, ErrDoccanoUnit, map[string]any{"Value": "bytes"}},
	{"a.json", lsOneRegion(`{"start": 2, "end": 5, "text": "Paris", "labels": ["LOC"]}`), ReadOptions{}, ErrRegionText,
		map[string]any{"Task": 1, "TaskID": 7, "Stated": "Paris", "Found": "Zoé", "Hint": "edited"}},
	{"a.json", lsOneRegion(`{"start": 10, "end": 99, "text": "Paris", "labels": ["LOC"]}`), ReadOptions{}, ErrRegionOutside,
		map[string]any{"Task": 1, "Path": "annotations[0].result[0]", "Stated": "Paris"}},
	{"a.json", `[{"text": "« Zoé »", "label": [{"start": "2", "end": 5, "text": "Zoé", "labels": ["PER"]}]}]`, ReadOptions{}, ErrRegionValue,
		map[string]any{"Task": 1, "Field": "annotations.result.value.start"}}, // JSON-MIN: no line, as the value is rebuilt
	{"a.tmx", `<xliff version="2.1"/>`, ReadOptions{}, ErrXMLRoot, map[string]any{"Line": 1, "Found": "xliff", "Expected": "tmx"}},
	{"a.tmx", strings.Repeat("<a>", 300), ReadOptions{}, ErrXMLDepth, map[string]any{"Line": 1, "Max": 256}},
	{"a.tmx", `<!DOCTYPE tmx [<!ENTITY a "aaaa">]><tmx/>`, ReadOptions{}, ErrXMLEntities, nil},
	{"a.tmx", `<!-- rien -->`, ReadOptions{}, ErrXMLEmpty, map[string]any{"Root": "tmx"}},
	{"a.tmx", "\n« Zoé » à Paris", ReadOptions{}, ErrNotXML, map[string]any{"Line": 2, "Text": "« Zoé » à Paris", "Root": "tmx"}},
	{"a.tmx", `<tmx version="1.4"><body><tu>`, ReadOptions{}, ErrXMLCutShort, map[string]any{"Line": 1}},
	{"a.tmx", "<tmx>\n<body></tmx>", ReadOptions{}, ErrXMLSyntax, map[string]any{"Line": 2}},
	{"a.tmx", `<tmx version="1.4"><header srclang="fr"/><body/></tmx>`, ReadOptions{}, ErrNoTranslationUnit, nil},
	{"a.xlf", `<xliff version="3.0"/>`, ReadOptions{}, ErrXLIFFVersion, map[string]any{"Version": "3.0"}},
	{"a.xlf", `<xliff version="2.0" xmlns="urn:x"/>`, ReadOptions{}, ErrXLIFFNamespace, map[string]any{"Namespace": "urn:x"}},
	{"a.xlf", `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:2.0"/>`, ReadOptions{}, ErrXLIFFVersionNamespace,
		map[string]any{"Version": "1.2", "Known": 2}},
	{"a.xlf", `<xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="fr"/>`, ReadOptions{}, ErrNoXLIFFFile, nil},
}

// TestReadErrorCodes: the errors of the readers carry a code, the values their wording needs and
// where they are, so that the app can say them in the user's language; every code is given by some
// file.
func TestReadErrorCodes(t *testing.T) {
	given := map[ErrorCode]bool{
		ErrHTMLParse:     true, // golang.org/x/net/html parses anything; only a reader's error fails it
		ErrNormalization: true, // a cut that normalisation merges is found first as a splitting edge
		ErrHTMLNoArticle: true, // html.Parse always gives a body, whose text is then missing
		ErrXMLUnclosed:   true, // encoding/xml finds a file cut short first
		ErrExportOnly:    true, // no name or content picks a format Glose does not read; --from refuses it first
	}
	for _, c := range readCases {
		_, _, err := Read(c.name, []byte(c.data), c.opts)
		checkReadError(t, c.name+" "+string(c.code), err, c.code, c.args)
		given[c.code] = true
	}
	for _, c := range officeCases { // binary files, checked in TestOfficeErrors
		given[c.code] = true
	}
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(big, MaxInputSize+1<<20); err != nil { // sparse: nothing is written
		t.Fatal(err)
	}
	empty := filepath.Join(dir, "vide")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		path string
		code ErrorCode
		args map[string]any
	}{
		{big, ErrTooLarge, map[string]any{"MB": 257, "Max": 256}},
		{filepath.Join(dir, "absent.txt"), ErrCannotRead, map[string]any{"Reason": "missing"}},
		{empty, ErrBratEmptyFolder, nil},
	} {
		_, _, err := ReadFile(c.path, ReadOptions{})
		checkReadError(t, c.path, err, c.code, c.args)
		given[c.code] = true
	}
	for _, c := range ErrorCodes() {
		if !given[c] {
			t.Errorf("no case gave %s", c)
		}
	}
}

func checkReadError(t *testing.T, name string, err error, code ErrorCode, args map[string]any) {
	t.Helper()
	var re *ReadError
	if !errors.As(err, &re) || re.Code != code {
		t.Errorf("%s: %v (%#v); want code %s", name, err, err, code)
		return
	}
	for k, v := range args {
		if re.Args[k] != v {
			t.Errorf("%s: Args[%s] = %#v, want %#v (%v)", name, k, re.Args[k], v, re.Args)
		}
	}
	if strings.Contains(re.Msg, "%!") {
		t.Errorf("%s: %q", name, re.Msg)
	}
}

// The infile errors that the readers of this package give carry their codes too.
func TestInfileCodesOfReaders(t *testing.T) {
	for _, c := range []struct {
		name, data string
		code       infile.Code
		args       map[string]any
	}{
		{"a.jsonl", `{"entities": []}` + "\n", infile.ErrJSONNoField, map[string]any{"Field": "text"}},
		{"a.html", "<html><body><p>« Zoé » &#1; à Paris</p></body></html>", infile.ErrCharRef, map[string]any{"Ref": "&#1;", "Char": "U+0001"}},
		{"a.html", `<html><head><meta charset="x-martien"></head><body><p>Zoé</p></body></html>`, infile.ErrUnknownCharset, map[string]any{"Charset": "x-martien"}},
		{"a.txt", "« Zoé »\x01", infile.ErrControlChar, map[string]any{"Char": "U+0001"}},
	} {
		opts := ReadOptions{}
		if c.name == "a.jsonl" {
			opts.Format = "doccano"
		}
		_, _, err := Read(c.name, []byte(c.data), opts)
		var ie *infile.Error
		if !errors.As(err, &ie) || ie.Code != c.code {
			t.Errorf("%s: %v; want code %s", c.name, err, c.code)
			continue
		}
		for k, v := range c.args {
			if ie.Args[k] != v {
				t.Errorf("%s: Args[%s] = %#v, want %#v", c.name, k, ie.Args[k], v)
			}
		}
	}
}
