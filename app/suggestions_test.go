package app

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest"
	"github.com/glose-app/glose/suggest/mt"
	"github.com/glose-app/glose/suggest/tm"
)

// pair is a sentence pair of testdata/ntrex-fr-en.jsonl.
type pair struct {
	FR string `json:"fr"`
	EN string `json:"en"`
}

func ntrex(t *testing.T) []pair {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "ntrex-fr-en.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return readPairs(t, f)
}

// readPairs reads French-English pairs, one JSON object a line.
func readPairs(t testing.TB, r io.Reader) []pair {
	t.Helper()
	var out []pair
	sc := bufio.NewScanner(r)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var p pair
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			t.Fatal(err)
		}
		out = append(out, p)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// pairDoc is a French document of one paragraph per source.
func pairDoc(sources ...string) *annotate.Document {
	d := annotate.NewDocument("ntrex", "NTREX", strings.Join(sources, "\n\n"), "fr", "en")
	off := 0
	for i, s := range sources {
		d.AddSegment(off, off+len(s), i, annotate.KindSentence)
		off += len(s) + 2
	}
	return d
}

// suggestUI shows d in a test UI whose translation memory, in a temporary file, holds pairs; change
// adjusts the settings first (no dictionary, no machine translation by default).
func suggestUI(t testing.TB, d *annotate.Document, pairs []pair, change func(*settings)) *UI {
	t.Helper()
	ui, _ := newTestUI(t, d, false)
	s := ui.sugg.settings()
	s.TMPath, s.DictPath, s.Provider = filepath.Join(t.TempDir(), "tm.db"), "", ""
	if change != nil {
		change(&s)
	}
	ui.applySettings(s)
	t.Cleanup(func() { ui.sugg.src.close() })
	if len(pairs) > 0 {
		units := make([]tm.Unit, len(pairs))
		for i, p := range pairs {
			units[i] = tm.Unit{SourceLang: "fr", TargetLang: "en", Source: p.FR, Target: p.EN}
		}
		must(t, ui.sugg.src.mem.AddBatch(context.Background(), units))
		ui.sugg.sourcesChanged()
	}
	return ui
}

func ctrlKey(k fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: k, Modifier: fyne.KeyModifierShortcutDefault}
}

// offerOf returns the index of the first offer of kind k, failing when there is none.
func offerOf(t *testing.T, ui *UI, k suggest.Kind) int {
	t.Helper()
	for i, o := range ui.sugg.offers {
		if o.Kind == k {
			return i
		}
	}
	t.Fatalf("no %s suggestion among %+v (problems: %q)", k, ui.sugg.offers, ui.sugg.problems())
	return -1
}

func TestMemorySuggestionInsertedAndUndone(t *testing.T) {
	pairs := ntrex(t)
	changed := strings.Replace(pairs[1].FR, "Parlement gallois", "Parlement écossais", 1)
	d := pairDoc(pairs[0].FR, changed)
	ui := suggestUI(t, d, pairs, nil)

	ui.focusSegment(0, annotate.Target)
	if o := ui.sugg.offers; len(o) == 0 || o[0].Kind != suggest.KindTM || o[0].Score != 100 || o[0].Text != pairs[0].EN {
		t.Fatalf("segment 1: offers %+v, want the exact memory match first", o)
	}
	ui.focusSegment(1, annotate.Target)
	best := ui.sugg.offers[0]
	if best.Kind != suggest.KindTM || best.Text != pairs[1].EN || best.Score >= 100 || best.Score < 50 {
		t.Fatalf("segment 2: best offer %+v, want the fuzzy memory match", best)
	}
	var diff []string
	for _, r := range best.Diff {
		diff = append(diff, best.Source[r.Start:r.End])
	}
	if !strings.Contains(strings.Join(diff, " "), "gallois") {
		t.Errorf("differences %q do not mark the changed word", diff)
	}
	if title := cardTitle(0, best); !strings.HasPrefix(title, "1 · ") || !strings.Contains(title, "%") {
		t.Errorf("card title %q", title)
	}
	if len(ui.sugg.cards.Objects) != len(ui.sugg.offers) {
		t.Errorf("%d cards for %d offers", len(ui.sugg.cards.Objects), len(ui.sugg.offers))
	}

	r := visibleRow(t, ui, 1)
	r.entry.TypedShortcut(ctrlKey(fyne.Key1))
	seg := d.Segments[1]
	if seg.Target != pairs[1].EN || seg.Status != annotate.StatusDraft || r.entry.Text != pairs[1].EN {
		t.Fatalf("after Ctrl+1: target %q (entry %q), status %s", seg.Target, r.entry.Text, seg.Status)
	}
	ui.undoStep()
	if seg.Target != "" || seg.Status != annotate.StatusNew {
		t.Errorf("after undo: target %q, status %s; want the new, empty segment back", seg.Target, seg.Status)
	}
}

func TestConfirmAddsToMemory(t *testing.T) {
	d := pairDoc("Le ministre était à Washington.", "Il est reparti jeudi.")
	ui := suggestUI(t, d, nil, nil)
	ui.focusSegment(0, annotate.Target)
	if len(ui.sugg.offers) != 0 {
		t.Fatalf("empty memory offers %+v", ui.sugg.offers)
	}
	r := visibleRow(t, ui, 0)
	r.entry.SetText("The minister was in Washington.")
	r.entry.TypedShortcut(ctrlKey(fyne.KeyReturn))
	if st := d.Segments[0].Status; st != annotate.StatusTranslated {
		t.Fatalf("status after Ctrl+Enter: %s", st)
	}
	if n, err := ui.sugg.src.mem.Count(context.Background()); err != nil || n != 1 {
		t.Fatalf("memory holds %d units (%v), want 1", n, err)
	}
	ui.focusSegment(0, annotate.Target)
	if o := ui.sugg.offers; len(o) == 0 || o[0].Score != 100 || o[0].Text != "The minister was in Washington." {
		t.Errorf("offers after confirming: %+v", o)
	}
}

