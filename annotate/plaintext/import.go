// Package plaintext imports plain-text and Markdown articles into Glose documents: it normalises the
// input (see annotate.NormalizeInput), strips Markdown markup so that only the words a reader sees become
// source text, and segments the text with the French rules of package segment.
package plaintext

import (
	"bytes"
	"path/filepath"
	"strings"
	"time"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/infile"
	"github.com/glose-app/glose/annotate/segment"
)

// Options tune an import. The zero value imports French to be translated into English.
type Options struct {
	SourceLang string           // default "fr"
	TargetLang string           // default "en"
	Markdown   bool             // treat the input as Markdown whatever its name
	Now        func() time.Time // the import time stored in the metadata; none when nil
}

// IsMarkdown reports whether a file name says Markdown.
func IsMarkdown(name string) bool {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown", ".mdown", ".mkd":
		return true
	}
	return false
}

// Import reads a text or Markdown file's bytes into a segmented document. name is used in messages, for
// the document's ID and to recognise Markdown (.md).
func Import(name string, data []byte, opts Options) (*annotate.Document, error) {
	t, err := infile.UTF8(name, data)
	if err != nil {
		return nil, err
	}
	text, err := annotate.NormalizeDecoded(name, pageBreaks(t))
	if err != nil {
		return nil, err
	}
	text = separators.Replace(text)
	layout := annotate.Layout{CRLF: mostlyCRLF(t.Data)}
	var headings map[int]bool
	if opts.Markdown || IsMarkdown(name) {
		text, headings, layout.Blocks = StripMarkdownLayout(text)
		layout.Markdown = true
	}
	var d *annotate.Document
	if IsSubtitles(name) {
		plain, cut, tags := takeTags(text, subtitleText(text))
		layout.Tags = tags
		d = build(name, plain, cut, nil, opts)
		for _, s := range d.Segments { // a subtitle is no heading, however short
			s.Kind = annotate.KindSentence
		}
		d.Title = title(d)
	} else {
		d = Build(name, text, headings, opts)
	}
	d.Layout = layout
	return d, nil
}

// mostlyCRLF reports whether most line ends of data are CR LF, which the text then loses (it holds
// LF) and the export of the translation puts back.
func mostlyCRLF(data []byte) bool {
	crlf := bytes.Count(data, []byte("\r\n"))
	return crlf > 0 && crlf*2 >= bytes.Count(data, []byte("\n"))
}

// Build segments text (already normalised) into a document. Paragraphs whose index is in headings are
// headings whatever the segmenter thinks; those mapped to false (list items) are never headings, and
// neither is a byline or a date line that the segmenter takes for one.
func Build(name, text string, headings map[int]bool, opts Options) *annotate.Document {
	return build(name, text, text, headings, opts)
}

// build is Build that cuts the segments in cut, text with the parts that are no text to translate
// blanked out byte for byte (subtitles' timings).
func build(name, text, cut string, headings map[int]bool, opts Options) *annotate.Document {
	src, tgt := opts.SourceLang, opts.TargetLang
	if src == "" {
		src = "fr"
	}
	if tgt == "" {
		tgt = "en"
	}
	d := annotate.NewDocument(DocID(name), "", text, src, tgt)
	d.Meta.Origin = filepath.Base(name)
	if opts.Now != nil {
		d.Meta.Created = opts.Now().UTC().Truncate(time.Second)
	}
	for _, u := range segment.Split(cut) {
		kind := string(u.Kind)
		if h, ok := headings[u.Paragraph]; ok && h {
			kind = annotate.KindHeading
		} else if kind == annotate.KindHeading && (ok || byline(text[u.Start:u.End])) {
			kind = annotate.KindSentence
		}
		d.AddSegment(u.Start, u.End, u.Paragraph, kind)
	}
	d.Title = title(d)
	return d
}

// title is the first heading, else the start of the first segment.
func title(d *annotate.Document) string {
	for _, s := range d.Segments {
		if s.Kind == annotate.KindHeading {
			return annotate.Shorten(d.SourceText(s), 120)
		}
	}
	if len(d.Segments) > 0 {
		return annotate.Shorten(d.SourceText(d.Segments[0]), 80)
	}
	return d.ID
}
