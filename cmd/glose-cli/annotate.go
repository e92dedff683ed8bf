package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"golang.org/x/term"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/plaintext"
	"github.com/glose-app/glose/annotate/preannotate"
)

// cmdAnnotate imports files and pre-annotates them (entities, quotes, speakers):
//
//	glose-cli annotate [-o OUT] FILE...
//
// .txt and .md files are imported, .json files read as Glose JSON. One file gives Glose JSON, several
// give JSON Lines (one document a line). A progress line goes to stderr when it is a terminal.
func cmdAnnotate(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("annotate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "write to `file` instead of standard output")
	minConf := fs.Float64("min-confidence", preannotate.DefaultMinConfidence, "drop proposals below this confidence")
	if err := fs.Parse(args); err != nil {
		return usageError("%v", err)
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return usageError("annotate needs at least one FILE")
	}
	prog := newProgress(stderr, fs.NArg())
	var docs []*annotate.Document
	for _, path := range fs.Args() {
		prog.step(path)
		d, err := readForAnnotation(path)
		if err != nil {
			prog.done()
			return err
		}
		if err := preannotate.Run(d, preannotate.Options{MinConfidence: *minConf}); err != nil {
			prog.done()
			return fmt.Errorf("%s: %w", path, err)
		}
		docs = append(docs, d)
	}
	prog.done()
	return writeAnnotated(*out, stdout, docs)
}

// readForAnnotation imports a text or Markdown file, or reads a Glose JSON document.
func readForAnnotation(path string) (*annotate.Document, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading %s: %w", path, err)
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".json":
		return annotate.Unmarshal(data, path)
	case ".txt", ".text", "":
		return plaintext.Import(path, data, plaintext.Options{})
	default:
		if plaintext.IsMarkdown(path) {
			return plaintext.Import(path, data, plaintext.Options{})
		}
		return nil, usageError("%s: expected a .txt, .md or .json file", path)
	}
}

// writeAnnotated writes one document as Glose JSON, several as JSON Lines, to path or stdout.
func writeAnnotated(path string, stdout io.Writer, docs []*annotate.Document) error {
	var buf []byte
	for _, d := range docs {
		var b []byte
		var err error
		if len(docs) == 1 {
			b, err = annotate.Marshal(d)
		} else {
			b, err = annotate.MarshalLine(d)
		}
		if err != nil {
			return fmt.Errorf("encoding %s: %w", d.ID, err)
		}
		buf = append(buf, b...)
		if len(b) == 0 || b[len(b)-1] != '\n' {
			buf = append(buf, '\n')
		}
	}
	if path == "" {
		_, err := stdout.Write(buf)
		return err
	}
	if err := os.WriteFile(path, buf, 0o644); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// progress draws "annotate 3/10 name" on a terminal and nothing elsewhere.
type progress struct {
	w        io.Writer
	n, total int
	on       bool
}

func newProgress(w io.Writer, total int) *progress {
	f, ok := w.(*os.File)
	return &progress{w: w, total: total, on: ok && term.IsTerminal(int(f.Fd()))}
}

func (p *progress) step(name string) {
	p.n++
	if p.on {
		fmt.Fprintf(p.w, "\r\033[Kannotate %d/%d %s", p.n, p.total, annotate.Shorten(filepath.Base(name), 40))
	}
}

func (p *progress) done() {
	if p.on {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
