package workspace

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"os"
	"strconv"

	"github.com/glose-app/glose/annotate"
)

// An autosave is the document written in full (its native JSON), followed by the changes made since,
// one line each, appended as they are autosaved (annotate.Tracker): a keystroke in a 4 MB article
// appends a few hundred bytes where writing it in full took 24 MB and a third of a second of a core.
// Each line is {"change":N,"crc32":"…","record":{…}}, N counting from 1 and the checksum over the
// record's bytes, so that a line cut short by a crash, or damaged, is told from a good one. Recovery
// reads the document and applies the changes in order; the window writes the document in full again
// (compacting the changes into it) when they come to half its size, and after recovering it.

// AutosaveFile is the autosave a window last wrote: where it is, and the file as the window left it,
// so that the next autosave appends the changes since, as long as nobody else changed the file.
type AutosaveFile struct {
	Path     string
	info     os.FileInfo // the file after the window's last write
	size     int64       // its size then
	snapshot int64       // the bytes of the document written in full, at its start
	changes  int         // the changes appended after it
}

// errAutosaveMoved says the autosave file is no longer as the window left it (removed, set aside,
// replaced by another writer): the changes cannot be appended, the document is to be written in full.
var errAutosaveMoved = errors.New("the autosave file changed since it was written")

// AutosaveDocument writes d in full as the autosave of the document at docPath (Autosave, or for a
// second window on it AutosaveSecond) and returns the file written, to append the changes to.
func AutosaveDocument(docPath string, d *annotate.Document, second bool) (*AutosaveFile, error) {
	data, err := annotate.Marshal(d)
	if err != nil {
		return nil, fmt.Errorf("autosaving: %w", err)
	}
	var side string
	if second {
		side, err = autosaveSecond(docPath, d, data)
	} else {
		side, err = autosaveTo(docPath, d, data)
	}
	if err != nil {
		return nil, err
	}
	info, err := os.Stat(side)
	if err != nil {
		return nil, fmt.Errorf("autosaving to %s: %w", side, err)
	}
	return &AutosaveFile{Path: side, info: info, size: info.Size(), snapshot: int64(len(data))}, nil
}

// Compact reports whether the changes appended to f have grown to half the document written in full:
// the next autosave is better written in full, so that recovery has fewer to apply.
func (f *AutosaveFile) Compact() bool { return f.size-f.snapshot > f.snapshot/2 }

// AppendChange appends a record of annotate.Tracker.Change to the autosave f, when the file is still
// as the window left it (errAutosaveMoved otherwise: write the document in full instead), and syncs
// it to the disk, as writeSidecar does the document: a kill leaves what was written in the system's
// cache, a power cut does not (the sync costs a few milliseconds of waiting on the writing goroutine,
// once per autosave; see docs/quality.md). The autosave's time becomes now, as when it is written in
// full. After a failure, f takes no more changes: the next autosave writes the document in full.
func (f *AutosaveFile) AppendChange(record []byte) error {
	file, err := os.OpenFile(f.Path, os.O_WRONLY|os.O_APPEND, 0) // never creates: a changes without their document would be no autosave
	if err != nil {
		if errors.Is(err, os.ErrNotExist) {
			return errAutosaveMoved
		}
		return fmt.Errorf("autosaving to %s: %w", f.Path, err)
	}
	defer file.Close()
	if info, err := file.Stat(); err != nil || f.info == nil || !os.SameFile(info, f.info) || info.Size() != f.size {
		return errAutosaveMoved
	}
	f.info = nil // until this change is written: the changes after one that failed would miss it
	line := changeLine(f.changes+1, record)
	if _, err := file.Write(line); err != nil {
		_ = file.Truncate(f.size) // a line cut short by a full disk would hide those after it
		return fmt.Errorf("autosaving to %s: %w", f.Path, err)
	}
	if err := file.Sync(); err != nil { // on the disk, not in the system's cache only: a power cut keeps it
		return fmt.Errorf("autosaving to %s: syncing: %w", f.Path, err)
	}
	info, err := file.Stat()
	if err != nil {
		return fmt.Errorf("autosaving to %s: %w", f.Path, err)
	}
	f.info, f.size, f.changes = info, info.Size(), f.changes+1
	return nil
}

// IsAutosaveMoved reports whether err says the autosave was changed by someone else.
func IsAutosaveMoved(err error) bool { return errors.Is(err, errAutosaveMoved) }

