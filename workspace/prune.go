package workspace

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/glose-app/glose/annotate"
)

// Autosaves are removed when their document is saved or the user declines to recover them
// (DiscardAutosave, RemoveAutosave). Some outlive that: a second window's autosave its window never
// got to remove, one judged stale because the document was saved after it. PruneStale removes those
// of a document that hold nothing its file lacks; PruneAutosaves those older than a month whose
// document is gone. Neither removes an autosave that may hold unsaved work of a document still there.

// AutosaveMaxAge is how old an autosave of a document that is gone must be before PruneAutosaves
// removes it.
const AutosaveMaxAge = 30 * 24 * time.Hour

// RemoveAutosave removes an autosave recovered or declined in a window, when it is a second window's
// whose process has ended (or this process's): the document's own autosave belongs to the window
// holding its lock, which may still run (DiscardAutosave removes it where that window is this one).
func RemoveAutosave(side string) error {
	m := pidPart.FindStringSubmatch(strings.TrimSuffix(filepath.Base(side), ".autosave.json"))
	if m == nil {
		return nil
	}
	if pid, err := strconv.Atoi(m[1]); err != nil || pid != os.Getpid() && processExists(pid) {
		return nil
	}
	if err := os.Remove(side); err != nil && !os.IsNotExist(err) {
		return err
	}
	dropPathRecord(side)
	return nil
}

// PruneStale removes the autosaves of the document at path, its own and those of second windows
// whose process has ended, that are no newer than its file (Recovery does not offer them) and hold
// the same document as the file: nothing in them is unsaved. One that differs stays, as it may hold
// a window's unsaved work. It returns how many it removed.
func PruneStale(docPath, docID string) int { return pruneStale(docPath, docID, nil) }

// pruneStale is PruneStale; compared, when not nil, runs between the reading of an autosave and its
// removal (tests write a new autosave there, as a window's timer may).
func pruneStale(docPath, docID string, compared func(side string)) int {
	if docPath == "" {
		return 0
	}
	di, err := os.Stat(docPath)
	if err != nil {
		return 0
	}
	var onDisk []byte
	removed := 0
	for _, side := range append(sidecars(docPath, docID), endedSecondSidecars(docPath, docID)...) {
		si, err := os.Stat(side)
		if err != nil || si.ModTime().After(di.ModTime()) {
			continue
		}
		if onDisk == nil {
			d, _, err := Load(docPath)
			if err != nil {
				return removed
			}
			if onDisk, err = annotate.Marshal(d); err != nil {
				return removed
			}
		}
		if removeIfHolding(side, onDisk, compared) {
			removed++
		}
	}
	if removed > 0 {
		if side, err := SidecarPath(docPath, docID); err == nil {
			dropPathRecord(side)
		}
	}
	return removed
}

// removeIfHolding removes the autosave side when it holds the document onDisk is the encoding of. It
// first takes the file out of the way under a name of its own, and compares that: a window may write
// a new autosave in its place at any moment (its timer, its last write when told to end), and a
// comparison followed by a removal of the name would remove that new autosave, unread. One that
// differs goes back, unless a newer autosave has taken its place meanwhile.
func removeIfHolding(side string, onDisk []byte, compared func(string)) bool {
	held := side + ".pruning" + strconv.Itoa(os.Getpid())
	if os.Rename(side, held) != nil {
		return false
	}
	d, err := LoadRecovery(held)
	var data []byte
	if err == nil {
		data, err = annotate.Marshal(d)
	}
	if compared != nil {
		compared(side)
	}
	if err == nil && bytes.Equal(data, onDisk) {
		return os.Remove(held) == nil
	}
	switch err := os.Link(held, side); {
	case err == nil, os.IsExist(err): // back in its place, or a newer autosave is there
		_ = os.Remove(held)
	default: // a file system without hard links
		if _, serr := os.Lstat(side); os.IsNotExist(serr) {
			_ = os.Rename(held, side)
		} else {
			_ = os.Remove(held)
		}
	}
	return false
}

// dropPathRecord removes the path record of the autosave side's document once no autosave of it is
// left (its own or a second window's), so that records do not outlive what they describe.
func dropPathRecord(side string) {
	dir, key := filepath.Dir(side), sidecarKey(filepath.Base(side))
	if !hasAutosave(dir, key) {
		_ = os.Remove(pathRecord(dir, key))
	}
}

// hasAutosave reports whether dir holds an autosave of key: the document's own, or a second window's.
func hasAutosave(dir, key string) bool {
	if _, err := os.Lstat(filepath.Join(dir, key+".autosave.json")); err == nil {
		return true
	}
	found, _ := filepath.Glob(filepath.Join(dir, key+".pid*.autosave.json"))
	aside, _ := filepath.Glob(filepath.Join(dir, key+"*.autosave.json.pruning*")) // being compared
	return len(found)+len(aside) > 0
}

