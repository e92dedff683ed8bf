package formats

import (
	"bytes"
	"strings"
)

// IsHTMLPage reports whether data is a whole HTML page, as a browser saves one: it starts, after a
// byte order mark, white space, an XML declaration (XHTML) and comments (the "saved from url" of a
// saved page), with <!DOCTYPE html or <html, in any case. A page saved under a Markdown name
// (page.md) is read as HTML, not as Markdown showing its tags; Markdown holding some HTML (a <table>,
// a <div>, even an <html> further on) stays Markdown.
func IsHTMLPage(data []byte) bool {
	t := data
	for {
		t = bytes.TrimLeft(bytes.TrimPrefix(bytes.TrimLeft(t, " \t\r\n\f"), []byte("\uFEFF")), " \t\r\n\f")
		skip := []byte(nil)
		switch {
		case bytes.HasPrefix(t, []byte("<!--")):
			skip = []byte("-->")
		case bytes.HasPrefix(t, []byte("<?xml")):
			skip = []byte("?>")
		}
		if skip == nil {
			break
		}
		end := bytes.Index(t, skip)
		if end < 0 {
			return false
		}
		t = t[end+len(skip):]
	}
	return hasPrefixFold(t, "<!doctype html") || hasPrefixFold(t, "<html") && (len(t) == len("<html") || strings.IndexByte(" \t\r\n\f>", t[len("<html")]) >= 0)
}

// hasPrefixFold reports whether t starts with the ASCII prefix p, in any case.
func hasPrefixFold(t []byte, p string) bool {
	return len(t) >= len(p) && bytes.EqualFold(t[:len(p)], []byte(p))
}
