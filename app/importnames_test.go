package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"

	"github.com/glose-app/glose/annotate/formats"
	"github.com/glose-app/glose/annotate/infile"
	"github.com/glose-app/glose/workspace"
)

// importWarningArgs are Args such as the formats package gives each kind of import warning.
var importWarningArgs = map[formats.WarningCode]map[string]any{
	formats.WarnOffsetsOtherUnit:       {"Unit": "utf16", "N": 8, "Regions": 9},
	formats.WarnOffsetsUnchecked:       {"N": 1, "Unit": "codepoints"},
	formats.WarnOffsetsReadUTF16:       {"Format": "doccano", "Unit": "utf16"},
	formats.WarnCodePointsAssumed:      {"Format": "doccano", "Line": 1},
	formats.WarnDiscontinuousSpan:      {"Label": "LOC", "Text": "North … America", "N": 2, "File": "doc.ann", "Line": 1},
	formats.WarnUnknownAnnotation:      {"ID": "E1", "Text": "Say:T2", "File": "doc.ann", "Line": 5},
	formats.WarnAttributeNotKept:       {"Name": "Negation", "File": "doc.ann", "Line": 6},
	formats.WarnRelationNoteNotKept:    {"Type": "speaker", "File": "doc.ann", "Line": 7},
	formats.WarnNoteWithoutAnnotation:  {"ID": "T7", "File": "doc.ann", "Line": 8},
	formats.WarnRelationWithoutSpan:    {"Type": "speaker", "From": "T1", "To": "T9", "Missing": "T9", "Label": "LOC", "Text": "North"},
	formats.WarnEmptySpan:              {"Label": "MISC", "Line": 2},
	formats.WarnTranslationSide:        {"Format": "labelstudio", "ID": "art#target", "Source": "art", "Lang": "en", "Task": 2, "TaskID": 43},
	formats.WarnRegionNotText:          {"Set": "prediction", "SetN": 1, "Type": "choices", "Task": 1, "TaskID": 0},
	formats.WarnRelationWithoutRegion:  {"Set": "annotation", "SetN": 1, "Type": "speaker", "From": "q", "To": "zz", "Missing": "zz", "Label": "", "Text": "", "Task": 1, "TaskID": 42},
	formats.WarnSeveralLabels:          {"N": 2, "Labels": "LOC, ORG", "Text": "Saint-Denis", "Task": 1, "TaskID": 42},
	formats.WarnAnnotationCancelled:    {"Annotation": 3, "By": "bob", "N": 1, "Task": 1, "TaskID": 42},
	formats.WarnGroundTruthAlone:       {"N": 1, "Truth": "#2", "Others": "#1", "Task": 3, "TaskID": 0},
	formats.WarnAnnotationsMerged:      {"N": 2, "By": "#1 (ana@x.fr), #2 (7)", "Spans": 1, "Links": 0, "SomeSpans": 4, "SomeLinks": 1},
	formats.WarnPredictionsRejected:    {"Annotation": 1, "By": "ana@x.fr", "Spans": 2, "Links": 1, "List": "LOC Saint-Denis, MISC 😀"},
	formats.WarnNoSourceVariant:        {"Line": 4, "Lang": "fr"},
	formats.WarnOtherLanguages:         {"Langs": "de, es"},
	formats.WarnUnclosedMarker:         {"Line": 3, "ID": "2", "Label": "PER", "Target": true},
	formats.WarnUnknownState:           {"Line": 3, "State": "done"},
	formats.WarnEmptySegment:           {"ID": "d"},
	formats.WarnFinishedUntranslated:   {"Segment": 2, "ID": "b", "Status": "translated", "ReadAs": "new"},
	formats.WarnFirstDocument:          {"N": 3, "ID": "art", "Name": "tasks.json"},
	formats.WarnTranslationSideNotOpen: {"Format": "doccano", "ID": "art#target", "Source": "Élysée « 2 » 🇫🇷 x\u0301", "Lang": "en", "Line": 2},
	formats.WarnTaskTextArea:           {"Set": "annotation", "SetN": 1, "Name": "summary", "Text": "Résumé « court » 🇫🇷 / x\u0301", "Task": 1, "TaskID": 43},
	formats.WarnHyperTextUnplaced:      {"Set": "annotation", "SetN": 2, "Labels": "PER", "Text": "Zoé 👍🏽", "Global": true, "Task": 1, "TaskID": 7},
	formats.WarnTextKey:                {"Key": "content", "N": 2},
	formats.WarnJSONMin:                {"Fields": "label", "Other": "sentiment"},
	formats.WarnXLIFFVersion:           {"Line": 2, "Version": "2.3", "ReadAs": "2.2"},
	formats.WarnInlineCodes:            {"Line": 5, "Unit": "1", "N": 2, "Codes": `<pc id="1"> <b>…</b>, <ph id="2"> <br/>`},
	formats.WarnMarkerNotSpan:          {"Line": 5, "Unit": "1", "Type": "term", "N": 2, "Texts": `"Rien", "Nothing"`},
	formats.WarnCommentAsNote:          {"Line": 17, "Unit": "2", "Text": "Paris", "Comment": "ville", "Target": false},
	formats.WarnStaleState:             {"N": 2, "States": "needs-translation"},
	formats.WarnSourceCopied:           {"N": 2},
	formats.WarnTextWithoutAnn:         {"N": 2, "Name": "LISEZ-MOI.txt"},
	formats.WarnTMXInlineCodes:         {"N": 9, "Units": 2},
	formats.WarnTMXCodesLeftOut:        {"Line": 3, "N": 3, "Units": 1},
	formats.WarnOriginalNotKept:        {"Reason": "size", "MB": 12, "Max": 8},
	formats.WarnProdigyAnswer:          {"Answer": "reject", "N": 2, "Line": 2},
	formats.WarnNewerFormat:            {"Version": "glose/1.4", "Supported": "glose/1"},
	formats.WarnCharsetNotUTF8:         {"Charset": "windows-1252"},
}