func TestPretranslateFillsDrafts(t *testing.T) {
	pairs := ntrex(t)
	d := pairDoc(pairs[0].FR, pairs[2].FR, "Une phrase que la mémoire ne connaît pas du tout.")
	d.Segments[1].Target, d.Segments[1].Status = "Kept as it is.", annotate.StatusTranslated
	ui := suggestUI(t, d, pairs, nil)
	ui.pretranslate()
	want := []struct {
		target string
		status annotate.Status
	}{{curled(pairs[0].EN), annotate.StatusDraft}, {"Kept as it is.", annotate.StatusTranslated}, {"", annotate.StatusNew}}
	for i, w := range want {
		if s := d.Segments[i]; s.Target != w.target || s.Status != w.status {
			t.Errorf("segment %d: %q %s, want %q %s", i+1, s.Target, s.Status, w.target, w.status)
		}
	}
	ui.undoStep()
	if s := d.Segments[0]; s.Target != "" || s.Status != annotate.StatusNew {
		t.Errorf("one undo leaves segment 1 %q %s", s.Target, s.Status)
	}
}

// libreTranslate is a test server speaking LibreTranslate's POST /translate; it records the last
// request in got (read it once the request is answered).
func libreTranslate(t *testing.T, reply string, got *map[string]any) *httptest.Server {
	t.Helper()
	var mu sync.Mutex
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost || r.URL.Path != "/translate" {
			http.NotFound(w, r)
			return
		}
		mu.Lock()
		defer mu.Unlock()
		if err := json.NewDecoder(r.Body).Decode(got); err != nil {
			http.Error(w, `{"error":"bad json"}`, http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(map[string]string{"translatedText": reply})
	}))
	t.Cleanup(srv.Close)
	return srv
}

func TestMachineTranslationShownAndInserted(t *testing.T) {
	source := "Il a dit : « la hausse est de 3,5 % »."
	var got map[string]any
	srv := libreTranslate(t, "He said : « the rise is 3,5 % ».", &got)
	libre := func(s *settings) { s.Provider, s.URL = mt.LibreTranslate, srv.URL }

	ui := suggestUI(t, pairDoc(source), nil, libre)
	ui.focusSegment(0, annotate.Target)
	if len(ui.sugg.offers) != 0 {
		t.Fatalf("machine translation fetched without being asked: %+v", ui.sugg.offers)
	}
	r := visibleRow(t, ui, 0)
	r.entry.TypedShortcut(ctrlKey(fyne.KeyM))
	if got["q"] != source || got["source"] != "fr" || got["target"] != "en" {
		t.Errorf("request %v", got)
	}
	n := offerOf(t, ui, suggest.KindMT)
	want := "He said: “the rise is 3.5%”."
	if text := ui.sugg.offers[n].Text; text != want {
		t.Errorf("machine translation shown as %q, want %q (English typography)", text, want)
	}
	r.entry.TypedShortcut(ctrlKey(fyne.KeyName(string(rune('1' + n)))))
	if tgt := ui.doc.Segments[0].Target; tgt != want {
		t.Errorf("inserted %q, want %q", tgt, want)
	}

	t.Run("automatic", func(t *testing.T) {
		ui := suggestUI(t, pairDoc(source), nil, func(s *settings) { libre(s); s.AutoMT = true })
		ui.focusSegment(0, annotate.Target)
		offerOf(t, ui, suggest.KindMT)
	})
	t.Run("unreachable", func(t *testing.T) {
		down := httptest.NewServer(http.NotFoundHandler())
		url := down.URL
		down.Close()
		ui := suggestUI(t, pairDoc(source), nil, func(s *settings) { s.Provider, s.URL = mt.LibreTranslate, url })
		ui.focusSegment(0, annotate.Target)
		ui.fetchMT()
		if p := strings.Join(ui.sugg.problems(), "\n"); !strings.Contains(p, "Cannot reach LibreTranslate ("+url+")") || !strings.Contains(p, "Tools › Settings") {
			t.Errorf("panel says %q, want it to say the server cannot be reached", p)
		}
	})
}

// writeTinyDict writes a small dictd dictionary, its index written as FreeDict's is (without hyphens),
// and returns its path prefix.
func writeTinyDict(t *testing.T) string {
	t.Helper()
	const b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	enc := func(v int) string {
		if v == 0 {
			return "A"
		}
		var s []byte
		for ; v > 0; v /= 64 {
			s = append([]byte{b64[v%64]}, s...)
		}
		return string(s)
	}
	prefix := filepath.Join(t.TempDir(), "tiny-fra-eng")
	var data, index strings.Builder
	for _, a := range [][2]string{
		{"arriver", "arriver /aʀive/ <v>\nto arrive, to happen\n"},
		{"chat", "chat /ʃa/ <n, masc>\ncat\n"},
		{"etatsunis", "Etats-Unis /etaz yni/ <n>\nUnited States of America, USA\n"},
		{"pomme", "pomme /pɔm/ <n, fem>\napple\n"},
		{"pomme de terre", "pomme de terre /pɔmdətɛʀ/ <n, fem>\npotato\n"},
		{"uni", "uni /yni/ <adj>\neven, flat\n"},
		{"état", "état /eta/ <n, masc>\ncondition, state\n"},
	} {
		index.WriteString(a[0] + "\t" + enc(data.Len()) + "\t" + enc(len(a[1])) + "\n")
		data.WriteString(a[1])
	}
	must(t, os.WriteFile(prefix+".index", []byte(index.String()), 0o644))
	must(t, os.WriteFile(prefix+".dict", []byte(data.String()), 0o644))
	return prefix
}

