package formats

import (
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestTranslateNoReadsAlikeInBothVersions: a client's unit marked translate="no" is locked, and its
// status is the same from XLIFF 2 and XLIFF 1.2: reviewed (its text is final as the client sent it,
// nobody translates or reviews it) unless the file's state says translated or reviewed. XLIFF 2 read a
// target without a state as new and XLIFF 1.2 as translated; a state saying it is not translated yet
// read new from XLIFF 2 and reviewed from XLIFF 1.2.
func TestTranslateNoReadsAlikeInBothVersions(t *testing.T) {
	const fr, en = "Marque « déposée » de José́ 👍🏽.", "Trademark “registered” of José́ 👍🏽."
	x2 := func(state, target string) string {
		if target != "" {
			target = `<target>` + target + `</target>`
		}
		return `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="fr" trgLang="en"><file id="f">` +
			`<unit id="u1" translate="no"><segment id="s1"` + state + `><source>` + fr + `</source>` + target + `</segment></unit></file></xliff>`
	}
	x12 := func(state, target string) string {
		if target != "" {
			target = `<target` + state + `>` + target + `</target>`
		}
		return `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="fr" target-language="en" datatype="plaintext"><body>` +
			`<trans-unit id="6" translate="no"><source>` + fr + `</source>` + target + `</trans-unit></body></file></xliff>`
	}
	for _, c := range []struct {
		name, xliff2, xliff12 string
		want                  annotate.Status
		target                string
	}{
		{"no target", x2("", ""), x12("", ""), annotate.StatusReviewed, fr},
		{"target without state", x2("", en), x12("", en), annotate.StatusReviewed, en},
		{"copy not translated yet", x2(` state="initial"`, fr), x12(` state="new"`, fr), annotate.StatusReviewed, fr},
		{"translated", x2(` state="translated"`, en), x12(` state="translated"`, en), annotate.StatusTranslated, en},
		{"final", x2(` state="final"`, en), x12(` state="final"`, en), annotate.StatusReviewed, en},
	} {
		for version, xlf := range map[string]string{"XLIFF 2": c.xliff2, "XLIFF 1.2": c.xliff12} {
			docs, _, err := Read("client.xlf", []byte(xlf), ReadOptions{})
			if err != nil {
				t.Fatalf("%s, %s: %v", c.name, version, err)
			}
			s := docs[0].Segments[0]
			if s.Status != c.want || !s.Locked || s.LockReason != annotate.LockTranslateNo || s.Target != c.target {
				t.Errorf("%s, %s: %s, locked %v (%s), English %q; want %s, locked, %q", c.name, version, s.Status, s.Locked, s.LockReason, s.Target, c.want, c.target)
			}
		}
	}
}
