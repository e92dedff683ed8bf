package app

import "fyne.io/fyne/v2/lang"

// codesPlacedMessage says in the user's language why an inline code of the client's XLIFF file would
// go at a likely place in the translation (check qa.CodesPlaced).
func codesPlacedMessage(key string, a map[string]string) string {
	switch key {
	case "qa.codes-placed.order":
		return lang.X("qa.codes-placed.order", "The client’s file says {{.code}} (“{{.words}}”) may not be reordered: it keeps the French order, away from its English.", a)
	case "qa.codes-placed.former":
		return lang.X("qa.codes-placed.former", "{{.code}} of the former translation, at “{{.words}}”: that part of the English changed, so it goes at a likely place.", a)
	case "qa.codes-placed.beside":
		return lang.X("qa.codes-placed.beside", "{{.code}} beside “{{.words}}”: the English of that word was not found; link it to its English, or check the English.", a)
	}
	return lang.X("qa.codes-placed.wraps", "{{.code}} around “{{.words}}”: its English was not found; link these words to their English, or check the English.", a)
}
