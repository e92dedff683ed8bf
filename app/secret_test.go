package app

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/zalando/go-keyring"

	"github.com/glose-app/glose/suggest/mt"
)

func TestMain(m *testing.M) {
	// No test writes to the keyring of the user running them: go-keyring's in-memory mock stands in
	// for it, but under GLOSE_REAL_KEYRING=1 (scripts/test.sh runs TestRealKeyring so, in a
	// throwaway D-Bus session with its own gnome-keyring).
	if os.Getenv("GLOSE_REAL_KEYRING") == "" {
		keyring.MockInit()
	}
	loadEnglish()
	// Nor to the user's state directory (autosaves, locks): each test that opens a window has its own
	// (keepStateHome), the others this one.
	state, err := os.MkdirTemp("", "glose-state-")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_STATE_HOME", state)
	code := m.Run()
	os.RemoveAll(state)
	os.Exit(code)
}

// testService is a keyring service name of the test's own, so that tests share no entries.
func testService(t *testing.T) string { return "Glose-test-" + t.Name() }

// brokenStore is a keyring that cannot be reached, as without a Secret Service.
type brokenStore struct{ err error }

func (b brokenStore) Get(string) (string, error) { return "", b.err }
func (b brokenStore) Set(string, string) error   { return b.err }
func (b brokenStore) Delete(string) error        { return b.err }

var errNoService = errors.New("the name org.freedesktop.secrets was not provided by any .service files")

// prefsFile is what Fyne writes to the preferences file for p (app/preferences.go encodes the
// values the same way).
func prefsFile(t *testing.T, p fyne.Preferences) string {
	t.Helper()
	rv, ok := p.(interface{ ReadValues(func(map[string]any)) })
	if !ok {
		t.Fatalf("preferences %T do not expose their values", p)
	}
	var b bytes.Buffer
	var err error
	rv.ReadValues(func(m map[string]any) { err = json.NewEncoder(&b).Encode(&m) })
	must(t, err)
	return b.String()
}

// noEnv is an environment without machine translation settings.
func noEnv(t *testing.T) func(string) string {
	data := t.TempDir()
	return func(k string) string {
		if k == "XDG_DATA_HOME" {
			return data
		}
		return ""
	}
}

// keyCases are keys of several providers, with accents, guillemets, combining characters and emoji.
var keyCases = []struct{ provider, key string }{
	{mt.DeepL, "deepl-clé-😀:fx"},
	{mt.OpenAI, "sk-e\u0301-«secret»"},
	{mt.LibreTranslate, "lt key"},
}

// checkRoundTrip saves each case's key through the settings with keys, reads it back, and checks
// that the providers keep different keys, that they are in the keyring and not in the preferences.
func checkRoundTrip(t *testing.T, keys *keyStore, store secretStore) {
	prefs := test.NewTempApp(t).Preferences()
	env := noEnv(t)
	for _, c := range keyCases {
		settings{Provider: c.provider, Key: c.key, Threshold: 75}.save(prefs, keys)
		if file := prefsFile(t, prefs); strings.Contains(file, c.key) || !strings.Contains(file, c.provider) {
			t.Errorf("%s: the preferences file holds the key or not the provider: %s", c.provider, file)
		}
		if got, _ := loadSettings(prefs, env, keys); got.Provider != c.provider || got.Key != c.key {
			t.Errorf("%s: saved %q, read back %q for %q", c.provider, c.key, got.Key, got.Provider)
		}
	}
	file := prefsFile(t, prefs)
	for _, c := range keyCases {
		if got := keys.load(prefs, c.provider, ""); got != c.key {
			t.Errorf("%s's key is now %q, want %q", c.provider, got, c.key)
		}
		if got, err := store.Get(c.provider); err != nil || got != c.key {
			t.Errorf("the keyring holds %q (%v) for %s, want %q", got, err, c.provider, c.key)
		}
		if strings.Contains(file, c.key) || strings.Contains(file, c.key[:4]) {
			t.Errorf("the preferences file holds %s's key: %s", c.provider, file)
		}
	}
	if keys.inPreferences() {
		t.Errorf("the keyring works but keys go to the preferences: %v", keys.noKeyring)
	}
	settings{Provider: mt.DeepL, Threshold: 75}.save(prefs, keys)
	if _, err := store.Get(mt.DeepL); !errors.Is(err, keyring.ErrNotFound) {
		t.Errorf("an emptied key stays in the keyring: %v", err)
	}
	if got := keys.load(prefs, mt.DeepL, "from the environment"); got != "from the environment" {
		t.Errorf("without a stored key the environment's should be used, got %q", got)
	}
	for _, c := range keyCases {
		_ = store.Delete(c.provider)
	}
}

