package app

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestPretranslatedMemoryBringsItsCodes: pre-translation fills each segment from a memory unit with
// inline codes with the segment's codes where the unit has them (through the curly marks of smart
// quotes, by « guillemets » with no-break spaces, an emoji and e + U+0301), exact and fuzzy matches
// alike, in its one undo step, and says how many got them in the interface's language; a unit whose
// codes are not the segment's fills the segment without codes.
func TestPretranslatedMemoryBringsItsCodes(t *testing.T) {
	// the third unit of codedMemoryTMX alone: a point where the segment's code wraps words
	otherCodes := codedMemoryTMX[:strings.Index(codedMemoryTMX, "<tu>")] + codedMemoryTMX[strings.LastIndex(codedMemoryTMX, "<tu>"):]
	for _, c := range []struct{ locale, coded string }{
		{"en_US.UTF-8", "2\u00a0of them got their inline codes from the memory"},
		{"fr_FR.UTF-8", "2\u00a0d’entre eux ont reçu leurs codes en ligne de la mémoire"},
	} {
		t.Run(c.locale, func(t *testing.T) {
			useLocale(t, c.locale)
			d := clientCodesDoc(t)
			ui := suggestUI(t, d, nil, nil)
			ui.importTMX(nopCloser{strings.NewReader(codedMemoryTMX)}, "coded.tmx")
			ui.pretranslate()
			for i, want := range []string{
				"“Frankly” 😀, café “<1>Sergei Lavrov</1>” says Russia refuses.", // exact; « » are the English’s “ ”
				"",
				"“We stay!”<2/> says the <1>manager</1>.", // fuzzy, its codes in another order
			} {
				seg := d.Segments[i]
				if got := markedEnglish(seg, ui.codesOf(seg)); got != want {
					t.Errorf("segment %d: %q, want %q", i+1, got, want)
				}
			}
			if got, want := exportedTarget(t, d, "name"), "“Frankly” 😀, café “<pc id=\"1\">Sergei Lavrov</pc>” says Russia refuses."; got != want {
				t.Errorf("exported %q, want %q", got, want)
			}
			if s := ui.status.Text; !strings.Contains(s, c.coded) {
				t.Errorf("status %q, want it to say %q", s, c.coded)
			}
			ui.undoStep()
			for i, seg := range d.Segments {
				if seg.Target != "" || len(seg.Codes) != 0 {
					t.Errorf("after one undo, segment %d: %q %+v", i+1, seg.Target, seg.Codes)
				}
			}
		})
	}
	t.Run("codes not the segment's", func(t *testing.T) {
		d := clientCodesDoc(t)
		ui := suggestUI(t, d, nil, nil)
		ui.importTMX(nopCloser{strings.NewReader(otherCodes)}, "other.tmx")
		ui.pretranslate()
		seg := d.Segments[0]
		if seg.Target != "According to Sergei Lavrov, Russia still refuses." || len(seg.Codes) != 0 || seg.Status != annotate.StatusDraft {
			t.Errorf("segment 1: %q %+v %s, want the unit's text without codes, a draft", seg.Target, seg.Codes, seg.Status)
		}
		if s := ui.status.Text; strings.Contains(s, "inline codes") {
			t.Errorf("status %q says codes came", s)
		}
	})
}
