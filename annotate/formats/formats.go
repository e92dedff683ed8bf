// Package formats converts Glose documents to and from the interchange formats of annotation and
// translation tools: Glose JSON Lines, doccano, Label Studio, spaCy, brat, CoNLL-2003, W3C Web Annotation,
// XLIFF 2.1 and 1.2, TMX 1.4b, plain text and Markdown (the translation laid out as its source, and import),
// HTML articles, Word .docx and OpenDocument .odt documents (import). Every format states the unit of its
// offsets (see Format.Offsets and docs/formats.md); what a format cannot hold is reported as a Warning,
// never dropped silently.
package formats

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/infile"
)

// MaxInputSize bounds what Read and ReadFile accept, so that a wrong file cannot exhaust memory.
const MaxInputSize = 256 << 20

// Format describes one interchange format. The zero value is not useful: get formats from All or Lookup.
type Format struct {
	Name        string   // what --to and --from take, e.g. "doccano"
	Title       string   // for people, e.g. "doccano relation JSONL"
	Extensions  []string // file extensions, main one first, e.g. [".jsonl"]
	Offsets     string   // the unit of the offsets the format stores, or "none"
	UnitChoice  bool     // the unit of its offsets can be chosen: WriteOptions.Unit and ReadOptions.Unit
	Paragraphs  bool     // export can make one unit per paragraph instead of per sentence: WriteOptions.Paragraphs (TMX)
	Markers     bool     // export marks spans inline, markers WriteOptions.NoMarkers leaves out (XLIFF)
	MultiFile   bool     // export writes several files (to a directory)
	Bilingual   bool     // holds the source and its translation together (XLIFF): exports mark both sides by default
	NoSpans     bool     // keeps no spans (TMX): the options that choose spans (SpanOptions) do not apply
	NER         bool     // made to train or evaluate named-entity recognisers: exports keep names only by default (DefaultMentions)
	Translation bool     // writes the translation as a text to deliver (text, markdown): WriteOptions.Untranslated, and Confirmed for segments
	Rows        bool     // one table row per French quotation (quotes-csv): no choice of side, labels or mentions; WriteOptions.RawCells
	Description string   // one line: what it keeps and drops

	write func(docs []*annotate.Document, opts WriteOptions) ([]File, []Warning, error)
	read  func(name string, data []byte, opts ReadOptions) ([]*annotate.Document, []Warning, error)
}

// CanWrite reports whether Glose exports this format.
func (f Format) CanWrite() bool { return f.write != nil }

// CanRead reports whether Glose imports this format.
func (f Format) CanRead() bool { return f.read != nil }

// Write exports docs in this format; see the package function Write.
func (f Format) Write(docs []*annotate.Document, opts WriteOptions) ([]File, []Warning, error) {
	return Write(f.Name, docs, opts)
}

// Read imports data in this format whatever the file is called; see the package function Read.
func (f Format) Read(name string, data []byte, opts ReadOptions) ([]*annotate.Document, []Warning, error) {
	opts.Format = f.Name
	return Read(name, data, opts)
}

// File is one file of an export. Name is a file name without directory: the document's ID with the
// format's extension for multi-file formats, or a companion file such as Label Studio's labeling config.
// Main marks the file that goes to -o (or standard output) for single-file formats.
type File struct {
	Name string
	Main bool
	Data []byte
}

// CompanionPath is where a companion file (not Main) of a single-file export goes when the main file
// is written to main: beside it, named after it, so that two exports into one folder keep their own
// ("tasks.json" gives "tasks.label_config.xml"). The CLI and the app both name them so.
func CompanionPath(main string, f File) string {
	return strings.TrimSuffix(main, filepath.Ext(main)) + "." + f.Name
}

// Side selects which text of a document an export covers.
type Side int

// Sides: the format's default (the zero value: see Format.DefaultSide), the source text, the
// translation (segments' targets joined into one text), or both (two records per document where the
// format has records). Glose JSON and JSON Lines hold both texts whatever the side: one side leaves
// out the other's spans.
const (
	FormatSide Side = iota
	SourceSide
	TargetSide
	BothSides
)