func TestKeyRoundTripThroughKeyring(t *testing.T) {
	store := systemKeyring{service: testService(t)}
	checkRoundTrip(t, newKeyStore(store), store)
}

// TestRealKeyring runs the round trip against the session's real Secret Service, or under
// GLOSE_REAL_KEYRING=absent checks the fallback when the session has none that works. scripts/test.sh
// runs both in throwaway D-Bus sessions, the first with an unlocked gnome-keyring:
//
//	GLOSE_REAL_KEYRING=1 dbus-run-session -- sh -c 'echo -n test | gnome-keyring-daemon --unlock --components=secrets >/dev/null; go test -run TestRealKeyring ./app/'
func TestRealKeyring(t *testing.T) {
	store := systemKeyring{service: testService(t)}
	switch os.Getenv("GLOSE_REAL_KEYRING") {
	case "":
		t.Skip("set GLOSE_REAL_KEYRING=1 to use the session's Secret Service (it writes to it)")
	case "absent":
		checkNoKeyring(t, store)
		return
	}
	if _, err := store.Get("probe"); !errors.Is(err, keyring.ErrNotFound) {
		t.Fatalf("the Secret Service cannot be reached: %v", err)
	}
	checkRoundTrip(t, newKeyStore(store), store)
}

// checkNoKeyring checks that keys saved when store cannot be reached go to the preferences, each
// provider's under its own name.
func checkNoKeyring(t *testing.T, store secretStore) {
	if _, err := store.Get("probe"); err == nil || errors.Is(err, keyring.ErrNotFound) {
		t.Fatalf("the Secret Service works (%v): this test wants a session without one", err)
	}
	keys := newKeyStore(store)
	keys.logf = t.Logf
	prefs := test.NewTempApp(t).Preferences()
	env := noEnv(t)
	for _, c := range keyCases {
		settings{Provider: c.provider, Key: c.key, Threshold: 75}.save(prefs, keys)
		if !keys.inPreferences() || prefs.String(prefKey(c.provider)) != c.key {
			t.Errorf("%s: without a keyring the key went to the preferences: %v (%q)", c.provider,
				keys.inPreferences(), prefs.String(prefKey(c.provider)))
		}
	}
	for _, c := range keyCases {
		if got := keys.load(prefs, c.provider, ""); got != c.key {
			t.Errorf("%s: read back %q, want %q", c.provider, got, c.key)
		}
		prefs.SetString(prefProvider, c.provider)
		if got, _ := loadSettings(prefs, env, keys); got.Key != c.key {
			t.Errorf("%s: the settings read back %q, want %q", c.provider, got.Key, c.key)
		}
	}
	settings{Provider: mt.DeepL, Threshold: 75}.save(prefs, keys)
	if got := keys.load(prefs, mt.DeepL, "from the environment"); got != "from the environment" {
		t.Errorf("an emptied key is still read: %q", got)
	}
	if got := keys.load(prefs, mt.OpenAI, ""); got != keyCases[1].key {
		t.Errorf("emptying DeepL's key changed OpenAI's to %q", got)
	}
}

func TestKeysWithoutKeyring(t *testing.T) { checkNoKeyring(t, brokenStore{errNoService}) }

