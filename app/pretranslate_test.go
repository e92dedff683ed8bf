package app

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"unicode"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest/mt"
)

// mtServer answers every LibreTranslate request with status and body; with before, it calls it
// and then waits for the client to give up.
func mtServer(t *testing.T, status int, body string, before func()) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if before != nil {
			_, _ = io.Copy(io.Discard, r.Body) // so that the server sees the client hang up
			before()
			<-r.Context().Done()
			return
		}
		if status == http.StatusOK {
			var req struct {
				Q []string `json:"q"`
			}
			_ = json.NewDecoder(r.Body).Decode(&req)
			out := make([]string, len(req.Q))
			for i := range out {
				out[i] = "Translated."
			}
			_ = json.NewEncoder(w).Encode(map[string]any{"translatedText": out})
			return
		}
		http.Error(w, body, status)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// TestPretranslateCancelKeepsMemoryDrafts: cancelling while machine translation runs keeps what the
// memory filled, as one undo step, and says how many segments are left.
func TestPretranslateCancelKeepsMemoryDrafts(t *testing.T) {
	pairs := ntrex(t)
	d := pairDoc(pairs[0].FR, "Une phrase « inconnue » 👍🏽.", pairs[2].FR, "Une autre phrase inconnue, l’été.")
	var ui *UI
	srv := mtServer(t, http.StatusOK, "", func() { ui.cancelProgress() }) // the user clicks Cancel meanwhile
	ui = suggestUI(t, d, pairs, func(s *settings) { s.Provider, s.URL = mt.LibreTranslate, srv.URL })
	ui.pretranslate()
	want := []string{curled(pairs[0].EN), "", curled(pairs[2].EN), ""}
	for i, w := range want {
		s := d.Segments[i]
		if s.Target != w || (w != "") != (s.Status == annotate.StatusDraft) {
			t.Errorf("segment %d: %q %s, want %q", i+1, s.Target, s.Status, w)
		}
	}
	if st := ui.status.Text; !strings.Contains(st, "Pre-translation cancelled.") || !strings.Contains(st, "2\u00a0from the memory (2\u00a0exact, 0\u00a0fuzzy)") ||
		!strings.Contains(st, "2\u00a0segments left untranslated (segments 2, 4).") {
		t.Errorf("status line %q", st)
	}
	ui.onTypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	ui.undoStep()
	for i, s := range d.Segments {
		if s.Target != "" || s.Status != annotate.StatusNew {
			t.Errorf("after one undo, segment %d is %q %s", i+1, s.Target, s.Status)
		}
	}
}

// TestMachineTranslationErrorsInFrench: a rejected key and a failed pre-translation are told in
// French, pointing to the settings, never to an environment variable.
func TestMachineTranslationErrorsInFrench(t *testing.T) {
	useLanguage(t, "fr")
	source := "Il a dit : « la hausse est de 3,5 % »."
	srv := mtServer(t, http.StatusForbidden, `{"error":"Invalid API key"}`, nil)
	ui := suggestUI(t, pairDoc(source), nil, func(s *settings) { s.Provider, s.URL = mt.LibreTranslate, srv.URL })
	ui.focusSegment(0, annotate.Target)
	ui.fetchMT()
	p := strings.Join(ui.sugg.problems(), "\n")
	want := "La traduction automatique a échoué\u00a0: LibreTranslate (" + srv.URL + ") a refusé la clé d’API (HTTP 403\u00a0: Invalid API key). Vérifiez la clé dans Outils › Réglages."
	if p != want {
		t.Errorf("panel says\n%q\nwant\n%q", p, want)
	}

	refused := mtServer(t, http.StatusBadRequest, `{"error":"Invalid request"}`, nil)
	pairs := ntrex(t)
	d := pairDoc(pairs[0].FR, "Une phrase inconnue.")
	ui = suggestUI(t, d, pairs, func(s *settings) { s.Provider, s.URL = mt.LibreTranslate, refused.URL })
	ui.pretranslate()
	st := ui.status.Text
	for _, w := range []string{"La prétraduction s’est arrêtée au segment 2\u00a0: LibreTranslate (", "a refusé la requête (HTTP 400\u00a0: Invalid request).",
		"1\u00a0segment laissé non traduit (segment 2).", "1\u00a0segment prétraduit\u00a0: 1\u00a0depuis la mémoire (1\u00a0à l’identique, 0\u00a0par approximation)"} {
		if !strings.Contains(st, w) {
			t.Errorf("status line %q lacks %q", st, w)
		}
	}
	if strings.Contains(st, "GLOSE_") || strings.Contains(st, " at http") || d.Segments[0].Target != curled(pairs[0].EN) {
		t.Errorf("status line %q, segment 1 %q", st, d.Segments[0].Target)
	}
	if got := percent(0.8); got != "80\u00a0%" {
		t.Errorf("progress %q, want 80 %% with a no-break space", got)
	}
}

// labels returns the texts of the labels in o, depth first, wrapped texts (messageText) included.
func labels(o fyne.CanvasObject) []string {
	switch w := o.(type) {
	case *widget.Label:
		return []string{w.Text}
	case *messageText:
		return []string{w.Text}
	case *fyne.Container:
		var out []string
		for _, c := range w.Objects {
			out = append(out, labels(c)...)
		}
		return out
	}
	return nil
}

