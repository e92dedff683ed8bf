package formats

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/glose-app/glose/annotate"
)

// XLIFF 1.2 merge-back, as xliff2_merge.go does for XLIFF 2: a document imported from a translation
// tool's XLIFF 1.2 file (OmegaT, Okapi, Trados or memoQ exports) exports to XLIFF 1.2 as that file
// with each trans-unit's <target> and its state written in, every other byte as it was. A trans-unit
// segmented in a <seg-source> gets a target of one <mrk mtype="seg"> per segment, with the mid of its
// source's. XLIFF 1.2 has one state per target, so per trans-unit: its segments' lowest status.

// mergeXLIFF12 writes the documents' translations, states and notes into their original file.
func mergeXLIFF12(docs []*annotate.Document, orig *annotate.Original, opts WriteOptions, w *warnings) ([]byte, error) {
	places, err := scanXLIFF12(orig.Data)
	if err != nil {
		return nil, fmt.Errorf("reading the original file %s again: %w", orig.Name, err)
	}
	sds, err := rereadOriginal(orig, len(places.files), xliff12Docs)
	if err != nil {
		return nil, err
	}
	var discard warnings // the original's own warnings were given when it was imported
	var edits []edit
	for _, d := range docs {
		f := d.Meta.Original.File
		if f >= len(sds) || len(sds[f].Segs) != places.files[f].segments() {
			return nil, fmt.Errorf("document %s: the original file %s has no <file> %d with its segments", d.ID, orig.Name, f+1)
		}
		fp := places.files[f]
		d0, err := buildSegmented(orig.Name, sds[f], ReadOptions{}, &discard)
		if err != nil {
			return nil, fmt.Errorf("reading the original file %s again: %w", orig.Name, err)
		}
		m := merger{data: orig.Data, d: d, d0: d0, probe: opts.probe}
		k := 0
		for i := range fp.units {
			n := max(1, len(fp.units[i].segs))
			m.unit12(&fp.units[i], sds[f].Segs[k:k+n])
			k += n
		}
		m.fileNotes12(fp)
		m.warn(opts, w)
		mergeLanguages(d, sds[f], w)
		if m.added && !fp.trgLang {
			at := fp.open[0] + bytes.LastIndexByte(orig.Data[fp.open[0]:fp.open[1]], '>')
			edits = append(edits, edit{at, at, ` target-language="` + xmlAttr(d.TargetLang) + `"`})
		}
		edits = append(edits, m.edits...)
	}
	return applyEdits(orig.Data, edits), nil
}

// segments is how many segments xliff12Docs reads in the file.
func (f file12Place) segments() int {
	n := 0
	for _, u := range f.units {
		n += max(1, len(u.segs))
	}
	return n
}

// unit12 merges the segments of the trans-unit u, read from it as raws.
func (m *merger) unit12(u *tuPlace, raws []rawSeg) {
	made := madeIDs(raws)
	cur := make([]*annotate.Segment, len(raws)) // what the file is to say of each segment
	was := make([]*annotate.Segment, len(raws)) // what it said
	retext := make([]bool, len(raws))           // the segment's translation changed
	changed, rewrite := false, false
	for i, r := range raws {
		if r.Made != "" {
			was[i] = m.d0.Segment(r.Made)
		}
		cur[i] = was[i]
		s, s0, ok := m.pair(r.Made)
		if !ok || s.Target == s0.Target && s.Status == s0.Status && !handPlaced(s) {
			continue
		}
		if u.noTranslate {
			m.noTranslate = append(m.noTranslate, s.ID)
			continue
		}
		cur[i], changed = s, true
		if s.Target != s0.Target || handPlaced(s) {
			retext[i], rewrite = true, true
		}
	}
	notes := m.newNotes(made)
	if u.noTranslate {
		m.notesUntranslatable(made, notes)
		notes = nil
	} else {
		m.remove(m.staleGloseNotes(u.glose, made, false)...)
	}
	prefix := strings.TrimSuffix(tagName(m.data[u.open[0]:u.open[1]]), "trans-unit")
	indent := indentBefore(m.data, u.source[0])
	after := m.target12(u, raws, cur, was, retext, changed, rewrite, prefix, indent)
	if len(notes) > 0 {
		if u.lastNote > 0 {
			after = u.lastNote
		}
		m.edits = append(m.edits, edit{after, after, notes12(notes, indent, prefix)})
	}
}

