package qa

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/glose-app/glose/annotate"
)

// White space the English has and its French has not: a line break (Enter pressed in the field,
// which goes into every export and breaks the delivered line there), space at the start or the end
// (a space typed before Ctrl+Enter, or left by an edit), two spaces in a row. The eye does not see
// them in the field, and translation tools check them for that reason (Xbench's and memoQ's
// "leading and trailing spaces", "double spaces"). The French sets what is allowed: an English
// keeping a line break or a double space its French has is not flagged. Only confirmed segments
// (translated or reviewed) are looked at: a draft being typed ends with a space at every pause
// between two words, which the app's checks, run at each pause, would flag and unflag all along.

// spacingKinds are the kinds of faulty spacing, in the order they are reported, with their message.
var spacingKinds = []struct{ key, msg string }{
	{"line-break", "The translation of %s has a line break its source does not have."},
	{"edges", "The translation of %s starts or ends with white space its source does not have."},
	{"double", "The translation of %s has two spaces in a row where its source has none."},
}

func (r *run) spacing() {
	for _, s := range r.d.Segments {
		if !translated(s) || s.Status != annotate.StatusTranslated && s.Status != annotate.StatusReviewed {
			continue
		}
		src := r.d.SourceText(s)
		for _, k := range spacingKinds {
			if spacingFault(k.key, src, s.Target) {
				r.add(Spacing, "qa.spacing."+k.key, s.ID, "", fmt.Sprintf(k.msg, s.ID), nil)
			}
		}
	}
}

// spacingFault reports whether en has the spacing fault kind and src has not.
func spacingFault(kind, src, en string) bool {
	switch kind {
	case "line-break":
		return strings.Count(en, "\n") > strings.Count(src, "\n")
	case "edges":
		return edgeSpace(en) && !edgeSpace(src)
	case "double":
		return doubleSpace(en) && !doubleSpace(src)
	}
	return false
}

// edgeSpace reports whether s starts or ends with white space (a no-break space included).
func edgeSpace(s string) bool {
	return s != "" && (strings.TrimLeftFunc(s, unicode.IsSpace) != s || strings.TrimRightFunc(s, unicode.IsSpace) != s)
}

// doubleSpace reports whether s has two white-space characters in a row, line breaks aside (those are
// the line-break kind's): "word  word", or a space beside a no-break space.
func doubleSpace(s string) bool {
	prev := false
	for _, c := range s {
		sp := c != '\n' && unicode.IsSpace(c)
		if sp && prev {
			return true
		}
		prev = sp
	}
	return false
}