func TestKeyMigratesFromPreferences(t *testing.T) {
	for _, c := range []struct {
		name      string
		provider  string
		broken    bool
		wantPrefs bool // the key stays in the preferences
	}{
		{"to the keyring", mt.DeepL, false, false},
		{"no keyring", mt.DeepL, true, true},
		{"no provider to file it under", "", false, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			var store secretStore = systemKeyring{service: testService(t)}
			if c.broken {
				store = brokenStore{errNoService}
			}
			keys := newKeyStore(store)
			keys.logf = t.Logf
			prefs := test.NewTempApp(t).Preferences()
			prefs.SetString(prefProvider, c.provider)
			prefs.SetString(prefMTKey, "old-clé")
			s, _ := loadSettings(prefs, noEnv(t), keys)
			if s.Key != "old-clé" {
				t.Errorf("the key read is %q, want old-clé", s.Key)
			}
			if prefs.String(prefMTKey) != "" && c.provider != "" {
				t.Errorf("the single key of earlier versions stays: %q", prefs.String(prefMTKey))
			}
			inPrefs := prefs.String(prefMTKey) != "" || prefs.String(prefKey(c.provider)) != ""
			if inPrefs != c.wantPrefs {
				t.Errorf("key left in the preferences: %v, want %v", inPrefs, c.wantPrefs)
			}
			if got, _ := store.Get(c.provider); (got == "old-clé") == c.wantPrefs {
				t.Errorf("the keyring holds %q", got)
			}
			if s, _ := loadSettings(prefs, noEnv(t), keys); s.Key != "old-clé" {
				t.Errorf("read again: %q, want old-clé", s.Key)
			}
			if got := keys.load(prefs, mt.OpenAI, ""); c.provider != "" && got != "" {
				t.Errorf("the key of %q became OpenAI's too: %q", c.provider, got)
			}
		})
	}
}

// shownLabel returns the visible label reading text in the tree under o, or nil: a wrapped text's
// (messageText) whatever its lines.
func shownLabel(o fyne.CanvasObject, text string) *widget.Label {
	switch l := findShown(o, func(o fyne.CanvasObject) bool {
		if m, ok := o.(*messageText); ok {
			return m.Text == text
		}
		l, ok := o.(*widget.Label)
		return ok && l.Text == text
	}).(type) {
	case *messageText:
		return l.label
	case *widget.Label:
		return l
	}
	return nil
}

// findShown returns the first visible object in the tree of o for which match is true, or nil.
func findShown(o fyne.CanvasObject, match func(fyne.CanvasObject) bool) fyne.CanvasObject {
	if o == nil || !o.Visible() {
		return nil
	}
	if match(o) {
		return o
	}
	var children []fyne.CanvasObject
	switch o := o.(type) {
	case *fyne.Container:
		children = o.Objects
	case fyne.Widget:
		children = test.WidgetRenderer(o).Objects()
	}
	for _, c := range children {
		if f := findShown(c, match); f != nil {
			return f
		}
	}
	return nil
}

func TestKeyFallsBackToPreferences(t *testing.T) {
	note := "No system keyring: the key is stored in Glose’s settings file"
	for _, c := range []struct {
		name   string
		broken bool
	}{{"keyring", false}, {"no keyring", true}} {
		t.Run(c.name, func(t *testing.T) {
			t.Setenv("XDG_CACHE_HOME", t.TempDir())
			keepStateHome(t)
			t.Setenv("XDG_DATA_HOME", t.TempDir())
			t.Setenv("GLOSE_MT", "")
			var store secretStore = systemKeyring{service: testService(t)}
			if c.broken {
				store = brokenStore{errNoService}
			}
			ui := New(test.NewTempApp(t), Options{Sync: true, secrets: store})
			t.Cleanup(func() { ui.win.Close() })
			logged := 0
			ui.keys.logf = func(string, ...any) { logged++ }
			s := ui.sugg.settings()
			s.TMPath, s.DictPath, s.Provider, s.Key = filepath.Join(t.TempDir(), "tm.db"), "", mt.DeepL, "clé-😀"
			for range 2 {
				ui.applySettings(s)
			}
			t.Cleanup(func() { ui.sugg.src.close() })
			ui.settingsDialog()

			inFile := strings.Contains(prefsFile(t, ui.app.Preferences()), "clé-😀")
			shown := shownLabel(ui.win.Canvas().Overlays().Top(), note) != nil
			if inFile != c.broken || shown != c.broken || (logged == 1) != c.broken || logged > 1 {
				t.Errorf("key in the preferences file %v, note shown %v, logged %d times; want %v, %v, once: %v",
					inFile, shown, logged, c.broken, c.broken, c.broken)
			}
			if got, _ := ui.loadUserSettings(); got.Key != "clé-😀" {
				t.Errorf("the key read back is %q", got.Key)
			}
		})
	}
}