// target12 writes the trans-unit's target: its content when a translation changed (rewrite), its
// state and the unit's approved when anything changed. It returns where the target ends (where the
// source ends when it has none).
func (m *merger) target12(u *tuPlace, raws []rawSeg, cur, was []*annotate.Segment, retext []bool, changed, rewrite bool, prefix, indent string) int {
	anchor := u.source[1]
	if u.segSource != [2]int{} {
		anchor = u.segSource[1]
	}
	t, end := u.target, anchor
	if u.hasTarget {
		end = t[3]
	}
	if !changed {
		return end
	}
	content, some := "", false
	switch {
	case !rewrite:
		some = true
	case u.segs == nil:
		content = withLayout(innerOf(m.data[u.source[0]:u.source[1]]), cur[0].Target, escapeTarget(cur[0].Target))
		if u.srcCodes || u.tgtCodes {
			content = m.codedTarget(raws[0].Unit, cur[0], was[0], innerOf(m.data[u.source[0]:u.source[1]]), m.data[t[1]:t[2]], nil)
		}
		some = content != ""
	default:
		content, some = m.segTarget12(u, raws, cur, was, retext)
	}
	if rewrite && u.hasTarget && content == string(m.data[t[1]:t[2]]) { // codes placed by hand where the target has them
		rewrite = false
		if sameStatuses(cur, was) {
			return end
		}
	}
	now, ok := lowestStatus(cur)
	if !some || !ok {
		if u.hasTarget {
			from := t[0]
			if len(bytes.TrimSpace(m.data[anchor:t[0]])) == 0 {
				from = anchor
			}
			m.edits = append(m.edits, edit{from, t[3], ""})
		}
		m.approved(u, false)
		return end
	}
	before, _ := lowestStatus(was)
	name := prefix + "target"
	tag, orig := "<"+name+">", ""
	if u.hasTarget {
		tag = string(m.data[t[0]:t[1]])
		name, orig = tagName(m.data[t[0]:t[1]]), tagState(tag)
		if t[1] == t[3] { // <target/>
			tag = strings.TrimSpace(strings.TrimSuffix(tag, "/>")) + ">"
		}
	}
	if st := mergedState12(now, before, orig, rewrite); st != orig {
		tag = setState(tag, st)
	}
	switch {
	case !u.hasTarget:
		m.edits = append(m.edits, edit{anchor, anchor, indent + tag + content + "</" + name + ">"})
		m.added = true
	case t[1] == t[3]:
		m.edits = append(m.edits, edit{t[0], t[1], tag + content + "</" + name + ">"})
	default:
		if tag != string(m.data[t[0]:t[1]]) {
			m.edits = append(m.edits, edit{t[0], t[1], tag})
		}
		if rewrite {
			m.edits = append(m.edits, edit{t[1], t[2], content})
		}
	}
	m.approved(u, now == annotate.StatusReviewed)
	m.memoQStatus12(u, now)
	m.tradosStatus12(u, raws, cur, was)
	return end
}

// segTarget12 is the content of the target of a trans-unit segmented in its <seg-source>: the
// seg-source with each segment's <mrk mtype="seg"> holding its translation, with the codes of its
// source marker (or of its former target marker); a segment whose translation did not change keeps its
// target's marker content, codes included. some says whether any segment has a translation.
func (m *merger) segTarget12(u *tuPlace, raws []rawSeg, cur, was []*annotate.Segment, retext []bool) (content string, some bool) {
	var b strings.Builder
	frame := targetFrame(u)
	pos := u.segSrcInner[0]
	if frame {
		pos = u.target[1]
	}
	for i, sg := range u.segs {
		inner := m.segInner12(u, sg, raws[i], cur[i], was[i], retext[i])
		some = some || inner != ""
		if frame {
			pos = m.writeTargetMrk(&b, u, i, pos, inner)
			continue
		}
		b.Write(m.data[pos:sg.at[0]])
		pos = sg.at[1]
		b.WriteString("<" + sg.name + ` mtype="seg"`)
		if sg.mid != "" {
			b.WriteString(` mid="` + xmlAttr(sg.mid) + `"`)
		}
		b.WriteString(">" + inner + "</" + sg.name + ">")
	}
	if frame {
		b.Write(m.data[pos:u.target[2]])
	} else {
		b.Write(m.data[pos:u.segSrcInner[1]])
	}
	return b.String(), some
}

// targetFrame reports whether the target of u is laid out as merge-back writes it: its <mrk
// mtype="seg">s those of the seg-source, in its order. The new target then keeps the file's bytes
// around them (its own indentation, MateCat's), where otherwise it takes the seg-source's layout.
func targetFrame(u *tuPlace) bool {
	if !u.hasTarget || len(u.targetMids) != len(u.segs) {
		return false
	}
	for i, sg := range u.segs {
		if sg.mid == "" || u.targetMids[i] != sg.mid {
			return false
		}
	}
	return true
}

