package workspace

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/glose-app/glose/annotate"
)

// Recovery finds the autosave of the document being opened; a document never saved to a file (an
// imported text, one pasted from the clipboard) is never opened again by its file, and a user who
// starts Glose from a menu does not know what a crash left. ListUnsaved finds every autosave left by
// a session that did not end cleanly, so that the start (and File › Recover unsaved work…) can offer
// them all, as word processors do.

// Unsaved is work an autosave holds that its document's file does not: the autosave is newer than the
// file, or the document has none, or the file changed after it and lacks what it holds (Superseded).
type Unsaved struct {
	Sidecar string // the newest autosave of the document
	DocPath string // the document's file, "" for a document never saved
	DocID   string // the document's ID ("" when the autosave cannot be read)
	// AutosaveID names the autosave of a document without a file (see AutosaveID; "" when the
	// autosave cannot be read).
	AutosaveID string
	Title      string    // the document's title, else its first words
	Autosaved  time.Time // when the autosave was last written
	// Segments is how many segments the document has; Locked of them are not to be translated (a
	// client's translate="no", or locked once approved), and are left out of the others, as the rest of
	// Glose counts them (QA, navigation, the analysis). Of those others, Translated are translated or
	// reviewed, and Drafts hold English not yet confirmed: a draft's English is work, not a finished
	// translation, and counting it as translated made the list promise more than the autosave holds.
	Segments, Locked, Translated, Drafts int
	// Err says why the autosave cannot be read (cut short, written by a newer Glose), or is nil.
	Err error
	// FileChanged says the document's file changed after the autosave (see Superseded): the work was
	// made on an earlier version of it.
	FileChanged bool
	key         string // what names the document's autosaves (fileKey)
}

// Of reports whether u is the work of the document at docPath ("" for none) whose autosave ID (see
// AutosaveID) is id.
func (u Unsaved) Of(docPath, id string) bool {
	if u.DocPath == "" && docPath == "" {
		return u.AutosaveID != "" && u.AutosaveID == id
	}
	return u.DocPath != "" && docPath != "" && fileKey(u.DocPath, "") == fileKey(docPath, "")
}

// ListUnsaved lists the work autosaves hold that no running Glose has open, the newest first: the
// autosaves of documents without a file, and those newer than their document's file (or of a
// document whose file is gone), or older but holding what the file lacks (Superseded). An autosave whose document another live Glose window holds (its
// lock, or for a document without a file the owner its autosave records) is not listed: that window
// has the work open. This process's own documents are listed: the caller leaves out the one it shows.
func ListUnsaved() []Unsaved {
	var all []Unsaved
	for key, sides := range autosaveKeys() {
		if u, ok := unsavedOf(key, sides); ok {
			all = append(all, u)
		}
	}
	slices.SortFunc(all, func(a, b Unsaved) int { return b.Autosaved.Compare(a.Autosaved) })
	return all
}

// autosaveKeys groups the autosaves of the state directory, and those of documents without a file
// where versions before 0.9 put them, by the key of their document.
func autosaveKeys() map[string][]string {
	var found []string
	if dir, err := AutosaveDir(); err == nil {
		found, _ = filepath.Glob(filepath.Join(dir, "*.autosave.json"))
	}
	if dir, err := os.UserCacheDir(); err == nil {
		legacy, _ := filepath.Glob(filepath.Join(dir, "glose", "autosave", "*.autosave.json"))
		found = append(found, legacy...)
	}
	keys := map[string][]string{}
	for _, f := range found {
		key := sidecarKey(filepath.Base(f))
		keys[key] = append(keys[key], f)
	}
	return keys
}

// unsavedOf describes the work the autosaves sides of key hold, when there is some to offer.
func unsavedOf(key string, sides []string) (Unsaved, bool) {
	dir, _ := AutosaveDir()
	u := Unsaved{key: key}
	if data, err := os.ReadFile(pathRecord(dir, key)); err == nil && len(data) > 0 {
		u.DocPath = string(data)
		if heldElsewhere(u.DocPath) {
			return u, false
		}
		side, ok := Recovery(u.DocPath, "")
		if !ok {
			side, ok = Superseded(u.DocPath, "")
			u.FileChanged = ok
		}
		if !ok {
			return u, false
		}
		u.Sidecar = side
	} else {
		if !withoutFile(key) || ownerElsewhere(dir, key) {
			return u, false // a document's autosave of before path records: its file is unknown
		}
		side, ok := newestAfterFile("", sides)
		if !ok {
			return u, false
		}
		u.Sidecar = side
	}
	describe(&u)
	return u, true
}

