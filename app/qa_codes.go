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

// codesHandMessage says in the user's language what is wrong with an inline code placed by hand in
// the translation (check qa.CodesByHand).
func codesHandMessage(key string, a map[string]string) string {
	switch key {
	case "qa.codes-hand.twice":
		return lang.X("qa.codes-hand.twice", "{{.code}} is placed twice in the English; remove one.", a)
	case "qa.codes-hand.reversed":
		return lang.X("qa.codes-hand.reversed", "{{.code}} closes before it opens in the English; place it again.", a)
	case "qa.codes-hand.moved":
		return lang.X("qa.codes-hand.moved", "{{.code}} cannot stay where it is placed in the English: it crosses another code, or stands inside one the French has it out of; the export moves it.", a)
	case "qa.codes-hand.missing-bare":
		return lang.X("qa.codes-hand.missing-bare", "{{.code}} is not placed in the English while other codes are: the export places it by estimate.", a)
	case "qa.codes-hand.missing":
		return lang.X("qa.codes-hand.missing", "{{.code}} (“{{.words}}”) is not placed in the English while other codes are: the export places it by estimate.", a)
	}
	return lang.X("qa.codes-hand.unknown", "{{.code}} placed in the English is no code of this French in the file; remove it.", a)
}