// testKeys is a key store over the test's own keyring, or over none when broken.
func testKeys(t *testing.T, broken bool) (*keyStore, secretStore) {
	var store secretStore = systemKeyring{service: testService(t)}
	if broken {
		store = brokenStore{errNoService}
	}
	keys := newKeyStore(store)
	keys.logf = t.Logf
	return keys, store
}

func TestSettingsFormKeyFollowsProvider(t *testing.T) {
	for _, broken := range []bool{false, true} {
		keys, store := testKeys(t, broken)
		prefs := test.NewTempApp(t).Preferences()
		keys.save(prefs, mt.OpenAI, "sk-openai") // the keyring's, or the preferences' without one
		t.Cleanup(func() { _ = store.Delete(mt.OpenAI) })
		f := newSettingsForm(settings{Provider: mt.DeepL, Key: "deepl-key", Threshold: 75}, keys, prefs)
		for _, step := range []struct {
			provider int // index in providerNames
			typed    string
			want     string // the key shown once the provider is chosen
		}{
			{3, "", "sk-openai"},       // OpenAI's stored key
			{2, "", "deepl-key"},       // back to DeepL
			{1, "", ""},                // LibreTranslate has none
			{3, "sk-new", "sk-openai"}, // typed for LibreTranslate, then OpenAI
			{1, "", "sk-new"},          // LibreTranslate keeps what was typed
		} {
			if step.typed != "" {
				f.key.SetText(step.typed)
			}
			f.provider.SetSelectedIndex(step.provider)
			if got := f.read(); got.Key != step.want || got.Provider != providerNames()[step.provider].name {
				t.Errorf("no keyring %v, after choosing %d: key %q for %q, want %q", broken, step.provider,
					got.Key, got.Provider, step.want)
			}
		}
	}
}

// TestSettingsKeyNoteGreysWithoutAService: without a system keyring, the note that API keys go to
// the settings file is greyed with the key's field while no service is chosen, in the warnings' colour
// once one is: a first start's Settings showed that warning beside a greyed field, about a key nobody
// had to give. It stays in place, so that the dialog keeps its height; with a keyring it never shows.
func TestSettingsKeyNoteGreysWithoutAService(t *testing.T) {
	for _, broken := range []bool{false, true} {
		keys, _ := testKeys(t, broken)
		for _, start := range []string{"", mt.DeepL} {
			f := newSettingsForm(settings{Provider: start, Threshold: 75}, keys, test.NewTempApp(t).Preferences())
			check := func(chosen string) {
				t.Helper()
				want := widget.WarningImportance
				if chosen == "" {
					want = widget.LowImportance
				}
				if f.keyNote.Visible() != broken || f.keyNote.label.Importance != want {
					t.Errorf("no keyring %v, opened on %q, %q chosen: note shown %v, importance %v; want %v, %v",
						broken, start, chosen, f.keyNote.Visible(), f.keyNote.label.Importance, broken, want)
				}
			}
			check(start)
			for _, i := range []int{0, 2, 0, 1, 3} {
				f.provider.SetSelectedIndex(i)
				check(providerNames()[i].name)
			}
		}
	}
}
