package app

import "fyne.io/fyne/v2"

// setStringList stores list under key. Fyne 2.7.1 panics when it replaces a stored value that is
// not a list with a list (internal/preferences.go, set: reflect's Len on a number), and that value
// comes from the settings file, which a person or another program may have edited ("recent": 5):
// Glose then crashed at every start, once the document was shown. Such a value goes first.
func setStringList(p fyne.Preferences, key string, list []string) {
	if len(p.StringListWithFallback(key, nil)) == 0 {
		p.RemoveValue(key) // absent, an empty list, or not a list of strings: nothing lost
	}
	p.SetStringList(key, list)
}
