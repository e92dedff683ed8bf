package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// TestQACodesPlaced: qa on a document imported from a client's XLIFF file and translated names the
// inline code the export could only place by estimate, with the French it wraps; --disable
// codes-placed leaves it out.
func TestQACodesPlaced(t *testing.T) {
	const xlf = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="en">
 <file id="f1"><unit id="u1"><segment><source>Le <pc id="1">patron</pc> est parti.</source></segment></unit></file>
</xliff>
`
	docs, _, err := formats.Read("client.xlf", []byte(xlf), formats.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	docs[0].Segments[0].Target, docs[0].Segments[0].Status = "The boss left.", annotate.StatusTranslated
	data, err := annotate.Marshal(docs[0])
	if err != nil {
		t.Fatal(err)
	}
	doc := filepath.Join(t.TempDir(), "client.json")
	if err := os.WriteFile(doc, data, 0o644); err != nil {
		t.Fatal(err)
	}
	want := `<pc id="1"> around “patron”: its English was not found`
	if _, out, stderr := runCLI(t, "qa", "--fail-on", "never", doc); !strings.Contains(out, want) || !strings.Contains(out, "codes-placed") {
		t.Errorf("qa: %q lacks %q (%s)", out, want, stderr)
	}
	if _, out, _ := runCLI(t, "qa", "--fail-on", "never", "--disable", "codes-placed", doc); strings.Contains(out, want) {
		t.Errorf("qa --disable codes-placed: %q", out)
	}
}
