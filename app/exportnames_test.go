package app

import (
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// TestExportInTheUsersLanguage: the export dialog's format titles and the common export warnings are
// translated, and the warnings an export really gives are recognised.
func TestExportInTheUsersLanguage(t *testing.T) {
	d := testDoc(t)
	ed := annotate.NewEditor(d)
	must(t, ed.SetSpeaker(d.Spans[0].ID, d.Spans[1].ID))
	_, warns, err := formats.Write("xliff", []*annotate.Document{d}, formats.WriteOptions{Side: formats.SourceSide})
	must(t, err)
	if len(warns) == 0 {
		t.Fatal("no warning from an XLIFF export with a link")
	}
	for _, w := range warns {
		if warningText(w) == w.Msg {
			t.Errorf("warning %q not recognised", w.Msg)
		}
	}

	useLanguage(t, "en")
	if got, want := warningText(formats.Warning{Msg: "TMX keeps no spans: 1 span and 1 link left out"}), "TMX keeps no annotations: 1 span and 1 link left out"; got != want {
		t.Errorf("TMX's warning in English: %q, want %q", got, want)
	}

	useLanguage(t, "fr")
	tmx, ok := formats.Lookup("tmx")
	if !ok {
		t.Fatal("no TMX format")
	}
	if got := formatTitle(tmx); got != "Mémoire de traduction TMX 1.4b" {
		t.Errorf("TMX is called %q in French", got)
	}
	for msg, want := range map[string]string{
		"XLIFF keeps no links: 35 links left out":                                                                  "XLIFF ne garde pas les liens\u00a0: 35 liens omis",
		"XLIFF keeps no links: 1 link left out":                                                                    "XLIFF ne garde pas les liens\u00a0: 1 lien omis",
		"doccano keeps no entities: 1 entity (mention group) left out":                                             "doccano ne garde pas les entités\u00a0: 1 entité (groupe de mentions) omise",
		"spaCy keeps no translations: 1 segment target left out (use xliff, tmx or jsonl)":                         "spaCy ne garde pas les traductions\u00a0: 1 segment traduit omis (XLIFF, TMX et Glose JSON Lines les gardent)",
		"1 target span left out (exporting the source side; use --side target or both)":                            "1 annotation de l'anglais omise\u00a0: seul le français est exporté (choisissez «\u00a0Les deux\u00a0» pour la garder)",
		"1 source span left out (exporting the target side; use --side source or both)":                            "1 annotation du français omise\u00a0: seul l'anglais est exporté (choisissez «\u00a0Les deux\u00a0» pour la garder)",
		"1 span of the target (English) text left out (only one side was asked for; export both sides to keep it)": "1 annotation de l'anglais omise\u00a0: seul le français est exporté (choisissez «\u00a0Les deux\u00a0» pour la garder)",
		"TMX keeps no spans: 1 span and 1 link left out":                                                           "TMX ne garde pas les annotations\u00a0: 1 annotation et 1 lien omis",
		"TMX keeps no spans: 3 spans and 2 links left out":                                                         "TMX ne garde pas les annotations\u00a0: 3 annotations et 2 liens omis",
		"1 segment not translated or still a draft is left out of the memory":                                      "1 segment non traduit ou encore en brouillon omis de la mémoire",
		"4 segments not translated or still drafts are left out of the memory":                                     "4 segments non traduits ou encore en brouillon omis de la mémoire",
		"something new": "something new",
	} {
		if got := warningText(formats.Warning{Doc: "article", Msg: msg}); got != want {
			t.Errorf("%q in French: %q, want %q", msg, got, want)
		}
	}
}

// TestHelpNamesKeysInFrench: the help sheet names keys as a French keyboard does.
func TestHelpNamesKeysInFrench(t *testing.T) {
	useLanguage(t, "fr")
	for in, want := range map[string]string{
		"Ctrl+Down, Alt+Down":  "Ctrl+Bas, Alt+Bas",
		"Alt+Delete, Delete":   "Alt+Suppr, Suppr",
		"Ctrl+Enter":           "Ctrl+Entrée",
		"Ctrl+Shift+Z, Ctrl+Y": "Ctrl+Maj+Z, Ctrl+Y",
		"p o l m q c":          "p o l m q c",
	} {
		if got := keyNames(in); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}
