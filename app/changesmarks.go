package app

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/internal/grapheme"
	"github.com/glose-app/glose/suggest/tm"
)

// A reviewer's typographic corrections (a comma added, « for “, a no-break space before ?, a double
// space, ' for ’, a hyphen for an en dash, a full stop dropped) are a character wide, often one that
// cannot be seen: on the line of changes, as in Word's and memoQ's compare views, the punctuation and
// spaces removed or added are framed (not told apart by colour alone: struck through or underlined
// as words are) and a space is drawn as a sign, one for each kind (visibleSpace); when nothing but
// punctuation and spacing changed, the status line and the mark's tip say in words what did.

// onlyMarks reports whether s is punctuation and spaces only, with no letter, digit or symbol.
func onlyMarks(s string) bool {
	for _, r := range s {
		if !unicode.IsPunct(r) && !isSpaceMark(r) {
			return false
		}
	}
	return true
}

func isSpaceMark(r rune) bool {
	return unicode.IsSpace(r) || unicode.Is(unicode.Zs, r) || r == '\u200b'
}

// visibleSpace is the sign a space removed or added is drawn as: a middle dot for a space, as Word
// shows it, a degree sign for a no-break space, an undertie for a narrow no-break space, an arrow for
// a tab and a pilcrow for a line break; another rune is itself.
func visibleSpace(r rune) rune {
	switch r {
	case '\u00a0', '\u2007':
		return '°'
	case '\u202f':
		return '‿'
	case '\t':
		return '→'
	case '\n', '\r':
		return '¶'
	}
	if isSpaceMark(r) {
		return '·'
	}
	return r
}

// visibleSpaces is s, a piece of punctuation and spaces, with every space drawn as its sign.
func visibleSpaces(s string) string { return strings.Map(visibleSpace, s) }

// markChanges describes, in words, each change of a diff of a segment's English, when every change
// is one of punctuation or spacing ("comma added after “Wednesday”"); nil when a word changed, which
// the line of changes shows plainly.
func markChanges(ps []tm.Piece) []string {
	var out []string
	for i := 0; i < len(ps); {
		if ps[i].Kind == tm.Same {
			i++
			continue
		}
		var removed, added strings.Builder
		j := i
		for ; j < len(ps) && ps[j].Kind != tm.Same; j++ {
			if ps[j].Kind == tm.Removed {
				removed.WriteString(ps[j].Text)
			} else {
				added.WriteString(ps[j].Text)
			}
		}
		if !onlyMarks(removed.String()) || !onlyMarks(added.String()) {
			return nil
		}
		var before, after string
		if i > 0 {
			before = ps[i-1].Text
		}
		if j < len(ps) {
			after = ps[j].Text
		}
		out = append(out, describeMark(removed.String(), added.String(), before, after))
		i = j
	}
	return out
}

// maxMarkChanges is how many changes the status line describes; a count stands for the others.
const maxMarkChanges = 3

// marksNote is what the status line and the mark's tip say of seg's changes: the changes of
// punctuation and spacing, when there are no others, "" else.
func marksNote(seg *annotate.Segment) string {
	ds := markChanges(tm.WordDiff(seg.TranslatorTarget, seg.Target))
	if len(ds) > maxMarkChanges {
		n := len(ds) - maxMarkChanges
		ds = append(ds[:maxMarkChanges], lang.N("{{.Count}} more changes of punctuation or spacing", n, map[string]any{"Count": n}))
	}
	return strings.Join(ds, lang.X("change.mark.separator", "; "))
}

// describeMark says how the punctuation and spaces removed became those added, between the text
// before and after them.
func describeMark(removed, added, before, after string) string {
	where := markPlace(removed+added, before, after)
	var s string
	switch {
	case removed == "":
		s = lang.X("change.mark.added", "{{.What}} added {{.Where}}", map[string]any{"What": markName(added), "Where": where})
	case added == "":
		s = lang.X("change.mark.removed", "{{.What}} removed {{.Where}}", map[string]any{"What": markName(removed), "Where": where})
	default:
		s = lang.X("change.mark.replaced", "{{.Old}} replaced by {{.New}} {{.Where}}", map[string]any{"Old": markName(removed), "New": markName(added), "Where": where})
	}
	return strings.TrimSpace(s)
}

