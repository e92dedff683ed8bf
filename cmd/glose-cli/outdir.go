package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
	"github.com/glose-app/glose/workspace"
)

// outDir writes one Glose JSON file per document into a directory (annotate and export --out-dir),
// so that each can be opened, reviewed and saved in the app. Names are chosen before any work: two
// documents never get the same file (the second of two "article" is "article-2.json", 2 its place),
// and a file already in the directory is replaced only with force, its previous version kept as
// FILE.bak.
type outDir struct {
	dir   string
	force bool
	names []string // the file name of each document, by place (formats.SafeFileName)
}

// outDirOf is newOutDir for docs, each named after its ID.
func outDirOf(dir string, force bool, docs []*annotate.Document) (*outDir, error) {
	bases := make([]string, len(docs))
	for i, d := range docs {
		bases[i] = d.ID
	}
	return newOutDir(dir, force, bases)
}

// newOutDir names the files of documents called bases (a file's or a document's name, without
// extension), refusing a directory that is a file and, without force, files already there.
func newOutDir(dir string, force bool, bases []string) (*outDir, error) {
	if info, err := os.Stat(dir); err == nil && !info.IsDir() {
		return nil, usageError("--out-dir %s: is a file; expected a directory", dir)
	}
	o := &outDir{dir: dir, force: force}
	taken := map[string]bool{} // by sameFileKey
	for i, b := range bases {
		name := formats.SafeFileName(b)
		for n := i + 1; taken[sameFileKey(name)]; n++ {
			name = formats.SafeFileName(b) + "-" + strconv.Itoa(n)
		}
		taken[sameFileKey(name)] = true
		o.names = append(o.names, name+".json")
	}
	if !force {
		if err := o.refuseExisting(); err != nil {
			return nil, err
		}
	}
	return o, os.MkdirAll(dir, 0o755)
}

// refuseExisting refuses, before any work, to replace files already in the directory.
func (o *outDir) refuseExisting() error {
	var there []string
	for _, n := range o.names {
		if _, err := os.Lstat(filepath.Join(o.dir, n)); err == nil {
			there = append(there, n)
		}
	}
	if len(there) == 0 {
		return nil
	}
	return usageError("--out-dir %s: already holds %s of the same name (%s); give --force to replace %s, keeping each previous version as FILE.bak, or another directory",
		o.dir, annotate.Plural(len(there), "file", "files"), firstFew(there, 3), itThem(len(there)))
}

// write writes the document at place i.
func (o *outDir) write(i int, d *annotate.Document) error {
	b, err := annotate.Marshal(d)
	if err != nil {
		return fmt.Errorf("encoding %s: %w", d.ID, err)
	}
	return workspace.WriteAtomic(filepath.Join(o.dir, o.names[i]), b)
}

// sameFileKey is the same for two names that are one file on macOS or Windows, which ignore case,
// and on macOS, which also ignores how an accent is written ("é" or "e" + U+0301).
func sameFileKey(name string) string { return norm.NFC.String(strings.ToLower(name)) }

// baseName is a file's name without its folder and extension: "dir/article.fr.txt" gives
// "article.fr"; standard input is "stdin".
func baseName(path string) string {
	if path == "-" {
		return stdinName
	}
	b := filepath.Base(path)
	return strings.TrimSuffix(b, filepath.Ext(b))
}

// firstFew lists the first n of names, saying how many more there are.
func firstFew(names []string, n int) string {
	if len(names) <= n {
		return strings.Join(names, ", ")
	}
	return strings.Join(names[:n], ", ") + fmt.Sprintf(" and %d more", len(names)-n)
}

func itThem(n int) string {
	if n == 1 {
		return "it"
	}
	return "them"
}