func TestDictionaryLookupOfSelectedWord(t *testing.T) {
	text := "Le chat 😀 est arrivé hier."
	dictPath := writeTinyDict(t)
	ui := suggestUI(t, pairDoc(text), nil, func(s *settings) { s.DictPath = dictPath })
	ui.focusSegment(0, annotate.Source)
	r := visibleRow(t, ui, 0)
	a := strings.Index(text, "arrivé")
	r.src.SetSelection(a, a+len("arrivé"))
	r.src.OnSelect(a, a+len("arrivé")) // what a double click reports
	n := offerOf(t, ui, suggest.KindDict)
	if o := ui.sugg.offers[n]; o.Source != "arriver" || o.Text != "to arrive, to happen" {
		t.Errorf("dictionary offer %+v", o)
	}
	if h := ui.sugg.head.Text; !strings.Contains(h, "arrivé") {
		t.Errorf("headline %q does not name the word looked up", h)
	}
	r.entry.SetText("The cat has")
	r.entry.CursorColumn = len([]rune("The cat has"))
	ui.insertSuggestion(n)
	if tgt := ui.doc.Segments[0].Target; tgt != "The cat has to arrive, to happen" {
		t.Errorf("term inserted at the cursor gives %q", tgt)
	}
}

// TestDictionaryLookupOfCompound double-clicks "États-Unis" in the French: the dictionary offers the
// country, not "état" and "uni".
func TestDictionaryLookupOfCompound(t *testing.T) {
	text := "Les États-Unis 🇺🇸 ont « répondu »."
	ui := suggestUI(t, pairDoc(text), nil, func(s *settings) { s.DictPath = writeTinyDict(t) })
	ui.focusSegment(0, annotate.Source)
	r := visibleRow(t, ui, 0)
	a := strings.Index(text, "Unis")
	var pos fyne.Position
	for x := float32(0); x < r.src.Size().Width; x++ { // the middle of the "U" of "Unis"
		if p := fyne.NewPos(x, theme.TextSize()/2); r.src.OffsetAt(p) == a+1 {
			pos = fyne.NewPos(x-1, p.Y)
			break
		}
	}
	if pos.X == 0 {
		t.Fatalf("no position for %q in a source view %v wide", "Unis", r.src.Size())
	}
	r.src.DoubleTapped(&fyne.PointEvent{Position: pos})
	if s, e := r.src.Selection(); text[s:e] != "États-Unis" {
		t.Fatalf("the double click selects %q", text[s:e])
	}
	var got []string
	for _, o := range ui.sugg.offers {
		if o.Kind == suggest.KindDict {
			got = append(got, o.Source+" → "+o.Text)
		}
	}
	if strings.Join(got, "; ") != "Etats-Unis → United States of America, USA" {
		t.Errorf("dictionary offers %q", got)
	}
}

// TestDictionaryDoubleClickFindsCompound double-clicks "pommes" in "pommes de terre" (QA17 #6): the
// click selects the word alone, and the dictionary offers the compound it starts first, "pomme de
// terre → potato", then the word's own "pomme → apple".
func TestDictionaryDoubleClickFindsCompound(t *testing.T) {
	text := "Les pommes de terre 🇫🇷 coûtent « 3,50 € » à José\u0301."
	ui := suggestUI(t, pairDoc(text), nil, func(s *settings) { s.DictPath = writeTinyDict(t) })
	ui.focusSegment(0, annotate.Source)
	r := visibleRow(t, ui, 0)
	a := strings.Index(text, "pommes")
	var pos fyne.Position
	for x := float32(0); x < r.src.Size().Width; x++ { // the middle of the "o" of "pommes"
		if p := fyne.NewPos(x, theme.TextSize()/2); r.src.OffsetAt(p) == a+2 {
			pos = fyne.NewPos(x-1, p.Y)
			break
		}
	}
	if pos.X == 0 {
		t.Fatalf("no position for %q in a source view %v wide", "pommes", r.src.Size())
	}
	r.src.DoubleTapped(&fyne.PointEvent{Position: pos})
	if s, e := r.src.Selection(); text[s:e] != "pommes" {
		t.Fatalf("the double click selects %q", text[s:e])
	}
	var got []string
	for _, o := range ui.sugg.offers {
		if o.Kind == suggest.KindDict {
			got = append(got, o.Source+" → "+o.Text)
		}
	}
	if want := "pomme de terre → potato; pomme → apple"; strings.Join(got, "; ") != want {
		t.Errorf("dictionary offers %q, want %q", got, want)
	}
}

func TestInsertionPoint(t *testing.T) {
	tests := []struct{ target, term, want string }{
		{"", "White House", "White House"},
		{"at the", "White House", "at the White House"},
		{"at the ", "White House", "at the White House"},
		{"« ", "😀", "« 😀"},
	}
	for _, tt := range tests {
		a, b, text := insertionPoint(tt.target, nil, tt.term)
		if got := tt.target[:a] + text + tt.target[b:]; got != tt.want {
			t.Errorf("inserting %q into %q gives %q, want %q", tt.term, tt.target, got, tt.want)
		}
	}
}

func TestGlossaryFromDocumentEntities(t *testing.T) {
	text := "Sergueï Lavrov est arrivé à la Maison-Blanche."
	d := pairDoc(text)
	ed := annotate.NewEditor(d)
	sp := &annotate.Span{Side: annotate.Source, Start: 0, End: len("Sergueï Lavrov"), Label: annotate.LabelPER}
	must(t, ed.AddSpan(sp))
	must(t, ed.AddEntity(&annotate.Entity{Type: annotate.LabelPER, Mentions: []string{sp.ID},
		Names: map[string]string{"fr": "Sergueï Lavrov", "en": "Sergei Lavrov"}}))
	ui := suggestUI(t, d, nil, nil)
	ui.focusSegment(0, annotate.Target)
	n := offerOf(t, ui, suggest.KindGlossary)
	if o := ui.sugg.offers[n]; o.Source != "Sergueï Lavrov" || o.Text != "Sergei Lavrov" || o.Start != 0 || o.End != sp.End {
		t.Errorf("glossary offer %+v", o)
	}
	hs := visibleRow(t, ui, 0).src.Highlights()
	if len(hs) < 2 || hs[0].Start != 0 || hs[0].End != sp.End || hs[0].ID != "" || hs[0].Color != glossaryColor() {
		t.Fatalf("source highlights %+v: want the glossary mark first, then the span", hs)
	}
	ui.insertSuggestion(n)
	if tgt := d.Segments[0].Target; tgt != "Sergei Lavrov" {
		t.Errorf("inserted %q", tgt)
	}
}

