package workspace

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
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
// not carry, each with the code and arguments a program needs to say it in its own words.
func Load(path string) (*annotate.Document, []formats.Warning, error) {
	return LoadWith(path, formats.ReadOptions{})
}

// LoadWith is Load with read options: the unit of a doccano or Label Studio file's offsets, say.
func LoadWith(path string, opts formats.ReadOptions) (*annotate.Document, []formats.Warning, error) {
	if err := checkSize(path); err != nil {
		return nil, nil, err
	}
	docs, warns, err := formats.ReadFile(path, opts)
	if d, ok, aerr := withChanges(path, err); ok {
		return d, nil, aerr
	}
	return first(path, docs, warns, err)
}

// LoadBytes is Load for data already read; name gives the type and appears in messages. A brat
// document cannot be read so: its .ann and .txt are two files.
func LoadBytes(name string, data []byte) (*annotate.Document, []formats.Warning, error) {
	docs, warns, err := formats.Read(name, data, formats.ReadOptions{})
	return first(name, docs, warns, err)
}

// LoadAll reads every document of a file, as LoadWith reads its first, for a program that lets the
// user choose one (Choices, Pick).
func LoadAll(path string, opts formats.ReadOptions) ([]*annotate.Document, []formats.Warning, error) {
	if err := checkSize(path); err != nil {
		return nil, nil, err
	}
	docs, warns, err := formats.ReadFile(path, opts)
	if d, ok, aerr := withChanges(path, err); ok {
		if aerr != nil {
			return nil, nil, aerr
		}
		return []*annotate.Document{d}, nil, nil
	}
	if err == nil && len(docs) == 0 {
		err = fmt.Errorf("%s: no document in the file", path)
	}
	return docs, warns, err
}

// withChanges reads the file at path, which the formats could not read (err), as an autosave with
// changes appended (see AutosaveFile), when it is one (ok): a Glose older than those autosaves calls
// such an autosave damaged and may set it aside as it is, to be opened here with File › Open. One
// whose changes cannot all be read is refused, saying so (the file is left as it is: its recovery
// keeps the changes before the damage, see LoadRecovery).
func withChanges(path string, err error) (d *annotate.Document, ok bool, aerr error) {
	var ve *annotate.ValidationError
	if !errors.As(err, &ve) || ve.Code != annotate.InvalidTrailingData {
		return nil, false, nil
	}
	data, rerr := os.ReadFile(path)
	if rerr != nil {
		return nil, false, nil
	}
	if _, changes := splitAutosave(data); !bytes.HasPrefix(changes, []byte(`{"change":1,`)) {
		return nil, false, nil
	}
	d, aerr = loadAutosave(path, data)
	if aerr != nil {
		return nil, true, fmt.Errorf("%s is an autosave with changes appended, not all of which can be read: %w", path, aerr)
	}
	return d, true, nil
}

// Choices returns the places in docs of the documents a user may choose among: all but the
// translations that a doccano, brat or Label Studio file holds beside their source's record
// (formats.WarnTranslationSide), which open with their source's warnings, not on their own.
func Choices(docs []*annotate.Document, warns []formats.Warning) []int {
	ids := map[string]bool{}
	for _, d := range docs {
		ids[d.ID] = true
	}
	side := map[string]bool{}
	for _, w := range warns {
		if src, _ := w.Args["Source"].(string); w.Code == formats.WarnTranslationSide && ids[src] {
			id, _ := w.Args["ID"].(string)
			side[id] = true
		}
	}
	var places []int
	for i, d := range docs {
		if !side[d.ID] {
			places = append(places, i)
		}
	}
	return places
}

// Pick returns the document at place i of docs, read from the file name, with the warnings that
// concern it (see first), for a document the user chose.
func Pick(name string, docs []*annotate.Document, warns []formats.Warning, i int) (*annotate.Document, []formats.Warning) {
	d, kept, _ := pick(docs, warns, i)
	return d, kept
}

