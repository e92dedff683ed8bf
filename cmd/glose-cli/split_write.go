package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
	"github.com/glose-app/glose/workspace"
)

// splitWriter writes the parts of a split: the records as they are (kind), or the documents in
// format.
type splitWriter struct {
	prefix string
	dir    bool           // the parts go into the directory prefix
	format formats.Format // "" Name: the records as they are
	kind   string
	ext    string
	force  bool
}

// path is where part p goes: PREFIX-NAME.EXT, or DIR/NAME.EXT when the prefix is a directory (brat:
// a directory, no extension).
func (w splitWriter) path(p int) string {
	if w.dir {
		return filepath.Join(w.prefix, splitNames[p]+w.ext)
	}
	return w.prefix + "-" + splitNames[p] + w.ext
}

// write writes each part that has documents, after refusing, before any is written, parts already
// there (unless force).
func (w splitWriter) write(docs []splitDoc, parts [][]int, stderr io.Writer) error {
	var there []string
	for p, part := range parts {
		if _, err := os.Lstat(w.path(p)); err == nil && len(part) > 0 && !w.force {
			there = append(there, w.path(p))
		}
	}
	if len(there) > 0 {
		return usageError("%s already there; give --force to replace %s, keeping each previous version as FILE.bak, or another -o PREFIX",
			joinAnd(there), itThem(len(there)))
	}
	if w.dir {
		if err := os.MkdirAll(w.prefix, 0o755); err != nil {
			return fmt.Errorf("creating %s: %w", w.prefix, err)
		}
	}
	if w.format.Name != "" {
		return w.export(docs, parts, stderr)
	}
	for p, part := range parts {
		if len(part) == 0 {
			continue
		}
		if err := workspace.WriteAtomic(w.path(p), w.recordsOf(docs, part)); err != nil {
			return err
		}
	}
	return nil
}

// recordsOf is the file of the records of part, as the input held them: one a line, or a JSON array.
func (w splitWriter) recordsOf(docs []splitDoc, part []int) []byte {
	var buf bytes.Buffer
	if w.kind == jsonArray {
		buf.WriteString("[\n")
	}
	for k, i := range part {
		if w.kind == jsonArray && k > 0 {
			buf.WriteString(",\n")
		}
		buf.Write(docs[i].raw)
		if w.kind != jsonArray {
			buf.WriteByte('\n')
		}
	}
	if w.kind == jsonArray {
		buf.WriteString("\n]\n")
	}
	return buf.Bytes()
}

// export writes each part in w.format, as export --to does, its documents' IDs kept distinct.
func (w splitWriter) export(docs []splitDoc, parts [][]int, stderr io.Writer) error {
	all := make([]*annotate.Document, len(docs))
	places := newDocPlaces()
	for i, d := range docs {
		all[i] = d.doc
		if i == 0 || d.file != docs[i-1].file {
			n := 0
			for _, e := range docs[i:] {
				if e.file != d.file {
					break
				}
				n++
			}
			places.add(d.file, n)
		}
	}
	printWarnings(stderr, "split", uniqueIDs(all, places.place))
	var warns []formats.Warning
	for p, part := range parts {
		if len(part) == 0 {
			continue
		}
		ds := make([]*annotate.Document, len(part))
		for k, i := range part {
			ds[k] = all[i]
		}
		files, ws, err := formats.Write(w.format.Name, ds, formats.WriteOptions{})
		if err != nil {
			return fmt.Errorf("%s: %w", splitNames[p], err)
		}
		warns = append(warns, ws...)
		if w.format.MultiFile {
			err = writeDir(w.path(p), files)
		} else {
			err = writeFiles(w.path(p), io.Discard, stderr, files)
		}
		if err != nil {
			return err
		}
	}
	printWarnings(stderr, "split", warns)
	return nil
}

// report says how many documents (and groups) each part got and where it went, on stdout, and warns
// on stderr of a part with a share that got no document (a corpus too small for the ratio).
func (w splitWriter) report(stdout, stderr io.Writer, docs []splitDoc, groups []splitGroup, parts [][]int, shares []float64, grouped bool) error {
	groupOf := make([]int, len(docs))
	for g, gr := range groups {
		for _, i := range gr.docs {
			groupOf[i] = g
		}
	}
	for p, part := range parts {
		if len(part) == 0 {
			if shares[p] > 0 {
				all := annotate.Plural(len(docs), "document", "documents")
				if grouped {
					all += " in " + annotate.Plural(len(groups), "group", "groups")
				}
				fmt.Fprintf(stderr, "glose-cli split: warning: %s: no document (%s, for a share of %g): not written\n", splitNames[p], all, shares[p])
			}
			continue
		}
		line := fmt.Sprintf("%-5s %s", splitNames[p], annotate.Plural(len(part), "document", "documents"))
		if grouped {
			seen := map[int]bool{}
			for _, i := range part {
				seen[groupOf[i]] = true
			}
			line += " in " + annotate.Plural(len(seen), "group", "groups")
		}
		where := w.path(p)
		if w.format.MultiFile {
			where += string(filepath.Separator) // a directory
		}
		if _, err := fmt.Fprintf(stdout, "%s → %s\n", line, where); err != nil {
			return err
		}
	}
	return nil
}

// isDir reports whether path is a directory.
func isDir(path string) bool {
	info, err := os.Stat(path)
	return err == nil && info.IsDir()
}
