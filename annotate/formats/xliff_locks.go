package formats

import (
	"fmt"
	"slices"
	"strings"

	"github.com/glose-app/glose/annotate"
)

// Locked segments (annotate.Segment.Locked) in XLIFF. On import, a unit marked translate="no" locks
// its segments (keepSource), and so do the locks of translation tools in XLIFF 1.2 (toolLocks), each
// saying so in the segment's LockReason. Glose's own XLIFF 2 marks a paragraph's locked segments on its
// unit (lockedAttr), and its XLIFF 1.2 a locked segment's trans-unit (lockedAttr12), so that a
// translation tool locks them too and the import locks them again, for the same reason.

// lockedAttr marks a paragraph's locked segments on its XLIFF 2 unit: translate="no" when all are
// locked and have English (which the import keeps as it is), and glose:locked with each segment's
// reason or no, in order, when some are locked for another reason than translate="no"; nothing when
// none is locked.
func lockedAttr(segs []*annotate.Segment) string {
	all, some, others := true, false, false
	flags := make([]string, len(segs))
	for i, s := range segs {
		flags[i] = lockFlag(s)
		some = some || s.Locked
		others = others || s.Locked && s.LockReason != annotate.LockTranslateNo
		all = all && s.Locked && s.Target != ""
	}
	attr := ""
	if all {
		attr = ` translate="no"`
	}
	if some && (!all || others) {
		attr += ` glose:locked="` + strings.Join(flags, " ") + `"`
	}
	return attr
}

// lockFlag is segment s's word in glose:locked: why it is locked (yes when that is unknown), or no.
func lockFlag(s *annotate.Segment) string {
	switch {
	case !s.Locked:
		return "no"
	case s.LockReason == annotate.LockUnknown:
		return "yes"
	}
	return string(s.LockReason)
}

// readLockFlag reads a word of glose:locked: yes (locked, the reason unknown, as Glose wrote before it
// recorded reasons) or a reason locks the segment; anything else leaves it unlocked.
func readLockFlag(flag string) (bool, annotate.LockReason) {
	if r := annotate.LockReason(flag); slices.Contains(annotate.LockReasons(), r) {
		return true, r
	}
	return flag == "yes", annotate.LockUnknown
}

// lockedAttr12 is XLIFF 1.2's: translate="no" on the trans-unit of a locked segment with English,
// with glose:locked (its namespace declared there, as Glose's XLIFF 1.2 declares none for the tools
// it is made for) when another reason than translate="no" locked it.
func lockedAttr12(s *annotate.Segment) string {
	if !s.Locked || s.Target == "" {
		return ""
	}
	if s.LockReason == annotate.LockTranslateNo {
		return ` translate="no"`
	}
	return fmt.Sprintf(` translate="no" xmlns:glose=%q glose:locked=%q`, gloseNS, lockFlag(s))
}

// readLock12 reads whether the trans-unit of a segment of Glose's own XLIFF 1.2 is locked, and why:
// translate="no" (its own or inherited, noTr) locks it, for the reason glose:locked gives, else as
// the file says translate="no".
func readLock12(tu *xnode, noTr bool) (bool, annotate.LockReason) {
	if !translateNo(tu, noTr) {
		return false, annotate.LockUnknown
	}
	if locked, r := readLockFlag(tu.attr("locked", gloseNS)); locked {
		return true, r
	}
	return true, annotate.LockTranslateNo
}

// The namespaces of the tools whose XLIFF 1.2 files mark segments locked: memoQ and SDL Trados
// (SDLXLIFF).
const (
	memoQNS = "MQXliff"
	sdlNS   = "http://sdl.com/FileTypes/SdlXliff/1.0"
)

// toolLocks locks the segments of a trans-unit that the translation tool marks locked, as it would
// not let them be edited: memoQ's mq:locked="locked" on the trans-unit, SDL Trados's <sdl:seg
// locked="true"> for a segment (by its mid; for the trans-unit's only segment when it has no
// seg-source). Their translations stay as the file has them.
func toolLocks(tu *xnode, segs []rawSeg) {
	switch tu.attr("locked", memoQNS) {
	case "locked", "true", "yes", "1":
		for i := range segs {
			toolLock(&segs[i], annotate.LockMemoQ)
		}
		return
	}
	defs := tu.child("seg-defs")
	if defs == nil || defs.Space != sdlNS {
		return
	}
	for _, k := range defs.Kids {
		if k.Name != "seg" || k.attr("locked") != "true" {
			continue
		}
		for i := range segs {
			if segs[i].ID == k.attr("id") || len(segs) == 1 && segs[i].ID == tu.attr("id") {
				toolLock(&segs[i], annotate.LockTrados)
			}
		}
	}
}

// toolLock locks a segment as the tool's file says, unless translate="no" locked it already.
func toolLock(s *rawSeg, r annotate.LockReason) {
	if !s.Locked {
		s.Locked, s.LockReason = true, r
	}
}