// DefaultSide is the side an export covers when nobody chose (FormatSide): both for a bilingual format,
// whose translation would otherwise lose its spans (and Glose JSON would not be lossless), the source
// for the others.
func (f Format) DefaultSide() Side {
	if f.Bilingual {
		return BothSides
	}
	return SourceSide
}

// ParseSide reads "source", "target" or "both"; "" is FormatSide.
func ParseSide(s string) (Side, error) {
	switch s {
	case "":
		return FormatSide, nil
	case "source":
		return SourceSide, nil
	case "target":
		return TargetSide, nil
	case "both":
		return BothSides, nil
	}
	return 0, fmt.Errorf("side %q: expected source, target or both", s)
}

// WriteOptions tune an export. The zero value exports the format's default side (see DefaultSide),
// suggestions included, every label, the format's default mentions (see DefaultMentions): for Glose
// JSON and JSON Lines, the whole document.
type WriteOptions struct {
	Side       Side
	Confirmed  bool     // only spans and links a person made or accepted (Origin human), and links between such spans
	Labels     []string // only these labels; empty means all
	Unit       string   // offset unit for doccano and Label Studio: "" (the format's default), "codepoints", "utf16"
	Paragraphs bool     // TMX: one unit per paragraph (segments joined with a space) instead of per sentence
	NoMarkers  bool     // XLIFF: plain text, without span markers, for translation tools that choke on <mrk>
	// Mentions keeps the entity mentions that are not names (a quote speaker's "il", "le diplomate
	// russe") or leaves them out, with the links to them; FormatMentions is the format's default.
	Mentions Mentions
	// Untranslated is what the export of the translation as a text (text, markdown) does with the
	// segments without English (with Confirmed: without confirmed English); refuse by default.
	Untranslated Untranslated
	// RawCells writes the cells of a table (quotes-csv) as their text is, for programs, without the
	// tab that keeps a spreadsheet from reading a cell starting with = + - @ as a formula.
	RawCells bool
	// Excel lays a table (quotes-csv) out for Excel to open on a double click (see Excel); NoExcel
	// writes plain CSV, for programs.
	Excel Excel

	probe func(*annotate.Segment, placement) // merge-back shows it the codes of each new target (codes_report.go)
}

// ReadOptions tune an import.
type ReadOptions struct {
	Format     string                            // force a format by name; detected from the name and content when empty
	SourceLang string                            // default "fr" when the file does not say
	TargetLang string                            // default "en" when the file does not say
	Unit       string                            // offset unit of doccano and Label Studio files, as for WriteOptions.Unit
	Open       func(name string) ([]byte, error) // reads a companion file (brat's .txt beside the .ann); nil: none
}

// All returns every format Glose knows, in the order dialogs list them.
func All() []Format {
	return []Format{
		gloseFormat(), jsonlFormat(), doccanoFormat(), labelStudioFormat(), spacyFormat(), bratFormat(),
		conllFormat(), w3cFormat(), xliffFormat(), xliff12Format(), tmxFormat(), textFormat(), markdownFormat(), htmlFormat(),
		docxFormat(), odtFormat(), quotesCSVFormat(),
	}
}

// Lookup returns the format called name.
func Lookup(name string) (Format, bool) {
	for _, f := range All() {
		if f.Name == name {
			return f, true
		}
	}
	return Format{}, false
}

// Names returns the names of the formats that can be written (write true) or read.
func Names(write bool) []string {
	var out []string
	for _, f := range All() {
		if (write && f.CanWrite()) || (!write && f.CanRead()) {
			out = append(out, f.Name)
		}
	}
	return out
}

// Write exports docs (a corpus when several) in the named format.
func Write(name string, docs []*annotate.Document, opts WriteOptions) ([]File, []Warning, error) {
	f, ok := Lookup(name)
	if !ok || !f.CanWrite() {
		return nil, nil, fmt.Errorf("unknown export format %q (known: %s)", name, strings.Join(Names(true), ", "))
	}
	if _, err := parseUnit(opts.Unit, annotate.CodePoints); err != nil {
		return nil, nil, err
	}
	if opts.Side == FormatSide {
		opts.Side = f.DefaultSide()
	}
	if opts.Mentions == FormatMentions {
		opts.Mentions = f.DefaultMentions()
	}
	files, warns, err := f.write(docs, opts)
	if err != nil {
		return files, warns, err
	}
	return files, append(warns, mentionWarnings(f, docs, opts)...), nil
}

