package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
	"github.com/glose-app/glose/annotate/plaintext"
)

// readForAnnotation imports a text, Markdown, subtitle, HTML or office file, or reads a Glose JSON document.
func readForAnnotation(path string) (*annotate.Document, error) {
	data, err := readLimited(path)
	if err != nil {
		return nil, err
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".json":
		d, err := annotate.Unmarshal(data, path)
		return d, importHint(err, path, data)
	case ".txt", ".text", "":
		if ann := strings.TrimSuffix(path, filepath.Ext(path)) + ".ann"; path != "" && statOK(ann) {
			return nil, fmt.Errorf("%s: a brat document (%s beside it): annotate would drop its annotations; import it first (glose-cli import %s | glose-cli annotate -)", path, ann, ann)
		}
		return plaintext.Import(path, data, plaintext.Options{})
	case ".ann":
		return nil, usageError("%s: a brat document: annotate reads its text alone; import it first (glose-cli import %s | glose-cli annotate -)", path, path)
	case ".html", ".htm", ".docx", ".odt", ".doc":
		return readPage(path, data)
	default:
		if plaintext.IsMarkdown(path) && formats.IsHTMLPage(data) { // a page saved as page.md
			return readPage(path, data)
		}
		if plaintext.IsMarkdown(path) || plaintext.IsSubtitles(path) {
			return plaintext.Import(path, data, plaintext.Options{})
		}
		return nil, usageError("%s: expected a .txt, .md, .srt, .vtt, .html, .docx, .odt, .json or .jsonl file; other formats: glose-cli import %s | glose-cli annotate -", path, path)
	}
}

// readPage reads a news page saved from a browser or an article as a word processor saves it, its
// text as the app opens it (an old .doc is refused with what to do).
func readPage(path string, data []byte) (*annotate.Document, error) {
	docs, _, err := formats.Read(path, data, formats.ReadOptions{})
	if err != nil {
		return nil, err
	}
	if len(docs) != 1 {
		return nil, fmt.Errorf("%s: the file gave %d documents, expected one", path, len(docs))
	}
	return docs[0], nil
}

// statOK reports whether path names something on the disk.
func statOK(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// stdinForAnnotation reads standard input as a Glose JSON document when it is a JSON object (what
// `glose-cli import` writes: `import page.html | annotate -`), else as plain text.
func stdinForAnnotation(in []byte) (*annotate.Document, error) {
	if t := bytes.TrimLeft(in, " \t\r\n\uFEFF"); len(t) > 0 && t[0] == '{' && json.Valid(t) {
		d, err := annotate.Unmarshal(in, stdinName)
		return d, importHint(err, "-", in)
	}
	return plaintext.Import(stdinName, in, plaintext.Options{})
}

// readLimited reads a file of at most formats.MaxInputSize bytes, refusing a larger one before
// reading it, as import does: a wrong file cannot exhaust memory.
func readLimited(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, withoutPath(err))
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.Size() > formats.MaxInputSize {
		return nil, tooLarge(path, info.Size())
	}
	data, err := io.ReadAll(io.LimitReader(f, formats.MaxInputSize+1)) // the file may have grown
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, withoutPath(err))
	}
	if len(data) > formats.MaxInputSize {
		return nil, tooLarge(path, int64(len(data)))
	}
	return data, nil
}

func tooLarge(path string, size int64) error {
	return fmt.Errorf("%s: the file is %d MB, more than Glose imports (%d MB)", path, size>>20, formats.MaxInputSize>>20)
}