// writeTargetMrk writes the bytes of u's target from pos up to its i-th <mrk mtype="seg">, then that
// marker holding inner (its own start and end tags; a <mrk/> opened), and returns where it ends.
func (m *merger) writeTargetMrk(b *strings.Builder, u *tuPlace, i, pos int, inner string) int {
	el, in := u.targetMrks[i], u.targetSegs[i]
	b.Write(m.data[pos:el[0]])
	if el[1] == in[0] { // <mrk .../>
		if inner == "" {
			b.Write(m.data[el[0]:el[1]])
			return el[1]
		}
		tag := string(m.data[el[0]:el[1]])
		b.WriteString(strings.TrimSpace(strings.TrimSuffix(tag, "/>")) + ">" + inner + "</" + tagName(m.data[el[0]:el[1]]) + ">")
		return el[1]
	}
	b.Write(m.data[el[0]:in[0]])
	b.WriteString(inner)
	b.Write(m.data[in[1]:el[1]])
	return el[1]
}

// segInner12 is the content of the target marker of the segment of seg-source marker sg: its new
// translation, with its codes, when retext, else the former one.
func (m *merger) segInner12(u *tuPlace, sg seg12, raw rawSeg, cur, was *annotate.Segment, retext bool) string {
	inner := ""
	switch {
	case retext && (sg.codes || u.tgtCodes):
		var former []byte
		if k := slices.Index(u.targetMids, sg.mid); k >= 0 {
			former = m.data[u.targetSegs[k][0]:u.targetSegs[k][1]]
		}
		inner = m.codedTarget(raw.Unit, cur, was, innerOf(m.data[sg.at[0]:sg.at[1]]), former, nil)
	case retext:
		inner = withLayout(innerOf(m.data[sg.at[0]:sg.at[1]]), cur.Target, escapeTarget(cur.Target))
	case was != nil && was.Target != "":
		inner = escapeTarget(was.Target)
		if k := slices.Index(u.targetMids, sg.mid); k >= 0 {
			inner = string(m.data[u.targetSegs[k][0]:u.targetSegs[k][1]])
		}
	}
	return inner
}

// lowestStatus is the lowest status of the segments that have a translation; ok is false when none has.
func lowestStatus(segs []*annotate.Segment) (annotate.Status, bool) {
	rank := []annotate.Status{annotate.StatusNew, annotate.StatusDraft, annotate.StatusTranslated, annotate.StatusReviewed}
	low, ok := len(rank), false
	for _, s := range segs {
		if s != nil && s.Target != "" {
			low, ok = min(low, max(0, slices.Index(rank, s.Status))), true
		}
	}
	if !ok {
		return "", false
	}
	return rank[low], true
}

// mergedState12 is the XLIFF 1.2 state of a target whose segments' lowest status is now, and was
// before under the state orig: orig is kept while the status is as it read (a tool's own states,
// needs-review-l10n or final, stay), except that a final target whose translation changed is
// signed-off; otherwise the state Glose's own export writes.
func mergedState12(now, before annotate.Status, orig string, retext bool) string {
	if now == before && orig != "" && !(orig == "final" && retext) {
		return orig
	}
	if now == before && orig == "" && now == annotate.StatusTranslated {
		return "" // a target without a state reads as translated
	}
	return state12(now)
}

var approvedAttr = regexp.MustCompile(`(\sapproved\s*=\s*)("[^"]*"|'[^']*')`)

// approved sets the trans-unit's approved attribute to say whether its target is reviewed: yes, added
// when the unit had none; a unit approved whose target is no longer reviewed says no.
func (m *merger) approved(u *tuPlace, reviewed bool) {
	tag := string(m.data[u.open[0]:u.open[1]])
	loc := approvedAttr.FindStringSubmatchIndex(tag)
	val := ""
	if loc != nil {
		val = tag[loc[4]+1 : loc[5]-1]
	}
	switch {
	case reviewed && val != "yes" && loc != nil, !reviewed && val == "yes":
		v := map[bool]string{true: `"yes"`, false: `"no"`}[reviewed]
		m.edits = append(m.edits, edit{u.open[0] + loc[4], u.open[0] + loc[5], v})
	case reviewed && loc == nil:
		at := u.open[0] + strings.LastIndexByte(tag, '>')
		m.edits = append(m.edits, edit{at, at, ` approved="yes"`})
	}
}

// sameStatuses reports whether each segment of a trans-unit has the status the file gave it.
func sameStatuses(cur, was []*annotate.Segment) bool {
	for i, s := range cur {
		if s != nil && was[i] != nil && s.Status != was[i].Status {
			return false
		}
	}
	return true
}
