package formats

import (
	"slices"
	"strings"
	"testing"
)

// xliff2Head opens an XLIFF 2 file of namespace ns and version v.
func xliff2Head(ns, v string) string {
	return `<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<xliff xmlns="` + ns + `" version="` + v + `" srcLang="fr" trgLang="en">`
}

const xliff2Body = `<file id="f"><unit id="u"><segment><source>« Bonjour » 👍🏽 à Zoé.</source></segment></unit></file></xliff>`

// TestXLIFFNamespaceChecked: a file whose namespace is not an XLIFF namespace, or disagrees with its
// version, is refused with both named; a newer minor version is read with a warning; a file without a
// namespace is read by its version, as before.
func TestXLIFFNamespaceChecked(t *testing.T) {
	refused := []struct {
		name, data string
		want       []string
	}{
		{"v99.xlf", xliff2Head("urn:oasis:names:tc:xliff:document:9.9", "2.0") + xliff2Body,
			[]string{"v99.xlf: line 2", `namespace "urn:oasis:names:tc:xliff:document:9.9"`, xliffNS, xliff12NS}},
		{"other.xlf", xliff2Head("http://example.com/xliff", "2.1") + xliff2Body, []string{"other.xlf", `"http://example.com/xliff"`, xliffNS}},
		{"mixed.xlf", xliff2Head(xliff12NS, "2.0") + xliff2Body, []string{"mixed.xlf", `version "2.0"`, xliff12NS, "XLIFF 1's"}},
	}
	for _, c := range refused {
		_, _, err := Read(c.name, []byte(c.data), ReadOptions{})
		if err == nil {
			t.Errorf("%s: read without error", c.name)
			continue
		}
		for _, w := range c.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: error %q lacks %q", c.name, err, w)
			}
		}
	}
	for _, c := range []struct {
		name, data string
		warn       string
	}{
		{"v21.xlf", xliff2Head(xliffNS, "2.1") + xliff2Body, ""},
		{"v23.xlf", xliff2Head(xliffNS, "2.3") + xliff2Body, "line 2: XLIFF version 2.3 is newer than Glose knows; read as XLIFF 2.2"},
		{"bare.xlf", strings.Replace(xliff2Head("", "2.0"), ` xmlns=""`, "", 1) + xliff2Body, ""},
	} {
		docs, warns, err := Read(c.name, []byte(c.data), ReadOptions{})
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if got := docs[0].SourceText(docs[0].Segments[0]); got != "« Bonjour » 👍🏽 à Zoé." {
			t.Errorf("%s: segment %q", c.name, got)
		}
		var msgs []string
		for _, w := range warns {
			msgs = append(msgs, w.Msg)
		}
		if (c.warn == "") != (len(msgs) == 0) || (c.warn != "" && !slices.ContainsFunc(msgs, func(m string) bool { return strings.HasPrefix(m, c.warn) })) {
			t.Errorf("%s: warnings %q, want %q", c.name, msgs, c.warn)
		}
	}
}