// Read imports the documents a file holds. name is the file name, used to detect the format (unless
// opts.Format says it) and in messages.
func Read(name string, data []byte, opts ReadOptions) ([]*annotate.Document, []Warning, error) {
	if len(data) > MaxInputSize {
		return nil, nil, readErr(ErrTooLarge, map[string]any{"MB": len(data) >> 20, "Max": MaxInputSize >> 20},
			"%s: the file is %d MB, more than Glose imports (%d MB)", name, len(data)>>20, MaxInputSize>>20)
	}
	if opts.SourceLang == "" {
		opts.SourceLang = "fr"
	}
	if opts.TargetLang == "" {
		opts.TargetLang = "en"
	}
	if _, err := parseUnit(opts.Unit, annotate.CodePoints); err != nil {
		return nil, nil, err
	}
	// A byte-order mark says the encoding of any file; detection looks at the text it marks.
	probe := data
	if t, err := infile.Decode(name, data); err == nil {
		probe = t.Data
	}
	f, err := detect(name, probe, opts)
	if err != nil {
		return nil, nil, err
	}
	if slices.Contains(jsonFormats, f.Name) {
		// JSON must be UTF-8 (RFC 8259); checked here once for every JSON reader, so that a Latin-1
		// letter is refused with its line and offset instead of becoming U+FFFD.
		t, err := infile.UTF8Lines(name, data)
		if err != nil {
			return nil, nil, err
		}
		data = t.Data
	}
	docs, warns, err := f.read(name, data, opts)
	if err != nil {
		if opts.Format == "" {
			err = otherReading(err, name, data, f, opts)
		}
		return nil, warns, err
	}
	for _, d := range docs {
		if err := d.Validate(); err != nil {
			return nil, warns, readErr(ErrNotValid, map[string]any{"Format": f.Name}, "%s (%s): the imported document is not valid: %w", name, f.Name, err)
		}
	}
	return docs, warns, nil
}

// ReadFile is Read for a file on disk: it refuses files over MaxInputSize before reading them and lets
// brat find the .txt beside an .ann (and the .ann beside a .txt). A directory is read as a brat
// collection: every .ann in it with its .txt.
func ReadFile(path string, opts ReadOptions) ([]*annotate.Document, []Warning, error) {
	info, err := os.Stat(path)
	if err != nil {
		err = withoutPath(err) // "stat PATH: " would name the file twice
		return nil, nil, readErr(ErrCannotRead, map[string]any{"Reason": osReason(err)}, "opening %s: %w", path, err)
	}
	if info.IsDir() {
		return readBratDir(path, opts)
	}
	if info.Size() > MaxInputSize {
		return nil, nil, readErr(ErrTooLarge, map[string]any{"MB": int(info.Size() >> 20), "Max": MaxInputSize >> 20},
			"%s: the file is %d MB, more than Glose imports (%d MB)", path, info.Size()>>20, MaxInputSize>>20)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, nil, readErr(ErrCannotRead, map[string]any{"Reason": osReason(err)}, "reading %s: %w", path, withoutPath(err))
	}
	if opts.Open == nil {
		dir := filepath.Dir(path)
		opts.Open = func(name string) ([]byte, error) {
			p := filepath.Join(dir, filepath.Base(name))
			if fi, err := os.Stat(p); err == nil && fi.Size() > MaxInputSize {
				return nil, fmt.Errorf("%s: more than %d MB", p, MaxInputSize>>20)
			}
			return os.ReadFile(p)
		}
	}
	return Read(path, data, opts)
}