// changeLine is the line of the n-th change: its number, its checksum and the record.
func changeLine(n int, record []byte) []byte {
	var b bytes.Buffer
	b.WriteString(`{"change":`)
	b.WriteString(strconv.Itoa(n))
	fmt.Fprintf(&b, `,"crc32":"%08x","record":`, crc32.ChecksumIEEE(record))
	b.Write(record)
	b.WriteString("}\n")
	return b.Bytes()
}

// ChangesLost says that some changes recorded in an autosave cannot be read: the document was
// recovered with the changes before them (Applied), and the autosave file is left as it is.
type ChangesLost struct {
	Sidecar string
	Line    int   // the line of the first change that cannot be read, counted from 1 in the file
	Offset  int64 // its byte offset in the file
	Applied int   // the changes recovered, before it
	Lost    int   // the lines from it to the end
	// CutShort says the line was cut short (Glose or the computer stopped while it was written),
	// rather than damaged.
	CutShort bool
	Err      error // why it cannot be read
}

func (e *ChangesLost) Error() string {
	lost := fmt.Sprintf("change %d", e.Applied+1)
	switch {
	case e.Lost == 2:
		lost += " and the line after it"
	case e.Lost > 2:
		lost += fmt.Sprintf(" and the %d lines after it", e.Lost-1)
	}
	return fmt.Sprintf("%s: line %d (byte %d): %s cannot be read: %v; the document and the %d changes before it were recovered",
		e.Sidecar, e.Line, e.Offset, lost, e.Err, e.Applied)
}

func (e *ChangesLost) Unwrap() error { return e.Err }

// splitAutosave parts an autosave into the document written in full and the lines of changes after
// it. The native JSON is pretty-printed: its one line that is "}" alone ends it (a string holds no
// line break, and every other brace is indented).
func splitAutosave(data []byte) (doc, changes []byte) {
	i := bytes.Index(data, []byte("\n}\n"))
	if i < 0 {
		return data, nil
	}
	return data[:i+3], data[i+3:]
}

// loadAutosave reads the autosave data of sidecar: the document in full, then its changes. Changes
// that cannot be read or applied leave the document with those before them, and a *ChangesLost.
func loadAutosave(sidecar string, data []byte) (*annotate.Document, error) {
	full, changes := splitAutosave(data)
	d, err := annotate.Unmarshal(full, sidecar)
	if err != nil || len(changes) == 0 {
		return d, err
	}
	line := bytes.Count(full, []byte("\n")) + 1
	d, applied, lost := applyChanges(d, changes)
	if verr := d.Validate(); verr != nil { // a change that breaks the document: find it
		if d, err = annotate.Unmarshal(full, sidecar); err != nil {
			return nil, err
		}
		if applied, lost = applyChecked(d, changes); lost == nil {
			return nil, fmt.Errorf("%s: its changes give a document that is not valid, yet each of them applies: %w", sidecar, verr)
		}
		// d holds the change that breaks it: apply again only those before it.
		if d, err = annotate.Unmarshal(full, sidecar); err != nil {
			return nil, err
		}
		if d, _, _ = applyChanges(d, changes[:lost.Offset]); d.Validate() != nil {
			return nil, fmt.Errorf("%s: its changes give a document that is not valid: %w", sidecar, verr)
		}
	}
	if lost != nil {
		lost.Sidecar, lost.Line, lost.Offset = sidecar, line+applied, int64(len(full))+lost.Offset
		return d, lost
	}
	return d, nil
}

// applyChanges applies the lines of changes to d in order, up to the first that cannot be read or
// applied, which the *ChangesLost returned describes (its Offset from the start of changes); it
// returns the document with them.
func applyChanges(d *annotate.Document, changes []byte) (*annotate.Document, int, *ChangesLost) {
	r := annotate.NewReplay(d)
	n, lost := applyEach(changes, r.Apply)
	return r.Done(), n, lost
}

// applyChecked applies changes to d checking the document after each: slower than applyChanges, for
// an autosave whose changes, all applied, give a document that is not valid, to find the change that
// breaks it. It leaves that change applied to d: the caller starts again with those before it.
func applyChecked(d *annotate.Document, changes []byte) (int, *ChangesLost) {
	return applyEach(changes, func(rec []byte) error {
		if err := d.ApplyChange(rec); err != nil {
			return err
		}
		return d.Validate()
	})
}