// TestMemoryCardSaysWhatDiffers: a match differing only in tense is not shown as 100 %, and its card
// says at full contrast what differs.
func TestMemoryCardSaysWhatDiffers(t *testing.T) {
	const src = "Cette proposition découle du projet de modification du nom de l’assemblée."
	d := pairDoc("Cette proposition découlait du projet de modification du nom de l'assemblée.")
	ui := suggestUI(t, d, []pair{{FR: src, EN: "This proposal follows from the plan to rename the assembly."}}, nil)
	for _, it := range ui.tabs.Items {
		if it.Content == ui.sugg.box {
			ui.tabs.Select(it)
		}
	}
	ui.focusSegment(0, annotate.Target)
	text := strings.Join(labels(ui.sugg.cards), "\n")
	if !strings.Contains(text, "1 · Memory 91%") || !strings.Contains(text, "Differs in word forms, quotation marks") {
		t.Errorf("suggestions panel shows\n%s", text)
	}
	for _, o := range ui.sugg.cards.Objects {
		for _, l := range labelWidgets(o) {
			if strings.HasPrefix(l.Text, "Differs in") && l.Importance == widget.LowImportance {
				t.Errorf("the differences are shown faint")
			}
		}
	}
}

func labelWidgets(o fyne.CanvasObject) []*widget.Label {
	switch w := o.(type) {
	case *widget.Label:
		return []*widget.Label{w}
	case *messageText:
		return []*widget.Label{w.label} // its lines, in its colour
	case *fyne.Container:
		var out []*widget.Label
		for _, c := range w.Objects {
			out = append(out, labelWidgets(c)...)
		}
		return out
	}
	return nil
}

// TestDictionaryMissSaysSo: a word the dictionary lacks gets a line saying so.
func TestDictionaryMissSaysSo(t *testing.T) {
	text := "Le conseil paroissial 👍🏽 s’est réuni."
	dictPath := writeTinyDict(t)
	ui := suggestUI(t, pairDoc(text), nil, func(s *settings) { s.DictPath = dictPath })
	for _, it := range ui.tabs.Items {
		if it.Content == ui.sugg.box {
			ui.tabs.Select(it)
		}
	}
	ui.focusSegment(0, annotate.Source)
	r := visibleRow(t, ui, 0)
	a := strings.Index(text, "paroissial")
	r.src.SetSelection(a, a+len("paroissial"))
	r.src.OnSelect(a, a+len("paroissial"))
	if got := strings.Join(labels(ui.sugg.cards), "\n"); !strings.Contains(got, "The dictionary has no entry for “paroissial”.") {
		t.Errorf("panel shows %q", got)
	}
}

// TestPretranslationReportKeepsNumbersWithWords: the pre-translation summary is aligned left, as the
// other summaries, and its numbers are joined to their words by no-break spaces, so that however
// narrow the dialog, no line ends with "0" whose "fuzzy" starts the next.
func TestPretranslationReportKeepsNumbersWithWords(t *testing.T) {
	for _, c := range []struct{ language, want string }{
		{"en", "Pre-translated 2\u00a0segments: 2\u00a0from the memory (2\u00a0exact, 0\u00a0fuzzy), 0\u00a0by machine translation"},
		{"fr", "2\u00a0segments prétraduits\u00a0: 2\u00a0depuis la mémoire (2\u00a0à l’identique, 0\u00a0par approximation), 0\u00a0par traduction automatique"},
	} {
		t.Run(c.language, func(t *testing.T) {
			useLanguage(t, c.language)
			pairs := ntrex(t)
			ui := suggestUI(t, pairDoc(pairs[0].FR, pairs[1].FR), pairs, nil)
			ui.pretranslate()
			top := ui.win.Canvas().Overlays().Top()
			m, _ := findShown(top, func(o fyne.CanvasObject) bool { _, ok := o.(*messageText); return ok }).(*messageText)
			if m == nil || !strings.HasPrefix(m.Text, c.want) {
				t.Fatalf("the report is %v, want it to start with %q", m, c.want)
			}
			if m.label.Alignment != fyne.TextAlignLeading {
				t.Errorf("the report is aligned %v, want left", m.label.Alignment)
			}
			for _, width := range []float32{120, 160, 200, 260, 320} {
				for _, line := range wrapLines(m.Text, width) {
					if r := []rune(strings.TrimSpace(line)); len(r) > 0 && unicode.IsDigit(r[len(r)-1]) {
						t.Errorf("at %v: the line %q ends with a number, its word on the next", width, line)
					}
				}
			}
		})
	}
}

// TestNothingPretranslatedSaysWhy: a pre-translation that fills nothing says why (no good memory
// match and no machine translation set up, or nothing left to translate), in the user's language,
// rather than "0 segments pre-translated".
func TestNothingPretranslatedSaysWhy(t *testing.T) {
	for _, c := range []struct {
		language, translated string
		want                 string
	}{
		{"en", "", "No segment pre-translated: the memory has no match of 75% or more for the 2\u00a0untranslated segments, and machine translation is not set up (Tools › Settings)"},
		{"fr", "", "Aucun segment prétraduit\u00a0: la mémoire n’a aucune correspondance à 75\u00a0% ou plus pour les 2\u00a0segments non traduits, et la traduction automatique n’est pas configurée (Outils › Réglages)"},
		{"fr", "Already in English.", "Tous les segments ont déjà leur anglais\u00a0: rien à prétraduire"},
	} {
		t.Run(c.language+c.translated, func(t *testing.T) {
			useLanguage(t, c.language)
			d := pairDoc("Le chat dort sur le canapé depuis ce matin.", "Personne n’a osé le réveiller.")
			for _, seg := range d.Segments {
				seg.Target = c.translated
			}
			ui := suggestUI(t, d, nil, nil) // an empty memory, no machine translation
			ui.pretranslate()
			top := ui.win.Canvas().Overlays().Top()
			m, _ := findShown(top, func(o fyne.CanvasObject) bool { _, ok := o.(*messageText); return ok }).(*messageText)
			if m == nil || m.Text != c.want+"." { // the dialog's sentence ends with its full stop
				t.Fatalf("the report is %v, want %q", m, c.want+".")
			}
		})
	}
}
