package app

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// TestExportWarningsNameUnitsBySegmentNumber: merged back into a client's XLIFF 1.2 file whose
// trans-units are numbered, a unit to check in the translation tool is named by the number the segment
// list shows, its ID in brackets ("segment 2 (unit 6)"), not as a bare "6", which read like a count;
// a segment of a translate="no" unit changed in Glose is named by its number.
func TestExportWarningsNameUnitsBySegmentNumber(t *testing.T) {
	xlf := `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a.txt" source-language="fr" target-language="en" datatype="plaintext"><body>
<trans-unit id="5"><source>Première phrase, à José́ 👍🏽.</source></trans-unit>
<trans-unit id="6"><source>Le <g id="1">chat</g> dort « bien ».</source></trans-unit>
<trans-unit id="7" translate="no"><source>Marque déposée.</source></trans-unit>
</body></file></xliff>`
	docs, _, err := formats.Read("client.xlf", []byte(xlf), formats.ReadOptions{})
	must(t, err)
	d := docs[0]
	ed := annotate.NewEditor(d)
	must(t, ed.SetLocked(d.Segments[2].ID, false)) // the translator unlocked the client's translate="no"
	for i, en := range []string{"First sentence, to José́ 👍🏽.", "It sleeps “well”.", "Trademark."} {
		_, err := ed.SetTarget(d.Segments[i].ID, en)
		must(t, err)
	}
	ui, _ := newTestUI(t, d, false)
	f, _ := formats.Lookup("xliff12")
	ui.export(f, formats.WriteOptions{}, filepath.Join(t.TempDir(), "client.export.xlf"), false)
	_, warns := shownWarnings(t, ui)
	joined := strings.Join(warns, "\n")
	for _, want := range []string{": segment 2 (unit 6); check them", "not to translate it: segment 3."} {
		if !strings.Contains(joined, want) {
			t.Errorf("warnings %q lack %q", warns, want)
		}
	}
}
