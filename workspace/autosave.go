package workspace

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"time"

	"github.com/glose-app/glose/annotate"
)

// StateDir is Glose's own directory for what it keeps between sessions and the user did not ask to
// save (autosaves, locks of documents in folders it cannot write): $XDG_STATE_HOME/glose, else
// ~/.local/state/glose; on macOS and Windows the user's configuration directory's glose/state.
func StateDir() (string, error) {
	if d := os.Getenv("XDG_STATE_HOME"); filepath.IsAbs(d) {
		return filepath.Join(d, "glose"), nil
	}
	switch runtime.GOOS {
	case "windows", "darwin", "ios", "plan9":
		d, err := os.UserConfigDir()
		if err != nil {
			return "", fmt.Errorf("finding the state directory: %w", err)
		}
		return filepath.Join(d, "glose", "state"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("finding the state directory: %w", err)
	}
	return filepath.Join(home, ".local", "state", "glose"), nil
}

// AutosaveDir is where autosaves go, of every document: never beside the document, whose folder may
// be read-only, full or shared with other people.
func AutosaveDir() (string, error) {
	dir, err := StateDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, "autosave"), nil
}

// SidecarPath returns the autosave file of a document, in AutosaveDir: named after the document's
// file and a hash of its absolute path when it has one, else after the document ID.
func SidecarPath(docPath, docID string) (string, error) {
	dir, err := AutosaveDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, fileKey(docPath, docID)+".autosave.json"), nil
}

// AutosaveID is what names the autosave of a document without a file (the docID argument of the
// functions of this file; one with a file is named by its path): its ID and a digest of its French.
// The ID alone is not enough: two XLIFF files with the same original="..." give documents the same ID,
// and sharing one autosave, the work on one was offered for the other, and refusing it there deleted
// it. The French of a document never changes once imported, so its autosave keeps its name.
func AutosaveID(d *annotate.Document) string {
	sum := sha256.Sum256([]byte(d.Text))
	return d.ID + "#" + hex.EncodeToString(sum[:6])
}

// fileKey names what belongs to one document in the state directory: the file's base name (made
// safe) and a hash of its absolute path, whatever the path it was opened by; without a file, the
// document ID and its hash.
func fileKey(docPath, docID string) string {
	if docPath == "" {
		sum := sha256.Sum256([]byte(docID))
		return safeName(docID) + "-" + hex.EncodeToString(sum[:4])
	}
	abs := canonicalPath(docPath)
	sum := sha256.Sum256([]byte(abs))
	return safeName(filepath.Base(abs)) + "-" + hex.EncodeToString(sum[:8])
}

// canonicalPath returns the absolute path of a file with the symbolic links of its folder resolved,
// so that two windows opening it by different paths agree on it.
func canonicalPath(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	if dir, err := filepath.EvalSymlinks(filepath.Dir(path)); err == nil {
		path = filepath.Join(dir, filepath.Base(path))
	}
	return path
}

// legacySidecars are where versions before 0.9 put autosaves: beside the document as
// ".NAME.autosave.json", or in the cache directory for a document without a file. Recovery still
// looks there, so that an update loses no autosave, and Autosave falls back on them when the state
// directory cannot be written (a full home disk).
func legacySidecars(docPath, docID string) []string {
	if docPath != "" {
		return []string{filepath.Join(filepath.Dir(docPath), "."+filepath.Base(docPath)+".autosave.json")}
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		return nil
	}
	sum := sha256.Sum256([]byte(docID))
	return []string{filepath.Join(dir, "glose", "autosave", safeName(docID)+"-"+hex.EncodeToString(sum[:4])+".autosave.json")}
}

// sidecars lists the places a document's autosave may be, the usual one first.
func sidecars(docPath, docID string) []string {
	var all []string
	if side, err := SidecarPath(docPath, docID); err == nil {
		all = append(all, side)
	}
	return append(all, legacySidecars(docPath, docID)...)
}

// A window that opened a document another window has open (see AcquireLock) autosaves to a sidecar
// of its own, named with its process number, so that the two windows never replace each other's
// autosave; Recovery and DiscardAutosave take those of processes that have ended, never another
// live window's.

// secondSidecar is the autosave of process pid's second window on a document.
func secondSidecar(docPath, docID string, pid int) (string, error) {
	dir, err := AutosaveDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(dir, fileKey(docPath, docID)+".pid"+strconv.Itoa(pid)+".autosave.json"), nil
}

// endedSecondSidecars lists the second windows' autosaves of a document whose process has ended, or
// is this one.
func endedSecondSidecars(docPath, docID string) []string {
	ended, _ := secondSidecars(docPath, docID)
	return ended
}