// TestImportWarningsInFrench: every kind of import warning is said in French in the French
// interface, by its code, with the place in the file it is about; none names a command-line flag.
func TestImportWarningsInFrench(t *testing.T) {
	say := func(c formats.WarningCode) string {
		return importWarningText(formats.Warning{Doc: "/tmp/tasks.json: task 1", Msg: "in English --unit utf16", Code: c, Args: importWarningArgs[c]})
	}
	english := map[formats.WarningCode]string{}
	for _, c := range formats.ImportWarningCodes() {
		if importWarningArgs[c] == nil {
			t.Errorf("the test has no args for %s", c)
		}
		english[c] = say(c)
	}
	useLanguage(t, "fr")
	for _, c := range formats.ImportWarningCodes() {
		got := say(c)
		switch {
		case got == english[c] || strings.Contains(got, "in English") || strings.Contains(english[c], "in English"):
			t.Errorf("%s is said %q in English and %q in French", c, english[c], got)
		case strings.Contains(got, "<no value>") || strings.Contains(english[c], "<no value>"):
			t.Errorf("%s misses an argument: %q, %q", c, english[c], got)
		case strings.Contains(got, "--") || strings.Contains(english[c], "--"):
			t.Errorf("%s names a flag: %q, %q", c, english[c], got)
		}
	}
	for c, want := range map[formats.WarningCode]string{
		formats.WarnDiscontinuousSpan: "L’annotation LOC «\u00a0North … America\u00a0» est en plusieurs morceaux, et une annotation Glose est d’un seul tenant\u00a0: " +
			"elle est devenue 2 annotations, liées par des liens «\u00a0fragment\u00a0» (doc.ann, ligne 1)",
		formats.WarnFinishedUntranslated: "Le segment 2 est marqué traduit dans le fichier mais n’a pas de traduction\u00a0: il a été lu comme nouveau",
		formats.WarnUnknownState:         "L’état de segment «\u00a0done\u00a0» n’est pas un état XLIFF 2\u00a0: le segment a été lu comme nouveau (ligne 3)",
		formats.WarnAnnotationsMerged: "2 annotations Label Studio fusionnées (#1 (ana@x.fr), #2 (7))\u00a0: ce qu’elles ont toutes (1 annotation, 0 relation) est confirmé\u00a0; " +
			"ce que seules certaines ont (4 annotations, 1 relation) est devenu des suggestions, dont la confiance est la part des annotations qui l’ont",
		formats.WarnOffsetsOtherUnit: "Positions lues en unités de code UTF-16, et non en points de code\u00a0: le texte que le fichier donne pour 8 de ses 9 régions " +
			"ne se trouve à leurs positions que comptées ainsi (Label Studio avant la version 1.6 comptait en unités de code UTF-16)",
		formats.WarnPredictionsRejected: "L’annotation Label Studio 1 (ana@x.fr) a été terminée sans 2 annotations et 1 relation que le fichier suggérait\u00a0: " +
			"elles sont lues comme des suggestions rejetées (LOC Saint-Denis, MISC 😀)",
		formats.WarnRegionNotText:   "Une région de type «\u00a0choices\u00a0» dans la prédiction Label Studio 1 n’est pas une portion de texte\u00a0: omise (tâche 1)",
		formats.WarnTranslationSide: "Cette tâche contient la traduction (en) du document «\u00a0art\u00a0»\u00a0: elle a été lue comme un document à part, car les tâches Label Studio ne disent pas quelle phrase traduit laquelle (XLIFF et Glose JSON Lines gardent les traductions avec leur source) (tâche 2, ID 43)",
		formats.WarnTranslationSideNotOpen: "La traduction (en) de «\u00a0Élysée « 2 » 🇫🇷 x\u0301\u00a0» que contient ce fichier n’est pas ouverte\u00a0: " +
			"les enregistrements doccano ne disent pas quelle phrase traduit laquelle, elle ne peut donc pas rejoindre sa source. " +
			"Pour travailler sur les deux côtés ensemble, exportez plutôt le document en XLIFF ou en Glose JSON Lines (ligne 2)",
		formats.WarnTaskTextArea: "La zone de texte «\u00a0summary\u00a0» de toute la tâche, dans l’annotation Label Studio 1, est omise\u00a0: Glose garde des notes sur les annotations, pas sur les documents. " +
			"Elle contenait\u00a0: «\u00a0Résumé « court » 🇫🇷 / x\u0301\u00a0» (tâche 1, ID 43)",
		formats.WarnHyperTextUnplaced: "Une région HyperText (PER, «\u00a0Zoé 👍🏽\u00a0») dans l’annotation Label Studio 2 ne peut pas être placée sur le texte\u00a0: " +
			"sa position dans le texte de la page web ne donne pas son texte dans celui-ci. Omise (tâche 1, ID 7)",
		formats.WarnTMXInlineCodes: "2 unités de traduction contiennent des codes en ligne (9 en tout\u00a0: mise en forme, substituts)\u00a0: " +
			"ils sont gardés pour l’export TMX de la mémoire, les correspondances sont cherchées sur le texte sans eux, et une correspondance insérée ou prétraduite dans un segment qui a les mêmes codes les apporte",
		formats.WarnTextKey: "2 tâches n’ont pas de champ «\u00a0text\u00a0»\u00a0: leur texte a été lu dans le champ «\u00a0content\u00a0»",
		formats.WarnJSONMin: "Le fichier est un export Label Studio JSON-MIN, lu pour son texte et ses annotations (label)\u00a0; champs omis\u00a0: sentiment. " +
			"JSON-MIN ne garde ni relations, ni identifiants de régions, ni prédictions, ni notes\u00a0: exportez le projet en «\u00a0JSON\u00a0» depuis Label Studio pour les garder",
	} {
		if got := say(c); got != want {
			t.Errorf("%s in French:\n got %q\nwant %q", c, got, want)
		}
	}
	if got := importWarningText(formats.Warning{Doc: "a.xlf", Msg: "something new"}); got != "a.xlf: something new" {
		t.Errorf("a warning without a code: %q, want its English with its place", got)
	}
}

