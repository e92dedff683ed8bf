// Package translations holds the desktop app's user-interface strings, one JSON file per language
// (en.json, fr.json), keyed by their English text as Fyne's lang package expects. The app loads them
// at start; a test checks that both files have the same keys and cover every string the app uses.
package translations

import "embed"

// FS holds en.json and fr.json.
//
//go:embed *.json
var FS embed.FS
