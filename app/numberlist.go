package app

import (
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
)

// numberListMost is how many numbers or runs a message lists before saying how many more.
const numberListMost = 30

// numberList writes ascending segment numbers for a message in the user's language: runs as ranges
// ("2, 5–7, 12"), at most numberListMost of them, then how many more. A 26,000-segment article not
// translated yet is one run, and a list of every number would be a page of text under the QA list.
func numberList(ns []int) string {
	items := annotate.Runs(ns)
	if len(items) > numberListMost {
		n := len(items) - numberListMost
		items = append(items[:numberListMost:numberListMost], lang.N("{{.N}} more", n, map[string]any{"N": n}))
	}
	return strings.Join(items, ", ")
}