// copyWarningFiles copies the files of the formats package's testdata/warnings, each of which gives
// import warnings, into a new folder, and returns it.
func copyWarningFiles(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files, err := filepath.Glob(filepath.Join("..", "annotate", "formats", "testdata", "warnings", "*"))
	must(t, err)
	for _, f := range files {
		data, err := os.ReadFile(f)
		must(t, err)
		must(t, os.WriteFile(filepath.Join(dir, filepath.Base(f)), data, 0o644))
	}
	return dir
}

// shownWarnings returns the intro and the warnings of the warnings dialog on top of the window.
func shownWarnings(t *testing.T, ui *UI) (string, []string) {
	t.Helper()
	top := ui.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog shown")
	}
	list, _ := findShown(top, func(o fyne.CanvasObject) bool {
		_, ok := o.(*container.Scroll)
		return ok
	}).(*container.Scroll)
	if list == nil {
		t.Fatal("no list of warnings in the dialog")
	}
	var warns []string
	for _, o := range list.Content.(*fyne.Container).Objects {
		warns = append(warns, o.(*messageText).Text)
	}
	intro, _ := findShown(top, func(o fyne.CanvasObject) bool {
		m, ok := o.(*messageText)
		return ok && !slices.Contains(list.Content.(*fyne.Container).Objects, o) && m.Text != ""
	}).(*messageText)
	if intro == nil {
		t.Fatal("no intro above the warnings")
	}
	return intro.Text, warns
}

