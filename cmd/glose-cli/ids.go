package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
)

// docIDs keeps the document IDs of a corpus distinct: it maps each ID given to the position of its
// document in the corpus.
type docIDs map[string]int

// claim gives the document at position i of the corpus (from 0) an ID: its own when free, else ID-N
// with N its position counted from 1, as formats names doccano records without an ID ("noid-2"), or
// the next free N. had is the position of the document that already had the ID, -1 when it is kept.
func (s docIDs) claim(id string, i int) (newID string, had int) {
	had, taken := s[id]
	if !taken {
		had = -1
	}
	newID = id
	for n := i + 1; taken; n++ {
		newID = id + "-" + strconv.Itoa(n)
		_, taken = s[newID]
	}
	s[newID] = i
	return newID, had
}

// uniqueIDs renames, in place, the documents of docs whose ID an earlier one has (see claim), and
// returns a warning for each, naming both; place names the document at position i.
func uniqueIDs(docs []*annotate.Document, place func(i int) string) []formats.Warning {
	ids := docIDs{}
	var warns []formats.Warning
	for i, d := range docs {
		if id, had := ids.claim(d.ID, i); had >= 0 {
			warns = append(warns, formats.Warning{Doc: place(i), Msg: renamedMsg(d.ID, place(had), id)})
			d.ID = id
		}
	}
	return warns
}

// renamedMsg says, after its place, that a document was renamed id because the one at other has its
// ID old.
func renamedMsg(old, other, id string) string {
	return fmt.Sprintf("the document ID %q is also that of %s; renamed %q", old, other, id)
}

// duplicateIDError refuses a corpus in which two documents have the same ID, naming both places:
// exporters key documents by ID, and a second document would silently replace the first.
func duplicateIDError(docs []*annotate.Document, place func(i int) string) error {
	first := map[string]int{}
	for i, d := range docs {
		if j, ok := first[d.ID]; ok {
			return fmt.Errorf("%s: the document ID %q is also that of %s: IDs must be unique in a corpus; change one of them (its \"id\")", place(i), d.ID, place(j))
		}
		first[d.ID] = i
	}
	return nil
}

// docPlaces names documents read from files in messages: "FILE:LINE" for a document of a JSON Lines
// file (one document a line), "FILE" for a file of one document, else "FILE (document N)". Files are
// read again only when a message needs their lines.
type docPlaces struct {
	files []string // the file of each document
	index []int    // its position in that file, from 0
	count map[string]int
	lines map[string][]int // per file, the number of each non-blank line; nil when not JSON Lines
}

func newDocPlaces() *docPlaces {
	return &docPlaces{count: map[string]int{}, lines: map[string][]int{}}
}

// add records n documents read from path.
func (p *docPlaces) add(path string, n int) {
	for i := range n {
		p.files = append(p.files, path)
		p.index = append(p.index, p.count[path]+i)
	}
	p.count[path] += n
}

// place names the document at position i of the corpus.
func (p *docPlaces) place(i int) string {
	path, k := p.files[i], p.index[i]
	if p.count[path] == 1 {
		return path
	}
	lines, ok := p.lines[path]
	if !ok {
		lines = jsonLines(path)
		if len(lines) != p.count[path] {
			lines = nil
		}
		p.lines[path] = lines
	}
	if lines != nil {
		return fmt.Sprintf("%s:%d", path, lines[k])
	}
	return fmt.Sprintf("%s (document %d)", path, k+1)
}

// jsonLines returns the numbers (from 1) of the non-blank lines of a JSON Lines file, nil when path
// is no JSON Lines file or cannot be read.
func jsonLines(path string) []int {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	ext := strings.ToLower(filepath.Ext(path))
	if ext != ".jsonl" && ext != ".ndjson" && !annotate.IsJSONLines(data) {
		return nil
	}
	var out []int
	for i, line := range bytes.Split(data, []byte("\n")) {
		if len(bytes.TrimSpace(line)) > 0 {
			out = append(out, i+1)
		}
	}
	return out
}

// jsonLinesIDError reports the first document ID of a JSON Lines corpus that an earlier line has.
func jsonLinesIDError(name string, data []byte) error {
	first := map[string]int{}
	for i, line := range bytes.Split(data, []byte("\n")) {
		var d struct {
			ID string `json:"id"`
		}
		if len(bytes.TrimSpace(line)) == 0 || json.Unmarshal(line, &d) != nil {
			continue
		}
		if j, ok := first[d.ID]; ok {
			return fmt.Errorf("%s:%d: the document ID %q is also that of line %d: IDs must be unique in a corpus", name, i+1, d.ID, j)
		}
		first[d.ID] = i + 1
	}
	return nil
}
