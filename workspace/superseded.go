package workspace

import (
	"bytes"
	"os"
	"slices"
	"time"

	"github.com/glose-app/glose/annotate"
)

// Recovery offers an autosave newer than its document's file: the file is then the one the changes
// were made on. But the file may change after a crash, before the document is opened again: a
// colleague's Glose saves it, a git checkout or a sync tool brings another version. The autosave is
// then older than the file, and holds work the file lacks: it used to be kept but never offered,
// lost to the user. Superseded finds it, to be offered saying that the file changed since; the window
// that recovers it does not know which version of the file the changes were made on, and asks before
// a save replaces the one on disk.

// HasOlderAutosave reports whether an autosave of the document at docPath left by a session that did
// not end cleanly (see autosaves) is no newer than its file: one Recovery does not offer, which may
// hold nothing the file lacks, or work made on an earlier version of the file (see Superseded). It
// only looks at the files' times.
func HasOlderAutosave(docPath, docID string) bool {
	if docPath == "" {
		return false
	}
	di, err := os.Stat(docPath)
	if err != nil {
		return false
	}
	ended, _ := autosaves(docPath, docID)
	for _, side := range ended {
		if si, err := os.Stat(side); err == nil && !si.ModTime().After(di.ModTime()) && !writtenByNewer(side) {
			return true
		}
	}
	return false
}

// Superseded returns the newest autosave of the document at docPath left by a session that did not
// end cleanly, older than the file, that holds something the file lacks: work made before the file
// was changed by another program or window. One that cannot be read whole is returned too:
// recovering it says so, and offers to set it aside. One a newer Glose wrote is not (see NewerError):
// that Glose recovers it. It removes nothing (PruneStale removes those holding the file's document).
func Superseded(docPath, docID string) (sidecar string, ok bool) {
	if _, newer := Recovery(docPath, docID); newer || !HasOlderAutosave(docPath, docID) {
		return "", false
	}
	d, _, err := Load(docPath)
	if err != nil {
		return "", false
	}
	onDisk, err := annotate.Marshal(d)
	if err != nil {
		return "", false
	}
	ended, _ := autosaves(docPath, docID)
	sortNewestFirst(ended)
	for _, side := range ended {
		if _, err := os.Stat(side); err == nil && !writtenByNewer(side) && !holds(side, onDisk) {
			return side, true
		}
	}
	return "", false
}

// holds reports whether the autosave side holds the document onDisk is the encoding of.
func holds(side string, onDisk []byte) bool {
	d, err := LoadRecovery(side)
	if err != nil {
		return false
	}
	data, err := annotate.Marshal(d)
	return err == nil && bytes.Equal(data, onDisk)
}

// sortNewestFirst sorts the files paths by their time, the newest first; those that cannot be looked
// at go last.
func sortNewestFirst(paths []string) {
	times := map[string]time.Time{}
	for _, p := range paths {
		if si, err := os.Stat(p); err == nil {
			times[p] = si.ModTime()
		}
	}
	slices.SortStableFunc(paths, func(a, b string) int { return times[b].Compare(times[a]) })
}

// FileNewerThan reports whether the document's file at docPath is no older than the autosave side:
// the autosave's changes were made on an earlier version of the file, or the file was saved after it.
func FileNewerThan(docPath, side string) bool {
	di, derr := os.Stat(docPath)
	si, serr := os.Stat(side)
	return derr == nil && serr == nil && !si.ModTime().After(di.ModTime())
}