// TestOpenFilesWithWarningsInFrench: opening real files of every format that warns (Label Studio with
// several annotators and UTF-16 offsets, brat with a discontinuous span, XLIFF with an unclosed marker
// and a segment marked translated without a translation, TMX in three languages, doccano) shows
// each warning in French, in the app's words: no command-line flag, no English.
func TestOpenFilesWithWarningsInFrench(t *testing.T) {
	dir := copyWarningFiles(t)
	names := []string{"labelstudio.json", "labelstudio-no-text.json", "brat.ann", "brat.txt", "xliff2.xlf", "memory.tmx", "doccano.jsonl",
		"doccano-both.jsonl", "brat-both.target.ann"}
	english := map[string][]string{}
	for _, name := range names {
		_, warns, err := workspace.Load(filepath.Join(dir, name))
		must(t, err)
		english[name] = importWarningTexts(warns)
		for _, w := range warns {
			english[name] = append(english[name], w.Msg, w.String())
		}
	}
	useLanguage(t, "fr")
	ui, _ := newTestUI(t, nil, false) // one window opens the files one after another
	for _, name := range names {
		closeAll(ui) // the last file's warnings
		last := ui.doc
		ui.Open(filepath.Join(dir, name))
		openChosen(ui) // doccano.jsonl holds two documents
		if ui.doc == nil || ui.doc == last || len(ui.doc.Segments) == 0 {
			t.Fatalf("%s did not open", name)
		}
		intro, warns := shownWarnings(t, ui)
		if intro != "Le document est ouvert, mais sa lecture a donné ces avertissements\u00a0:" {
			t.Errorf("%s: intro %q", name, intro)
		}
		if len(warns) == 0 {
			t.Errorf("%s: no warnings shown", name)
		}
		for _, w := range warns {
			switch {
			case slices.Contains(english[name], w):
				t.Errorf("%s: %q is in English", name, w)
			case strings.Contains(w, "--") || strings.Contains(w, "glose-cli"):
				t.Errorf("%s: %q speaks of the command line", name, w)
			case strings.Contains(w, dir):
				t.Errorf("%s: %q names the file by its path", name, w)
			}
		}
	}
}