func TestMemoryUnavailable(t *testing.T) {
	file := filepath.Join(t.TempDir(), "not-a-directory")
	must(t, os.WriteFile(file, nil, 0o644))
	d := pairDoc("Le ministre était à Washington.")
	ui := suggestUI(t, d, nil, func(s *settings) { s.TMPath = filepath.Join(file, "tm.db") })
	ui.focusSegment(0, annotate.Target)
	if p := strings.Join(ui.sugg.problems(), "\n"); p != "Translation memory unavailable: “"+filepath.Join(file, "")+"” cannot be created or opened: a file stands where one of its folders should be." {
		t.Errorf("panel says %q", p)
	}
	ui.insertSuggestion(0)
	ui.pretranslate()
	if ui.topModal() == nil {
		t.Fatal("pre-translation without a memory shows no error")
	}
	ui.onTypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	r := visibleRow(t, ui, 0)
	r.entry.SetText("Typed anyway.")
	r.entry.TypedShortcut(ctrlKey(fyne.KeyReturn))
	if s := d.Segments[0]; s.Target != "Typed anyway." || s.Status != annotate.StatusTranslated {
		t.Errorf("without a memory the segment is %q %s", s.Target, s.Status)
	}
}

func TestMemoryAndGlossaryFiles(t *testing.T) {
	pairs := ntrex(t)
	ui := suggestUI(t, pairDoc("À la Maison Blanche, hier."), pairs, nil)
	path := filepath.Join(t.TempDir(), "memory.tmx")
	f, err := os.Create(path)
	must(t, err)
	ui.exportTMX(f, path)

	s := ui.sugg.settings()
	s.TMPath = filepath.Join(t.TempDir(), "other.db")
	ui.applySettings(s)
	t.Cleanup(func() { ui.sugg.src.close() })
	r, err := os.Open(path)
	must(t, err)
	ui.importTMX(r, "memory.tmx")
	if n, err := ui.sugg.src.mem.Count(context.Background()); err != nil || n != len(pairs) {
		t.Errorf("exported and imported %d units (%v), want %d", n, err, len(pairs))
	}

	csv := "source,target\nMaison-Blanche,White House\n"
	ui.importGlossary(nopCloser{strings.NewReader(csv)}, "terms.csv")
	ui.focusSegment(0, annotate.Target)
	n := offerOf(t, ui, suggest.KindGlossary)
	if o := ui.sugg.offers[n]; o.Text != "White House" {
		t.Errorf("glossary offer %+v", o)
	}
}

type nopCloser struct{ *strings.Reader }

func (nopCloser) Close() error { return nil }

func TestPretranslateWithMachineTranslation(t *testing.T) {
	pairs := ntrex(t)
	var batches atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			Q []string `json:"q"`
		}
		if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
			http.Error(w, `{"error":"expected an array"}`, http.StatusBadRequest)
			return
		}
		batches.Add(1)
		out := make([]string, len(req.Q))
		for i := range req.Q {
			out[i] = "« Machine » " + string(rune('A'+i))
		}
		_ = json.NewEncoder(w).Encode(map[string]any{"translatedText": out})
	}))
	defer srv.Close()
	d := pairDoc(pairs[0].FR, "Première phrase inconnue.", "Seconde phrase inconnue.")
	ui := suggestUI(t, d, pairs, func(s *settings) { s.Provider, s.URL = mt.LibreTranslate, srv.URL })
	ui.pretranslate()
	want := []string{curled(pairs[0].EN), "“Machine” A", "“Machine” B"}
	for i, w := range want {
		if s := d.Segments[i]; s.Target != w || s.Status != annotate.StatusDraft {
			t.Errorf("segment %d: %q %s, want %q draft", i+1, s.Target, s.Status, w)
		}
	}
	if n := batches.Load(); n != 1 {
		t.Errorf("%d requests, want one batch", n)
	}
}

func TestSuggestionsTabMenuAndHelp(t *testing.T) {
	ui, _ := newTestUI(t, testDoc(t), false)
	if !ui.sugg.visible() {
		t.Error("the Proposals tab is not the one shown at start")
	}
	var tools *fyne.Menu
	for _, m := range ui.menu.Items {
		if m.Label == "Tools" {
			tools = m
		}
	}
	if tools == nil || len(tools.Items) < 8 {
		t.Fatalf("Tools menu %+v", tools)
	}
	found := false
	for _, r := range ui.shortcutRows() {
		found = found || r[1] == "Ctrl+1 … Ctrl+5"
	}
	if !found {
		t.Error("the help sheet does not list Ctrl+1 … Ctrl+5")
	}
}

