package app

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// warningArgs are Args such as the formats package gives each kind of export warning.
var warningArgs = map[formats.WarningCode]map[string]any{
	formats.WarnTargetSpansLeftOut:    {"N": 1},
	formats.WarnSourceSpansLeftOut:    {"N": 2},
	formats.WarnUntranslatedLeftOut:   {"N": 2, "Total": 5},
	formats.WarnCrossLinksLeftOut:     {"N": 2},
	formats.WarnNoTranslations:        {"Format": "spaCy", "N": 1},
	formats.WarnNoEntities:            {"Format": "doccano", "N": 1},
	formats.WarnNoLinks:               {"Format": "XLIFF", "N": 35},
	formats.WarnNoSpans:               {"Format": "TMX", "N": 3, "Links": 2},
	formats.WarnNoOrigin:              {"Format": "doccano", "N": 2},
	formats.WarnCodePointsOutsideBMP:  {"Format": "doccano"},
	formats.WarnNoConfidences:         {"N": 2, "Links": 1},
	formats.WarnEdgeLineBreak:         {"Label": "QUOTE", "Text": "« Oui »"},
	formats.WarnNoteLineBreaks:        {"Label": "PER", "Text": "Noël"},
	formats.WarnFileNameTaken:         {"Name": "a~2", "Taken": "A", "ID": "a~2"},
	formats.WarnNoDocumentID:          {"Name": "document", "ID": "document"},
	formats.WarnLabelNotKept:          {"Label": "A|B", "Type": "A_B"},
	formats.WarnOneLabelPerToken:      {"N": 3, "Label": "QUOTE", "Text": "« Oui »"},
	formats.WarnWordCut:               {"Label": "PER", "Text": "Noë"},
	formats.WarnCharacterKept:         {"Label": "MISC", "Text": "👍"},
	formats.WarnSplitBySentences:      {"N": 2, "Label": "QUOTE", "Text": "« Oui. Non »"},
	formats.WarnTokenBoundaries:       {"Label": "PER", "Text": "Donald Trump"},
	formats.WarnConfirmedInPrediction: {"N": 1},
	formats.WarnNotInMemory:           {"N": 4},
	formats.WarnSourceLanguage:        {"Lang": "de", "FileLang": "fr"},
	formats.WarnLanguagePair:          {"Source": "de", "Target": "es", "FileSource": "fr", "FileTarget": "en"},
	formats.WarnCrossesParagraphs:     {"Label": "QUOTE", "Text": "« Oui »"},
	formats.WarnBetweenSegments:       {"Label": "PER", "Text": "Noël. "},
	formats.WarnNotXML:                {"Segment": 3, "Target": true, "Char": "U+0001"},
	formats.WarnConfirmedLinkLeftOut:  {"N": 1, "Label": "PER", "Text": "Paul Martin"},
	formats.WarnMarkersLeftOut:        {"N": 4},
	formats.WarnNoteDetailsLeftOut:    {"Format": "XLIFF 1.2", "N": 2},
	formats.WarnNotNested:             {"Label": "PER", "Text": "dit Noël"},
	formats.WarnRejectedLeftOut:       {"Format": "doccano", "N": 1},
	formats.WarnSpanNotesLeftOut:      {"Format": "spaCy", "N": 2},
	formats.WarnSegmentNotesLeftOut:   {"Format": "TMX", "N": 3},
	formats.WarnDocumentNotesLeftOut:  {"Format": "Label Studio", "N": 1},
	formats.WarnQAIgnoredLeftOut:      {"Format": "CoNLL", "N": 2},
	formats.WarnConfidencesLeftOut:    {"Format": "W3C Web Annotation", "N": 2, "Links": 1},
	formats.WarnIncompleteParagraphs:  {"N": 1, "Paragraphs": 1},
	formats.WarnMentionsLeftOut:       {"N": 3, "Pronouns": 2, "Nominals": 1, "Links": 3},
	formats.WarnMentionKindsLost:      {"Format": "CoNLL", "N": 2, "Pronouns": 2, "Nominals": 0},
	formats.WarnTargetCodesLost:       {"N": 2, "Units": "tu2, tu7"},
	formats.WarnTargetCodesPlaced:     {"N": 1, "Units": "tu2"},
	formats.WarnTargetCodesOrder:      {"N": 1, "Units": "tu2"},
	formats.WarnNotMerged:             {"N": 1, "Segments": "s6", "Reason": "translate-no"},
	formats.WarnMergeSpansLeftOut:     {"N": 3},
	formats.WarnMergeBackMixed:        {"N": 2},
	formats.WarnMergeBackLanguage:     {"Source": "fr-FR", "Target": "en-US", "FileSource": "fr-FR", "FileTarget": "en-GB"},
	formats.WarnNothingConfirmed:      {"N": 13},
	formats.WarnDraftsDelivered:       {"N": 9, "Total": 58, "Numbers": "3, 47–54"},
	formats.WarnChangesNotAccepted:    {"N": 4, "Total": 58, "Numbers": "2, 7, 30–31"},
}

