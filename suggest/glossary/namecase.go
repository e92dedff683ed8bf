package glossary

// Names learned from documents. The app gives an entity's name match case when it is capitalised and
// its lower-case form is a common word ("Union", the European one, not "une union"; "Petit", the
// surname, not "un petit"), and the first sign of a common word is the document writing it in lower
// case. So the decision belongs to the document read, not to the one that taught the name: a name
// learned where nothing showed "petit" to be a word, found in any case then, would underline "un
// petit" in the next document; learned where "une union" showed it, matching case for good, it would
// say so of a text that has no union at all. A learned name (an entry with an entity's type, which
// only learning gives: imports and typed terms have none) that is not marked MatchCase therefore
// matches case in the open document when the rule the app gives (SetNameCase, the same as for the
// document's own names) says so, and in any case elsewhere: in the command line, in the concordance,
// in a document that shows nothing. An entry marked MatchCase, by a person or by an earlier version
// that froze the flag when learning, matches case everywhere.

// SetNameCase gives the rule by which the names learned from documents match case while a document
// is open (see above): common reports whether a name, as stored, is a common word's capitalised form
// in it. It must be safe for concurrent use; nil stops it.
func (g *Glossary) SetNameCase(common func(name string) bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.nameCase = common
	decideNameCase(g.index, common)
}

// decideNameCase sets the case keys of index's learned names as common decides them.
func decideNameCase(index map[string][]compiled, common func(string) bool) {
	for _, cs := range index {
		for i := range cs {
			if e := cs[i].entry; learnedName(e) {
				cs[i].cased = nil
				if e.MatchCase || common != nil && common(e.Source) {
					cs[i].cased = termShapes(e.Source)
				}
			}
		}
	}
}

// learnedName reports whether e is a name learned from a document: it has an entity's type.
func learnedName(e Entry) bool { return e.Type != "" }