// TestTermsInsertedAtTheCursorAsTheUserTypes follows a translator who types and inserts glossary terms
// with Ctrl+1 and Ctrl+2 in a segment reached by scrolling, then in a field whose text wraps, then
// after scrolling away from the field: each term goes in at the cursor, and the typing goes on after it.
func TestTermsInsertedAtTheCursorAsTheUserTypes(t *testing.T) {
	const at = 30 // the segment with the names
	sources := make([]string, 60)
	for i := range sources {
		sources[i] = fmt.Sprintf("Phrase numéro %d, assez longue pour tenir sur une ligne ou deux.", i+1)
	}
	sources[at] = "Entre Moscou et la Russie, rien ne change."
	d := pairDoc(sources...)
	ed := annotate.NewEditor(d)
	for _, w := range [][2]string{{"Moscou", "Moscow"}, {"Russie", "Russia"}} {
		a := d.Segments[at].Start + strings.Index(sources[at], w[0])
		sp := &annotate.Span{Side: annotate.Source, Start: a, End: a + len(w[0]), Label: annotate.LabelLOC}
		must(t, ed.AddSpan(sp))
		must(t, ed.AddEntity(&annotate.Entity{Type: annotate.LabelLOC, Mentions: []string{sp.ID},
			Names: map[string]string{"fr": w[0], "en": w[1]}}))
	}
	ui := suggestUI(t, d, nil, nil)
	wheel(ui, 25)
	visibleRow(t, ui, at)
	wheel(ui, 10) // away and back, with a refresh between: the list drops the rows it had put aside
	ui.list.Refresh()
	wheel(ui, -10)
	r := ui.rowFor(at) // before the fix, a row the list had dropped could still claim the segment
	if r == nil || !ui.inView(r) {
		t.Fatal("the segment's row is not on screen")
	}
	ui.win.Canvas().Focus(r.entry) // a click in the field
	key := func(k fyne.KeyName) { ui.win.Canvas().Focused().(fyne.Shortcutable).TypedShortcut(ctrlKey(k)) }
	seg := d.Segments[at]

	typeKeys(ui, "Between ")
	key(fyne.Key1)
	typeKeys(ui, " and ")
	key(fyne.Key2)
	typeKeys(ui, " XYZ")
	if want := "Between Moscow and Russia XYZ"; seg.Target != want {
		t.Errorf("typing and inserting gave %q, want %q", seg.Target, want)
	}

	// A field whose text wraps: the term goes at the end, and so does the typing after it.
	long := strings.Repeat("A long English sentence that wraps in the field. ", 4)
	must(t, ed.Batch("reset", func() error { _, err := ui.ed.SetTarget(seg.ID, long+"Between"); return err }))
	ui.refreshAll()
	r = ui.rowFor(at)
	ui.win.Canvas().Focus(r.entry)
	r.entry.setCaret(len([]rune(r.entry.Text)))
	if r.entry.CursorRow == 0 {
		t.Fatal("the field does not wrap")
	}
	key(fyne.Key1)
	typeKeys(ui, " and")
	if want := long + "Between Moscow and"; seg.Target != want {
		t.Errorf("in a wrapping field: %q, want %q", seg.Target, want)
	}

	// Scrolled away: the term goes at the cursor of the field left, which comes back into view.
	r.entry.setCaret(len([]rune(long)))
	wheel(ui, 30)
	if !ui.handleShortcut(ctrlKey(fyne.Key1)) { // as the window does when no widget has the focus
		t.Fatal("Ctrl+1 is not bound")
	}
	typeKeys(ui, "and ")
	if want := long + "Moscow and Between Moscow and"; seg.Target != want {
		t.Errorf("after scrolling away: %q, want %q", seg.Target, want)
	}
	if r := ui.rowFor(at); r == nil || !ui.inView(r) || ui.win.Canvas().Focused() != r.entry {
		t.Error("the field inserted into is not back in view with the focus")
	}
}

// TestInsertingIntoAReviewedSegmentUnreviewsIt: a term inserted into reviewed English changes words
// the review did not see, as typing does; one undo brings back both.
func TestInsertingIntoAReviewedSegmentUnreviewsIt(t *testing.T) {
	text := "Sergueï Lavrov est arrivé « hier » 😀."
	d := pairDoc(text)
	ed := annotate.NewEditor(d)
	sp := &annotate.Span{Side: annotate.Source, Start: 0, End: len("Sergueï Lavrov"), Label: annotate.LabelPER}
	must(t, ed.AddSpan(sp))
	must(t, ed.AddEntity(&annotate.Entity{Type: annotate.LabelPER, Mentions: []string{sp.ID},
		Names: map[string]string{"fr": "Sergueï Lavrov", "en": "Sergei Lavrov"}}))
	_, err := ed.SetTarget(d.Segments[0].ID, "arrived “yesterday” 😀.")
	must(t, err)
	must(t, ed.SetStatus(d.Segments[0].ID, annotate.StatusReviewed))
	ui := suggestUI(t, d, nil, nil)
	ui.focusSegment(0, annotate.Target)
	visibleRow(t, ui, 0).entry.CursorColumn = 0
	ui.insertSuggestion(offerOf(t, ui, suggest.KindGlossary))
	if s := d.Segments[0]; s.Target != "Sergei Lavrov arrived “yesterday” 😀." || s.Status != annotate.StatusTranslated {
		t.Fatalf("after inserting: %q %s, want the name first and translated", s.Target, s.Status)
	}
	ui.undoStep()
	if s := d.Segments[0]; s.Target != "arrived “yesterday” 😀." || s.Status != annotate.StatusReviewed {
		t.Errorf("after one undo: %q %s, want the old words, reviewed", s.Target, s.Status)
	}
}

// lavrovPair is a French sentence with a quotation and two names, and its English.
var lavrovPair = pair{FR: "Sergueï Lavrov a dit « c'est fini » à Moscou.", EN: "Sergei Lavrov said “it’s over” in Moscow."}

// annotatedPairDoc is pairDoc with the quotation and names of lavrovPair tagged in each source that
// holds them, as pre-annotation would.
func annotatedPairDoc(t *testing.T, sources ...string) *annotate.Document {
	t.Helper()
	d := pairDoc(sources...)
	ed := annotate.NewEditor(d)
	for _, seg := range d.Segments {
		src := d.SourceText(seg)
		for _, sp := range [][2]string{{"PER", "Sergueï Lavrov"}, {"QUOTE", "« c'est fini »"}, {"LOC", "Moscou"}} {
			if a := strings.Index(src, sp[1]); a >= 0 {
				must(t, ed.AddSpan(&annotate.Span{Side: annotate.Source, Start: seg.Start + a, End: seg.Start + a + len(sp[1]),
					Label: sp[0], Origin: annotate.Auto, Confidence: 0.9}))
			}
		}
	}
	return d
}

// englishLabels returns the labels of segment i's English spans, each checked to be linked from the
// French by a translation link.
func englishLabels(t *testing.T, ui *UI, i int) []string {
	t.Helper()
	var out []string
	for label := range projected(t, ui, i) {
		out = append(out, label)
	}
	slices.Sort(out)
	return out
}