// TestOpenTranslationSideWarns: opening the English side of a document exported with --side both
// to brat (files "….target.ann") says in French that the translation was read as a document of its
// own, in English; brat used to open it silently, as French. Opening a doccano export made with
// --side both (a line "art", a line "art#target") opens the French, and said that the English was
// read as a document of its own, then that only the first document was open (QA17 #5): it now says
// once that the English is not open, and how to have both sides together.
func TestOpenTranslationSideWarns(t *testing.T) {
	dir := copyWarningFiles(t)
	useLanguage(t, "fr")
	cases := []struct{ name, lang, want string }{
		{"doccano-both.jsonl", "fr", "La traduction (en) de «\u00a0art\u00a0» que contient ce fichier n’est pas ouverte\u00a0: " +
			"les enregistrements doccano ne disent pas quelle phrase traduit laquelle, elle ne peut donc pas rejoindre sa source. " +
			"Pour travailler sur les deux côtés ensemble, exportez plutôt le document en XLIFF ou en Glose JSON Lines (ligne 2)."},
		{"brat-both.target.ann", "en", "Ces fichiers brat contiennent la traduction (en) du document «\u00a0brat-both\u00a0»\u00a0: ils ont été lus comme un document à part, " +
			"car les documents brat ne disent pas quelle phrase traduit laquelle (XLIFF et Glose JSON Lines gardent les traductions avec leur source)."},
	}
	for _, c := range cases {
		ui, _ := newTestUI(t, nil, false)
		ui.Open(filepath.Join(dir, c.name))
		if ui.doc == nil || ui.doc.SourceLang != c.lang {
			t.Fatalf("%s: document %v not opened in %s", c.name, ui.doc != nil, c.lang)
		}
		_, warns := shownWarnings(t, ui)
		if !slices.Contains(warns, c.want) {
			t.Errorf("%s: warnings %q\nwant among them %q", c.name, warns, c.want)
		}
		for _, w := range warns {
			if w != c.want && strings.Contains(w, "traduction") || strings.Contains(w, "seul le premier") {
				t.Errorf("%s: %q contradicts %q", c.name, w, c.want)
			}
		}
	}
}

// TestImportWarningsScroll: the warnings of an opened file are shown in a list that fits the window,
// stops above the OK button and scrolls when they are many, as the export's are; they were shown
// in a list that the OK button was painted over.
func TestImportWarningsScroll(t *testing.T) {
	dir := copyWarningFiles(t)
	useLanguage(t, "fr")
	for _, c := range []struct {
		window  fyne.Size
		file    string
		scrolls bool
	}{
		{fyne.NewSize(1280, 800), "labelstudio.json", true},
		{fyne.NewSize(860, 400), "labelstudio.json", true},
		{fyne.NewSize(1280, 800), "memory.tmx", false},
		{fyne.NewSize(860, 400), "labelstudio-no-text.json", false},
	} {
		ui, _ := newTestUI(t, nil, false)
		ui.win.Resize(c.window)
		ui.Open(filepath.Join(dir, c.file))
		size, list, listTop, buttonsTop := firstDialogLayout(t, ui)
		if size.Width > c.window.Width || size.Height > c.window.Height {
			t.Errorf("%v window, %s: the dialog is %v", c.window, c.file, size)
		}
		if list.Size().Height <= 0 || listTop+list.Size().Height > buttonsTop {
			t.Errorf("%v window, %s: the list is %v high at %v, the button at %v", c.window, c.file, list.Size().Height, listTop, buttonsTop)
		}
		content := list.Content.MinSize()
		if content.Width > list.Size().Width {
			t.Errorf("%v window, %s: the warnings are %v wide in a list of %v", c.window, c.file, content.Width, list.Size().Width)
		}
		if scrolls := content.Height > list.Size().Height; scrolls != c.scrolls {
			t.Errorf("%v window, %s: the warnings take %v in a list %v high", c.window, c.file, content.Height, list.Size().Height)
		}
	}
}

