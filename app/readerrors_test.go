package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate/formats"
)

// TestReadErrorCodes: every kind of error of the format readers is said in the app's words, in
// English and in French, with every value its wording names and its place; the variants a code's
// Args choose (the edge of a span, why a file cannot be read, a hint) are each said.
func TestReadErrorCodes(t *testing.T) {
	base := map[string]any{"File": "a.ann", "Line": 3, "Column": 7, "Task": 2, "TaskID": 41, "Path": "entities[1]",
		"MB": 300, "Max": 256, "Format": "doccano", "Read": "Label Studio JSON", "Other": "doccano relation JSONL", "Name": "a.txt",
		"Start": 4, "End": 9, "Len": 12, "Unit": "codepoints", "Edge": "start", "Offset": 5, "Span": "T3", "Label": "PER",
		"Text": "Noël 👍🏽 « à", "ID": "T1", "OtherLabel": "LOC", "OtherText": "Paris 🇫🇷", "Value": "étrange", "Offsets": "4 9",
		"OtherStart": 6, "OtherEnd": 11, "Stated": "Zoé", "Found": "q\u0307", "At": "", "Field": "data.text", "Kind": "number",
		"Fields": "a, b", "Region": "r1", "Hint": "edited", "Found2": "", "Expected": "tmx", "Element": "body", "Opened": 2,
		"Root": "tmx", "Version": "3.0", "Namespace": "urn:x", "Known": 2, "Reason": "missing"}
	variants := map[formats.ErrorCode][]map[string]any{
		formats.ErrCannotRead:      {{"Reason": "missing"}, {"Reason": "permission"}, {"Reason": ""}},
		formats.ErrBratCompanion:   {{"Reason": "missing"}, {"Reason": "permission"}, {"Reason": ""}},
		formats.ErrOffsetSplits:    {{"Edge": "start"}, {"Edge": "end"}},
		formats.ErrSplitsCharacter: {{"Edge": "start"}, {"Edge": "end"}, {"Edge": "edge"}},
		formats.ErrBratText:        {{"Unit": "", "At": ""}, {"Unit": "utf16", "At": ""}, {"Unit": "", "At": "13 18"}},
		formats.ErrRegionText:      {{"Hint": "other-unit"}, {"Hint": "mixed"}, {"Hint": "edited"}},
		formats.ErrXMLRoot:         {{"Found": "xliff"}},
		formats.ErrOfficeNotZip:    {{"Kind": "Word"}, {"Kind": "OpenDocument"}},
		formats.ErrOfficeDamaged:   {{"Kind": "Word", "Part": ""}, {"Kind": "OpenDocument", "Part": "content.xml"}, {"Kind": "", "Part": ""}},
		formats.ErrOfficeNoPart:    {{"Kind": "Word", "Part": "word/document.xml"}, {"Kind": "", "Part": "", "What": "markdown", "Holds": "a.txt"}, {"Kind": "", "Part": "", "What": "text", "Holds": "a.txt"}},
		formats.ErrOfficeXML:       {{"Part": "content.xml", "PartLine": 2, "PartOffset": 181, "Detail": "element <p> closed by </span>"}},
		formats.ErrXMLSyntax: {{"Problem": "mismatch", "Closer": "source"}, {"Problem": "unexpected-end", "Closer": "source"},
			{"Problem": "entity", "Entity": "&eacute;"}, {"Problem": "lt-in-value"}, {"Problem": "attribute"}, {"Problem": "lt"},
			{"Problem": "name", "Name": "1é"}, {"Problem": "char", "Char": "U+0001"}, {"Problem": "", "Detail": "invalid <![ sequence"},
			{"Problem": ""}},
	}
	type said struct {
		code formats.ErrorCode
		args map[string]any
	}
	var all []said
	for _, c := range formats.ErrorCodes() {
		vs := variants[c]
		if vs == nil {
			vs = []map[string]any{{}}
		}
		for _, v := range vs {
			a := map[string]any{}
			for k, x := range base {
				a[k] = x
			}
			for k, x := range v {
				a[k] = x
			}
			all = append(all, said{c, a})
		}
	}
	cause := &formats.ReadError{Msg: "in English", Code: formats.ErrRange, Args: base}
	say := func(s said) string {
		return readErrorText(&formats.ReadError{Msg: "/tmp/x/a.ann:3: in English, --from doccano", Code: s.code, Args: s.args, Err: cause})
	}
	english := make([]string, len(all))
	for i, s := range all {
		english[i] = say(s)
		if english[i] == "" {
			t.Errorf("%s is not said in the app's words", s.code)
		}
	}
	useLanguage(t, "fr")
	const place = "(a.ann, ligne 3, colonne 7, octet 5, tâche 2, ID 41, entities[1])"
	for i, s := range all {
		got := say(s)
		if got == english[i] || strings.Contains(got+english[i], "<no value>") || strings.Contains(got+english[i], "--") ||
			strings.Contains(got, "/tmp") || !strings.HasSuffix(got, place) {
			t.Errorf("%s %v is said\n%q in English and\n%q in French", s.code, s.args, english[i], got)
		}
	}
}