// pathRecord is the file beside a document's autosaves that says which document they are of, so that
// PruneAutosaves can tell whether it is gone.
func pathRecord(dir, key string) string { return filepath.Join(dir, key+".path") }

// notePath records, once, the document the autosaves of key are of.
func notePath(side, docPath string) {
	if docPath == "" {
		return
	}
	rec := pathRecord(filepath.Dir(side), sidecarKey(filepath.Base(side)))
	if _, err := os.Stat(rec); err == nil {
		return
	}
	_ = os.WriteFile(rec, []byte(canonicalPath(docPath)), 0o600)
}

var pidPart = regexp.MustCompile(`\.pid([0-9]+)$`)

// sidecarKey returns the fileKey an autosave's name starts with.
func sidecarKey(name string) string {
	return pidPart.ReplaceAllString(strings.TrimSuffix(name, ".autosave.json"), "")
}

// PruneAutosaves removes the autosaves last written more than maxAge before now whose document's
// file is gone (deleted or moved away), with their path records, and the path records no autosave is
// left of (see pruneLeftovers for the rest it tidies). Autosaves of documents that still
// exist stay whatever their age, as do those of documents never saved to a file and those written
// before path records were kept, which cannot tell their document. It returns how many it removed.
func PruneAutosaves(maxAge time.Duration, now time.Time) int {
	dir, err := AutosaveDir()
	if err != nil {
		return 0
	}
	pruneLeftovers(dir, now)
	found, _ := filepath.Glob(filepath.Join(dir, "*.autosave.json"))
	removed, left := 0, map[string]bool{}
	for _, side := range found {
		key := sidecarKey(filepath.Base(side))
		si, err := os.Stat(side)
		if err != nil || now.Sub(si.ModTime()) < maxAge || !documentGone(dir, key) {
			left[key] = true
			continue
		}
		if os.Remove(side) == nil {
			removed++
		} else {
			left[key] = true
		}
	}
	records, _ := filepath.Glob(filepath.Join(dir, "*.path"))
	for _, rec := range records {
		key := strings.TrimSuffix(filepath.Base(rec), ".path")
		if !left[key] && (documentGone(dir, key) || !hasAutosave(dir, key)) {
			_ = os.Remove(rec)
		}
	}
	owners, _ := filepath.Glob(filepath.Join(dir, "*.owner"))
	for _, rec := range owners {
		if key := strings.TrimSuffix(filepath.Base(rec), ".owner"); !left[key] && !ownerElsewhere(dir, key) {
			dropOwner(dir, key)
		}
	}
	return removed
}

// PruneSaved runs PruneStale on every document autosaves are recorded of (its .path file) that no
// other live Glose has open: the autosaves of a document saved since hold nothing its file lacks, and
// would otherwise stay until it is opened again. It returns how many it removed.
func PruneSaved() int {
	dir, err := AutosaveDir()
	if err != nil {
		return 0
	}
	removed := 0
	records, _ := filepath.Glob(filepath.Join(dir, "*.path"))
	for _, rec := range records {
		data, err := os.ReadFile(rec)
		if err != nil || len(data) == 0 || heldElsewhere(string(data)) {
			continue
		}
		removed += PruneStale(string(data), "")
	}
	return removed
}

// pruneLeftovers tidies what a process killed in the middle of a write leaves in the autosave
// directory: a temporary file (writeSidecar) goes once it is an hour old, when no write can still be
// under way; an autosave PruneStale had taken aside (removeIfHolding) goes back to its name, or goes
// when a newer autosave has that name.
func pruneLeftovers(dir string, now time.Time) {
	tmps, _ := filepath.Glob(filepath.Join(dir, "*.autosave.json*"+tmpSuffix))
	for _, tmp := range tmps {
		if si, err := os.Stat(tmp); err == nil && now.Sub(si.ModTime()) > time.Hour {
			_ = os.Remove(tmp)
		}
	}
	held, _ := filepath.Glob(filepath.Join(dir, "*.autosave.json.pruning*"))
	for _, h := range held {
		i := strings.LastIndex(h, ".pruning")
		pid, err := strconv.Atoi(h[i+len(".pruning"):])
		if err != nil || processExists(pid) { // this process's own may be under way
			continue
		}
		if err := os.Link(h, h[:i]); err == nil || os.IsExist(err) {
			_ = os.Remove(h)
		}
	}
}

// documentGone reports whether the path record of key names a file that no longer exists in a folder
// that does; false when there is no record, or the file cannot be looked at, or its folder is gone too
// (a drive not mounted, a share offline: not a deletion).
func documentGone(dir, key string) bool {
	data, err := os.ReadFile(pathRecord(dir, key))
	if err != nil || len(data) == 0 {
		return false
	}
	doc := string(data)
	if _, err := os.Stat(filepath.Dir(doc)); err != nil {
		return false
	}
	_, err = os.Stat(doc)
	return os.IsNotExist(err)
}
