package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest"
)

// codedMemoryTMX has a unit for each coded segment of clientCodesXLIFF whose English writes the
// French's words otherwise (so that no code is placed by shared words), among a straight quotation
// restyled on insertion, « guillemets » with no-break spaces, an emoji and e + U+0301; the second, a
// fuzzy match, puts its codes in another order than the French; and one for the first segment whose code is not the
// segment's kind.
const codedMemoryTMX = `<tmx version="1.4"><header srclang="fr"/><body>
<tu><tuv xml:lang="fr"><seg>Selon <bpt i="1" x="1">&lt;b&gt;</bpt>Sergueï Lavrov<ept i="1">&lt;/b&gt;</ept>, la Russie refuse.</seg></tuv>` +
	"<tuv xml:lang=\"en\"><seg>\"Frankly\" 😀, cafe\u0301 «\u00a0<bpt i=\"1\" x=\"1\">&lt;b&gt;</bpt>Sergei Lavrov<ept i=\"1\">&lt;/b&gt;</ept>\u00a0» says Russia refuses.</seg></tuv></tu>\n" +
	`<tu><tuv xml:lang="fr"><seg>Le <bpt i="1">&lt;i&gt;</bpt>patron<ept i="1">&lt;/i&gt;</ept> a dit :<ph x="2">&lt;br/&gt;</ph> « Nous restons ! »</seg></tuv><tuv xml:lang="en"><seg>"We stay!"<ph x="2">&lt;br/&gt;</ph> says the <bpt i="1">&lt;i&gt;</bpt>manager<ept i="1">&lt;/i&gt;</ept>.</seg></tuv></tu>
<tu><tuv xml:lang="fr"><seg>Selon <ph x="1"/>Sergueï Lavrov, la Russie refuse toujours.</seg></tuv><tuv xml:lang="en"><seg>According to <ph x="1"/>Sergei Lavrov, Russia still refuses.</seg></tuv></tu>
</body></tmx>`

// TestInsertedMemoryBringsItsCodes: inserting a memory match, exact or fuzzy, whose TMX unit has codes places the
// segment's codes where the unit has them, through the curly marks the insertion puts, in the
// insertion's one undo step, says so in the interface's language, and the export writes them there; a
// unit whose codes are not the segment's inserts its text as before, with today's message.
func TestInsertedMemoryBringsItsCodes(t *testing.T) {
	for _, c := range []struct{ locale, placed, without string }{
		{"en_US.UTF-8", "Inserted with its codes, placed where the memory’s unit has them", "without inline codes"},
		{"fr_FR.UTF-8", "Inséré avec ses codes, placés comme dans l’unité de la mémoire", "sans codes en ligne"},
	} {
		t.Run(c.locale, func(t *testing.T) {
			useLocale(t, c.locale)
			d := clientCodesDoc(t)
			ui := suggestUI(t, d, nil, nil)
			ui.importTMX(nopCloser{strings.NewReader(codedMemoryTMX)}, "coded.tmx")
			score := 0.0 // of the last match inserted
			insertMatch := func(i int, text string) *annotate.Segment {
				t.Helper()
				ui.focusSegment(i, annotate.Target)
				for n, o := range ui.sugg.offers {
					if o.Kind == suggest.KindTM && strings.Contains(o.Text, text) {
						score = o.Score
						must(t, ui.sugg.insert(n))
						return d.Segments[i]
					}
				}
				t.Fatalf("segment %d: no memory match with %q among %+v", i+1, text, ui.sugg.offers)
				return nil
			}

			seg := insertMatch(0, "Frankly")
			want := "“Frankly” 😀, café “<1>Sergei Lavrov</1>” says Russia refuses." // « » are the English’s “ ”
			if got := markedEnglish(seg, ui.codesOf(seg)); got != want {
				t.Errorf("the English with its codes %q, want %q", got, want)
			}
			if s := ui.status.Text; !strings.Contains(s, c.placed) || !strings.Contains(s, "<1>Sergei Lavrov</1>") {
				t.Errorf("status %q, want it to say %q", s, c.placed)
			}
			if got, want := exportedTarget(t, d, "name"), "“Frankly” 😀, café “<pc id=\"1\">Sergei Lavrov</pc>” says Russia refuses."; got != want {
				t.Errorf("exported %q, want %q", got, want)
			}
			ui.undoStep()
			if seg.Target != "" || len(seg.Codes) != 0 {
				t.Errorf("after one undo: %q %+v", seg.Target, seg.Codes)
			}

			seg = insertMatch(2, "manager")
			if got, want := markedEnglish(seg, ui.codesOf(seg)), "“We stay!”<2/> says the <1>manager</1>."; got != want || score >= 100 {
				t.Errorf("a fuzzy match (%.0f%%), codes in another order: %q, want %q", score, got, want)
			}

			seg = insertMatch(0, "still")
			if len(seg.Codes) != 0 || !strings.Contains(ui.status.Text, c.without) {
				t.Errorf("a unit whose code is not the segment's: codes %+v, status %q", seg.Codes, ui.status.Text)
			}
		})
	}
}

