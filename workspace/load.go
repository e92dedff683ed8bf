package workspace

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
	"github.com/glose-app/glose/annotate/plaintext"
	"github.com/glose-app/glose/annotate/preannotate"
	"github.com/glose-app/glose/assets"
)

// MaxFileSize bounds what Load reads, so that a wrong file cannot exhaust memory.
const MaxFileSize = 256 << 20

// Load reads a document from a file in any format Glose imports (see package formats): native JSON, a
// JSON Lines corpus (its first document), text, Markdown, HTML, doccano, Label Studio, brat (the .ann
// and the .txt beside each other), XLIFF, TMX. It returns warnings about what the file's format could
// not carry.
func Load(path string) (*annotate.Document, []string, error) {
	info, err := os.Stat(path)
	if err != nil {
		return nil, nil, fmt.Errorf("opening %s: %w", path, err)
	}
	if info.Size() > MaxFileSize {
		return nil, nil, fmt.Errorf("opening %s: the file is %d MB, more than Glose opens (%d MB)", path, info.Size()>>20, MaxFileSize>>20)
	}
	docs, warns, err := formats.ReadFile(path, formats.ReadOptions{})
	return first(path, docs, warns, err)
}

// LoadBytes is Load for data already read; name gives the type and appears in messages. A brat
// document cannot be read so: its .ann and .txt are two files.
func LoadBytes(name string, data []byte) (*annotate.Document, []string, error) {
	docs, warns, err := formats.Read(name, data, formats.ReadOptions{})
	return first(name, docs, warns, err)
}

// first returns the first document read from the file name, saying so when there are more.
func first(name string, docs []*annotate.Document, warns []formats.Warning, err error) (*annotate.Document, []string, error) {
	var out []string
	for _, w := range warns {
		out = append(out, w.String())
	}
	if err != nil {
		return nil, out, err
	}
	if len(docs) == 0 {
		return nil, out, fmt.Errorf("%s: no document in the file", name)
	}
	if len(docs) > 1 {
		out = append(out, fmt.Sprintf("%s holds %d documents; opened the first (%s)", filepath.Base(name), len(docs), docs[0].ID))
	}
	return docs[0], out, nil
}

// SampleDocument returns the built-in sample article, imported and pre-annotated (entities, quotes and
// their speakers, all as suggestions to confirm).
func SampleDocument() (*annotate.Document, error) {
	d, err := plaintext.Import(assets.SampleArticleName, assets.SampleArticle(), plaintext.Options{})
	if err != nil {
		return nil, err
	}
	if err := preannotate.Run(d, preannotate.Options{}); err != nil {
		return nil, fmt.Errorf("pre-annotating the sample: %w", err)
	}
	return d, nil
}

// MaxRecent is how many recent files the list keeps.
const MaxRecent = 10

// AddRecent puts path first in the recent-files list, without duplicates, keeping at most MaxRecent.
func AddRecent(list []string, path string) []string {
	out := []string{path}
	for _, p := range list {
		if p != path && len(out) < MaxRecent {
			out = append(out, p)
		}
	}
	return slices.Clip(out)
}
