package formats

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/glose-app/glose/annotate"
)

// maxOriginal is the largest translation tool's file a document keeps whole for merge-back (see
// keepOriginal): a client's XLIFF is a few MB at most, and the original is saved with the document,
// in its Glose JSON and at every autosave; a larger file is read as before, without merge-back.
const maxOriginal = 8 << 20

// xliffPlaces are the places in an XLIFF 2 file's bytes that merge-back rewrites.
type xliffPlaces struct {
	root    [2]int       // the <xliff> start tag
	trgLang bool         // the <xliff> element has trgLang
	files   [][]segPlace // the segments of each <file>, in the order xliff2Docs reads them
	units   []unitPlace  // the units, all files together
	heads   []filePlace  // where each <file>'s own notes go, as files
}

// filePlace is where the notes on a whole <file> go: after the last <note> of its <notes>, or in a
// <notes> put before its first unit or group, as the schema orders a file's children.
type filePlace struct {
	open     [2]int // its start tag
	lastNote [2]int // the last <note> of its <notes> (the end of its start tag while it has none), or zero
	content  int    // the start of its first <unit> or <group>
	notesOf
}

// notesOf are the notes of a unit or a file, for merge-back to take out those Glose wrote that the
// document no longer has.
type notesOf struct {
	notesEl [2]int      // its <notes> element, or zero
	count   int         // how many <note>s it holds
	glose   []gloseNote // those Glose wrote
}

// unitPlace is where a unit's notes go: after its last <note>, or in a <notes> put before its first
// <originalData>, <segment> or <ignorable>.
type unitPlace struct {
	lastNote [2]int // its last note of its <notes>, or zero
	content  int    // the start of its first originalData, segment or ignorable, or 0
	data     [2]int // its <originalData> element, or zero
	notesOf
}

// segPlace is where a <segment> and its texts are in the file, as byte ranges [start, end).
type segPlace struct {
	open        [2]int // its start tag
	source      [2]int // its <source> element
	target      [4]int // its <target>: the start tag [0, 1) and the end tag [2, 3), equal for <target/>
	hasTarget   bool
	codes       bool   // its source or target holds inline codes (<pc>, <ph>, <sc>, <ec>), or other elements than markers
	noTranslate bool   // translate="no" on its unit, a group around it or its file
	unit        int    // its unit in xliffPlaces.units
	data        [2]int // its unit's <originalData> element (before its segments), or zero
}

// scanFrame is an element open during the scan: its role for merge-back ("" when it has none).
type scanFrame struct {
	role        string
	noTranslate bool
}

// rawDecoder returns a decoder of data past its UTF-8 byte-order mark, if any, and the mark's length,
// which the decoder's offsets leave out.
func rawDecoder(data []byte) (*xml.Decoder, int) {
	bom := 0
	if bytes.HasPrefix(data, []byte("\xef\xbb\xbf")) {
		bom = 3
	}
	return xml.NewDecoder(bytes.NewReader(data[bom:])), bom
}

// scanXLIFF2 finds the places of an XLIFF 2 file, which must be UTF-8 (a byte-order mark is let be).
// Elements count as xliff2Docs counts them: files anywhere but in a file, units and groups in a file
// or group, segments in a unit, the first <source> and <target> of a segment.
func scanXLIFF2(data []byte) (*xliffPlaces, error) {
	dec, bom := rawDecoder(data)
	p := &xliffPlaces{}
	stack := []scanFrame{{}}
	var seg *segPlace
	for {
		a := int(dec.InputOffset()) + bom
		tok, err := dec.RawToken()
		if errors.Is(err, io.EOF) {
			return p, nil
		}
		if err != nil {
			return nil, err
		}
		b := int(dec.InputOffset()) + bom
		switch t := tok.(type) {
		case xml.StartElement:
			f := p.start(t, stack, &seg, data, a, b)
			stack = append(stack, f)
		case xml.EndElement:
			if len(stack) < 2 {
				return nil, fmt.Errorf("byte %d: </%s> closes no element", a, t.Name.Local)
			}
			switch stack[len(stack)-1].role {
			case "source":
				seg.source[1] = b
			case "target":
				seg.target[2], seg.target[3] = a, b
			case "note":
				u := &p.units[len(p.units)-1]
				u.lastNote[1] = b
				endGloseNote(u.glose, data, u.lastNote[0], b, "appliesTo")
			case "file-note":
				h := &p.heads[len(p.heads)-1]
				h.lastNote[1] = b
				endGloseNote(h.glose, data, h.lastNote[0], b, "appliesTo")
			case "notes":
				p.units[len(p.units)-1].notesEl[1] = b
			case "originalData":
				p.units[len(p.units)-1].data[1] = b
			case "file-notes":
				p.heads[len(p.heads)-1].notesEl[1] = b
			}
			stack = stack[:len(stack)-1]
		}
	}
}