// TestInsertedMemoryMatchIsProjected inserts a memory match with Ctrl+1 (QA report 9, problem 4): after
// the pause that follows, as after typing, the English gets its tags and links; one Undo takes back
// the insertion with them.
func TestInsertedMemoryMatchIsProjected(t *testing.T) {
	d := annotatedPairDoc(t, lavrovPair.FR)
	ui := suggestUI(t, d, []pair{lavrovPair}, nil)
	ui.focusSegment(0, annotate.Target)
	visibleRow(t, ui, 0).entry.TypedShortcut(ctrlKey(fyne.Key1))
	if d.Segments[0].Target != lavrovPair.EN {
		t.Fatalf("Ctrl+1 inserted %q", d.Segments[0].Target)
	}
	if !slices.Contains(ui.proj.pending, d.Segments[0].ID) {
		t.Fatalf("the insertion scheduled no projection (pending %v)", ui.proj.pending)
	}
	ui.projectTyped() // the pause
	if got := englishLabels(t, ui, 0); !slices.Equal(got, []string{"LOC", "PER", "QUOTE"}) {
		t.Errorf("English spans after the pause: %v", got)
	}
	ui.undoStep()
	if s := d.Segments[0]; s.Target != "" || len(d.TargetSpans(s.ID)) != 0 {
		t.Errorf("one undo leaves %q with %d spans", s.Target, len(d.TargetSpans(s.ID)))
	}
	if !strings.HasPrefix(ui.status.Text, "Undone: insertion of the memory’s translation") {
		t.Errorf("after undo, the status line says %q: it should name the insertion, not typing", ui.status.Text)
	}
	ui.redoStep()
	if got := englishLabels(t, ui, 0); len(got) != 3 || d.Segments[0].Target != lavrovPair.EN {
		t.Errorf("after redo: %q, %v", d.Segments[0].Target, got)
	}
	if !strings.HasPrefix(ui.status.Text, "Redone: insertion of the memory’s translation") {
		t.Errorf("after redo, the status line says %q", ui.status.Text)
	}
}

// TestUndoNamesTheInsertion: Ctrl+Z after inserting a suggestion names what was inserted, in the
// user's language, whether the projection that follows the pause has run or not; after typing it
// still says typing.
func TestUndoNamesTheInsertion(t *testing.T) {
	useLanguage(t, "fr")
	d := annotatedPairDoc(t, lavrovPair.FR)
	ui := suggestUI(t, d, []pair{lavrovPair}, nil)
	ui.focusSegment(0, annotate.Target)
	for _, pause := range []bool{true, false} {
		visibleRow(t, ui, 0).entry.TypedShortcut(ctrlKey(fyne.Key1))
		if pause {
			ui.projectTyped()
		}
		ui.undoStep()
		if want := "Annulé\u00a0: l’insertion de la traduction de la mémoire"; !strings.HasPrefix(ui.status.Text, want) {
			t.Errorf("pause %v: after undo, the status line says %q, want %q", pause, ui.status.Text, want)
		}
	}
	r := visibleRow(t, ui, 0)
	ui.win.Canvas().Focus(r.entry)
	test.Type(r.entry, "The")
	ui.projectTyped()
	ui.undoStep()
	if want := "Annulé\u00a0: la saisie"; !strings.HasPrefix(ui.status.Text, want) {
		t.Errorf("after typing and undo, the status line says %q, want %q", ui.status.Text, want)
	}
	if got := stepWhat(insertStep(suggest.KindMT)); got != "l’insertion de la traduction automatique" {
		t.Errorf("machine translation insertion: %q", got)
	}
	if got := stepWhat(insertStep(suggest.KindGlossary)); got != "l’insertion d’un terme" {
		t.Errorf("term insertion: %q", got)
	}
}

// TestPretranslateProjectsAndSaysSo pre-translates (QA report 9, problems 4 and 5): the filled
// segments get their English tags and links in the same undo step, and a message says how many
// segments came from where and how many got annotations.
func TestPretranslateProjectsAndSaysSo(t *testing.T) {
	d := annotatedPairDoc(t, lavrovPair.FR, "Le ministre était à Washington.", lavrovPair.FR)
	d.Segments[2].Target, d.Segments[2].Status = "Kept as it is.", annotate.StatusTranslated
	ui := suggestUI(t, d, []pair{lavrovPair, {FR: "Le ministre était à Washington.", EN: "The minister was in Washington."}}, nil)
	ui.pretranslate()
	if s := d.Segments[0]; s.Target != lavrovPair.EN || s.Status != annotate.StatusDraft {
		t.Fatalf("segment 1: %q %s", s.Target, s.Status)
	}
	if got := englishLabels(t, ui, 0); !slices.Equal(got, []string{"LOC", "PER", "QUOTE"}) {
		t.Errorf("English spans of the pre-translated segment: %v", got)
	}
	if n := len(d.TargetSpans(d.Segments[2].ID)); n != 0 {
		t.Errorf("the segment translated before got %d spans", n)
	}
	if ent := d.EntityOf(projected(t, ui, 0)["PER"].ID); ent == nil || ent.Names["en"] != "Sergei Lavrov" {
		t.Errorf("the English mention's entity: %+v", ent)
	}
	want := "Pre-translated 2\u00a0segments: 2\u00a0from the memory (2\u00a0exact, 0\u00a0fuzzy), 0\u00a0by machine translation. 1\u00a0of them got annotations projected onto the English"
	if ui.status.Text != want {
		t.Errorf("status line %q, want %q", ui.status.Text, want)
	}
	if ui.topModal() == nil {
		t.Error("no message says what pre-translation did")
	} else if m, _ := findShown(ui.topModal().overlay, func(o fyne.CanvasObject) bool { _, ok := o.(*messageText); return ok }).(*messageText); m == nil || m.Text != want+"." {
		t.Errorf("the dialog says %+v, want %q ending with its full stop", m, want+".")
	}
	ui.onTypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	ui.undoStep()
	if s := d.Segments[0]; s.Target != "" || len(d.TargetSpans(s.ID)) != 0 || len(d.Entities) != 0 {
		t.Errorf("one undo leaves %q with %d spans, %d entities", s.Target, len(d.TargetSpans(s.ID)), len(d.Entities))
	}
}

