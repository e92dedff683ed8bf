// Package ner finds named entities (PER, ORG, LOC, MISC) in French news text with a structured
// averaged perceptron over BIO tags, decoded by Viterbi. Features are the words around each token,
// their shapes and affixes, distributional word clusters learnt from the training text, and gazetteers
// (CLDR country and language names in French and English, world cities, titles, first names).
//
// The shipped model (assets.NERModel) is trained on WiNER-fr French Wikinews articles
// (text CC BY 2.5, fr.wikinews.org; annotations CC BY 4.0, github.com/YoannDupont/WiNER-fr).
package ner

// Mention is one recognised or gold entity.
type Mention struct {
	// Start and End are byte offsets into the document text, half-open.
	Start, End int
	// Label is PER, ORG, LOC or MISC (or any label the model was trained with).
	Label string
	// Confidence is in [0,1]: about the share of mentions so scored that are right (the least, over
	// the mention's tokens, of the probability of the chosen tag, calibrated on the dev set). Gold
	// mentions carry 1.
	Confidence float64
}

// Example is a document with its gold mentions, for training and scoring.
type Example struct {
	// ID is the document's id in the file it was read from, if it had one.
	ID string
	// Text is the whole document.
	Text string
	// Spans are the gold mentions, byte offsets into Text, sorted by Start.
	Spans []Mention
}
