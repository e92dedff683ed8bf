package app

import (
	"slices"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// wrapCode is a code of french wrapping words, or standing at place at when words is "".
func wrapCode(french, tag, words string, at int) formats.Code {
	if words == "" {
		return formats.Code{Tag: tag, At: at, End: at}
	}
	i := strings.Index(french, words)
	return formats.Code{Tag: tag, Words: words, Wraps: true, At: i, End: i + len(words)}
}

// TestSharedCodes: the codes of the French go into an English inserted whole where it holds the
// words they wrap as the French writes them, once, as whole words (beside « » with no-break spaces,
// an emoji, e + U+0301), around the whole English for a code around the whole French, at an end for
// one at the French's end; any code that cannot be so placed, or two that would cross, place none.
func TestSharedCodes(t *testing.T) {
	nb := "\u00a0"
	fr1 := "Selon «" + nb + "Zoé Rene\u0301e" + nb + "» 😀, la Cie refuse."
	fr2 := "Le Monde a publié l’article de Zoé."
	whole := formats.Code{Tag: `<pc id="1">`, Wraps: true, At: 0, End: len(fr2)}
	tests := []struct {
		name, french, english string
		codes                 []formats.Code
		want                  string // the English with its markers, "" for none placed
	}{
		{"name written alike", fr1, "According to «" + nb + "Zoé Rene\u0301e" + nb + "» 😀, the firm refuses.",
			[]formats.Code{wrapCode(fr1, `<pc id="1">`, "Zoé Rene\u0301e", 0)},
			"According to «" + nb + "[0Zoé Rene\u0301e]0" + nb + "» 😀, the firm refuses."},
		{"nested, whole and at the end", fr2, "The article was published by Le Monde.",
			[]formats.Code{whole, wrapCode(fr2, `<pc id="2">`, "Le Monde", 0), {Tag: `<ph id="3"/>`, At: len(fr2), End: len(fr2)}},
			"[0The article was published by [1Le Monde]1.]0(2"},
		{"at the start", fr2, "Le Monde published it.", []formats.Code{{Tag: `<ph id="1"/>`}, wrapCode(fr2, `<pc id="2">`, "Le Monde", 0)},
			"(0[1Le Monde]1 published it."},
		{"a name written otherwise", fr1, "According to Zoe Renee, the firm refuses.", []formats.Code{wrapCode(fr1, `<pc id="1">`, "Zoé Rene\u0301e", 0)}, ""},
		{"one of two not found", fr2, "Le Monde published Zoe's article.",
			[]formats.Code{wrapCode(fr2, `<pc id="1">`, "Le Monde", 0), wrapCode(fr2, `<pc id="2">`, "Zoé", 0)}, ""},
		{"twice in the English", fr2, "Zoé wrote it, Le Monde says Zoé.", []formats.Code{wrapCode(fr2, `<pc id="1">`, "Zoé", 0)}, ""},
		{"inside a word", fr2, "Le Mondeo published Zoéy's article.", []formats.Code{wrapCode(fr2, `<pc id="1">`, "Zoé", 0)}, ""},
		{"a place inside the French", fr2, "Le Monde published it.", []formats.Code{{Tag: `<ph id="1"/>`, At: 9, End: 9}}, ""},
		{"crossing", "Un deux trois quatre.", "Three two one four.",
			[]formats.Code{wrapCode("Un deux trois quatre.", `<pc id="1">`, "deux trois", 0), wrapCode("Un deux trois quatre.", `<pc id="2">`, "trois quatre", 0)}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			marks, ok := sharedCodes(tc.french, tc.english, tc.codes)
			got := ""
			if ok {
				got = showMarks(tc.english, marks)
			}
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// showMarks writes en with its markers: [k and ]k around words, (k at one place.
func showMarks(en string, marks []annotate.CodePlace) string {
	var b strings.Builder
	for i := 0; i <= len(en); i++ {
		for _, close := range []bool{true, false} {
			for _, m := range marks {
				if m.At == i && m.Close == close {
					switch {
					case close:
						b.WriteString("]")
					case slices.ContainsFunc(marks, func(c annotate.CodePlace) bool { return c.Code == m.Code && c.Close }):
						b.WriteString("[")
					default:
						b.WriteString("(")
					}
					b.WriteByte(byte('0' + m.Code))
				}
			}
		}
		if i < len(en) {
			b.WriteByte(en[i])
		}
	}
	return b.String()
}

// TestInsertionPlacesSharedCodes: a machine translation replacing the English places the French's
// code around the name it writes alike, in the insertion's undo step, and says so; one writing the
// name otherwise places none and says that F9 or the export will.
func TestInsertionPlacesSharedCodes(t *testing.T) {
	ui, _ := typeCodedEnglish(t, 0, "x")
	seg := ui.doc.Segments[0]
	if err := ui.insertText(stepInsertMT, "According to Sergueï Lavrov, Russia refuses.", true); err != nil {
		t.Fatal(err)
	}
	if got, want := markedEnglish(seg, ui.codesOf(seg)), "According to <1>Sergueï Lavrov</1>, Russia refuses."; got != want {
		t.Errorf("after the machine translation: %q, want %q", got, want)
	}
	if s := ui.status.Text; !strings.Contains(s, "Inserted with its codes") {
		t.Errorf("status %q", s)
	}
	if got, want := exportedTarget(t, ui.doc, "name"), `According to <pc id="1">Sergueï Lavrov</pc>, Russia refuses.`; got != want {
		t.Errorf("exported %q, want %q", got, want)
	}
	ui.undoStep()
	if seg.Target != "x" || len(seg.Codes) != 0 {
		t.Errorf("after undo: %q %+v", seg.Target, seg.Codes)
	}
	if err := ui.insertText(stepInsertMT, "According to Sergei Lavrov, Russia refuses.", true); err != nil {
		t.Fatal(err)
	}
	if len(seg.Codes) != 0 || !strings.Contains(ui.status.Text, "without inline codes") {
		t.Errorf("a name written otherwise: codes %+v, status %q", seg.Codes, ui.status.Text)
	}
}