// TestPretranslateLargeDocument logs what projecting the pre-translated segments of a 1 MB article
// costs, off the UI goroutine (projectDrafts) and on it (applyDrafts); no timed assertion.
func TestPretranslateLargeDocument(t *testing.T) {
	if testing.Short() {
		t.Skip("large document")
	}
	var pairs []struct{ FR, EN string }
	data, err := os.ReadFile(filepath.Join("..", "annotate", "project", "testdata", "sample-article.en.json"))
	must(t, err)
	must(t, json.Unmarshal(data, &pairs))
	en := map[string]string{}
	for _, p := range pairs {
		en[p.FR] = p.EN
	}
	d := bigDoc(t)
	ui, _ := newTestUI(t, d, false)
	ids := make([]string, len(d.Segments))
	var drafts []suggest.Draft
	for i, seg := range d.Segments {
		ids[i] = seg.ID
		if e, ok := en[d.SourceText(seg)]; ok {
			drafts = append(drafts, suggest.Draft{Index: i, Text: e, Kind: suggest.KindTM, Score: 100})
		}
	}
	start := time.Now()
	snap, before := snapshot(d)
	copied := time.Since(start)
	start = time.Now()
	must(t, projectDrafts(snap, ids, drafts, ui.projectOptions()))
	background := time.Since(start)
	start = time.Now()
	ui.applyDrafts(ids, drafts, nil, snap, before, nil)
	onUI := time.Since(start)
	annotated := 0
	for _, dr := range drafts {
		if len(d.TargetSpans(ids[dr.Index])) > 0 {
			annotated++
		}
	}
	t.Logf("%d segments, %d filled, %d annotated: copy %v, projection off the UI goroutine %v, applied on it in %v",
		len(d.Segments), len(drafts), annotated, copied, background, onUI)
	if annotated < len(drafts)/2 {
		t.Errorf("only %d of %d pre-translated segments got annotations", annotated, len(drafts))
	}
}

// TestInsertTheFrenchFromTheKeyboard: Ctrl+Shift+I (OmegaT's "insert source"; memoQ's "copy source
// to target" on an empty segment) copies the French of an empty segment into its English, or puts it
// at the cursor of English already there, for names, figures and titles left as they are; one Ctrl+Z
// takes it back.
func TestInsertTheFrenchFromTheKeyboard(t *testing.T) {
	d := pairDoc("Airbus A380-800", "Le modèle s'appelle A380-800.")
	ui := suggestUI(t, d, nil, nil)
	ui.focusSegment(0, annotate.Target)
	r := visibleRow(t, ui, 0)
	r.entry.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyI, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift})
	if s := d.Segments[0]; s.Target != "Airbus A380-800" || s.Status != annotate.StatusDraft {
		t.Fatalf("after Ctrl+Shift+I the empty segment reads %q (%s), want the French as a draft", s.Target, s.Status)
	}
	ui.undoStep()
	if s := d.Segments[0]; s.Target != "" || s.Status != annotate.StatusNew {
		t.Errorf("Ctrl+Z leaves %q (%s)", s.Target, s.Status)
	}
	ui.focusSegment(1, annotate.Target)
	r = visibleRow(t, ui, 1)
	ui.win.Canvas().Focus(r.entry)
	test.Type(r.entry, "The model is called")
	r.entry.TypedShortcut(&desktop.CustomShortcut{KeyName: fyne.KeyI, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift})
	if got := d.Segments[1].Target; got != "The model is called Le modèle s'appelle A380-800." {
		t.Errorf("with English there the French goes in at the cursor: %q", got)
	}
}

// TestSuggestionsTabKeyWaitsForNoLookUp: Ctrl+Shift+4 pressed right after moving to a segment, while
// the look-up the tab started is still running, puts the focus on that segment's first Insert button
// rather than saying there is nothing to reach.
func TestSuggestionsTabKeyWaitsForNoLookUp(t *testing.T) {
	pairs := ntrex(t)
	d := pairDoc(pairs[0].FR, pairs[1].FR)
	ui := suggestUI(t, d, pairs, nil)
	ui.qa.runNow()
	tabKey(ui, fyne.Key3) // the Proposals tab hidden: moving on looks nothing up
	ui.focusSegment(1, annotate.Target)
	q, ok := ui.sugg.current()
	if !ok {
		t.Fatal("no current segment")
	}
	ui.sugg.want, ui.sugg.shown, ui.sugg.offers = q, found{}, nil // its look-up started, not back yet
	ui.sugg.render()
	tabKey(ui, fyne.Key4)
	f := ui.win.Canvas().Focused()
	if f == nil || focusedSegment(ui) >= 0 || strings.Contains(ui.status.Text, "nothing to reach") {
		t.Fatalf("Ctrl+Shift+4 during the look-up: focus on %T, status %q; want the first Insert button", f, ui.status.Text)
	}
	if o := ui.sugg.offers; len(o) == 0 || o[0].Text != pairs[1].EN {
		t.Errorf("offers %+v, want segment 2's memory match first", o)
	}
}

// TestMemoryCardTitleWritesPercentAsTheLanguageDoes: English writes "Memory 94%", French
// « Mémoire 94 % » with a no-break space, as the analysis and pre-translation write percentages.
func TestMemoryCardTitleWritesPercentAsTheLanguageDoes(t *testing.T) {
	tests := []struct{ lang, want string }{
		{"en", "2 · Memory 94%"},
		{"fr", "2 · Mémoire 94\u00a0%"},
	}
	for _, tt := range tests {
		useLanguage(t, tt.lang)
		if got := cardTitle(1, offer{Suggestion: suggest.Suggestion{Kind: suggest.KindTM, Score: 94.2}}); got != tt.want {
			t.Errorf("%s: %q, want %q", tt.lang, got, tt.want)
		}
	}
}

