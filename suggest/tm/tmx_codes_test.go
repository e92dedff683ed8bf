package tm

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate/infile"
)

// codedTMX has units whose targets carry codes among « guillemets » with no-break spaces, an emoji
// and e + U+0301, one whose target puts its codes in another order than its source, one whose codes
// are a bpt left open and an isolated it, and one without codes.
const codedTMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="test" segtype="sentence" o-tmf="x" adminlang="en" srclang="fr" datatype="xml"/><body>
<tu><tuv xml:lang="fr"><seg>Selon <bpt i="1" x="1">&lt;b&gt;</bpt>Sergueï Lavrov<ept i="1">&lt;/b&gt;</ept>, la Russie refuse.</seg></tuv>` +
	"<tuv xml:lang=\"en\"><seg>«\u00a0According to <bpt i=\"1\" x=\"1\">&lt;b&gt;</bpt>Sergueï Lavrov<ept i=\"1\">&lt;/b&gt;</ept>\u00a0» 😀 cafe\u0301<ph x=\"2\">&lt;br/&gt;</ph>, Russia refuses.</seg></tuv></tu>\n" +
	`<tu><tuv xml:lang="fr"><seg>Le <ph x="2"/>patron <bpt i="3">&lt;i&gt;</bpt>dit<ept i="3">&lt;/i&gt;</ept>.</seg></tuv><tuv xml:lang="en"><seg>The boss <bpt i="3">&lt;i&gt;</bpt>says<ept i="3">&lt;/i&gt;</ept><ph x="2"/>.</seg></tuv></tu>
<tu><tuv xml:lang="fr"><seg>Un <bpt i="5"/>essai<it pos="end"/>.</seg></tuv><tuv xml:lang="en"><seg>A <bpt i="5">&lt;u&gt;</bpt>test<it pos="end">&lt;/i&gt;</it>, <hi>really</hi>.</seg></tuv></tu>
<tu><tuv xml:lang="fr"><seg>Le café est chaud.</seg></tuv><tuv xml:lang="en"><seg>The coffee is hot.</seg></tuv></tu>
</body></tmx>
`

// showCodes writes target with its codes: [k and ]k around the words of code k, (k where it stands,
// k its Order.
func showCodes(target string, codes []TargetCode) string {
	var b strings.Builder
	for i := 0; i <= len(target); i++ {
		for _, c := range codes {
			if c.Wraps && c.End == i {
				fmt.Fprintf(&b, "]%d", c.Order)
			}
		}
		for _, c := range codes {
			switch {
			case c.At != i:
			case c.Wraps:
				fmt.Fprintf(&b, "[%d", c.Order)
			default:
				fmt.Fprintf(&b, "(%d", c.Order)
			}
		}
		if i < len(target) {
			b.WriteByte(target[i])
		}
	}
	return b.String()
}

// TestTargetCodes: each code of a unit's target is where its markup puts it in the target's text,
// bytes counted through no-break spaces, an emoji and a combining accent (composed on import), in
// the order of the unit's source; a unit without codes has none, as has a unit whose stored markup
// no longer reads as its target.
func TestTargetCodes(t *testing.T) {
	ctx := context.Background()
	m := openTemp(t)
	if _, err := m.Import(ctx, strings.NewReader(codedTMX), ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{
		"Selon Sergueï Lavrov, la Russie refuse.": "«\u00a0According to [0Sergueï Lavrov]0\u00a0» 😀 café(2, Russia refuses.",
		"Le patron dit.":     "The boss [1says]1(0.",
		"Un essai.":          "A (0test(1, [4really]4.",
		"Le café est chaud.": "The coffee is hot.",
	}
	var units []Unit
	m.Each(ctx, func(u Unit) error { units = append(units, u); return nil })
	if len(units) != len(want) {
		t.Fatalf("%d units, want %d", len(units), len(want))
	}
	for _, u := range units {
		codes, err := m.TargetCodes(ctx, u.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got := showCodes(u.Target, codes); got != want[u.Source] {
			t.Errorf("%s:\n got %q\nwant %q", u.Source, got, want[u.Source])
		}
	}
	if c, _ := m.TargetCodes(ctx, units[0].ID); len(c) != 2 || c[0].Element != "bpt" || c[0].X != "1" || c[1].Element != "ph" || c[1].X != "2" {
		t.Errorf("codes of the first unit %+v", c)
	}
	if _, err := m.db.ExecContext(ctx, `UPDATE tm_markup SET target = 'Other <ph x="1"/>text' WHERE unit = ?`, units[0].ID); err != nil {
		t.Fatal(err)
	}
	if c, err := m.TargetCodes(ctx, units[0].ID); c != nil || err != nil {
		t.Errorf("markup that is not the target's text: %+v, %v", c, err)
	}
	if _, err := m.db.ExecContext(ctx, `UPDATE tm_markup SET target = '<ph x="1">' WHERE unit = ?`, units[0].ID); err != nil {
		t.Fatal(err)
	}
	if _, err := m.TargetCodes(ctx, units[0].ID); err == nil || !strings.Contains(err.Error(), "malformed inline markup") {
		t.Errorf("malformed markup: %v", err)
	}
}

// TestUnitCodesAsImported: the markup the importer keeps reads back as the target it stored, so that
// the codes are known; a <seg> inside a <seg> (not TMX, but what a broken export may write) is a code
// there, its text left out, and used to make the markup read as other text, its codes then unknown.
func TestUnitCodesAsImported(t *testing.T) {
	tests := []struct{ name, src, tgt, want string }{
		{"nested seg", `Le <ph x="1"/>patron.`, `The <ph x="1"/>boss<seg>(aparté)</seg> 😀.`, "The (0boss(2 😀."},
		{"codes inside a code", `Un essai.`, "«\u00a0A <bpt i=\"2\"><sub>x</sub></bpt>test<ept i=\"2\"/>\u00a0»", "«\u00a0A [0test]0\u00a0»"},
		{"hi in hi", `Oui.`, `<hi>Ye<hi>s</hi>!</hi> e&#x301;`, "[0Ye[1s]1!]0 é"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := `<tmx><body><tu><tuv xml:lang="fr"><seg>` + tt.src + `</seg></tuv><tuv xml:lang="en"><seg>` + tt.tgt + `</seg></tuv></tu></body></tmx>`
			p := tmxParser{dec: infile.NewXMLDecoder("t.tmx", strings.NewReader(data))}
			tu, err := p.next()
			if err != nil {
				t.Fatal(err)
			}
			u, _ := p.unit(tu)
			codes, err := unitCodes(u.Target, u.source, u.target)
			if got := showCodes(u.Target, codes); err != nil || got != tt.want {
				t.Errorf("%q: got %q, %v; want %q", u.target, got, err, tt.want)
			}
		})
	}
}