// readBratDir reads a brat collection, as `export --to brat` writes one: the .ann files of dir in name
// order, each with the .txt of the same name. A .txt without an .ann is left out with a warning.
func readBratDir(dir string, opts ReadOptions) ([]*annotate.Document, []Warning, error) {
	if opts.Format != "" && opts.Format != "brat" {
		return nil, nil, fmt.Errorf("%s is a directory: give the %s file to import", dir, opts.Format)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, nil, readErr(ErrCannotRead, map[string]any{"Reason": osReason(err)}, "reading %s: %w", dir, withoutPath(err))
	}
	var anns, lone []string
	for _, e := range entries {
		stem, ext := strings.TrimSuffix(e.Name(), filepath.Ext(e.Name())), strings.ToLower(filepath.Ext(e.Name()))
		switch {
		case e.IsDir():
		case ext == ".ann":
			anns = append(anns, e.Name())
		case ext == ".txt" && !hasEntry(entries, stem+".ann"):
			lone = append(lone, e.Name())
		}
	}
	if len(anns) == 0 {
		return nil, nil, readErr(ErrBratEmptyFolder, nil, "%s is a directory with no brat .ann file in it: give a file to import, or a brat collection (pairs of .ann and .txt files, as export --to brat writes)", dir)
	}
	var docs []*annotate.Document
	var w warnings
	if len(lone) > 0 {
		w.say(dir, WarnTextWithoutAnn, map[string]any{"N": len(lone), "Name": lone[0]},
			"%s without an .ann beside it left out (e.g. %s): a brat document is a .txt and an .ann file", plural(len(lone), ".txt file", ".txt files"), lone[0])
	}
	for _, a := range anns {
		opts.Open = nil // each file's companions are beside it
		ds, ws, err := ReadFile(filepath.Join(dir, a), opts)
		w = append(w, ws...)
		if err != nil {
			return nil, w, err
		}
		docs = append(docs, ds...)
	}
	return docs, w, nil
}

func hasEntry(entries []os.DirEntry, name string) bool {
	for _, e := range entries {
		if e.Name() == name {
			return true
		}
	}
	return false
}

// withoutPath drops the operation and path an *fs.PathError repeats, for a message that names the file.
func withoutPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// otherReading adds to the error of a JSON file read in the format its name and content suggested
// (f) the other JSON format that reads it without error, if any, so that the message names the
// format to pass with --from instead of leaving only the first reader's complaint.
func otherReading(err error, name string, data []byte, f Format, opts ReadOptions) error {
	if !slices.Contains(jsonFormats, f.Name) {
		return err
	}
	for _, g := range All() {
		if g.Name == f.Name || !g.CanRead() || !slices.Contains(jsonFormats, g.Name) {
			continue
		}
		if docs, _, e := g.read(name, data, opts); e == nil && len(docs) > 0 && validAll(docs) {
			return readErr(ErrReadsAsOther, map[string]any{"Read": f.Title, "Other": g.Title, "Name": g.Name},
				"%w (read as %s; as %s the file reads without error: import it with --from %s)", err, f.Title, g.Title, g.Name)
		}
	}
	return err
}

func validAll(docs []*annotate.Document) bool {
	for _, d := range docs {
		if d.Validate() != nil {
			return false
		}
	}
	return true
}