// markPlace says where a change is: a space before the mark that follows it (the French rule of the
// space before « ? »), or else between the words around it; punctuation after the word before it;
// else whichever is there.
func markPlace(changed, before, after string) string {
	prev, next := lastWord(before), firstWord(after)
	spaces := strings.IndexFunc(changed, func(r rune) bool { return !isSpaceMark(r) }) < 0
	nextIsMark := next != "" && !isWordRune([]rune(next)[0])
	switch {
	case spaces && nextIsMark, next != "" && prev == "":
		return lang.X("change.mark.before", "before “{{.Word}}”", map[string]any{"Word": next})
	case spaces && prev != "" && next != "":
		return lang.X("change.mark.between", "between “{{.A}}” and “{{.B}}”", map[string]any{"A": prev, "B": next})
	case prev != "":
		return lang.X("change.mark.after", "after “{{.Word}}”", map[string]any{"Word": prev})
	}
	return ""
}

// lastWord is the word, or else the last character (a whole cluster), that s ends with, spaces aside.
func lastWord(s string) string {
	s = strings.TrimRightFunc(s, isSpaceMark)
	i := strings.LastIndexFunc(s, func(r rune) bool { return !isWordRune(r) })
	if i < 0 {
		return s
	}
	if _, size := utf8.DecodeRuneInString(s[i:]); i+size < len(s) {
		return s[i+size:]
	}
	return s[grapheme.Snap(s, len(s)-1):]
}

// firstWord is the word, or else the first character, that s begins with, spaces aside.
func firstWord(s string) string {
	s = strings.TrimLeftFunc(s, isSpaceMark)
	if s == "" {
		return ""
	}
	if i := strings.IndexFunc(s, func(r rune) bool { return !isWordRune(r) }); i != 0 {
		if i < 0 {
			return s
		}
		return s[:i]
	}
	return s[:grapheme.Next(s, 0)]
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.M, r)
}

// markName names punctuation and spaces: each mark by its name, joined by " + ", or, beyond three,
// the characters themselves, spaces drawn as their signs.
func markName(s string) string {
	var names []string
	for i := 0; i < len(s); {
		j := grapheme.Next(s, i)
		names = append(names, markNameOf(s[i:j]))
		i = j
	}
	if len(names) > 3 {
		return lang.X("change.mark.chars", "“{{.Text}}”", map[string]any{"Text": visibleSpaces(s)})
	}
	return strings.Join(names, " + ")
}

// markNameOf names one mark or space, with the article French needs ("une virgule"): the
// translations put it before the verb in English and after "ajout d’" in French.
func markNameOf(c string) string {
	switch c {
	case " ":
		return lang.X("change.mark.space", "space")
	case "\u00a0":
		return lang.X("change.mark.nbsp", "no-break space")
	case "\u202f":
		return lang.X("change.mark.nnbsp", "narrow no-break space")
	case "\u2009":
		return lang.X("change.mark.thin", "thin space")
	case "\t":
		return lang.X("change.mark.tab", "tab")
	case "\n", "\r\n":
		return lang.X("change.mark.newline", "line break")
	case ",":
		return lang.X("change.mark.comma", "comma")
	case ".":
		return lang.X("change.mark.stop", "full stop")
	case ";":
		return lang.X("change.mark.semicolon", "semicolon")
	case ":":
		return lang.X("change.mark.colon", "colon")
	case "?":
		return lang.X("change.mark.question", "question mark")
	case "!":
		return lang.X("change.mark.exclamation", "exclamation mark")
	case "…":
		return lang.X("change.mark.ellipsis", "ellipsis")
	}
	return quoteMarkName(c)
}

// quoteMarkName names the apostrophes, quotation marks and dashes, told apart by their shapes.
func quoteMarkName(c string) string {
	switch c {
	case "'":
		return lang.X("change.mark.apostrophe", "straight apostrophe")
	case "’":
		return lang.X("change.mark.curlyapostrophe", "curly apostrophe")
	case "\"":
		return lang.X("change.mark.straightquote", "straight quotation mark")
	case "“":
		return lang.X("change.mark.openquote", "opening quotation mark")
	case "”":
		return lang.X("change.mark.closequote", "closing quotation mark")
	case "«":
		return lang.X("change.mark.openguillemet", "opening guillemet")
	case "»":
		return lang.X("change.mark.closeguillemet", "closing guillemet")
	case "-":
		return lang.X("change.mark.hyphen", "hyphen")
	case "–":
		return lang.X("change.mark.endash", "en dash")
	case "—":
		return lang.X("change.mark.emdash", "em dash")
	}
	if r, size := utf8.DecodeRuneInString(c); size == len(c) && isSpaceMark(r) {
		return lang.X("change.mark.otherspace", "space U+{{.Code}}", map[string]any{"Code": fmt.Sprintf("%04X", r)})
	}
	return lang.X("change.mark.char", "“{{.Text}}”", map[string]any{"Text": c})
}
