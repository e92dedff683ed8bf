package annotate

import (
	"errors"
	"fmt"
	"strings"
	"testing"
)

// TestDecodeErrorCodes: each problem a Glose JSON file may have comes with its code and the values its
// wording needs, so that the app can say it in the user's language; the English message the command
// line prints keeps the file, the place and what was expected.
func TestDecodeErrorCodes(t *testing.T) {
	const text = `"Noël x\u0301 👍🏽 à « Paris » 🇫🇷."`
	doc := func(extra string) string {
		return `{"format": "glose/1", "id": "d", "source": {"lang": "fr", "text": ` + text + `}, "target": {"lang": "en"}, ` +
			`"segments": [{"id": "s1", "start": 0, "end": 26, "paragraph": 0, "status": "new", "target": "Noël 🇫🇷"}]` + extra + `}`
	}
	span := func(fields string) string {
		return `, "spans": [{"id": "t1", "label": "LOC", "origin": "human", ` + fields + `}]`
	}
	for _, c := range []struct {
		json string
		code ErrorCode
		arg  string // one of its Args, as key=value
		msg  string
	}{
		{`{"id": "d"}`, InvalidFormatMissing, "", `format: missing`},
		{`{"format": "glose/3"}`, InvalidFormatVersion, "Version=glose/3", `written by a newer version of Glose: it is in version "glose/3"`},
		{`{"format": "brat"}`, InvalidFormat, "Format=brat", `"brat" is not a Glose format`},
		{`{"format": "glose/1", "offsets": "bytes"}`, InvalidOffsetUnit, "Unit=bytes", `unit "bytes" is not supported`},
		{doc(span(`"side": "source", "start": 20, "end": 27, "text": "x"`)), InvalidRange, "Len=26", `spans[0]: range [20, 27) is not inside source.text (26 code points)`},
		{doc(span(`"side": "target", "segment": "s1", "start": 5, "end": 9, "text": "x"`)), InvalidRange, "Segment=s1", `the target of segment s1 (7 code points)`},
		{doc(span(`"side": "source", "start": 15, "end": 20, "text": "Pâris"`)), InvalidText, "Found=Paris", `spans[0].text: "Pâris" does not match the text at [15, 20), which is "Paris"`},
		{doc(span(`"side": "target", "segment": "s9", "start": 0, "end": 1, "text": "N"`)), InvalidNoSegment, "Segment=s9", `spans[0].segment: no segment "s9"`},
		{doc(span(`"side": "middle", "start": 0, "end": 1, "text": "N"`)), InvalidChoice, "Value=middle", `spans[0].side: "middle": expected "source" or "target"`},
		{doc(span(`"side": "source", "start": 15, "end": 20, "text": "Paris", "confidence": 2`)), InvalidConfidence, "Value=2", `spans[0].confidence: 2: expected a number from 0 to 1`},
		{doc(`, "meta": {"created": "hier"}`), InvalidDate, "Value=hier", `meta.created: "hier" is not an RFC 3339 date-time`},
		{doc(`, "links": [{"id": "l1", "type": "speaker", "from": "t7", "to": "t8", "origin": "human"}]`), InvalidNoSpan, "Span=t7", `links[0].from: no span "t7"`},
		{strings.Replace(doc(""), `"id": "d"`, `"id": ""`, 1), InvalidNoID, "", `id: empty`},
		{strings.Replace(doc(""), `"lang": "fr"`, `"lang": "français"`, 1), InvalidLanguage, "Value=français", `source.lang: "français" is not a BCP 47`},
		{strings.Replace(doc(""), `"status": "new"`, `"status": "fini"`, 1), InvalidChoice, "Allowed=new, draft, translated, reviewed", `segments[0].status: "fini"`},
		{doc(`, "rejected": [{"side": "source", "start": 15, "end": 20, "label": "LOC", "text": "Paris", "segment": "s1"}]`), InvalidSourceSegment, "", `rejected[0]: a source rejection has no segment`},
		{strings.Replace(doc(span(`"side": "source", "start": 15, "end": 20, "text": "Paris"`)), `"LOC"`, `"LIEU"`, 1), InvalidLabel, "Label=LIEU", `spans[0]: unknown label "LIEU"`},
		{doc(span(`"side": "source", "start": 15, "end": 20, "text": "Paris", "label": "LIEU"`)), InvalidDuplicateKey, "Key=label", `spans[0].label: key "label" is given twice`},
		{strings.Replace(doc(""), `"Noël`, `"\udc00Noël`, 1), InvalidSurrogate, `Escape=\udc00`, `source.text: \udc00 is half`},
	} {
		_, err := Unmarshal([]byte(c.json), "a.json")
		var ve *ValidationError
		if !errors.As(err, &ve) {
			t.Errorf("%s: %v, want a *ValidationError", c.json, err)
			continue
		}
		k, v, _ := strings.Cut(c.arg, "=")
		if ve.Code != c.code || (k != "" && fmt.Sprint(ve.Args[k]) != v) {
			t.Errorf("%s: code %q args %v; want %s with %s", c.json, ve.Code, ve.Args, c.code, c.arg)
		}
		if !strings.HasPrefix(err.Error(), "a.json: ") || !strings.Contains(err.Error(), c.msg) {
			t.Errorf("%s: %q, want %q", c.json, err, c.msg)
		}
	}
}