// TestExportWarningsInFrench: every kind of export warning is said in French in the French interface,
// by its code, whatever its English wording, and names the dialog's controls, never the command
// line's flags.
func TestExportWarningsInFrench(t *testing.T) {
	say := func(c formats.WarningCode) string {
		return warningText(formats.Warning{Doc: "article", Msg: "in English", Code: c, Args: warningArgs[c]})
	}
	english := map[formats.WarningCode]string{}
	for _, c := range formats.WarningCodes() {
		if warningArgs[c] == nil {
			t.Errorf("the test has no args for %s", c)
		}
		english[c] = say(c)
	}
	useLanguage(t, "fr")
	for _, c := range formats.WarningCodes() {
		got := say(c)
		switch {
		case got == english[c] || got == "in English" || english[c] == "in English":
			t.Errorf("%s is said %q in English and %q in French", c, english[c], got)
		case strings.Contains(got, "<no value>") || strings.Contains(english[c], "<no value>"):
			t.Errorf("%s misses an argument: %q, %q", c, english[c], got)
		case strings.Contains(got, "--") || strings.Contains(english[c], "--"):
			t.Errorf("%s names a flag: %q, %q", c, english[c], got)
		}
	}
	for c, want := range map[formats.WarningCode]string{
		formats.WarnNoLinks:            "XLIFF ne garde pas les liens\u00a0: 35 liens omis",
		formats.WarnTargetSpansLeftOut: "1 annotation de l’anglais omise\u00a0: seul le français a été choisi (choisissez «\u00a0Les deux\u00a0» pour la garder)",
		formats.WarnNoSpans:            "TMX ne garde pas les annotations\u00a0: 3 annotations et 2 liens omis",
		formats.WarnNoOrigin:           "2 suggestions exportées comme des annotations ordinaires\u00a0: doccano ne distingue pas les suggestions (cochez «\u00a0Annotations confirmées seulement\u00a0» pour les omettre)",
		formats.WarnCodePointsOutsideBMP: "Le texte contient des caractères hors du plan multilingue de base (des emoji, par exemple)\u00a0: ses positions comptent des points de code, comme Python, " +
			"mais doccano dans un navigateur web compte des unités UTF-16\u00a0: pour charger ce fichier dans doccano, exportez-le de nouveau avec Positions «\u00a0UTF-16 (navigateurs web)\u00a0»",
		formats.WarnConfirmedLinkLeftOut: "1 lien confirmé relie une suggestion et est omis avec elle\u00a0: PER «\u00a0Paul Martin\u00a0» " +
			"(acceptez la suggestion, ou décochez «\u00a0Annotations confirmées seulement\u00a0»)",
		formats.WarnRejectedLeftOut:      "doccano ne garde pas les suggestions rejetées\u00a0: 1 suggestion rejetée omise (Glose JSON et Glose JSON Lines les gardent, pour qu’elles ne soient plus proposées)",
		formats.WarnConfidencesLeftOut:   "W3C Web Annotation ne garde pas les niveaux de confiance\u00a0: 2 annotations suggérées et 1 lien suggéré restent marqués comme suggestions mais perdent leur confiance",
		formats.WarnIncompleteParagraphs: "1 segment traduit omis de la mémoire avec son paragraphe, dont des segments ne sont pas traduits ou sont encore en brouillon (une mémoire par phrases le garde)",
		formats.WarnMentionsLeftOut: "3 mentions d’entité qui ne sont pas des noms omises (2 pronoms, 1 description), avec 3 liens vers elles\u00a0: " +
			"des données d’entités nommées les apprendraient comme des noms (choisissez Mentions «\u00a0Toutes les mentions (pronoms et descriptions aussi)\u00a0» pour les garder)",
		formats.WarnMentionKindsLost: "CoNLL ne garde pas le type des mentions\u00a0: 2 mentions d’entité qui ne sont pas des noms (2 pronoms) sont étiquetées comme des noms, " +
			"et des données d’entités nommées les apprendraient ainsi (choisissez Mentions «\u00a0Noms seulement\u00a0» pour les omettre, ou spaCy, brat, Label Studio ou doccano pour garder leur type)",
		formats.WarnMergeBackMixed:  "Les 2 documents ne viennent pas tous d’un même fichier XLIFF d’un outil de traduction\u00a0: ils sont écrits dans le XLIFF de Glose, pas dans le fichier de l’outil",
		formats.WarnTokenBoundaries: "L’annotation PER «\u00a0Donald Trump\u00a0» ne commence pas ou ne finit pas à une limite de jeton\u00a0: doc.char_span de spaCy renvoie None pour elle en mode strict",
	} {
		if got := say(c); got != want {
			t.Errorf("%s in French:\n got %q\nwant %q", c, got, want)
		}
	}
	format := formats.Warning{Doc: "article", Msg: "in English", Code: formats.WarnMergeBackMixed, Args: map[string]any{"N": 1, "Reason": "format", "Format": "XLIFF 1.2", "Export": "XLIFF 2"}}
	if got, want := warningText(format), "Le fichier de l’outil de traduction est en XLIFF 1.2\u00a0: cet export XLIFF 2 est le fichier de Glose, pas celui de l’outil avec les traductions (exportez en XLIFF 1.2 pour cela)"; got != want {
		t.Errorf("merge-back of another XLIFF version in French:\n got %q\nwant %q", got, want)
	}
	// A kind of mention none of them is goes unsaid, not "(0 pronom, 1 description)".
	zero := formats.Warning{Doc: "article", Msg: "in English", Code: formats.WarnMentionsLeftOut, Args: map[string]any{"N": 1, "Pronouns": 0, "Nominals": 1, "Links": 1}}
	if got, want := warningText(zero), "1 mention d’entité qui n’est pas un nom omise (1 description), avec 1 lien vers elle\u00a0: "; !strings.HasPrefix(got, want) {
		t.Errorf("a zero count in French:\n got %q\nwant %q…", got, want)
	}
	zero.Args["Links"] = 0
	if got, want := warningText(zero), "1 mention d’entité qui n’est pas un nom omise (1 description)\u00a0: des données"; !strings.HasPrefix(got, want) {
		t.Errorf("no links in French:\n got %q\nwant %q…", got, want)
	}
	zero.Args["Links"] = 1
	useLanguage(t, "en")
	if got, want := warningText(zero), "1 entity mention that is not a name left out (1 description), with 1 link to it: "; !strings.HasPrefix(got, want) {
		t.Errorf("a zero count in English:\n got %q\nwant %q…", got, want)
	}
	if got := warningText(formats.Warning{Doc: "article", Msg: "something new"}); got != "something new" {
		t.Errorf("a warning without a code: %q, want its English", got)
	}
}

