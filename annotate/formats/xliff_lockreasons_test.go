package formats

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestGloseXLIFFKeepsLockReasons: Glose's own XLIFF 2 and 1.2 say why each segment is locked, so that
// reading the file back tells a segment the client's file locked from one a translator locked (and
// one whose reason a file of before did not say); a unit that only translate="no" locked is written
// as before, translate="no" alone.
func TestGloseXLIFFKeepsLockReasons(t *testing.T) {
	paras := [][]string{
		{"Le maire « parle ».", "Il sourit 😀."},
		{"REF-e\u0301té 2026."},
		{"Café « Zoé ».", "Fin."},
	}
	var text []string
	for _, p := range paras {
		text = append(text, strings.Join(p, " "))
	}
	d := annotate.NewDocument("doc", "Doc", annotate.NFC(strings.Join(text, "\n\n")), "fr", "en")
	at := 0
	for i, p := range paras {
		for _, s := range p {
			n := len(annotate.NFC(s))
			d.AddSegment(at, at+n, i, annotate.KindSentence)
			at += n + 1
		}
		at++
	}
	locks := []struct {
		locked bool
		why    annotate.LockReason
	}{
		{true, annotate.LockTranslator}, {false, ""}, // a translator's lock beside an open segment
		{true, annotate.LockTranslateNo},                         // the client's translate="no"
		{true, annotate.LockMemoQ}, {true, annotate.LockUnknown}, // memoQ's, and one of a file of before
	}
	for i, s := range d.Segments {
		s.Target, s.Status = "English "+s.ID+" “é” 😀", annotate.StatusReviewed
		s.Locked, s.LockReason = locks[i].locked, locks[i].why
	}
	for _, c := range []struct {
		format string
		want   []string
	}{
		{"xliff", []string{`<unit id="u1" glose:locked="translator no">`, `<unit id="u2" translate="no">`, `<unit id="u3" translate="no" glose:locked="memoq yes">`}},
		{"xliff12", []string{`<trans-unit id="s1" translate="no" xmlns:glose="urn:glose:xliff:1" glose:locked="translator"`, `<trans-unit id="s3" translate="no" xml:space`, `glose:locked="yes"`}},
	} {
		files, _, err := Write(c.format, []*annotate.Document{d}, WriteOptions{})
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range c.want {
			if !bytes.Contains(files[0].Data, []byte(w)) {
				t.Errorf("%s: no %s in\n%s", c.format, w, files[0].Data)
			}
		}
		docs, _, err := Read("back.xlf", files[0].Data, ReadOptions{Format: c.format})
		if err != nil {
			t.Fatalf("%s: %v", c.format, err)
		}
		if len(docs[0].Segments) != len(locks) {
			t.Fatalf("%s: %d segments read back, want %d", c.format, len(docs[0].Segments), len(locks))
		}
		for i, s := range docs[0].Segments {
			if w := locks[i]; s.Locked != w.locked || s.LockReason != w.why || s.Target != d.Segments[i].Target {
				t.Errorf("%s: segment %d reads back locked %v (%q), %q; want %v (%q), %q", c.format, i+1, s.Locked, s.LockReason, s.Target, w.locked, w.why, d.Segments[i].Target)
			}
		}
	}
}

// TestMergeBackLockKinds: the merge-back into the client's file sends a segment a translator locked
// in Glose with its English (the lock is Glose's, the file knows nothing of it), and leaves a unit the
// file marks translate="no" as the client sent it, even once unlocked and edited, saying so.
func TestMergeBackLockKinds(t *testing.T) {
	client := []byte(`<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr" trgLang="en">
 <file id="f1">
  <unit id="u1"><segment id="s1"><source>Le maire « parle » 😀.</source></segment></unit>
  <unit id="u2" translate="no"><segment id="s1"><source>REF-e` + "\u0301" + `té</source></segment></unit>
 </file>
</xliff>`)
	docs, _, err := Read("client.xlf", client, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	open, fileLocked := d.Segments[0], d.Segments[1]
	if open.Locked || !fileLocked.Locked || fileLocked.LockReason != annotate.LockTranslateNo {
		t.Fatalf("read locked %v, %v (%q); want false, true (translate-no)", open.Locked, fileLocked.Locked, fileLocked.LockReason)
	}
	e := annotate.NewEditor(d)
	steps := []func() error{
		func() error { _, err := e.SetTarget(open.ID, "The mayor “speaks” 😀."); return err },
		func() error { return e.SetStatus(open.ID, annotate.StatusReviewed) },
		func() error { return e.SetLocked(open.ID, true) },
		func() error { return e.SetLocked(fileLocked.ID, false) },
		func() error { _, err := e.SetTarget(fileLocked.ID, "REF-summer"); return err },
	}
	for i, step := range steps {
		if err := step(); err != nil {
			t.Fatalf("step %d: %v", i+1, err)
		}
	}
	if open.LockReason != annotate.LockTranslator {
		t.Errorf("the translator's lock says %q, want translator", open.LockReason)
	}
	files, warns, err := Write("xliff", docs, WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	out := string(files[0].Data)
	if !strings.Contains(out, `<segment id="s1" state="reviewed"><source>Le maire « parle » 😀.</source><target>The mayor “speaks” 😀.</target></segment>`) {
		t.Errorf("the segment the translator locked is not sent with its English:\n%s", out)
	}
	if !strings.Contains(out, `<unit id="u2" translate="no"><segment id="s1"><source>REF-e`+"\u0301"+`té</source></segment></unit>`) || strings.Contains(out, "REF-summer") {
		t.Errorf("the unit the client's file locked did not stay as sent:\n%s", out)
	}
	warns = slices.DeleteFunc(warns, func(w Warning) bool { return w.Code == WarnChangesNotAccepted }) // s1's edit
	if len(warns) != 1 || warns[0].Code != WarnNotMerged || warns[0].Args["Segments"] != fileLocked.ID {
		t.Errorf("warnings %v, want one %s naming %s", warns, WarnNotMerged, fileLocked.ID)
	}
}

// TestMergeBackMemoQLockEdited: a segment memoQ locked, unlocked and edited in Glose, goes back into
// the client's file with its new English (as the lock mark's tip says), the file's lock left as it was.
func TestMergeBackMemoQLockEdited(t *testing.T) {
	client := []byte(`<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff" version="1.2">
 <file original="a.docx" source-language="fr" target-language="en" datatype="x-memoq"><body>
  <trans-unit id="2" mq:status="ManuallyConfirmed" mq:locked="locked"><source>Café « Zoé » 😀</source><target state="translated">Café “Zoé” 😀</target></trans-unit>
 </body></file>
</xliff>`)
	docs, _, err := Read("memoq.xlf", client, ReadOptions{Format: "xliff12"})
	if err != nil {
		t.Fatal(err)
	}
	seg := docs[0].Segments[0]
	if seg.LockReason != annotate.LockMemoQ {
		t.Fatalf("read with lock reason %q, want memoq", seg.LockReason)
	}
	e := annotate.NewEditor(docs[0])
	if err := e.SetLocked(seg.ID, false); err != nil {
		t.Fatal(err)
	}
	if _, err := e.SetTarget(seg.ID, "Zoe\u0301’s café 😀"); err != nil {
		t.Fatal(err)
	}
	files, _, err := Write("xliff12", docs, WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	out := string(files[0].Data)
	if !strings.Contains(out, `mq:locked="locked"`) || !strings.Contains(out, ">Zoe\u0301’s café 😀</target>") {
		t.Errorf("the edited segment memoQ locked did not go back with its English, the lock kept:\n%s", out)
	}
}
