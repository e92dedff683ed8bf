package formats

import (
	"regexp"
	"strings"

	"github.com/glose-app/glose/annotate"
)

// memoQ and SDL Trados Studio keep a segment's status in their own attributes, not in XLIFF's state:
// memoQ's mq:status on the trans-unit, Trados's conf on the <sdl:seg> that names the segment's mid.
// Their files have targets without a state, which XLIFF 1.2 reads as translated: a memoQ segment
// only pre-translated from a memory or by MT, or a Trados draft, would come into Glose as translated,
// and a translation written back would stay "not started" in the tool. So the import reads their
// statuses, and merge-back writes them when a segment changed.

// memoQStatus is the Glose status of memoQ's mq:status values (memoQ's TU statuses).
var memoQStatus = map[string]annotate.Status{
	"NotStarted": annotate.StatusDraft, "Edited": annotate.StatusDraft, "PartiallyEdited": annotate.StatusDraft,
	"Pretranslated": annotate.StatusDraft, "PreTranslated": annotate.StatusDraft, "MachineTranslated": annotate.StatusDraft,
	"AssembledFromFragments": annotate.StatusDraft, "FragmentAssembled": annotate.StatusDraft, "Rejected": annotate.StatusDraft,
	"ManuallyConfirmed": annotate.StatusTranslated, "Confirmed": annotate.StatusTranslated, "TranslatorConfirmed": annotate.StatusTranslated,
	"Reviewer1Confirmed": annotate.StatusReviewed, "Reviewer2Confirmed": annotate.StatusReviewed, "Proofread": annotate.StatusReviewed,
}

// tradosStatus is the Glose status of the confirmation levels of SDL Trados Studio (sdl:seg conf).
var tradosStatus = map[string]annotate.Status{
	"":            annotate.StatusDraft, // no conf: "Not Translated", though the target has text
	"Unspecified": annotate.StatusDraft, "Draft": annotate.StatusDraft, "RejectedTranslation": annotate.StatusDraft,
	"RejectedSignOff": annotate.StatusDraft, "Translated": annotate.StatusTranslated,
	"ApprovedTranslation": annotate.StatusReviewed, "ApprovedSignOff": annotate.StatusReviewed,
}

// The values merge-back writes for a Glose status (a new segment is never written: its English was
// emptied, and the target goes).
var (
	toMemoQ  = map[annotate.Status]string{annotate.StatusDraft: "PartiallyEdited", annotate.StatusTranslated: "ManuallyConfirmed", annotate.StatusReviewed: "Reviewer1Confirmed"}
	toTrados = map[annotate.Status]string{annotate.StatusDraft: "Draft", annotate.StatusTranslated: "Translated", annotate.StatusReviewed: "ApprovedTranslation"}
)

// toolStatuses gives the segments of a trans-unit with a translation the status its tool's attribute
// says, when the target has no XLIFF state to say it.
func toolStatuses(tu, tgt *xnode, segs []rawSeg) {
	if tgt == nil || tgt.attr("state") != "" {
		return
	}
	set := func(s *rawSeg, st annotate.Status, ok bool) {
		if ok && strings.TrimSpace(s.Target) != "" {
			s.Status = st
		}
	}
	if v := tu.attr("status", memoQNS); v != "" {
		st, ok := memoQStatus[v]
		for i := range segs {
			set(&segs[i], st, ok)
		}
		return
	}
	defs := tu.child("seg-defs")
	if defs == nil || defs.Space != sdlNS {
		return
	}
	for _, k := range defs.Kids {
		st, ok := tradosStatus[k.attr("conf")]
		for i := range segs {
			if k.Name == "seg" && (segs[i].ID == k.attr("id") || len(segs) == 1 && segs[i].ID == tu.attr("id")) {
				set(&segs[i], st, ok)
			}
		}
	}
}

// mqStatusAttr finds memoQ's status on a trans-unit's start tag (memoQ always writes the prefix mq).
var mqStatusAttr = regexp.MustCompile(`(\smq:status\s*=\s*)("[^"]*"|'[^']*')`)

// memoQStatus12 writes the trans-unit's mq:status for its new status now, when the file has one that
// says another (NotStarted, read as a draft when a target has text, says nothing was written).
func (m *merger) memoQStatus12(u *tuPlace, now annotate.Status) {
	tag := string(m.data[u.open[0]:u.open[1]])
	loc := mqStatusAttr.FindStringSubmatchIndex(tag)
	if loc == nil || toMemoQ[now] == "" {
		return
	}
	if v := tag[loc[4]+1 : loc[5]-1]; v != "NotStarted" && memoQStatus[v] == now { // a draft of its own is left as memoQ said it
		return
	}
	m.edits = append(m.edits, edit{u.open[0] + loc[4], u.open[0] + loc[5], `"` + toMemoQ[now] + `"`})
}

// confAttr finds the conf attribute of an <sdl:seg> start tag.
var confAttr = regexp.MustCompile(`(\sconf\s*=\s*)("[^"]*"|'[^']*')`)

// tradosStatus12 writes the conf of the <sdl:seg> of each segment that changed (cur[i] set, as
// unit12 makes it) for its status, when it says another.
func (m *merger) tradosStatus12(u *tuPlace, raws []rawSeg, cur, was []*annotate.Segment) {
	for i, s := range cur {
		if s == nil || s == was[i] || toTrados[s.Status] == "" {
			continue
		}
		for _, d := range u.sdlSegs {
			if d.id != raws[i].ID && !(len(raws) == 1 && u.segs == nil) {
				continue
			}
			tag := string(m.data[d.at[0]:d.at[1]])
			if loc := confAttr.FindStringSubmatchIndex(tag); loc != nil {
				if st, ok := tradosStatus[tag[loc[4]+1:loc[5]-1]]; !ok || st != s.Status {
					m.edits = append(m.edits, edit{d.at[0] + loc[4], d.at[0] + loc[5], `"` + toTrados[s.Status] + `"`})
				}
			} else {
				at := d.at[0] + len(strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(tag, ">"), "/"), " \t\r\n"))
				m.edits = append(m.edits, edit{at, at, ` conf="` + toTrados[s.Status] + `"`})
			}
			break
		}
	}
}