// withoutFile reports whether key names the autosaves of a document without a file: its hash is
// 4 bytes long, a file's 8 (see fileKey).
func withoutFile(key string) bool {
	i := strings.LastIndexByte(key, '-')
	return i >= 0 && len(key)-i-1 == 8
}

// describe fills in what the list says of u's autosave.
func describe(u *Unsaved) {
	if si, err := os.Stat(u.Sidecar); err == nil {
		u.Autosaved = si.ModTime()
	}
	d, err := LoadRecovery(u.Sidecar)
	if d == nil { // changes lost at the end of the autosave are said when it is recovered
		u.Err = err
		return
	}
	u.DocID, u.AutosaveID, u.Title, u.Segments = d.ID, AutosaveID(d), documentTitle(d), len(d.Segments)
	for _, seg := range d.Segments {
		switch {
		case seg.Locked:
			u.Locked++
		case !seg.HasTranslation():
		case seg.Status.Done():
			u.Translated++
		default:
			u.Drafts++
		}
	}
}

// documentTitle is how a list names d: its title, else the first words of its text.
func documentTitle(d *annotate.Document) string {
	if t := strings.TrimSpace(d.Title); t != "" {
		return t
	}
	n := min(len(d.Text), 4*titleRunes)
	for n < len(d.Text) && !utf8.RuneStart(d.Text[n]) {
		n++
	}
	words := strings.Fields(d.Text[:n])
	more := n < len(d.Text) || len(words) > titleWords
	title := strings.Join(words[:min(len(words), titleWords)], " ")
	if r := []rune(title); len(r) > titleRunes {
		title, more = string(r[:titleRunes]), true
	}
	if more {
		title += "…"
	}
	return title
}

// titleWords and titleRunes bound the first words that name a document without a title.
const titleWords, titleRunes = 8, 60

// heldElsewhere reports whether another live Glose holds the lock of the document at docPath.
func heldElsewhere(docPath string) bool {
	me := currentOwner()
	for _, f := range lockFiles(docPath) {
		if o, ok := readLock(f); ok && !o.same(me) && o.alive() {
			return true
		}
	}
	return false
}

// A document without a file has no lock: the window that autosaves it records itself beside its
// autosave instead ("KEY.owner", as a lock says who holds it), so that ListUnsaved does not offer the
// work of a window still open. A record whose process has ended says nothing.

// ownerRecord is the file that says which process autosaves the document without a file key.
func ownerRecord(dir, key string) string { return filepath.Join(dir, key+".owner") }

// noteOwner records this process as the one autosaving the document without a file of side.
func noteOwner(side string) {
	rec := ownerRecord(filepath.Dir(side), sidecarKey(filepath.Base(side)))
	me := currentOwner()
	if o, ok := readLock(rec); ok && o.same(me) {
		return
	}
	if data, err := json.Marshal(me); err == nil {
		_ = os.WriteFile(rec, data, 0o600)
	}
}

// ownerElsewhere reports whether another live process autosaves the document without a file key.
func ownerElsewhere(dir, key string) bool {
	o, ok := readLock(ownerRecord(dir, key))
	return ok && !o.same(currentOwner()) && o.alive()
}

// dropOwner removes the owner record of the document without a file key once no autosave of it is left.
func dropOwner(dir, key string) {
	if !hasAutosave(dir, key) {
		_ = os.Remove(ownerRecord(dir, key))
	}
}

// StillUnsaved reports whether u is still work to offer, as ListUnsaved would list it: another Glose
// may have recovered it, or its document been saved, since it was listed.
func (u Unsaved) StillUnsaved() bool {
	for _, v := range ListUnsaved() {
		if v.key == u.key {
			return true
		}
	}
	return false
}

// SetAsideUnsaved moves the autosaves of u's document out of the autosaves, into SetAsideDir as
// "KEY.unsaved-DATE.json" (the work is never deleted, only no longer offered), and returns where the
// newest one is now.
func SetAsideUnsaved(u Unsaved, now time.Time) (string, error) {
	sides := []string{u.Sidecar}
	if u.DocPath != "" {
		ended, _ := autosaves(u.DocPath, "")
		sides = append(sides, ended...)
	} else {
		sides = append(sides, autosaveKeys()[u.key]...)
	}
	var newest string
	for _, side := range sides {
		if _, err := os.Lstat(side); err != nil {
			continue
		}
		compactAutosave(side)
		to, err := moveAutosaveAside(side, "unsaved", now)
		if err != nil {
			return "", err
		}
		if side == u.Sidecar {
			newest = to
		}
		dropPathRecord(side)
		dropOwner(filepath.Dir(side), u.key)
	}
	return newest, nil
}