func applyEach(changes []byte, apply func(record []byte) error) (int, *ChangesLost) {
	var off int64
	applied := 0
	for len(changes) > 0 {
		lineEnd := bytes.IndexByte(changes, '\n')
		err := errors.New("the line is cut short: Glose or the computer stopped while it was being written")
		if lineEnd >= 0 {
			err = applyLine(apply, changes[:lineEnd], applied+1)
		}
		if err != nil {
			lost := bytes.Count(changes, []byte("\n")) + boolInt(!bytes.HasSuffix(changes, []byte("\n")))
			return applied, &ChangesLost{Offset: off, Applied: applied, Lost: lost, CutShort: lineEnd < 0, Err: err}
		}
		off += int64(lineEnd + 1)
		changes = changes[lineEnd+1:]
		applied++
	}
	return applied, nil
}

// applyLine applies the line of the n-th change with apply.
func applyLine(apply func([]byte) error, line []byte, n int) error {
	var c struct {
		Change int             `json:"change"`
		CRC    string          `json:"crc32"`
		Record json.RawMessage `json:"record"`
	}
	if err := json.Unmarshal(line, &c); err != nil {
		return &ChangeError{Change: n, Kind: NotAChange, Err: err}
	}
	if c.Change != n {
		return &ChangeError{Change: n, Kind: ChangeOutOfPlace, Found: c.Change}
	}
	if sum := fmt.Sprintf("%08x", crc32.ChecksumIEEE(c.Record)); sum != c.CRC {
		return &ChecksumError{Change: n, Sum: sum, Want: c.CRC}
	}
	if err := apply(c.Record); err != nil {
		return &ChangeError{Change: n, Kind: ChangeDoesNotApply, Err: err}
	}
	return nil
}

// ChangeDamage says what is wrong with a line of changes whose checksum does not say it (see
// ChangeError).
type ChangeDamage int

const (
	// NotAChange: the line is not a change as Glose writes them (garbled, or something else).
	NotAChange ChangeDamage = iota
	// ChangeOutOfPlace: the line is a change, but numbered other than the one expected there: a
	// change is missing (a greater number) or the lines were reordered.
	ChangeOutOfPlace
	// ChangeDoesNotApply: the change is sound but does not fit the document the changes before it
	// left (it removes a span that is not there, or leaves the document invalid).
	ChangeDoesNotApply
)

// ChangeError says why a line of changes cannot be read or applied, when its checksum does not say it
// (ChecksumError). Its own type lets the app say so in the interface's language; Err keeps the
// reader's own words, for the log.
type ChangeError struct {
	Change int          // the number of the change expected on the line
	Kind   ChangeDamage // what is wrong with it
	Found  int          // ChangeOutOfPlace: the number the line has
	Err    error        // NotAChange, ChangeDoesNotApply: the decoder's or the document's error
}

func (e *ChangeError) Error() string {
	switch e.Kind {
	case NotAChange:
		return fmt.Sprintf("not a change: %v", e.Err)
	case ChangeOutOfPlace:
		return fmt.Sprintf("change %d where change %d was expected", e.Found, e.Change)
	}
	return e.Err.Error()
}

func (e *ChangeError) Unwrap() error { return e.Err }

// ChecksumError says that the record of a change does not match the checksum written with it: the
// line was damaged after it was written. Its own type lets the app say so in the interface's language.
type ChecksumError struct {
	Change    int    // the change's number
	Sum, Want string // the record's CRC-32 and the one written with it, in hex
}

func (e *ChecksumError) Error() string {
	return fmt.Sprintf("change %d is damaged (checksum %s, expected %s)", e.Change, e.Sum, e.Want)
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// compactAutosave writes the autosave side again as the document alone, its changes applied, so that
// it opens as any Glose document does (File › Open of work set aside). One whose changes cannot all be
// read is left as it is, to lose none.
func compactAutosave(side string) {
	data, err := os.ReadFile(side)
	if err != nil {
		return
	}
	if _, changes := splitAutosave(data); len(changes) == 0 {
		return
	}
	d, err := loadAutosave(side, data)
	if err != nil {
		return
	}
	if full, err := annotate.Marshal(d); err == nil {
		_ = writeSidecar(side, full)
	}
}
