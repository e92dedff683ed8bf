package formats

import (
	"strings"

	"github.com/glose-app/glose/annotate"
)

// Locked segments (annotate.Segment.Locked) in XLIFF. On import, a unit marked translate="no" locks
// its segments (keepSource), and so do the locks of translation tools in XLIFF 1.2 (toolLocks). Glose's
// own XLIFF 2 marks a paragraph's locked segments on its unit (lockedAttr), and its XLIFF 1.2 a locked
// segment's trans-unit, so that a translation tool locks them too and the import locks them again.

// lockedAttr marks a paragraph's locked segments on its XLIFF 2 unit: translate="no" when all are
// locked and have English (which the import keeps as it is), else glose:locked with yes or no per
// segment, in order; nothing when none is locked.
func lockedAttr(segs []*annotate.Segment) string {
	all, some := true, false
	flags := make([]string, len(segs))
	for i, s := range segs {
		flags[i] = "no"
		if s.Locked {
			flags[i], some = "yes", true
		}
		all = all && s.Locked && s.Target != ""
	}
	switch {
	case all:
		return ` translate="no"`
	case some:
		return ` glose:locked="` + strings.Join(flags, " ") + `"`
	}
	return ""
}

// lockedAttr12 is XLIFF 1.2's: translate="no" on the trans-unit of a locked segment with English.
func lockedAttr12(s *annotate.Segment) string {
	if s.Locked && s.Target != "" {
		return ` translate="no"`
	}
	return ""
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
			segs[i].Locked = true
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
				segs[i].Locked = true
			}
		}
	}
}
