package app

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest"
	"github.com/glose-app/glose/suggest/mt"
)

// TestCtrlMSaysWhereTheTranslationWent: with another side tab shown, Ctrl+M puts the machine
// translation among the proposals out of sight, and the status line says so and which Ctrl+N
// inserts it (walk32: it seemed to do nothing); pressed again, it says it again; a service that
// cannot be reached is said there too.
func TestCtrlMSaysWhereTheTranslationWent(t *testing.T) {
	useLanguage(t, "fr")
	source := "Il a dit : « la hausse est de 3,5 % »."
	var asked map[string]any
	srv := libreTranslate(t, "He said : « the rise is 3,5 % ».", &asked)
	ui := suggestUI(t, pairDoc(source), nil, func(s *settings) { s.Provider, s.URL = mt.LibreTranslate, srv.URL })
	ui.tabs.SelectIndex(1) // Quotes: the Proposals tab out of sight, which then looks nothing up
	ui.focusSegment(0, annotate.Target)
	r := visibleRow(t, ui, 0)
	for range 2 {
		r.entry.TypedShortcut(ctrlKey(fyne.KeyM))
		n := offerOf(t, ui, suggest.KindMT)
		want := "Traduction automatique dans l’onglet Propositions\u00a0: Ctrl+" + string(rune('1'+n)) + " l’insère"
		if got := ui.status.Text; got != want {
			t.Errorf("status line %q, want %q", got, want)
		}
	}

	down := httptest.NewServer(http.NotFoundHandler())
	url := down.URL
	down.Close()
	ui = suggestUI(t, pairDoc(source), nil, func(s *settings) { s.Provider, s.URL = mt.LibreTranslate, url })
	ui.focusSegment(0, annotate.Target)
	visibleRow(t, ui, 0).entry.TypedShortcut(ctrlKey(fyne.KeyM))
	if got := ui.status.Text; !strings.HasPrefix(got, "La traduction automatique a échoué") || !strings.Contains(got, url) {
		t.Errorf("status line %q, want it to say the service cannot be reached", got)
	}
}
