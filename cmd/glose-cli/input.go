package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
	"github.com/glose-app/glose/workspace"
)

// Standard input as a file: "-" names it wherever a command reads a file (import, export, validate,
// project, update's document, replace, qa, pretranslate, annotate, set, stats, analyze, split, curate,
// tm import, tm import-terms, and the files of eval, agree and train: README lists them). Its format
// is told by its content, as for a file whose name says nothing.

// stdinName names what standard input holds: the ID of a document read from it, and messages.
const stdinName = "stdin"

// stdin is where "-" is read from; tests replace it.
var stdin io.Reader = os.Stdin

// oneStdin refuses "-" named more than once among a command's files: standard input can be read once.
func oneStdin(paths ...string) error {
	n := 0
	for _, p := range paths {
		if p == "-" {
			n++
		}
	}
	if n > 1 {
		return usageError("- (standard input) is named %d times; it can be read once", n)
	}
	return nil
}

// readStdin reads standard input whole, refusing more than formats.MaxInputSize as import refuses a
// larger file.
func readStdin() ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(stdin, formats.MaxInputSize+1))
	if err != nil {
		return nil, fmt.Errorf("reading standard input: %w", err)
	}
	if len(data) > formats.MaxInputSize {
		return nil, fmt.Errorf("standard input: more than Glose imports (%d MB)", formats.MaxInputSize>>20)
	}
	return data, nil
}

// openArg opens a file argument for reading: "-" is standard input.
func openArg(path string) (io.ReadCloser, string, error) {
	if path == "-" {
		return io.NopCloser(stdin), stdinName, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, path, fmt.Errorf("reading %s: %w", path, withoutPath(err))
	}
	return f, path, nil
}

// readDocs imports the documents of a file argument, "-" being standard input, a folder of Glose
// files its files (folderFiles).
func readDocs(path string, opts formats.ReadOptions) ([]*annotate.Document, []formats.Warning, error) {
	if files := folderFiles(path); files != nil {
		return readFiles(files, opts)
	}
	if path != "-" {
		return formats.ReadFile(path, opts)
	}
	data, err := readStdin()
	if err != nil {
		return nil, nil, err
	}
	return formats.Read(stdinName, data, opts)
}

// readPlaced is readDocs recording in places where each document comes from: a folder's documents
// by their own file ("reviewed/b.json"), not as the folder's Nth ("reviewed/ (document 2)"), so
// that a message about one names the file to open.
func readPlaced(path string, opts formats.ReadOptions, places *docPlaces) ([]*annotate.Document, []formats.Warning, error) {
	files := folderFiles(path)
	if files == nil {
		docs, warns, err := readDocs(path, opts)
		if err == nil {
			places.add(docName(path), len(docs))
		}
		return docs, warns, err
	}
	var docs []*annotate.Document
	var warns []formats.Warning
	for _, f := range files {
		ds, ws, err := formats.ReadFile(f, opts)
		warns = append(warns, ws...)
		if err != nil {
			return nil, warns, err
		}
		docs = append(docs, ds...)
		places.add(f, len(ds))
	}
	return docs, warns, nil
}

// loadDoc is workspace.Load for a file argument, "-" being standard input.
func loadDoc(path string) (*annotate.Document, []formats.Warning, error) {
	if path != "-" {
		d, warnings, err := workspace.Load(path)
		for _, w := range warnings {
			if w.Code == formats.WarnFirstDocument { // writing it back would drop the others
				return nil, warnings, splitHint(path, w.Args["N"])
			}
		}
		return d, warnings, corpusError(path, err)
	}
	data, err := readStdin()
	if err != nil {
		return nil, nil, err
	}
	return workspace.LoadBytes(stdinName, data)
}

// docName names a file argument where its documents are placed in messages (FILE:LINE).
func docName(path string) string {
	if path == "-" {
		return stdinName
	}
	return path
}

// withoutPath drops the operation and path an *fs.PathError repeats ("open a.json: no such file or
// directory"), for messages that already name the file.
func withoutPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// corpusError replaces err, the failure to read the file at path as one Glose document, by a message
// saying how to take the file's documents one at a time when it is a corpus of several, which the
// decoder can only call "unexpected data after the document".
func corpusError(path string, err error) error {
	if err == nil || path == "-" {
		return err
	}
	docs, _, rerr := formats.ReadFile(path, formats.ReadOptions{})
	if rerr != nil || len(docs) < 2 {
		return err
	}
	return splitHint(path, len(docs))
}

// splitHint is the error of a command that takes one document given the corpus at path, of n documents.
func splitHint(path string, n any) error {
	return fmt.Errorf("%s holds %v documents (a corpus), and this command takes one: split it into Glose files with glose-cli export --to glose --out-dir DIR %s", path, n, path)
}

// folderFiles returns the .json and .jsonl files of path, in name order, when it is a folder of
// Glose files (as annotate --out-dir writes one, then reviewed by a team member) and not a brat
// collection (no .ann file in it); nil otherwise. Hidden files (an editor's, a partial write's),
// backups and subfolders are left out.
func folderFiles(path string) []string {
	entries, err := os.ReadDir(path)
	if path == "-" || err != nil {
		return nil
	}
	var files []string
	for _, e := range entries {
		name, p := e.Name(), filepath.Join(path, e.Name())
		ext := strings.ToLower(filepath.Ext(name))
		if ext == ".ann" {
			return nil
		}
		if info, err := os.Stat(p); err == nil && info.Mode().IsRegular() && !strings.HasPrefix(name, ".") && (ext == ".json" || ext == ".jsonl") {
			files = append(files, p) // a link to a file too
		}
	}
	return files
}

// readFiles imports the documents of files, one after the other, stopping at the first error.
func readFiles(files []string, opts formats.ReadOptions) ([]*annotate.Document, []formats.Warning, error) {
	var docs []*annotate.Document
	var warns []formats.Warning
	for _, f := range files {
		ds, ws, err := formats.ReadFile(f, opts)
		warns = append(warns, ws...)
		if err != nil {
			return nil, warns, err
		}
		docs = append(docs, ds...)
	}
	return docs, warns, nil
}

// expandFolders replaces, among paths, each folder of Glose files by its files (folderFiles), for
// the commands that take each file apart.
func expandFolders(paths []string) []string {
	var out []string
	for _, p := range paths {
		if files := folderFiles(p); files != nil {
			out = append(out, files...)
		} else {
			out = append(out, p)
		}
	}
	return out
}