// start reads a start tag at [a, b) whose parents are stack, seg being the segment being read.
func (p *xliffPlaces) start(t xml.StartElement, stack []scanFrame, seg **segPlace, data []byte, a, b int) scanFrame {
	parent := stack[len(stack)-1]
	f := scanFrame{noTranslate: parent.noTranslate}
	inFile := slices.ContainsFunc(stack, func(s scanFrame) bool { return s.role == "file" })
	name := t.Name.Local
	switch {
	case len(stack) == 1 && name == "xliff":
		p.root = [2]int{a, b}
		p.trgLang = rawAttr(t, "trgLang") != ""
	case name == "file" && !inFile:
		f.role = "file"
		p.files = append(p.files, nil)
		p.heads = append(p.heads, filePlace{open: [2]int{a, b}})
	case name == "notes" && parent.role == "file":
		f.role = "file-notes"
		if !bytes.HasSuffix(data[a:b], []byte("/>")) {
			p.heads[len(p.heads)-1].lastNote = [2]int{b, b}
		}
		p.heads[len(p.heads)-1].notesEl[0] = a
	case name == "note" && parent.role == "file-notes":
		f.role = "file-note"
		p.heads[len(p.heads)-1].lastNote = [2]int{a, b}
		p.heads[len(p.heads)-1].noteAt(t, a)
	case (name == "group" || name == "unit") && (parent.role == "file" || parent.role == "group"):
		f.role = name
		if name == "unit" {
			p.units = append(p.units, unitPlace{})
		}
	case name == "notes" && parent.role == "unit":
		f.role = "notes"
		p.units[len(p.units)-1].notesEl[0] = a
	case name == "note" && parent.role == "notes":
		f.role = "note"
		p.units[len(p.units)-1].lastNote = [2]int{a, b}
		p.units[len(p.units)-1].noteAt(t, a)
	case name == "originalData" && parent.role == "unit":
		f.role = "originalData"
		p.units[len(p.units)-1].data = [2]int{a, b}
	case name == "segment" && parent.role == "unit":
		f.role = "segment"
		k, u := len(p.files)-1, len(p.units)-1
		p.files[k] = append(p.files[k], segPlace{open: [2]int{a, b}, noTranslate: parent.noTranslate, unit: u, data: p.units[u].data})
		*seg = &p.files[k][len(p.files[k])-1]
	case name == "source" && parent.role == "segment" && (*seg).source == [2]int{}:
		f.role = "source"
		(*seg).source[0] = a
	case name == "target" && parent.role == "segment" && !(*seg).hasTarget:
		f.role = "target"
		(*seg).hasTarget = true
		(*seg).target = [4]int{a, b, b, b}
	case !slices.Contains([]string{"mrk", "sm", "em", "cp"}, name) && slices.ContainsFunc(stack, func(s scanFrame) bool { return s.role == "source" || s.role == "target" }):
		(*seg).codes = true
	}
	if h := len(p.heads) - 1; parent.role == "file" && (name == "unit" || name == "group") && p.heads[h].content == 0 {
		p.heads[h].content = a
	}
	if u := len(p.units) - 1; parent.role == "unit" && (name == "originalData" || name == "segment" || name == "ignorable") && p.units[u].content == 0 {
		p.units[u].content = a
	}
	if f.role == "file" || f.role == "group" || f.role == "unit" {
		if v := rawAttr(t, "translate"); v != "" {
			f.noTranslate = v == "no"
		}
	}
	return f
}