// detect picks the format of a file from opts.Format, its extension and a look at its content.
func detect(name string, data []byte, opts ReadOptions) (Format, error) {
	if opts.Format != "" {
		f, ok := Lookup(opts.Format)
		if !ok || !f.CanRead() {
			return Format{}, fmt.Errorf("%s: unknown import format %q (known: %s)", name, opts.Format, strings.Join(Names(false), ", "))
		}
		return f, nil
	}
	ext := strings.ToLower(filepath.Ext(name))
	var pick string
	switch ext {
	case ".json", ".glose":
		pick = sniffJSON(data)
		if isJSONLines(data) {
			pick = sniffJSONL(data) // doccano's export or a Glose corpus saved as .json
		}
	case ".jsonl", ".ndjson":
		pick = sniffJSONL(data)
	case ".ann":
		pick = "brat"
	case ".xlf", ".xliff", ".xlz", ".sdlxliff", ".mqxliff", ".mxliff": // the last three: Trados, memoQ, Phrase
		pick = sniffXLIFF(data)
	case ".tmx":
		pick = "tmx"
	case ".docx", ".docm", ".doc": // a .doc is refused as such unless it is a .docx renamed
		pick = "docx"
	case ".odt":
		pick = "odt"
	case ".html", ".htm", ".xhtml":
		pick = "html"
	case ".srt", ".vtt":
		pick = "text"
	case ".md", ".markdown", ".mdown", ".mkd": // Markdown, whatever it begins with ("{}", "<table>"), unless a zip or OLE file or a page
		pick = "text"
		if bytes.HasPrefix(data, oleMagic) || bytes.HasPrefix(data, []byte("PK\x03\x04")) {
			pick = sniffContent(data)
		} else if IsHTMLPage(data) {
			pick = "html"
		}
	case ".txt":
		pick = "text"
		if hasCompanion(name, ".ann", opts) {
			pick = "brat"
		}
	case ".conll", ".conll03", ".iob":
		return Format{}, readErr(ErrCoNLL, nil, "%s: CoNLL files hold tokens without the spacing of the text, so Glose does not import them; import the original text instead", name)
	default:
		pick = sniffContent(data)
	}
	f, _ := Lookup(pick)
	if !f.CanRead() {
		return Format{}, readErr(ErrExportOnly, map[string]any{"Format": f.Title}, "%s: Glose exports %s but does not import it", name, f.Title)
	}
	return f, nil
}

// sniffContent picks a format by content for a file whose name does not tell (a backup FILE.bak,
// standard input, no extension): Glose JSON, JSON Lines, doccano, Label Studio, XLIFF, TMX, HTML, Word or OpenDocument by
// their first bytes, else text.
func sniffContent(data []byte) string {
	t := bytes.TrimLeft(data, " \t\r\n\uFEFF")
	head := bytes.ToLower(t[:min(len(t), 512)])
	switch {
	case len(t) == 0:
		return "text"
	case bytes.HasPrefix(data, oleMagic):
		return "docx" // which says an OLE file is an old .doc or an encrypted document
	case bytes.HasPrefix(data, []byte("PK\x03\x04")):
		return sniffZip(data)
	case t[0] == '[' && json.Valid(t):
		return "labelstudio"
	case t[0] == '{' && json.Valid(t):
		return sniffJSON(t)
	case isJSONLines(t):
		return sniffJSONL(t)
	case bytes.Contains(head, []byte("<xliff")):
		return sniffXLIFF(data)
	case bytes.Contains(head, []byte("<tmx")):
		return "tmx"
	case IsHTMLPage(t):
		return "html"
	}
	return "text"
}

// isJSONLines reports whether data is JSON Lines of objects: a first line that is a whole object, and more.
func isJSONLines(data []byte) bool {
	t := bytes.TrimLeft(data, " \t\r\n\uFEFF")
	line, rest, _ := bytes.Cut(t, []byte("\n"))
	return len(t) > 0 && t[0] == '{' && len(bytes.TrimSpace(rest)) > 0 && json.Valid(line)
}

func hasCompanion(name, ext string, opts ReadOptions) bool {
	if opts.Open == nil {
		return false
	}
	_, err := opts.Open(strings.TrimSuffix(filepath.Base(name), filepath.Ext(name)) + ext)
	return err == nil
}

// ParseUnit reads an offset unit name as ReadOptions.Unit and WriteOptions.Unit take it (codepoints
// for ""), so that a command line can refuse a wrong one as such before any work.
func ParseUnit(s string) (annotate.Unit, error) { return parseUnit(s, annotate.CodePoints) }

// parseUnit reads a unit name; def is used for "".
func parseUnit(s string, def annotate.Unit) (annotate.Unit, error) {
	if s == "" {
		return def, nil
	}
	return annotate.ParseUnit(s)
}

// filterLabels reports whether a label passes the Labels option.
func (o WriteOptions) keepLabel(l string) bool {
	return len(o.Labels) == 0 || slices.Contains(o.Labels, l)
}

// jsonFormats are the formats whose files are JSON or JSON Lines.
var jsonFormats = []string{"glose", "jsonl", "doccano", "labelstudio", "spacy", "w3c"}

// errStop ends a walk early; it never leaves the package.
var errStop = errors.New("stop")
