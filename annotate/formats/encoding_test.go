package formats

import (
	"fmt"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

func toLatin1(t *testing.T, s string) string {
	t.Helper()
	b, err := charmap.ISO8859_1.NewEncoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Latin-1 letters in JSON used to become U+FFFD with exit status 0; each JSON format refuses them with
// the file, the line and the byte offset in the file, and says how to convert.
func TestJSONImportsRefuseInvalidUTF8(t *testing.T) {
	doccano := `{"id": 1, "text": "Emmanuel Macron est à Paris, l'Élysée.", "entities": [{"id": 1, "label": "PER", "start_offset": 0, "end_offset": 15}]}`
	glose := `{"format": "glose/1", "id": "d", "title": "à Paris", "source": {"lang": "fr", "text": "Il est à Paris."}, "target": {"lang": "en"}, "segments": [], "spans": [], "links": [], "entities": []}`
	ls := `[{"data": {"text": "Il est à Paris."}, "annotations": []}]`
	tests := []struct {
		name, data string
		want       string
	}{
		{"l1.jsonl", "{\"id\": 0, \"text\": \"ok\", \"entities\": []}\n" + toLatin1(t, doccano), "l1.jsonl: line 2, byte offset %d: invalid UTF-8 (byte 0xe0)"},
		{"l1.json", toLatin1(t, glose), "l1.json: line 1, byte offset %d: invalid UTF-8 (byte 0xe0)"},
		{"corpus.jsonl", toLatin1(t, glose) + "\n", "corpus.jsonl: line 1, byte offset %d: invalid UTF-8"},
		{"tasks.json", toLatin1(t, ls), "tasks.json: line 1, byte offset %d: invalid UTF-8"},
	}
	for _, tc := range tests {
		_, _, err := Read(tc.name, []byte(tc.data), ReadOptions{})
		tc.want = fmt.Sprintf(tc.want, strings.IndexByte(tc.data, 0xe0))
		if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "iconv -f latin1 -t utf-8") {
			t.Errorf("%s: error %v; want %q and the iconv command", tc.name, err, tc.want)
		}
	}
}

func utf16BOM(t *testing.T, s string, e unicode.Endianness) string {
	t.Helper()
	b, err := unicode.UTF16(e, unicode.UseBOM).NewEncoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func encodeAs(t *testing.T, s string, cm *charmap.Charmap) string {
	t.Helper()
	b, err := cm.NewEncoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// Files in UTF-16 with a byte-order mark (which XML processors must read), in the encoding an XML
// declaration or an HTML <meta> names, and JSON with a UTF-8 byte-order mark are read, not refused.
func TestImportReadsDeclaredEncodings(t *testing.T) {
	const fr = "« Déjà vu », dit l’Élysée à Paris."
	tmx := func(enc, seg string) string {
		return `<?xml version="1.0" encoding="` + enc + `"?>` + "\n" + `<tmx version="1.4"><header srclang="fr"/><body><tu tuid="s1"><prop type="x-glose-status">translated</prop>` +
			`<tuv xml:lang="fr"><seg>` + seg + `</seg></tuv><tuv xml:lang="en"><seg>"Déjà vu", says the Élysée.</seg></tuv></tu></body></tmx>`
	}
	xliff := func(enc, src string) string {
		return `<?xml version="1.0" encoding="` + enc + `"?>` + "\n" + `<xliff version="2.1" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="fr" trgLang="en">` +
			`<file id="d"><unit id="u1"><segment state="translated"><source>` + src + `</source><target>Déjà vu</target></segment></unit></file></xliff>`
	}
	html := func(meta, body string) string {
		return `<!DOCTYPE html><html><head>` + meta + `<title>t</title></head><body><article><p>` + body + `</p></article></body></html>`
	}
	const fr1252 = "« Déjà vu », dit l’Élysée à Paris." // ’ is 0x92 in Windows-1252, not in Latin-1
	glose := `{"format": "glose/1", "id": "d", "title": "t", "source": {"lang": "fr", "text": "` + fr + `"}, "target": {"lang": "en"}, "segments": [], "spans": [], "links": [], "entities": []}`
	tests := []struct{ name, data string }{
		{"le.tmx", utf16BOM(t, tmx("UTF-16", fr+" 😀"), unicode.LittleEndian)},
		{"be.tmx", utf16BOM(t, tmx("UTF-16", fr+" 😀"), unicode.BigEndian)},
		{"undeclared-le.xlf", utf16BOM(t, strings.Replace(xliff("UTF-8", fr), ` encoding="UTF-8"`, "", 1), unicode.LittleEndian)},
		{"le.xlf", utf16BOM(t, xliff("utf-16", fr), unicode.LittleEndian)},
		{"latin1.tmx", encodeAs(t, tmx("ISO-8859-1", "« Déjà vu », dit l'Élysée à Paris."), charmap.ISO8859_1)},
		{"cp1252.xlf", encodeAs(t, xliff("windows-1252", fr1252), charmap.Windows1252)},
		{"bom.xlf", "\uFEFF" + xliff("UTF-8", fr)},
		{"bom.json", "\uFEFF" + glose},
		{"le.json", utf16BOM(t, glose, unicode.LittleEndian)},
		{"bom.jsonl", "\uFEFF" + `{"id": 1, "text": "` + fr + `", "entities": [{"id": 1, "label": "LOC", "start_offset": 28, "end_offset": 33}]}` + "\n"},
		{"latin1.html", encodeAs(t, html(`<meta charset="iso-8859-1">`, "« Déjà vu », dit l'Élysée à Paris."), charmap.ISO8859_1)},
		{"cp1252.html", encodeAs(t, html(`<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">`, fr1252), charmap.Windows1252)},
		{"le.html", utf16BOM(t, html(`<meta charset="utf-16">`, fr), unicode.LittleEndian)},
		{"le.txt", utf16BOM(t, fr+"\r\n", unicode.LittleEndian)},
		{"be.txt", utf16BOM(t, fr+"\n", unicode.BigEndian)},
	}
	for _, tc := range tests {
		docs, _, err := Read(tc.name, []byte(tc.data), ReadOptions{})
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if got := docs[0].Text; !strings.Contains(got, "Déjà vu") || !strings.Contains(got, "Élysée à Paris") {
			t.Errorf("%s: text %q", tc.name, got)
		}
	}
}

// Files Glose cannot decode name the encoding they seem to be in and the conversion to make.
func TestImportNamesTheEncodingItCannotRead(t *testing.T) {
	tests := []struct {
		name, data string
		want       []string
	}{
		{"undeclared.tmx", encodeAs(t, `<?xml version="1.0"?>`+"\n"+`<tmx version="1.4"><body><tu><tuv xml:lang="fr"><seg>Déjà</seg></tuv></tu></body></tmx>`, charmap.ISO8859_1),
			[]string{"undeclared.tmx: line 2, byte offset 76: invalid UTF-8 (byte 0xe9)", "Latin-1", "iconv -f latin1 -t utf-8", `encoding="ISO-8859-1"`}},
		{"klingon.xlf", `<?xml version="1.0" encoding="x-klingon"?><xliff/>`, []string{"klingon.xlf: line 1", `encoding="x-klingon"`, "cannot read"}},
		{"lies.tmx", `<?xml version="1.0" encoding="UTF-16"?><tmx/>`, []string{"lies.tmx: line 1", "no UTF-16 byte-order mark"}},
		{"nobom.txt", "B\x00o\x00n\x00j\x00o\x00u\x00r\x00 \x00\xe0\x00 \x00t\x00o\x00u\x00s\x00", []string{"nobom.txt", "UTF-16LE without a byte-order mark", "iconv -f UTF-16LE -t UTF-8"}},
		{"latin1.html", encodeAs(t, `<html><body><p>Déjà</p></body></html>`, charmap.ISO8859_1), []string{"latin1.html: byte offset 16: invalid UTF-8", "iconv -f latin1"}},
		{"martian.html", `<html><head><meta charset="x-martian"></head><body><p>a</p></body></html>`, []string{"martian.html", `charset "x-martian"`}},
	}
	for _, tc := range tests {
		_, _, err := Read(tc.name, []byte(tc.data), ReadOptions{})
		if err == nil {
			t.Errorf("%s: accepted", tc.name)
			continue
		}
		for _, w := range tc.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q lacks %q", tc.name, err, w)
			}
		}
		if strings.Contains(err.Error(), "CharsetReader") {
			t.Errorf("%s: error %q names Go internals", tc.name, err)
		}
	}
}
