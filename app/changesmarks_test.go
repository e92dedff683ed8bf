package app

import (
	"slices"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/app/textview"
	"github.com/glose-app/glose/internal/grapheme"
	"github.com/glose-app/glose/suggest/tm"
)

// punctuationDoc is a document whose first segments a reviewer changed in punctuation and spacing
// only (a comma added, a no-break space before ?; guillemets for quotation marks, ' for ’, a hyphen
// for an en dash, a full stop dropped; a no-break space after an emoji with a skin tone and combining
// accents), the third in words too.
func punctuationDoc() *annotate.Document {
	d := filterDoc(4)
	for i, v := range [][2]string{
		{"On Wednesday Donald Trump met Sergei Lavrov ?", "On Wednesday, Donald Trump met Sergei Lavrov\u00a0?"},
		{"He said «\u00a0no\u00a0» to Trump's men - all of them.", "He said “no” to Trump’s men – all of them"},
		{"It is over, e\u0301te\u0301 😀.", "It is finished, été 👍🏽!"},
		{"Café e\u0301te\u0301 👍🏽 ?", "Café e\u0301te\u0301 👍🏽\u00a0?"},
	} {
		d.Segments[i].TranslatorTarget, d.Segments[i].Target, d.Segments[i].Status = v[0], v[1], annotate.StatusReviewed
	}
	return d
}

// boxed returns the marks of a TextView's boxed highlights of one style, in order, without the
// narrow no-break spaces that give their frames a margin.
func boxed(tv *textview.TextView, st textview.Style) []string {
	var out []string
	for _, h := range tv.Highlights() {
		if h.Style == st && h.Box {
			out = append(out, strings.Trim(tv.Text()[h.Start:h.End], "\u202f"))
		}
	}
	return out
}

// TestPunctuationChangesShown: on the line of changes, punctuation and spaces a reviewer removed or
// added are framed, struck through or underlined as words are, a space drawn as ·, a no-break space
// as °; words changed are not framed; no frame cuts a letter from its accent or an emoji from its
// skin tone. The status line says in words what changed when only punctuation and spacing did, and
// the mark's tip too; when a word changed, the status line says only that the segment changed.
func TestPunctuationChangesShown(t *testing.T) {
	ui, _ := newTestUI(t, punctuationDoc(), false)
	for i, want := range []struct{ removed, added []string }{
		{[]string{"·"}, []string{",", "°"}},
		{[]string{"«°", "°»", "'", "-", "."}, []string{"“", "”", "’", "–"}},
		{nil, nil},
		{[]string{"·"}, []string{"°"}},
	} {
		r := ui.rowFor(i)
		if r == nil || !r.changes.Visible() {
			t.Fatalf("segment %d: no line of changes", i+1)
		}
		tv := &r.changes.TextView
		if got := boxed(tv, textview.Strike); !slices.Equal(got, want.removed) {
			t.Errorf("segment %d (%q): framed and struck through %q, want %q", i+1, tv.Text(), got, want.removed)
		}
		if got := boxed(tv, textview.Underline); !slices.Equal(got, want.added) {
			t.Errorf("segment %d (%q): framed and underlined %q, want %q", i+1, tv.Text(), got, want.added)
		}
		for _, h := range tv.Highlights() {
			if s := tv.Text(); grapheme.Snap(s, h.Start) != h.Start || grapheme.Snap(s, h.End) != h.End {
				t.Errorf("segment %d: highlight %q cuts a cluster", i+1, s[h.Start:h.End])
			}
		}
	}
	if got, want := marked(&ui.rowFor(2).changes.TextView, textview.Strike), []string{"over", "😀."}; !slices.Equal(got, want) {
		t.Errorf("segment 3: struck through %q, want the words %q", got, want)
	}
	for i, want := range []string{
		"changed since the translator’s version: comma added after “Wednesday”; space replaced by no-break space before “?”",
		"changed since the translator’s version: opening guillemet + no-break space replaced by opening quotation mark after “said”; no-break space + closing guillemet replaced by closing quotation mark after “no”; straight apostrophe replaced by curly apostrophe after “Trump”; 2 more changes of punctuation or spacing",
		"changed since the translator’s version —",
		"changed since the translator’s version: space replaced by no-break space before “?”",
	} {
		ui.focusSegment(i, annotate.Target)
		if !strings.Contains(ui.status.full+" —", want) {
			t.Errorf("segment %d: status line %q, want %q", i+1, ui.status.full, want)
		}
	}
	if tip := ui.rowFor(0).changed.tip(); !strings.HasPrefix(tip, "Only punctuation or spacing changed: comma added after “Wednesday”;") {
		t.Errorf("the mark's tip %q does not say what changed", tip)
	}
	if tip := ui.rowFor(2).changed.tip(); strings.Contains(tip, "Only punctuation") {
		t.Errorf("the mark's tip of a segment with words changed says %q", tip)
	}
}

// TestPunctuationChangesInFrench: the status line says the changes of punctuation and spacing in
// French, each mark with its article, with French spacing around « » and before ; and :.
func TestPunctuationChangesInFrench(t *testing.T) {
	useLanguage(t, "fr")
	ui, _ := newTestUI(t, punctuationDoc(), false)
	ui.focusSegment(0, annotate.Target)
	want := "modifié depuis la version du traducteur\u00a0: ajout d’une virgule après «\u00a0Wednesday\u00a0»\u00a0; remplacement d’une espace par une espace insécable avant «\u00a0?\u00a0»"
	if !strings.Contains(ui.status.full, want) {
		t.Errorf("status line %q, want %q", ui.status.full, want)
	}
	ui.focusSegment(1, annotate.Target)
	if want := "remplacement d’une apostrophe droite par une apostrophe typographique après «\u00a0Trump\u00a0»\u00a0; 2 autres modifications"; !strings.Contains(ui.status.full, want) {
		t.Errorf("status line %q, want %q", ui.status.full, want)
	}
}

// TestMarkChangesSaid: each change of punctuation or spacing is said with the marks' names and its
// place: a space before the mark it precedes or between the words around it, punctuation after its
// word; an emoji or an accent beside a change stays whole in the words quoted; a change of words
// is not described.
func TestMarkChangesSaid(t *testing.T) {
	for _, c := range []struct{ old, new, want string }{
		{"his top diplomat", "his top  diplomat", "space added between “top” and “diplomat”"},
		{"men of action.", "men of action", "full stop removed after “action”"},
		{"his administration - and", "his administration – and", "hyphen replaced by en dash after “administration”"},
		{"« was closed »", "«\u00a0was closed\u00a0»", "space replaced by no-break space between “«” and “was”; space replaced by no-break space before “»”"},
		{"Top 👍🏽 ?", "Top 👍🏽\u00a0?", "space replaced by no-break space before “?”"},
		{"the e\u0301te\u0301.", "the e\u0301te\u0301…", "full stop replaced by ellipsis after “e\u0301te\u0301”"},
		{"Yes 👍🏽", "Yes 👍🏽.", "full stop added after “👍🏽”"},
		{"at 10 000 metres", "at 10\u202f000 metres", "space replaced by narrow no-break space between “10” and “000”"},
		{"« Non », dit-il.", "«\u00a0Non\u00a0» ; dit-il.", "space replaced by no-break space between “«” and “Non”; space replaced by no-break space before “»”; comma replaced by space + semicolon after “»”"},
		{"It is over.", "It is finished.", ""},
	} {
		if got := strings.Join(markChanges(tm.WordDiff(c.old, c.new)), "; "); got != c.want {
			t.Errorf("%q → %q: said %q, want %q", c.old, c.new, got, c.want)
		}
	}
}