// TestExportInTheUsersLanguage: the export dialog's format titles are translated, and so is every
// warning a real export gives, in the words and counts of the French interface.
func TestExportInTheUsersLanguage(t *testing.T) {

	d := testDoc(t)
	ed := annotate.NewEditor(d)
	must(t, ed.SetSpeaker(d.Spans[0].ID, d.Spans[1].ID))
	d.Segments[0].Target = "Sergei Lavrov 👍🏽 said."
	var warns []formats.Warning
	for _, f := range formats.All() {
		for _, side := range []formats.Side{formats.SourceSide, formats.TargetSide, formats.BothSides} {
			if f.CanWrite() && !f.Translation { // the translation as a text has no warnings
				_, ws, err := formats.Write(f.Name, []*annotate.Document{d}, formats.WriteOptions{Side: side})
				must(t, err)
				warns = append(warns, ws...)
			}
		}
	}
	if len(warns) < 20 {
		t.Fatalf("only %d warnings", len(warns))
	}
	var english []string
	for _, w := range warns {
		english = append(english, warningText(w))
	}
	useLanguage(t, "fr")
	tmx, ok := formats.Lookup("tmx")
	if !ok {
		t.Fatal("no TMX format")
	}
	if got := formatTitle(tmx); got != "Mémoire de traduction TMX 1.4b" {
		t.Errorf("TMX is called %q in French", got)
	}
	for i, w := range warns {
		if got := warningText(w); got == english[i] || got == w.Msg {
			t.Errorf("%q said %q in French", w.Msg, got)
		}
	}
}
