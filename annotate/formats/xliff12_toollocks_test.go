package formats

import (
	"bytes"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestXLIFF12ToolLocks: a segment memoQ (mq:locked="locked") or SDL Trados (<sdl:seg locked="true">,
// by its mid) locks imports locked, by the file (LockMemoQ, LockTrados), with its translation; the others of the file do not; and the file
// merges back as it was.
func TestXLIFF12ToolLocks(t *testing.T) {
	memoQ := []byte(`<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff" version="1.2">
 <file original="a.docx" source-language="fr" target-language="en" datatype="x-memoq"><body>
  <trans-unit id="1" mq:status="NotStarted" mq:locked="no"><source>Le maire parle.</source><target></target></trans-unit>
  <trans-unit id="2" mq:status="ManuallyConfirmed" mq:locked="locked"><source>Café « Zoé » 😀</source><target>Café “Zoé” 😀</target></trans-unit>
 </body></file>
</xliff>`)
	sdl := []byte(`<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" version="1.2">
 <file original="a.docx" source-language="fr" target-language="en" datatype="x-sdlfilterframework2"><body>
  <trans-unit id="u1"><source>Le maire parle. Café « Zoé » 😀</source>
   <seg-source><mrk mtype="seg" mid="1">Le maire parle.</mrk> <mrk mtype="seg" mid="2">Café « Zoé » 😀</mrk></seg-source>
   <target><mrk mtype="seg" mid="1"></mrk> <mrk mtype="seg" mid="2">Café “Zoé” 😀</mrk></target>
   <sdl:seg-defs><sdl:seg id="1"/><sdl:seg id="2" locked="true" conf="ApprovedSignOff"/></sdl:seg-defs>
  </trans-unit>
 </body></file>
</xliff>`)
	for _, c := range []struct {
		name string
		data []byte
		why  annotate.LockReason
	}{{"memoq.xlf", memoQ, annotate.LockMemoQ}, {"trados.sdlxliff", sdl, annotate.LockTrados}} {
		docs, _, err := Read(c.name, c.data, ReadOptions{Format: "xliff12"})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		d := docs[0]
		if len(d.Segments) != 2 {
			t.Fatalf("%s: %d segments, want 2", c.name, len(d.Segments))
		}
		if s := d.Segments[0]; s.Locked {
			t.Errorf("%s: %q is locked", c.name, d.SourceText(s))
		}
		if s := d.Segments[1]; !s.Locked || s.LockReason != c.why || s.Target != "Café “Zoé” 😀" {
			t.Errorf("%s: %q reads locked %v (%q), English %q; want locked by the file (%q), with the file's English", c.name, d.SourceText(s), s.Locked, s.LockReason, s.Target, c.why)
		}
		files, _, err := Write("xliff12", docs, WriteOptions{})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if !bytes.Equal(files[0].Data, c.data) {
			t.Errorf("%s: the untouched document does not merge back as the file:\n%s", c.name, files[0].Data)
		}
	}
}