// secondSidecars sorts the second windows' autosaves of a document: ended, those whose process has
// ended or is this one, and live, those of another process still running.
func secondSidecars(docPath, docID string) (ended, live []string) {
	dir, err := AutosaveDir()
	if err != nil {
		return nil, nil
	}
	prefix := fileKey(docPath, docID) + ".pid"
	found, _ := filepath.Glob(filepath.Join(dir, prefix+"*.autosave.json"))
	for _, f := range found {
		pid, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(filepath.Base(f), prefix), ".autosave.json"))
		switch {
		case err != nil:
		case pid == os.Getpid() || !processExists(pid):
			ended = append(ended, f)
		default:
			live = append(live, f)
		}
	}
	return ended, live
}

// AutosaveSecond is Autosave for a window that opened a document another window has open.
func AutosaveSecond(docPath string, d *annotate.Document) error {
	data, err := annotate.Marshal(d)
	if err != nil {
		return fmt.Errorf("autosaving: %w", err)
	}
	_, err = autosaveSecond(docPath, d, data)
	return err
}

// autosaveSecond is AutosaveSecond of data, the native JSON of d; it returns the file written.
func autosaveSecond(docPath string, d *annotate.Document, data []byte) (string, error) {
	side, err := secondSidecar(docPath, AutosaveID(d), os.Getpid())
	if err != nil {
		return "", err
	}
	if err := writeSidecar(side, data); err != nil {
		return "", err
	}
	notePath(side, docPath)
	return side, nil
}

// DiscardSecond removes the autosave AutosaveSecond writes, leaving the other window's.
func DiscardSecond(docPath, docID string) error {
	side, err := secondSidecar(docPath, docID, os.Getpid())
	if err != nil {
		return err
	}
	if err := os.Remove(side); err != nil && !os.IsNotExist(err) {
		return fmt.Errorf("removing the autosave %s: %w", side, err)
	}
	dropPathRecord(side)
	return nil
}

func safeName(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x80 && (r == '-' || r == '_' || r == '.' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') {
			return r
		}
		return '_'
	}, s)
	if len(s) > 40 {
		s = s[:40]
	}
	return s
}

// Autosave writes d to its sidecar in AutosaveDir (atomically, without a backup of the previous
// autosave). When that fails (the disk holding the state directory is full) it tries beside the
// document, where Recovery also looks; the error returned is the state directory's.
func Autosave(docPath string, d *annotate.Document) error {
	data, err := annotate.Marshal(d)
	if err != nil {
		return fmt.Errorf("autosaving: %w", err)
	}
	_, err = autosaveTo(docPath, d, data)
	return err
}

// autosaveTo is Autosave of data, the native JSON of d; it returns the file written.
func autosaveTo(docPath string, d *annotate.Document, data []byte) (string, error) {
	places := sidecars(docPath, AutosaveID(d))
	if len(places) == 0 {
		return "", errors.New("autosaving: no directory to write to")
	}
	if writtenByNewer(places[0]) { // a newer Glose's work on the document: autosave beside it, never over it
		return autosaveSecond(docPath, d, data)
	}
	first := writeSidecar(places[0], data)
	if first == nil {
		removeAll(places[1:]) // an older autosave elsewhere would be offered instead of this one
		notePath(places[0], docPath)
		if docPath == "" {
			noteOwner(places[0]) // no lock says this window has it open (see ListUnsaved)
		}
		return places[0], nil
	}
	for i := 1; i < len(places); i++ {
		if writeSidecar(places[i], data) == nil {
			others := append(places[:i:i], places[i+1:]...)
			removeAll(others)
			return places[i], nil
		}
	}
	return "", first
}

// writeSidecar writes data to side through a temporary file, synced to the disk before it takes the
// autosave's name, and removed when anything fails, so that a full disk leaves nothing behind. The temporary file's name is its own: two writers of one sidecar
// (two processes, or a write still under way when the next starts) would otherwise write into and
// rename each other's file, and the one whose file was taken would fail and move the autosave away.
func writeSidecar(side string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(side), 0o700); err != nil {
		return fmt.Errorf("autosaving: %w", err)
	}
	f, err := os.CreateTemp(filepath.Dir(side), filepath.Base(side)+".*"+tmpSuffix)
	if err != nil {
		return fmt.Errorf("autosaving to %s: %w", side, err)
	}
	tmp := f.Name()
	_, err = f.Write(data)
	if err == nil {
		err = f.Sync() // before the rename: a power cut must not leave the autosave's name on an empty file
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp, side)
	}
	if err != nil {
		os.Remove(tmp)
		return fmt.Errorf("autosaving to %s: %w", side, err)
	}
	syncDir(filepath.Dir(side)) // the rename itself, for the changes appended next to follow it
	return nil
}

// tmpSuffix ends the temporary files autosaves are written through; one a killed process left behind
// goes at the next start (PruneAutosaves).
const tmpSuffix = ".tmp"

