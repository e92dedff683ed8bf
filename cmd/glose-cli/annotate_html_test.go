package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestAnnotateHTMLPage: a news page saved from a browser is pre-annotated as the app opens it (the
// article's text, not the menu), alone or in a directory batch; annotate refused it before, with
// "expected a .txt, .md, .json or .jsonl file", so that a newcomer had to learn to pipe import into it.
func TestAnnotateHTMLPage(t *testing.T) {
	const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Grève</title></head><body>
<nav><a href="/">Accueil</a> <a href="/eco">Économie</a></nav>
<article><h1>Grève à la SNCF</h1>
<p>« Nous ne céderons pas 😀 », a déclaré Laurent Brun à Paris, devant la gare de l’Est.</p>
<p>La ministre Élisabeth Borne a répondu qu’elle recevrait les syndicats jeudi.</p></article>
<footer>© Le Journal</footer></body></html>`
	dir := t.TempDir()
	path := writeFile(t, dir, "grève.html", page)
	text := annotatedWithQuote(t, path, "« Nous ne céderons pas 😀 »", "Laurent Brun")
	if strings.Contains(text, "Accueil") || strings.Contains(text, "©") {
		t.Errorf("text %q: want the article's text without the menu and footer", text)
	}

	writeFile(t, dir, "notes.txt", "Angela Merkel est à Besançon.\n")
	code, stdout, stderr := runCLI(t, "annotate", dir)
	if code != 0 || strings.Count(stdout, "\n") != 2 || strings.Contains(stderr, "left out") {
		t.Errorf("annotate DIR: exit %d, %d lines, stderr %q; want 0, two documents (the page and the text), nothing left out", code, strings.Count(stdout, "\n"), stderr)
	}
}

// TestAnnotateHTMLPageSavedAsMarkdown: a page saved under a Markdown name (grève.md) is annotated as
// the page it is, alone or in a directory batch, not as Markdown whose text would hold its tags;
// a Markdown article holding some HTML stays Markdown.
func TestAnnotateHTMLPageSavedAsMarkdown(t *testing.T) {
	const page = "\uFEFF<!doctype HTML>\n<html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Grève</title></head><body>\n" +
		"<nav><a href=\"/\">Accueil</a></nav><article><h1>Grève à la SNCF</h1>\n" +
		"<p>« Nous ne céderons pas 😀 », a déclaré Laurent Brun à Paris, au cafe\u0301 de la gare de l’Est.</p></article></body></html>\n"
	dir := t.TempDir()
	path := writeFile(t, dir, "grève.md", page)
	text := annotatedWithQuote(t, path, "« Nous ne céderons pas 😀 »", "Laurent Brun")
	if strings.ContainsAny(text, "<>") || strings.Contains(text, "Accueil") {
		t.Errorf("text %q: want the article's text, without tags, menu or footer", text)
	}
	md := writeFile(t, dir, "note.markdown", "# Grève\n\n<div align=\"center\">« Nous ne céderons pas 😀 », a déclaré Laurent Brun.</div>\n")
	text = annotatedWithQuote(t, md, "« Nous ne céderons pas 😀 »", "Laurent Brun")
	if !strings.HasPrefix(text, "Grève\n") {
		t.Errorf("Markdown with HTML: text %q, want Markdown's, its heading without #", text)
	}
	code, stdout, stderr := runCLI(t, "annotate", dir)
	if code != 0 || strings.Count(stdout, "\n") != 2 || strings.Contains(stdout, "doctype") {
		t.Errorf("annotate DIR: exit %d, %d lines, stderr %q; want 0, two documents, the page's without its tags", code, strings.Count(stdout, "\n"), stderr)
	}
}

// annotatedWithQuote runs annotate on path and returns the document's French text, failing unless its
// suggestions hold the quotation quote and the PER person.
func annotatedWithQuote(t *testing.T, path, quote, person string) string {
	t.Helper()
	code, stdout, stderr := runCLI(t, "annotate", path)
	if code != 0 {
		t.Fatalf("annotate %s: exit %d, stderr %q", path, code, stderr)
	}
	var d struct {
		Source struct {
			Text string `json:"text"`
		} `json:"source"`
		Spans []struct {
			Label string `json:"label"`
			Text  string `json:"text"`
		} `json:"spans"`
	}
	if err := json.Unmarshal([]byte(stdout), &d); err != nil {
		t.Fatalf("annotate %s: output is no Glose JSON: %v\n%s", path, err, stdout)
	}
	var q, per bool
	for _, s := range d.Spans {
		q = q || s.Label == "QUOTE" && s.Text == quote
		per = per || s.Label == "PER" && s.Text == person
	}
	if !q || !per {
		t.Errorf("%s: spans %+v: want the quotation %s and PER %s", path, d.Spans, quote, person)
	}
	return d.Source.Text
}