// noteAt counts the <note> starting at a, and keeps its place if Glose wrote it.
func (n *notesOf) noteAt(t xml.StartElement, a int) {
	n.count++
	if rawAttr(t, "category") == gloseNoteCategory {
		n.glose = append(n.glose, gloseNote{at: [2]int{a, 0}})
	}
}

// rawAttr is the value of a start tag's unprefixed attribute local, or "".
func rawAttr(t xml.StartElement, local string) string {
	for _, at := range t.Attr {
		if at.Name.Space == "" && at.Name.Local == local {
			return at.Value
		}
	}
	return ""
}

// keepOriginal keeps an XLIFF file from a translation tool, of format annotate.OriginalXLIFF or
// OriginalXLIFF12 (not Glose's own export, which has nothing to merge back into), in the metadata of
// the documents read from it, so that their export to its format writes the translations back into
// it. A file larger than maxOriginal, or not in UTF-8 (so that its bytes can be edited in place and
// saved as text in Glose JSON), is not kept, with a warning.
func keepOriginal(name string, data []byte, root *xnode, format string, docs []*annotate.Document, w *warnings) {
	if declaresGlose(root) || format == annotate.OriginalXLIFF12 && gloseGroups(root) {
		return
	}
	reason := ""
	switch {
	case len(data) > maxOriginal:
		reason = "size"
	case !utf8.Valid(data) || !utf8Declared(data):
		reason = "encoding"
	case countFiles(format, data) != len(docs):
		reason = "encoding"
	}
	if reason != "" {
		args := map[string]any{"Reason": reason, "MB": (len(data) + 1<<20 - 1) >> 20, "Max": maxOriginal >> 20}
		w.say(name, WarnOriginalNotKept, args, "the file is not kept for merge-back (%s): its XLIFF export will be Glose's own, not the tool's file with the translations", map[string]string{
			"size": fmt.Sprintf("%d MB, more than %d MB", args["MB"], args["Max"]), "encoding": "it is not UTF-8"}[reason])
		return
	}
	kept := bytes.Clone(data) // shared by the documents, as their exports merge into one file
	for i, d := range docs {
		d.Meta.Original = &annotate.Original{Format: format, Name: filepath.Base(name), File: i, Data: kept}
	}
	// The inline codes are not left out after all: merge-back writes them into the new targets.
	*w = slices.DeleteFunc(*w, func(x Warning) bool { return x.Code == WarnInlineCodes })
}

// countFiles is how many <file>s merge-back finds in an XLIFF file of format, or -1 when it cannot
// read it byte for byte.
func countFiles(format string, data []byte) int {
	if format == annotate.OriginalXLIFF12 {
		p, err := scanXLIFF12(data)
		if err != nil {
			return -1
		}
		return len(p.files)
	}
	p, err := scanXLIFF2(data)
	if err != nil {
		return -1
	}
	return len(p.files)
}

// gloseGroups reports whether an XLIFF 1.2 file is Glose's own export, which declares no namespace
// (the strict schema wants none) but groups its trans-units by paragraph in x-glose- groups.
func gloseGroups(n *xnode) bool {
	for _, k := range n.Kids {
		if k.Name == "group" && strings.HasPrefix(k.attr("restype"), "x-glose-") || gloseGroups(k) {
			return true
		}
	}
	return false
}

var xmlEncoding = regexp.MustCompile(`^(?:\xef\xbb\xbf)?<\?xml[^>]*\sencoding\s*=\s*["']([^"']*)["']`)

// utf8Declared reports whether the XML declaration, if any, says UTF-8 (or says no encoding).
func utf8Declared(data []byte) bool {
	m := xmlEncoding.FindSubmatch(data[:min(len(data), 200)])
	return m == nil || strings.EqualFold(string(m[1]), "utf-8") || strings.EqualFold(string(m[1]), "utf8")
}