// TestImportErrorsInFrench: every kind of error the readers share is said in French, with its place,
// pointing to a text editor rather than the command line; opening a file in Latin-1, in UTF-16
// without a byte-order mark, cut-short JSON or a file too large says so in French.
func TestImportErrorsInFrench(t *testing.T) {
	say := func(c infile.Code) string {
		return importError(&infile.Error{File: "/tmp/a.txt", Line: 2, Column: 5, Offset: -1, Msg: "in English, iconv", Code: c,
			Args: map[string]any{"Charset": "UTF-16LE", "Guess": "latin1", "Field": "text", "Char": "U+0001", "Ref": "&#1;"}}).Error()
	}
	english := map[infile.Code]string{}
	for _, c := range infile.Codes() {
		english[c] = say(c)
	}
	useLanguage(t, "fr")
	for _, c := range infile.Codes() {
		got := say(c)
		if got == english[c] || strings.Contains(got+english[c], "iconv") || strings.Contains(got+english[c], "<no value>") || !strings.HasSuffix(got, "(ligne 2, colonne 5).") {
			t.Errorf("%s is said %q in English and %q in French", c, english[c], got)
		}
	}

	dir := t.TempDir()
	files := map[string][]byte{
		"latin1.txt":    []byte("Le pr\xe9sident a dit oui.\n"),
		"utf16.txt":     []byte("L\x00e\x00 \x00p\x00r\x00\xe9\x00s\x00i\x00d\x00e\x00n\x00t\x00"),
		"tasks.json":    []byte(`[{"data": {"text": "Un`),
		"doccano.jsonl": []byte("{\"text\": \"Un.\", \"entities\": []}\n{\"text\": \"Deux\", \"entities\": [1 2]}\n"),
		"cut.json":      []byte("[{\"data\": {\"text\": \"« é\xc3"),
	}
	want := map[string]string{
		"latin1.txt":    "Détail\u00a0: Le fichier n’est pas en UTF-8, comme il le faut\u00a0: il semble être en Latin-1 (ISO-8859-1). Ouvrez-le dans un éditeur de texte en Latin-1 et enregistrez-le de nouveau en UTF-8 (octet 5)",
		"utf16.txt":     "Détail\u00a0: Le fichier semble être en UTF-16LE sans marque d’ordre des octets, que Glose ne lit pas\u00a0: enregistrez-le de nouveau en UTF-8 (un éditeur de texte propose l’encodage à l’enregistrement)",
		"tasks.json":    "Détail\u00a0: Le JSON est tronqué\u00a0: le fichier finit avant son contenu (ligne 1, colonne 23)",
		"doccano.jsonl": "Détail\u00a0: Le fichier n’est pas du JSON valide (ligne 2, colonne 33)",
		"cut.json":      "Détail\u00a0: Le fichier est tronqué\u00a0: il finit au milieu d’un caractère. Le téléchargement ou la copie a sans doute été interrompu\u00a0: récupérez de nouveau le fichier entier (ligne 1, octet 25)",
	}
	ui, _ := newTestUI(t, nil, false) // one window tries every file: each message names its file
	for name, data := range files {
		path := filepath.Join(dir, name)
		must(t, os.WriteFile(path, data, 0o644))
		ui.Open(path)
		msg := "Impossible d’ouvrir «\u00a0" + name + "\u00a0». " + want[name] + "."
		if ui.status.Text != msg {
			t.Errorf("%s:\n got %q\nwant %q", name, ui.status.Text, msg)
		}
	}
	if got := importError(&workspace.TooLargeError{Path: "/tmp/big.txt", MB: 300}).Error(); got != "Le fichier fait 300\u00a0Mo, plus que Glose n’en ouvre (256\u00a0Mo)." {
		t.Errorf("a file too large: %q", got)
	}
}

// TestImportWarningsEndWithFullStop: a warning in the list after opening a file is a sentence, and
// ends with a full stop after its place, as the messages beside it do (« …vérifiez-les (ligne 1). »);
// one that ends with a question mark, an ellipsis or a stop already gets none more.
func TestImportWarningsEndWithFullStop(t *testing.T) {
	useLanguage(t, "fr")
	got := importWarningTexts([]formats.Warning{{Doc: "a.jsonl", Msg: "in English", Code: formats.WarnCodePointsAssumed, Args: map[string]any{"Format": "doccano", "Line": 1}}})
	if len(got) != 1 || !strings.HasSuffix(got[0], "vérifiez-les (ligne 1).") {
		t.Errorf("warnings %q: want the sentence ended by a full stop", got)
	}
	for in, want := range map[string]string{"Est-ce du XLIFF\u00a0?": "Est-ce du XLIFF\u00a0?", "Déjà fini.": "Déjà fini.", "Suite…": "Suite…", "Le fichier est vide": "Le fichier est vide."} {
		if got := sentence(in); got != want {
			t.Errorf("sentence(%q) = %q, want %q", in, got, want)
		}
	}
}
