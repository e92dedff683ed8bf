package spell

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// UserWordsPath is the user's own word list, which the app's "Add to dictionary" writes and glose-cli
// qa reads: words.txt in Glose's folder of the user's configuration directory ($XDG_CONFIG_HOME/glose,
// else ~/.config/glose on Linux).
func UserWordsPath() (string, error) {
	d, err := os.UserConfigDir()
	if err != nil {
		return "", fmt.Errorf("finding the configuration directory: %w", err)
	}
	return filepath.Join(d, "glose", "words.txt"), nil
}

// LoadFile reads a word list file, one word a line (see Load); a file that does not exist is an
// empty list when missingOK.
func LoadFile(path string, missingOK bool) (*Dictionary, error) {
	f, err := os.Open(path)
	if missingOK && errors.Is(err, fs.ErrNotExist) {
		return NewDictionary(nil), nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading the word list: %w", err)
	}
	defer f.Close()
	d, err := Load(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return d, nil
}

// List returns the dictionary's words, sorted.
func (d *Dictionary) List() []string {
	return slices.Sorted(slices.Values(d.list))
}

// Format writes words as a word list file: sorted, one a line.
func Format(words []string) []byte {
	ws := slices.Clone(words)
	slices.Sort(ws)
	ws = slices.Compact(ws)
	if len(ws) == 0 {
		return nil
	}
	return []byte(strings.Join(ws, "\n") + "\n")
}
