package formats

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/plaintext"
	"github.com/glose-app/glose/annotate/preannotate"
)

// articleDoc builds one pre-annotated article of about size bytes from ../shared/data/sample-article.fr.txt
// repeated (the shape of a long article or a book: many paragraphs, quotes, speakers and names), as
// `glose-cli annotate` makes it; half the segments get a target.
func articleDoc(b *testing.B, size int) *annotate.Document {
	b.Helper()
	data, err := os.ReadFile(filepath.Join(sharedDir(b, "data"), "sample-article.fr.txt"))
	if err != nil {
		b.Skip(err)
	}
	var text strings.Builder
	for text.Len() < size {
		text.Write(data)
		text.WriteString("\n\n")
	}
	d, err := plaintext.Import("article.txt", []byte(text.String()), plaintext.Options{})
	if err != nil {
		b.Fatal(err)
	}
	if err := preannotate.Run(d, preannotate.Options{}); err != nil {
		b.Fatal(err)
	}
	for i, s := range d.Segments {
		if i%2 == 0 {
			s.Target, s.Status = d.SourceText(s), annotate.StatusTranslated
		}
	}
	return d
}

// BenchmarkExportCoNLL measures the CoNLL export on one long pre-annotated article at two sizes:
// the time per byte must stay flat (it grew with the square of the length before the spans were
// walked once per document instead of once per segment).
func BenchmarkExportCoNLL(b *testing.B) {
	for _, size := range []int{250 << 10, 1 << 20} {
		d := articleDoc(b, size)
		docs := []*annotate.Document{d}
		b.Run(fmt.Sprintf("%dKB", size>>10), func(b *testing.B) {
			b.SetBytes(int64(len(d.Text)))
			for b.Loop() {
				if _, _, err := Write("conll", docs, WriteOptions{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkArticle runs every exporter, and every importer on that export, on one pre-annotated
// article at 250 KB and 1 MB: an export or import whose MB/s drops fourfold from the first to the
// second grows faster than the text.
func BenchmarkArticle(b *testing.B) {
	for _, size := range []int{250 << 10, 1 << 20} {
		d := articleDoc(b, size)
		docs := []*annotate.Document{d}
		for _, f := range All() {
			if !f.CanWrite() {
				continue
			}
			files, _, err := f.Write(exportable(f, docs, WriteOptions{}))
			if err != nil {
				b.Fatal(err)
			}
			b.Run(fmt.Sprintf("export/%s/%dKB", f.Name, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(d.Text)))
				for b.Loop() {
					if _, _, err := f.Write(exportable(f, docs, WriteOptions{})); err != nil {
						b.Fatal(err)
					}
				}
			})
			if !f.CanRead() {
				continue
			}
			main, opts := mainFile(files, f.Name)
			b.Run(fmt.Sprintf("import/%s/%dKB", f.Name, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(d.Text)))
				for b.Loop() {
					if _, _, err := Read(main.Name, main.Data, opts); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// mainFile picks the file an import starts from among an export's files (the .ann of brat), and read
// options that find the others in memory.
func mainFile(files []File, format string) (File, ReadOptions) {
	byName := map[string][]byte{}
	main := files[0]
	for _, f := range files {
		byName[f.Name] = f.Data
		if f.Main || strings.HasSuffix(f.Name, ".ann") {
			main = f
		}
	}
	return main, ReadOptions{Format: format, Open: func(n string) ([]byte, error) {
		if b, ok := byName[filepath.Base(n)]; ok {
			return b, nil
		}
		return nil, fmt.Errorf("no %s", n)
	}}
}