// TestMachineTranslationCardNamesItsService: a machine translation's heading is "2 · Machine
// translation", short enough to show whole beside Insert, and the service and server it came from
// are under the text, whole, in the muted colour of a source, not a warning's (beside Insert the
// heading showed "2 · Traduction automatique · LibreTrans…", the service cut and the server never).
func TestMachineTranslationCardNamesItsService(t *testing.T) {
	ui, _ := newTestUI(t, pairDoc("Les membres de l’Assemblée."), false)
	service := "LibreTranslate (http://127.0.0.1:5000)"
	o := offer{Suggestion: suggest.Suggestion{Kind: suggest.KindMT, Text: "Members of the Assembly.", Note: service}}
	if got := cardTitle(1, o); got != "2 · Machine translation" {
		t.Errorf("heading %q", got)
	}
	m, _ := findShown(ui.sugg.card(1, o), func(o fyne.CanvasObject) bool {
		m, ok := o.(*messageText)
		return ok && m.Text == service
	}).(*messageText)
	if m == nil {
		t.Fatalf("no %q under the card", service)
	}
	if m.label.Importance != widget.LowImportance {
		t.Errorf("service drawn with importance %v, want low", m.label.Importance)
	}
}

// TestGlossaryNoteIsNoWarning: the note a glossary entry carries ("client term") is drawn as plain
// text under its card, where it was in the warnings' orange as if the term were wrong; the note on a
// name nobody confirmed, and differing numbers, stay warnings.
func TestGlossaryNoteIsNoWarning(t *testing.T) {
	ui, _ := newTestUI(t, pairDoc("Les membres de l’Assemblée."), false)
	for _, c := range []struct {
		o    offer
		want widget.Importance
	}{
		{offer{Suggestion: suggest.Suggestion{Kind: suggest.KindGlossary, Source: "membres de l’Assemblée", Text: "AMs", Note: "client term"}}, widget.MediumImportance},
		{offer{Suggestion: suggest.Suggestion{Kind: suggest.KindGlossary, Source: "Elin Jones", Text: "Elin Jones", Note: keptNote()}}, widget.WarningImportance},
		{offer{Suggestion: suggest.Suggestion{Kind: suggest.KindTM, Text: "In 2017."}, numbers: true}, widget.WarningImportance},
	} {
		note := offerNote(c.o)
		m, _ := findShown(ui.sugg.card(0, c.o), func(o fyne.CanvasObject) bool {
			m, ok := o.(*messageText)
			return ok && m.Text == note
		}).(*messageText)
		if m == nil {
			t.Fatalf("no note %q under the card", note)
		}
		if m.label.Importance != c.want {
			t.Errorf("note %q drawn with importance %v, want %v", note, m.label.Importance, c.want)
		}
	}
}

// TestDictionaryAsksAboutWordsNotQuotations: a quotation selected whole, marks included (Ctrl+J goes
// to it so), is looked up by the words inside its marks, and one with more words than a headword
// has is not looked up at all: the panel said, in French, that the dictionary had no entry for
// « « très, très bonne rencontre » », a look-up it never made, and headed the offers with it.
func TestDictionaryAsksAboutWordsNotQuotations(t *testing.T) {
	text := "Il a évoqué une « très, très bonne rencontre » et « arrivé », avec « chat 😀 »."
	for _, c := range []struct {
		name, sel string
		want      string // the dictionary offer, or "" for no look-up
	}{
		{"long quotation", "« très, très bonne rencontre »", ""},
		{"one word in its marks", "« arrivé »", "arriver → to arrive, to happen"},
		{"a word and an emoji", "« chat 😀 »", "chat → cat"},
		{"the word alone", "arrivé", "arriver → to arrive, to happen"},
		{"punctuation", ",", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			ui := suggestUI(t, pairDoc(text), nil, func(s *settings) { s.DictPath = writeTinyDict(t) })
			ui.focusSegment(0, annotate.Source)
			r := visibleRow(t, ui, 0)
			a := strings.Index(text, c.sel)
			r.src.SetSelection(a, a+len(c.sel))
			r.src.OnSelect(a, a+len(c.sel))
			var got []string
			for _, o := range ui.sugg.offers {
				if o.Kind == suggest.KindDict {
					got = append(got, o.Source+" → "+o.Text)
				}
			}
			panel := strings.Join(labels(ui.sugg.cards), "\n")
			head := ui.sugg.head.Text
			if c.want == "" {
				if len(got) > 0 || strings.Contains(panel, "has no entry") || strings.Contains(head, "dictionary") {
					t.Errorf("%q looked up: offers %q, heading %q, panel %q", c.sel, got, head, panel)
				}
				return
			}
			if len(got) == 0 || got[0] != c.want {
				t.Errorf("%q: dictionary offers %q, want %q first", c.sel, got, c.want)
			}
			if strings.Contains(head, "«") || strings.Contains(head, "»") {
				t.Errorf("%q: the heading %q quotes the marks", c.sel, head)
			}
		})
	}
}

// TestDictionaryFollowsTheSpanGoneTo: going to a span (Ctrl+J, a Quotes or Entities row) selects its
// words, and the Suggestions tab looks those up, not the words selected before: it kept showing the
// look-up of a name of an earlier stop while Ctrl+J stood on the next.
func TestDictionaryFollowsTheSpanGoneTo(t *testing.T) {
	text := "Le chat 😀 est arrivé hier."
	d := pairDoc(text)
	ed := annotate.NewEditor(d)
	spans := map[string]string{}
	for _, w := range []string{"chat", "arrivé"} {
		a := strings.Index(text, w)
		sp := &annotate.Span{Side: annotate.Source, Start: a, End: a + len(w), Label: annotate.LabelMISC}
		must(t, ed.AddSpan(sp))
		spans[w] = sp.ID
	}
	ui := suggestUI(t, d, nil, func(s *settings) { s.DictPath = writeTinyDict(t) })
	for _, it := range ui.tabs.Items {
		if it.Content == ui.sugg.box {
			ui.tabs.Select(it)
		}
	}
	for _, c := range []struct{ word, want string }{{"chat", "chat → cat"}, {"arrivé", "arriver → to arrive, to happen"}} {
		ui.jumpToSpan(spans[c.word])
		var got []string
		for _, o := range ui.sugg.offers {
			if o.Kind == suggest.KindDict {
				got = append(got, o.Source+" → "+o.Text)
			}
		}
		if len(got) == 0 || got[0] != c.want {
			t.Errorf("gone to %q: dictionary offers %q, want %q", c.word, got, c.want)
		}
	}
}
