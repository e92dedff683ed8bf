package formats

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestIDList: a list of IDs holding a bare number says what they are, as "…: 6, 7" read like a count.
func TestIDList(t *testing.T) {
	for _, c := range []struct {
		ids  []string
		want string
	}{
		{[]string{"u5"}, "u5"},
		{[]string{"u5", "lines"}, "u5, lines"},
		{[]string{"6"}, "unit 6"},
		{[]string{"6", "12"}, "units 6, 12"},
		{[]string{"intro", "7"}, "units intro, 7"},
		{[]string{"6_1"}, "6_1"},
	} {
		if got := idList(c.ids, "unit", "units"); got != c.want {
			t.Errorf("idList(%q) = %q, want %q", c.ids, got, c.want)
		}
	}
}

// TestCodesPlacedNamesNumericUnits: merged back into an XLIFF 1.2 file whose trans-units are numbered
// (as most tools number them), a unit whose code went at a likely place is named "unit 6" on the
// command line, not a bare "6", and the warning gives the ID of its segment, by which the app names it
// by the number its list shows.
func TestCodesPlacedNamesNumericUnits(t *testing.T) {
	xlf := `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.txt" source-language="fr" target-language="en" datatype="plaintext"><body>
<trans-unit id="5"><source>Première phrase, à José́ 👍🏽.</source></trans-unit>
<trans-unit id="6"><source>Le <g id="1">chat</g> dort « bien ».</source></trans-unit>
</body></file></xliff>`
	docs, _, err := Read("client.xlf", []byte(xlf), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	ed := annotate.NewEditor(d)
	for i, en := range []string{"First sentence, to José́ 👍🏽.", "It sleeps “well”."} {
		_, err := ed.SetTarget(d.Segments[i].ID, en)
		mustDo(t, err)
		mustDo(t, ed.SetStatus(d.Segments[i].ID, annotate.StatusTranslated))
	}
	_, warns, err := Write("xliff12", []*annotate.Document{d}, WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range warns {
		if w.Code != WarnTargetCodesPlaced {
			continue
		}
		if !strings.Contains(w.Msg, "not found: unit 6; check") {
			t.Errorf("message %q names the unit by a bare number", w.Msg)
		}
		if w.Args["Units"] != "6" || w.Args["UnitSegments"] != d.Segments[1].ID {
			t.Errorf("args %v; want unit 6 and segment %s", w.Args, d.Segments[1].ID)
		}
		return
	}
	t.Fatalf("no codes-placed warning among %v", warns)
}