// first returns the first document read from the file name, saying so when there are more.
//
// A doccano, brat or Label Studio export made with --side both holds each document's translation as a
// record of its own, which the formats package reads as a document of its own and says so
// (WarnTranslationSide). Here only the first document opens: its translation's warning would say it
// was read, and the next that it was not (QA17 #5). It is said instead that the translation is not
// open, and how to keep it with its source; the translations of documents not opened go unsaid,
// as the documents they translate, which WarnFirstDocument counts, are not open either.
func first(name string, docs []*annotate.Document, warns []formats.Warning, err error) (*annotate.Document, []formats.Warning, error) {
	if err != nil {
		return nil, warns, err
	}
	if len(docs) == 0 {
		return nil, warns, fmt.Errorf("%s: no document in the file", name)
	}
	for _, d := range docs { // the notes Glose wrote into an XLIFF before notes had IDs
		annotate.GiveNoteIDs(d)
	}
	if len(docs) == 1 {
		return docs[0], warns, nil
	}
	d, kept, others := pick(docs, warns, 0)
	if others > 0 {
		base := filepath.Base(name)
		kept = append(kept, formats.Warning{
			Msg:  fmt.Sprintf("%s holds %d documents; opened the first (%s)", base, len(docs), d.ID),
			Code: formats.WarnFirstDocument, Args: map[string]any{"N": len(docs), "ID": d.ID, "Name": base},
		})
	}
	return d, kept, nil
}

// pick returns the document at place i with the warnings that concern it, and how many other
// documents, not its translation, the file holds.
func pick(docs []*annotate.Document, warns []formats.Warning, i int) (*annotate.Document, []formats.Warning, int) {
	opened := docs[i].ID
	side := "" // the ID of the opened document's translation, when the file holds it
	kept := make([]formats.Warning, 0, len(warns)+1)
	for _, w := range warns {
		switch {
		case w.Code != formats.WarnTranslationSide || w.Args["ID"] == opened:
			kept = append(kept, w)
		case w.Args["Source"] == opened:
			side, _ = w.Args["ID"].(string)
			kept = append(kept, sideNotOpen(w))
		}
	}
	others := 0
	for j, d := range docs {
		if j != i && d.ID != side {
			others++
		}
	}
	return docs[i], kept, others
}

// sideRecords names the records of each format a translation side comes in, as WarnTranslationSide's
// Format gives it.
var sideRecords = map[string]string{"doccano": "doccano records", "brat": "brat documents", "labelstudio": "Label Studio tasks"}

// sideNotOpen turns w, a WarnTranslationSide about the translation of the document opened, into the
// warning that this translation is not open, at the same place in the file.
func sideNotOpen(w formats.Warning) formats.Warning {
	what := sideRecords[fmt.Sprint(w.Args["Format"])]
	if what == "" {
		what = "such records"
	}
	return formats.Warning{
		Doc: w.Doc,
		Msg: fmt.Sprintf("%s, the translation (%v) of document %v, is not opened with it: %s do not keep which sentence translates which; "+
			"export as xliff or jsonl to keep the translation with its source, or import the file to read the translation as a document of its own",
			w.Args["ID"], w.Args["Lang"], w.Args["Source"], what),
		Code: formats.WarnTranslationSideNotOpen, Args: maps.Clone(w.Args),
	}
}

// TooLargeError refuses a file larger than MaxFileSize.
type TooLargeError struct {
	Path string
	MB   int64 // the file's size in megabytes
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("opening %s: the file is %d MB, more than Glose opens (%d MB)", e.Path, e.MB, MaxFileSize>>20)
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

// checkSize refuses, before reading it, a file that is missing or larger than MaxFileSize.
func checkSize(path string) error {
	info, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("opening %s: %w", path, err)
	}
	if info.Size() > MaxFileSize {
		return &TooLargeError{Path: path, MB: info.Size() >> 20}
	}
	return nil
}