// TestInsertButtonKeepsItsMessage taps a memory match's Insert button: the status line says what the
// insertion did, as the shortcut does, not the segment's number and state the focus going back to the
// English would write over it.
func TestInsertButtonKeepsItsMessage(t *testing.T) {
	d := clientCodesDoc(t)
	ui := suggestUI(t, d, nil, nil)
	ui.importTMX(nopCloser{strings.NewReader(codedMemoryTMX)}, "coded.tmx")
	ui.focusSegment(0, annotate.Target)
	var b *widget.Button
	for n, o := range ui.sugg.offers {
		if o.Kind == suggest.KindTM && strings.Contains(o.Text, "Frankly") {
			b = shownButton(ui.sugg.cards.Objects[n], "Insert")
		}
	}
	if b == nil {
		t.Fatalf("no Insert button on the memory match among %+v", ui.sugg.offers)
	}
	test.Tap(b)
	if s := ui.status.Text; !strings.Contains(s, "Inserted with its codes") {
		t.Errorf("status %q after Insert, want what the insertion did", s)
	}
	if got := ui.win.Canvas().Focused(); got != ui.rowFor(0).entry {
		t.Errorf("focus on %T after Insert, want the English field", got)
	}
}

// TestMemoryCardShowsItsCodes: before inserting, a memory match's card shows its unit's inline codes
// where inserting it places the segment's, numbered as the English field shows them; a unit whose
// codes are not the segment's shows its text as it is and says, in the interface's language, that
// they do not come with it; a unit without codes shows neither.
func TestMemoryCardShowsItsCodes(t *testing.T) {
	for _, c := range []struct{ locale, note string }{
		{"en_US.UTF-8", "The memory’s unit has 1\u00a0inline code, not this segment’s: it does not come with it"},
		{"fr_FR.UTF-8", "L’unité de la mémoire a 1\u00a0code en ligne, pas celui de ce segment\u00a0: il ne vient pas avec elle"},
	} {
		t.Run(c.locale, func(t *testing.T) {
			useLocale(t, c.locale)
			d := clientCodesDoc(t)
			ui := suggestUI(t, d, []pair{{FR: "Le ministre est parti.", EN: "The minister left."}}, nil)
			ui.importTMX(nopCloser{strings.NewReader(codedMemoryTMX)}, "coded.tmx")
			shown := func(i int) string {
				ui.focusSegment(i, annotate.Target)
				return strings.Join(labels(ui.sugg.cards), "\n")
			}
			text := shown(0)
			for _, want := range []string{
				"\"Frankly\" 😀, caf\u00e9 «\u00a0<1>Sergei Lavrov</1>\u00a0» says Russia refuses.", // the memory keeps e + U+0301 composed
				"According to Sergei Lavrov, Russia still refuses.\n" + c.note,
			} {
				if !strings.Contains(text, want) {
					t.Errorf("segment 1's cards show\n%s\nwant %q", text, want)
				}
			}
			if text := shown(2); !strings.Contains(text, "\"We stay!\"<2/> says the <1>manager</1>.") {
				t.Errorf("segment 3's cards show\n%s", text)
			}
			if text := shown(1); !strings.Contains(text, "The minister left.") || strings.Contains(text, "<") || strings.Contains(text, c.note[:10]) {
				t.Errorf("a unit without codes: the card shows\n%s", text)
			}
		})
	}
}