// TestOpenBrokenFilesInFrench: files of several formats that the app cannot open are refused in
// French, with the place of the problem (the line, the brat file, the Label Studio task and result)
// and never the file's directory; the English the command line prints is unchanged. A file gone
// since it was listed (a recent file) is said so.
func TestOpenBrokenFilesInFrench(t *testing.T) {
	const txt = "« Zoé » 👍🏽 a vu Noël à Paris 🇫🇷, q\u0307.\n"
	files := map[string]struct{ data, french, english string }{
		"vide.html": {"<html><body></body></html>\n",
			"L’élément principal de la page ne contient aucun texte",
			"vide.html: the main element holds no text"},
		"zoé.ann": {"T1\tPER 2 5\tZoé\nT2 LOC 25 30 Paris\n",
			"La ligne n’est pas un identifiant, une tabulation et une annotation\u00a0: «\u00a0T2 LOC 25 30 Paris\u00a0» (zoé.ann, ligne 2)",
			`zoé.ann:2: expected ID<TAB>annotation, found "T2 LOC 25 30 Paris"`},
		"version.xlf": {`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<xliff version="3.0" srcLang="fr"><file id="f"/></xliff>`,
			"La version XLIFF «\u00a03.0\u00a0» n’est pas de celles que Glose lit (1.2 et 2.x) (ligne 2)",
			`version.xlf: XLIFF version "3.0" is not supported (Glose reads 1.2 and 2.x)`},
		"mémoire.tmx": {`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<tmx version="1.4"><header srclang="fr" segtype="sentence"/></tmx>`,
			"Le TMX ne contient aucune unité de traduction (<tu>)",
			"mémoire.tmx: no translation unit"},
		"tâches.json": {`[{"id": 41, "data": {"text": "` + strings.TrimSpace(txt) + `"}, "annotations": [{"result": [` +
			`{"id": "r1", "type": "labels", "from_name": "label", "to_name": "text", "value": {"start": 2, "end": 5, "text": "Zoé", "labels": ["PER"]}},` +
			`{"id": "r2", "type": "labels", "from_name": "label", "to_name": "text", "value": {"start": 30, "end": 80, "text": "Paris", "labels": ["LOC"]}}]}]}]`,
			"La plage [30, 80) est vide ou hors du texte, dont la longueur est de 36 en points de code\u00a0; la région donne le texte «\u00a0Paris\u00a0» (tâche 1, ID 41, annotations[0].result[1])",
			`tâches.json: task 1 (id 41): annotation 1 result[1] (region "r2"): range [30, 80) is empty or outside the text (36 Unicode code points), and value.text is "Paris"`},
		"type.json": {`[{"id": 41, "data": {"text": "Zoé 👍🏽 à Paris 🇫🇷"}, "annotations": [{"result": [` +
			`{"id": "r1", "type": "labels", "from_name": "label", "to_name": "text", "value": {"start": 0, "end": 3, "labels": ["PER"]}},` +
			`{"id": "r2", "type": "labels", "from_name": "label", "to_name": "text", "value": {"start": 10, "end": "x", "labels": ["LOC"]}}]}]}]`,
			"Le champ « annotations[0].result[1].value.end » du JSON contient une chaîne de caractères là où le format attend un nombre entier (ligne 1, colonne 306, tâche 1, ID 41)",
			`type.json: line 1, column 306: task 1 (id 41): annotation 1 result[1]: value.end: expected a whole number, found a string ("x")`},
		"balises.xlf": {`<?xml version="1.0"?>` + "\n" + `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="fr" trgLang="en"><file id="f"><unit id="u"><segment><source>« Zoé » 👍🏽 <b>Paris</source></segment></unit></file></xliff>`,
			"Le fichier n’est pas du XML valide : l’élément <b> est fermé par </source> (ligne 2, colonne 165)",
			"balises.xlf: line 2: invalid XML: element <b> closed by </source>"},
		"balises.tmx": {`<?xml version="1.0"?>` + "\n" + `<tmx version="1.4"><header srclang="fr"/><body><tu><tuv xml:lang="fr"><seg>Noël &eacute; 🇫🇷</seg></tuv></tu></body></tmx>`,
			"Le fichier n’est pas du XML valide : &eacute; n’est pas une entité de caractère connue de XML (ligne 2, colonne 89)",
			"balises.tmx: line 2: invalid XML: invalid character entity &eacute;"},
	}
	dir := t.TempDir()
	must(t, os.WriteFile(filepath.Join(dir, "zoé.txt"), []byte(txt), 0o644))
	for name, f := range files {
		path := filepath.Join(dir, name)
		must(t, os.WriteFile(path, []byte(f.data), 0o644))
		_, _, err := formats.ReadFile(path, formats.ReadOptions{})
		if err == nil || !strings.Contains(err.Error(), f.english) {
			t.Errorf("%s: the English is %v, want %q", name, err, f.english)
		}
	}
	useLanguage(t, "fr")
	for name, f := range files {
		ui, _ := newTestUI(t, nil, false)
		ui.Open(filepath.Join(dir, name))
		want := "Impossible d’ouvrir «\u00a0" + name + "\u00a0». Détail\u00a0: " + f.french + "." // the detail is a sentence: it ends with a full stop
		if ui.status.Text != want {
			t.Errorf("%s:\n got %q\nwant %q", name, ui.status.Text, want)
		}
		if strings.Contains(ui.status.Text, dir) {
			t.Errorf("%s: the message names the directory: %q", name, ui.status.Text)
		}
	}
	ui, _ := newTestUI(t, nil, false)
	ui.Open(filepath.Join(dir, "parti.txt"))
	if want := "Impossible d’ouvrir «\u00a0parti.txt\u00a0». Détail\u00a0: Le fichier n’existe pas (ou plus)\u00a0: il a peut-être été déplacé ou supprimé."; ui.status.Text != want {
		t.Errorf("a file gone:\n got %q\nwant %q", ui.status.Text, want)
	}
}
