package app

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestGloseErrorCodes: every kind of problem of a Glose JSON document is said in the app's words, in
// English and in French, with every value its wording names and the JSON path of its place.
func TestGloseErrorCodes(t *testing.T) {
	args := map[string]any{"Line": 3, "Column": 2, "Version": "glose/2", "Supported": "glose/1", "Format": "brat", "Expected": "glose/1",
		"Unit": "bytes", "Start": 4, "End": 9, "Len": 12, "Segment": "s2", "Stated": "Noël 👍🏽", "Found": "🇫🇷 « à", "Span": "t3",
		"Value": "verifié", "Allowed": "new, draft", "Label": "PERS", "Entity": "e1",
		"Key": "status", "Escape": `\ud83d`, "ID": "n1", "Other": "notes[0]", "XMLLine": 7, "Reason": "unexpected EOF"}
	say := func(c annotate.ErrorCode) string {
		return documentError(&annotate.ValidationError{File: "a.json", Path: "spans[3].text", Msg: "in English", Code: c, Args: args})
	}
	english := map[annotate.ErrorCode]string{}
	for _, c := range annotate.ErrorCodes() {
		english[c] = say(c)
		if english[c] == "" {
			t.Errorf("%s is not said in the app's words", c)
		}
	}
	useLanguage(t, "fr")
	for _, c := range annotate.ErrorCodes() {
		got := say(c)
		place := "(spans[3].text, ligne 3, colonne 2)"
		if c == annotate.InvalidTrailingData {
			place = "(ligne 3, colonne 2)"
		}
		if got == english[c] || strings.Contains(got, "<no value>") || !strings.HasSuffix(got, place) {
			t.Errorf("%s is said %q in English and %q in French", c, english[c], got)
		}
	}
}

// TestOpenGloseErrorsInFrench: a Glose JSON file the app cannot open is refused in French, as the
// other formats are ("Impossible d’ouvrir « x ». Détail : …"), naming the place in the file and what
// was expected there; the English the command line prints is unchanged.
func TestOpenGloseErrorsInFrench(t *testing.T) {
	doc := func(spans string) string {
		return `{"format": "glose/1", "id": "d", "source": {"lang": "fr", "text": "Noël x\u0301 👍🏽 à « Paris » 🇫🇷."}, "target": {"lang": "en"},
"segments": [{"id": "s1", "start": 0, "end": 26, "paragraph": 0, "status": "new", "target": ""}], "spans": [` + spans + `]}`
	}
	files := map[string]struct{ data, french, english string }{
		"texte.json": {doc(`{"id": "t1", "side": "source", "start": 13, "end": 18, "label": "LOC", "text": "Paris", "origin": "human"}`),
			"Le texte «\u00a0Paris\u00a0» n’est pas celui de la plage [13, 18), qui est «\u00a0« Par\u00a0» (spans[0].text)",
			`spans[0].text: "Paris" does not match the text at [13, 18), which is "« Par"`},
		"plage.json": {doc(`{"id": "t1", "side": "source", "start": 11, "end": 40, "label": "LOC", "text": "Paris", "origin": "human"}`),
			"La plage [11, 40) n’est pas dans le texte français (26 points de code) (spans[0])",
			"spans[0]: range [11, 40) is not inside source.text (26 code points)"},
		"version.json": {`{"format": "glose/2", "id": "d"}`,
			"Le fichier a été écrit par une version plus récente de Glose\u00a0: il est en version glose/2 du format Glose, et ce Glose lit glose/1. Ouvrez-le avec cette version, ou mettez Glose à jour (format)",
			`format: written by a newer version of Glose: it is in version "glose/2" of the format, and this Glose reads "glose/1"; open it with that version, or update Glose`},
		"suite.json": {doc("") + "\n{}",
			"Quelque chose suit le document dans le fichier\u00a0: un fichier Glose contient un seul document (un corpus est en JSON Lines, un document par ligne) (ligne 3, colonne 1)",
			"line 3, column 1: unexpected data after the document"},
		"type.json": {`{"format": "glose/1", "id": "d", "segments": "s1"}`,
			"Le champ «\u00a0segments\u00a0» du JSON contient une chaîne de caractères là où le format attend un tableau […] (ligne 1, colonne 46)",
			"line 1, column 46: segments: expected an array [...], found a string"},
		"indice.json": {doc(`{"id": "t1", "side": "source", "start": 0, "end": 4, "label": "PER", "text": "Noël", "origin": "human"},
{"id": "t2", "side": "source", "start": 13, "end": 18, "label": "LOC", "text": "Paris", "origin": "human"},
{"id": "t3", "side": "source", "start": 10, "end": 21, "label": "QUOTE", "text": "« Paris »", "origin": "human"},
{"id": "t4", "side": "source", "start": "douze", "end": 26, "label": "LOC", "text": "🇫🇷", "origin": "human"}`),
			"Le champ « spans[3].start » du JSON contient une chaîne de caractères là où le format attend un nombre entier (ligne 5, colonne 41)",
			"line 5, column 41: spans[3].start: expected a whole number, found a string"},
	}
	dir := t.TempDir()
	for name, f := range files {
		path := filepath.Join(dir, name)
		must(t, os.WriteFile(path, []byte(f.data), 0o644))
		_, err := annotate.Unmarshal([]byte(f.data), path)
		var ve *annotate.ValidationError
		if !errors.As(err, &ve) || !strings.Contains(err.Error(), path+": "+f.english) {
			t.Errorf("%s: the English is %v, want %q", name, err, f.english)
		}
	}
	useLanguage(t, "fr")
	ui, _ := newTestUI(t, nil, false) // one window tries every file: each message names its file
	for name, f := range files {
		ui.Open(filepath.Join(dir, name))
		want := "Impossible d’ouvrir «\u00a0" + name + "\u00a0». Détail\u00a0: " + f.french + "." // the detail is a sentence: it ends with a full stop
		if ui.status.Text != want {
			t.Errorf("%s:\n got %q\nwant %q", name, ui.status.Text, want)
		}
	}
}
