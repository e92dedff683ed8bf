package app

import (
	"cmp"
	"errors"
	"log"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/zalando/go-keyring"
)

// keyringService is the service name the API keys are filed under in the system keyring; the
// user name is the provider's (mt.DeepL, mt.OpenAI…), so that each provider keeps its own key.
const keyringService = "Glose"

// secretStore keeps secrets by user name: the system keyring, or a stand-in in tests. Get returns
// an error wrapping keyring.ErrNotFound when there is no secret for the user; any other error
// means the store cannot be reached.
type secretStore interface {
	Get(user string) (string, error)
	Set(user, secret string) error
	Delete(user string) error
}

// systemKeyring is the operating system's keyring (Secret Service over D-Bus on Linux, Keychain on
// macOS, Credential Manager on Windows) through go-keyring, under one service name.
type systemKeyring struct{ service string }

func (k systemKeyring) Get(user string) (string, error) { return keyring.Get(k.service, user) }

func (k systemKeyring) Set(user, secret string) error { return keyring.Set(k.service, user, secret) }

func (k systemKeyring) Delete(user string) error { return keyring.Delete(k.service, user) }

// keyStore keeps the machine translation API keys in a secretStore and, when that cannot be reached,
// in the preferences under prefMTKey (where versions before the keyring kept them). It is safe for use
// from several goroutines: the key is first read off the UI goroutine, since a locked keyring may
// wait for its password.
type keyStore struct {
	mu      sync.Mutex
	secrets secretStore
	// noKeyring is why the last access to the keyring failed; nil when it worked or was not tried.
	noKeyring error
	logged    bool                          // the missing keyring was logged
	logf      func(format string, a ...any) // where that goes: log.Printf
}

// newKeyStore returns a keyStore over s, or over the system keyring when s is nil.
func newKeyStore(s secretStore) *keyStore {
	if s == nil {
		s = systemKeyring{service: keyringService}
	}
	return &keyStore{secrets: s, logf: log.Printf}
}

// prefKey is the preferences key that holds provider's API key when there is no keyring.
func prefKey(provider string) string { return prefMTKey + "." + provider }

// load returns provider's key, or fallback when none is stored. A key in the preferences is newer
// than the keyring's (it is written there only when the keyring cannot be reached): it moves to the
// keyring when the keyring takes it. The single key earlier versions kept under prefMTKey, for
// whichever provider was chosen, becomes the key of the provider it is first read for.
func (k *keyStore) load(p fyne.Preferences, provider, fallback string) string {
	legacy := p.String(prefMTKey)
	if provider == "" {
		return cmp.Or(legacy, fallback)
	}
	if legacy != "" {
		p.RemoveValue(prefMTKey)
		if p.String(prefKey(provider)) == "" {
			p.SetString(prefKey(provider), legacy)
		}
	}
	if old := p.String(prefKey(provider)); old != "" {
		if k.result(k.secrets.Set(provider, old)) {
			p.RemoveValue(prefKey(provider))
		}
		return old
	}
	return cmp.Or(k.stored(provider), fallback)
}

// stored returns the key the keyring holds for provider, "" when it holds none or cannot be reached.
func (k *keyStore) stored(provider string) string {
	key, err := k.secrets.Get(provider)
	if !k.result(err) {
		return ""
	}
	return key
}

// get returns the key stored for provider, in the preferences or the keyring, "" when there is none.
func (k *keyStore) get(p fyne.Preferences, provider string) string {
	return cmp.Or(p.String(prefKey(provider)), k.stored(provider))
}

// save stores key as provider's: in the keyring, else in the preferences under prefKey(provider);
// an empty key deletes the stored one. Without a provider there is nothing to file the key under
// and what is stored stays.
func (k *keyStore) save(p fyne.Preferences, provider, key string) {
	switch {
	case provider == "":
	case key == "":
		k.result(k.secrets.Delete(provider))
		p.RemoveValue(prefKey(provider))
	case k.result(k.secrets.Set(provider, key)):
		p.RemoveValue(prefKey(provider))
	default:
		p.SetString(prefKey(provider), key)
	}
}

// check finds out whether the keyring can be reached, if no access has told yet.
func (k *keyStore) check() {
	if !k.inPreferences() {
		k.stored("")
	}
}

// result records whether an access to the keyring reached it, logging the first failure, and
// reports it. A secret that is not found is no failure.
func (k *keyStore) result(err error) bool {
	k.mu.Lock()
	defer k.mu.Unlock()
	if err == nil || errors.Is(err, keyring.ErrNotFound) {
		k.noKeyring = nil
		return true
	}
	k.noKeyring = err
	if !k.logged {
		k.logged = true
		k.logf("glose: no system keyring, API keys are stored in the settings file: %v", err)
	}
	return false
}

// inPreferences reports whether keys go to the preferences file for want of a keyring.
func (k *keyStore) inPreferences() bool {
	k.mu.Lock()
	defer k.mu.Unlock()
	return k.noKeyring != nil
}

// keyNote is the line under the API key field saying where the key is kept, hidden when it is in
// the keyring.
func keyNote(k *keyStore) *messageText {
	l := newFluidText(lang.L("No system keyring: the key is stored in Glose's settings file")).importance(widget.WarningImportance)
	if !k.inPreferences() {
		l.Hide()
	}
	return l
}

// keyField is the API key's row of the settings: the field and, under it, where the key is kept.
// It is greyed with the field, so that the form greys its label "API key" too, as it does the
// labels of the other fields of a service not chosen (a container of the two would not say).
type keyField struct {
	widget.BaseWidget
	key  *nameEntry
	note fyne.CanvasObject
}

var _ fyne.Disableable = (*keyField)(nil)

func newKeyField(key *nameEntry, note fyne.CanvasObject) *keyField {
	k := &keyField{key: key, note: note}
	k.ExtendBaseWidget(k)
	return k
}

func (k *keyField) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewVBox(k.key, k.note))
}

// Enable enables the key's field.
func (k *keyField) Enable() { k.key.Enable() }

// Disable greys the key's field.
func (k *keyField) Disable() { k.key.Disable() }

// Disabled reports whether the key's field is greyed.
func (k *keyField) Disabled() bool { return k.key.Disabled() }
