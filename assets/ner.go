package assets

import _ "embed"

//go:embed ner-fr.model
var nerModel []byte

// NERModel returns the French named-entity model (the format of annotate/ner's Model.Save), trained on
// WiNER-fr French Wikinews articles: text CC BY 2.5 (fr.wikinews.org), annotations CC BY 4.0
// (github.com/YoannDupont/WiNER-fr). The slice is shared: do not modify it.
func NERModel() []byte { return nerModel }
