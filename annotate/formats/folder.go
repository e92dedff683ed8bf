package formats

import (
	"path/filepath"
	"strings"
)

// FolderNames renames the files of a folder export (brat: a .txt and an .ann per document, named
// after its ID) that would replace one of keep in dir, the document's own file and the text it was
// imported from: exported beside the article.txt it came from, brat's article.txt replaced the
// article itself (with a .bak, and nothing said so). Such a document's files get ".export" before
// their extension, its .txt and .ann alike, as brat pairs them by name. It returns the paths renamed
// files take. The app's Export and glose-cli export both name them so.
func FolderNames(files []File, dir string, keep []string) (renamed []string) {
	clash := func(name string) bool {
		p := samePath(filepath.Join(dir, name))
		for _, k := range keep {
			if k != "" && strings.EqualFold(samePath(k), p) { // as on a case-insensitive disk
				return true
			}
		}
		return false
	}
	stem := func(name string) string { return strings.TrimSuffix(name, filepath.Ext(name)) }
	moved := make([]bool, len(files))
	for {
		clashing := map[string]bool{}
		for _, f := range files {
			if clash(f.Name) {
				clashing[stem(f.Name)] = true
			}
		}
		if len(clashing) == 0 {
			break
		}
		for i, f := range files {
			if s := stem(f.Name); clashing[s] && f.Name != "annotation.conf" { // brat's config, shared by every document
				files[i].Name, moved[i] = s+".export"+filepath.Ext(f.Name), true
			}
		}
	}
	for i, f := range files {
		if moved[i] {
			renamed = append(renamed, filepath.Join(dir, f.Name))
		}
	}
	return renamed
}

// samePath is path made absolute and clean, to compare two ways of naming one file.
func samePath(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return filepath.Clean(path)
}
