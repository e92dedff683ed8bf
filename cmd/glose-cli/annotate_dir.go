package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/plaintext"
)

// expandDirs replaces each directory among paths by the files annotate reads in it (see dirFiles),
// saying on stderr which others it left out. many reports whether a directory was given: a batch,
// written as JSON Lines even when it holds one file. outputs (the -o file, the --out-dir directory)
// are never inputs, so that a second run over a directory does not annotate the first one's output.
func expandDirs(paths, outputs []string, stderr io.Writer) (files []string, many bool, err error) {
	for _, p := range paths {
		info, err := os.Stat(p)
		if p == "-" || err != nil || !info.IsDir() {
			files = append(files, p) // the reading says why a path is missing
			continue
		}
		found, skipped, err := dirFiles(p, outputs)
		if err != nil {
			return nil, false, err
		}
		if len(skipped) > 0 {
			fmt.Fprintf(stderr, "glose-cli annotate: warning: %s: %s left out, not .txt, .md, .html, .docx, .odt, .srt, .vtt, .json or .jsonl (other formats go through import first): %s\n",
				p, annotate.Plural(len(skipped), "file", "files"), firstFew(skipped, 3))
		}
		files, many = append(files, found...), true
	}
	return files, many, nil
}

// dirFiles lists the text, Markdown, Glose JSON and JSON Lines files under dir, its subdirectories
// included, in name order; skipped lists the other files. Hidden files and directories (.git) and
// backups (FILE.bak, as annotate -o and --force keep them) are no articles and are not named. A brat
// collection is refused: annotating its .txt files would drop the annotations of its .ann files.
func dirFiles(dir string, outputs []string) (files, skipped []string, err error) {
	err = filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		name := e.Name()
		if path != dir && (strings.HasPrefix(name, ".") || isAny(path, outputs)) {
			if e.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		switch ext := strings.ToLower(filepath.Ext(name)); {
		case e.IsDir(), ext == ".bak":
		case ext == ".ann":
			return fmt.Errorf("%s: a brat collection (%s): annotate would drop its annotations; import it first (glose-cli import %s -o corpus.jsonl, then glose-cli annotate corpus.jsonl)", dir, path, dir)
		case ext == ".txt", ext == ".text", ext == ".json", ext == ".html", ext == ".htm", ext == ".docx", ext == ".odt", isCorpusPath(name), plaintext.IsMarkdown(name), plaintext.IsSubtitles(name):
			files = append(files, path)
		default:
			skipped = append(skipped, path)
		}
		return nil
	})
	if err == nil && len(files) == 0 {
		err = fmt.Errorf("%s: no file to annotate in this directory: expected .txt, .md, .html, .docx, .odt, .srt, .vtt, .json or .jsonl files", dir)
	}
	return files, skipped, err
}

// isAny reports whether path is one of paths, the same file under another name included.
func isAny(path string, paths []string) bool {
	info, err := os.Stat(path)
	if err != nil {
		return false
	}
	for _, p := range paths {
		if o, err := os.Stat(p); err == nil && os.SameFile(info, o) {
			return true
		}
	}
	return false
}