// removeAll removes the autosaves paths, but for those a newer Glose wrote (see NewerError).
func removeAll(paths []string) {
	for _, p := range paths {
		if !writtenByNewer(p) {
			_ = os.Remove(p)
		}
	}
}

// Recovery reports an autosave left by a session that did not end cleanly: a sidecar that exists and
// is newer than the document's file (or the document has no file); the newest one when there are
// several (see legacySidecars and AutosaveSecond). An autosave another live window is still writing
// is not one: that window has the changes open (see OtherWindowUnsaved).
func Recovery(docPath, docID string) (sidecar string, ok bool) {
	ended, _ := autosaves(docPath, docID)
	return newestAfterFile(docPath, ended)
}

// OtherWindowUnsaved reports whether another Glose window still running has unsaved changes to the
// document autosaved: the document's own autosave while another live process of this host holds
// its lock, or a live second window's (AutosaveSecond), newer than the file. Recovery does not offer
// those; opening the document anyway should say they are there.
func OtherWindowUnsaved(docPath, docID string) bool {
	_, live := autosaves(docPath, docID)
	_, ok := newestAfterFile(docPath, live)
	return ok
}

// autosaves sorts the places of a document's autosaves by their writer: ended, those whose process
// has ended or is this one (a crash, a kill, a window that was closed without saving), and live,
// those another running window writes. The document's own autosave is written by the window holding
// its lock, from when it took the lock: it is live while the lock's process of this host and user
// runs (the process number and start the lock records) and it was written since the lock was taken.
// One older than the lock is a crashed window's, when the lock was taken over by a window opened
// anyway (which autosaves apart); a window that recovers an autosave writes it again at once. Another
// host's lock says nothing of this autosave, kept in this user's state directory.
func autosaves(docPath, docID string) (ended, live []string) {
	var since time.Time
	held := docPath != ""
	if held {
		since, held = lockHeldHere(docPath)
	}
	for _, side := range sidecars(docPath, docID) {
		if si, err := os.Stat(side); err == nil && held && !si.ModTime().Before(since) {
			live = append(live, side)
		} else {
			ended = append(ended, side)
		}
	}
	seconds, others := secondSidecars(docPath, docID)
	return append(ended, seconds...), append(live, others...)
}

// lockHeldHere reports whether another process of this host and user, still running, holds the
// lock of the document at docPath, and since when.
func lockHeldHere(docPath string) (since time.Time, ok bool) {
	me := currentOwner()
	for _, f := range lockFiles(docPath) {
		if o, ok := readLock(f); ok && o.PID != me.PID && o.Host == me.Host && o.User == me.User && o.alive() {
			return o.Since, true
		}
	}
	return time.Time{}, false
}

// newestAfterFile returns the newest of the autosaves sides that exist, when it is newer than the
// document's file (or the document has no file).
func newestAfterFile(docPath string, sides []string) (sidecar string, ok bool) {
	var newest os.FileInfo
	for _, side := range sides {
		si, err := os.Stat(side)
		if err != nil || newest != nil && !si.ModTime().After(newest.ModTime()) {
			continue
		}
		sidecar, newest = side, si
	}
	if newest == nil {
		return "", false
	}
	if docPath != "" {
		if di, err := os.Stat(docPath); err == nil && !newest.ModTime().After(di.ModTime()) {
			return "", false
		}
	}
	return sidecar, true
}

// LoadRecovery reads an autosave sidecar: the document written in full and the changes recorded
// after it (see AutosaveFile). When some of those changes cannot be read (cut short by a crash,
// damaged), it returns the document with the changes before them and a *ChangesLost saying so; an
// autosave a newer Glose wrote is not read (*NewerError); any other error comes without a document.
func LoadRecovery(sidecar string) (*annotate.Document, error) {
	data, err := os.ReadFile(sidecar)
	if err != nil {
		return nil, fmt.Errorf("reading the autosave %s: %w", sidecar, err)
	}
	if err := newerFormat(sidecar, data); err != nil {
		return nil, err
	}
	return loadAutosave(sidecar, data)
}

// DiscardAutosave removes a document's sidecars, after a save or when the user declines recovery,
// but not the autosave of another live window on it (see AutosaveSecond), nor one a newer Glose wrote
// (NewerError), which that Glose recovers; its path record goes with the last of them.
func DiscardAutosave(docPath, docID string) error {
	var first error
	kept := false
	all := append(sidecars(docPath, docID), endedSecondSidecars(docPath, docID)...)
	for _, side := range all {
		if writtenByNewer(side) {
			kept = true
			continue
		}
		if err := os.Remove(side); err != nil && !os.IsNotExist(err) && first == nil {
			first = fmt.Errorf("removing the autosave %s: %w", side, err)
		}
	}
	if side, err := SidecarPath(docPath, docID); err == nil && !kept {
		dropPathRecord(side)
		dropOwner(filepath.Dir(side), sidecarKey(filepath.Base(side)))
	}
	return first
}
