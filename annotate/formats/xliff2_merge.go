package formats

import (
	"bytes"
	"fmt"
	"regexp"
	"sort"
	"strings"

	"github.com/glose-app/glose/annotate"
)

// XLIFF merge-back: a document imported from a translation tool's XLIFF 2 file keeps the file
// (annotate.Meta.Original, see keepOriginal), and its XLIFF export is that file with the translations
// and states of its segments written in, every other byte as it was (groups, unit names, notes,
// originalData, inline codes, skeletons, extensions), so that the tool merges it back. Targets are
// plain text: Glose's spans stay in Glose, the client's file is not the place for them.

// edit replaces data[at:end] with text.
type edit struct {
	at, end int
	text    string
}

// mergeable returns the original file of format (annotate.OriginalXLIFF or OriginalXLIFF12) the
// documents can be merged into: all of them come from the same file, each from a <file> of its own. ok
// is false when none has one; a mix (some without, from different files, or from a file of the other
// XLIFF version) is written as Glose's own XLIFF, with a warning.
func mergeable(docs []*annotate.Document, format string, w *warnings) (*annotate.Original, bool) {
	first := docs[0].Meta.Original
	files := map[int]bool{}
	some, other := false, ""
	for _, d := range docs {
		o := d.Meta.Original
		some = some || o != nil
		if o != nil && o.Format != format {
			other = o.Format
		}
		if o == nil || first == nil || o.Format != format || !bytes.Equal(o.Data, first.Data) || files[o.File] {
			first = nil
			continue
		}
		files[o.File] = true
	}
	switch {
	case first == nil && other != "" && some:
		names := map[string]string{annotate.OriginalXLIFF: "XLIFF 2", annotate.OriginalXLIFF12: "XLIFF 1.2"}
		args := map[string]any{"N": len(docs), "Reason": "format", "Format": names[other], "Export": names[format]}
		w.say(docs[0].ID, WarnMergeBackMixed, args, "the translation tool's file is %s: this %s export is Glose's own, not merged back into the tool's file (export to %s for that)",
			args["Format"], args["Export"], args["Format"])
	case first == nil && some:
		w.say(docs[0].ID, WarnMergeBackMixed, map[string]any{"N": len(docs)},
			"%d documents that do not all come from one translation tool's XLIFF file: written as Glose's own XLIFF, not merged back into a tool's file", len(docs))
	}
	return first, first != nil
}

// rereadOriginal reads the original file again as its importer did (read: xliff2Docs or xliff12Docs),
// for merge-back to match its segments with the documents': as many documents as the scan found
// files.
func rereadOriginal(orig *annotate.Original, files int, read func(string, *xnode, *warnings) ([]segDoc, error)) ([]segDoc, error) {
	root, err := parseXML(orig.Name, orig.Data, "xliff")
	if err != nil {
		return nil, fmt.Errorf("reading the original file %s again: %w", orig.Name, err)
	}
	var discard warnings
	sds, err := read(orig.Name, root, &discard)
	if err != nil || len(sds) != files {
		return nil, fmt.Errorf("reading the original file %s again: its files do not match (%v)", orig.Name, err)
	}
	return sds, nil
}

// mergeXLIFF2 writes the documents' translations and states into their original file.
func mergeXLIFF2(docs []*annotate.Document, orig *annotate.Original, opts WriteOptions, w *warnings) ([]byte, error) {
	places, err := scanXLIFF2(orig.Data)
	if err != nil {
		return nil, fmt.Errorf("reading the original file %s again: %w", orig.Name, err)
	}
	sds, err := rereadOriginal(orig, len(places.files), xliff2Docs)
	if err != nil {
		return nil, err
	}
	var discard warnings // the original's own warnings were given when it was imported
	var edits []edit
	added := false
	for _, d := range docs {
		f := d.Meta.Original.File
		if f >= len(sds) || len(sds[f].Segs) != len(places.files[f]) {
			return nil, fmt.Errorf("document %s: the original file %s has no <file> %d with its segments", d.ID, orig.Name, f+1)
		}
		d0, err := buildSegmented(orig.Name, sds[f], ReadOptions{}, &discard)
		if err != nil {
			return nil, fmt.Errorf("reading the original file %s again: %w", orig.Name, err)
		}
		m := merger{data: orig.Data, d: d, d0: d0, probe: opts.probe}
		for i, s := range sds[f].Segs {
			m.segment(s.Made, s.Unit, places.files[f][i])
		}
		m.notes2(places.units, sds[f].Segs, places.files[f])
		m.fileNotes2(places.heads[f])
		m.warn(opts, w)
		mergeLanguages(d, sds[f], w)
		edits = append(edits, m.edits...)
		added = added || m.added
	}
	if added && !places.trgLang {
		tag := orig.Data[places.root[0]:places.root[1]]
		at := places.root[0] + bytes.LastIndexByte(tag, '>')
		if bytes.HasSuffix(tag, []byte("/>")) {
			at--
		}
		edits = append(edits, edit{at, at, ` trgLang="` + xmlAttr(docs[0].TargetLang) + `"`})
	}
	return applyEdits(orig.Data, edits), nil
}

// merger merges one document into its <file> of the original.
type merger struct {
	data        []byte
	d, d0       *annotate.Document // the document, and as it was read from the original
	edits       []edit
	added       bool                                   // a <target> was added
	done        []string                               // the IDs of the segments merged or left as they were
	codeUnits   []string                               // the units whose codes a new target lacks
	placedUnits []string                               // the units where a code of a new target was placed at a likely place
	orderUnits  []string                               // the units where a code was kept in the source's order, away from its English
	probe       func(s *annotate.Segment, p placement) // sees the codes of each new target placed (codes_report.go)
	overlap     [][]*annotate.Span                     // the source spans of each segment, once needed (codes_merge.go)
	noTranslate []string                               // segments changed in Glose whose unit says translate="no"
	placed      map[string]placement                   // placements kept between runs, by placementKey (codes_estimate.go), or nil
	noted       map[*[]string]map[string]bool          // the units in codeUnits, placedUnits and orderUnits
	unitSeg     map[string]string                      // the first segment of each of those units, by unit ID, for the app to name it by number
	names       nameMemo                               // the English-name lookup of placing codes, once needed (codes_names.go)
}

// pair returns the document's segment made from a segment of the original, and the segment as read
// from it, if the document still has it as it was read (same ID and French); it counts it as done.
func (m *merger) pair(made string) (s, s0 *annotate.Segment, ok bool) {
	if made == "" {
		return nil, nil, false
	}
	s, s0 = m.d.Segment(made), m.d0.Segment(made)
	if s == nil || s0 == nil || (s.Start != s0.Start || s.End != s0.End) && !sameSegment(m.d, s, m.d0, s0) {
		return nil, nil, false // resegmented in Glose: counted by warn
	}
	m.done = append(m.done, made)
	return s, s0, true
}

// sameSegment reports whether s of d, at other offsets than s0 of d0, is the same segment: the same
// text, but for layout space at its ends. A document imported before that space was left to the gap
// (trimLayout) has its segments so, and those after them moved; one imported before a placeholder was
// read as its character (codes_chars.go) has the segments after it moved.
func sameSegment(d *annotate.Document, s *annotate.Segment, d0 *annotate.Document, s0 *annotate.Segment) bool {
	text := d.SourceText(s)
	a, b := trimLayout(text, 0, len(text))
	return text[a:b] == d0.SourceText(s0)
}

// segment merges the segment that the original's segment at p became (made, in unit), if the
// document still has it as it was read.
func (m *merger) segment(made, unit string, p segPlace) {
	s, s0, ok := m.pair(made)
	if !ok {
		return
	}
	changed := s.Target != s0.Target || handPlaced(s)
	if !changed && s.Status == s0.Status {
		return
	}
	if p.noTranslate {
		m.noTranslate = append(m.noTranslate, made)
		return
	}
	var esc string
	if changed {
		var old []byte
		if p.hasTarget {
			old = m.data[p.target[1]:p.target[2]]
		}
		esc = withLayout(innerOf(m.data[p.source[0]:p.source[1]]), s.Target, escapeTarget(s.Target))
		if p.codes {
			esc = m.codedTarget(unit, s, s0, innerOf(m.data[p.source[0]:p.source[1]]), old, m.data[p.data[0]:p.data[1]])
		}
		// Codes placed by hand where the file's target has them, in its English: nothing to write.
		changed = !p.hasTarget || esc != string(old)
	}
	if !changed && s.Status == s0.Status {
		return
	}
	tag := string(m.data[p.open[0]:p.open[1]])
	if st := mergedState(s.Status, tagState(tag), changed); st != tagState(tag) && (st != "initial" || tagState(tag) != "") {
		m.edits = append(m.edits, edit{p.open[0], p.open[1], setState(tag, st)})
	}
	if changed {
		m.target(p, esc)
	}
}

// target writes esc (a translation as XML content) as the segment's target: in its <target>, or in
// one added after its source, or removes the <target> when esc is empty.
func (m *merger) target(p segPlace, esc string) {
	t := p.target
	switch {
	case !p.hasTarget && esc != "":
		src := m.data[p.source[0]:p.source[1]]
		name := strings.Replace(tagName(src), "source", "target", 1)
		m.edits = append(m.edits, edit{p.source[1], p.source[1], indentBefore(m.data, p.source[0]) + "<" + name + ">" + esc + "</" + name + ">"})
		m.added = true
	case !p.hasTarget:
	case esc == "":
		from := t[0]
		if len(bytes.TrimSpace(m.data[p.source[1]:t[0]])) == 0 {
			from = p.source[1]
		}
		m.edits = append(m.edits, edit{from, t[3], ""})
	case t[1] == t[2] && t[2] == t[3] && bytes.HasSuffix(m.data[t[0]:t[1]], []byte("/>")):
		open := strings.TrimSpace(strings.TrimSuffix(string(m.data[t[0]:t[1]]), "/>"))
		m.edits = append(m.edits, edit{t[0], t[1], open + ">" + esc + "</" + tagName(m.data[t[0]:t[1]]) + ">"})
	default:
		m.edits = append(m.edits, edit{t[1], t[2], esc})
	}
}

// warn says which units' targets lost their inline codes or got some at a likely place, which
// segments changed in Glose were not merged (resegmented, or translate="no"), and that spans stay out
// of the tool's file.
func (m *merger) warn(opts WriteOptions, w *warnings) {
	id := m.d.ID
	m.warnCodes(w)
	if len(m.noTranslate) > 0 {
		args := map[string]any{"N": len(m.noTranslate), "Segments": strings.Join(m.noTranslate, ", "), "Reason": "translate-no"}
		w.say(id, WarnNotMerged, args, "%s changed in Glose left as they were in the tool's file, as their units say translate=\"no\": %s",
			plural(len(m.noTranslate), "segment", "segments"), idList(m.noTranslate, "segment", "segments"))
	}
	var lost []string
	done := make(map[string]bool, len(m.done))
	for _, id := range m.done {
		done[id] = true
	}
	for _, s := range m.d.Segments {
		if !done[s.ID] && (s.Target != "" || s.Status != annotate.StatusNew) {
			lost = append(lost, s.ID)
		}
	}
	if len(lost) > 0 {
		args := map[string]any{"N": len(lost), "Segments": strings.Join(lost, ", "), "Reason": "resegmented"}
		w.say(id, WarnNotMerged, args, "%s not in the tool's file as they are in Glose (split or joined), their translations left out: %s",
			plural(len(lost), "segment", "segments"), idList(lost, "segment", "segments"))
	}
	n := 0
	for _, sp := range m.d.Spans {
		if keepSpan(sp, opts) {
			n++
		}
	}
	if n > 0 {
		w.say(id, WarnMergeSpansLeftOut, map[string]any{"N": n}, "%s left out: the translations go back into the tool's file as plain text",
			plural(n, "span", "spans"))
	}
}

// mergedState is the XLIFF 2 state of a segment of status st, whose state was orig: a final segment
// Glose reads as reviewed stays final while its translation is unchanged.
func mergedState(st annotate.Status, orig string, changed bool) string {
	switch st {
	case annotate.StatusTranslated:
		return "translated"
	case annotate.StatusReviewed:
		if orig == "final" && !changed {
			return "final"
		}
		return "reviewed"
	}
	return "initial"
}

var stateAttr = regexp.MustCompile(`(\sstate\s*=\s*)("[^"]*"|'[^']*')`)

// tagState is the state attribute of a raw <segment> start tag, or "".
func tagState(tag string) string {
	if m := stateAttr.FindStringSubmatch(tag); m != nil {
		return m[2][1 : len(m[2])-1]
	}
	return ""
}

// setState returns a raw start tag with its state attribute set to st, in place or added at its end.
func setState(tag, st string) string {
	if loc := stateAttr.FindStringSubmatchIndex(tag); loc != nil {
		return tag[:loc[4]] + `"` + st + `"` + tag[loc[5]:]
	}
	end := len(tag) - 1
	return tag[:end] + ` state="` + st + `"` + tag[end:]
}

// tagName is the qualified name of the element whose raw start tag begins tag.
func tagName(tag []byte) string {
	rest := tag[1:]
	if i := bytes.IndexAny(rest, " \t\r\n/>"); i >= 0 {
		rest = rest[:i]
	}
	return string(rest)
}

// indentBefore is the white space (line break and indentation) before the element starting at at.
func indentBefore(data []byte, at int) string {
	i := at
	for i > 0 && strings.IndexByte(" \t\r\n", data[i-1]) >= 0 {
		i--
	}
	return string(data[i:at])
}

// escapeTarget escapes a translation as XML text: &, < and > (as "]]>" must not appear), a carriage
// return as a reference so that it survives, and what XML cannot hold as U+FFFD (xmlUnfitWarning says so).
func escapeTarget(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case r == '\r':
			b.WriteString("&#xD;")
		case xmlUnfit(r):
			b.WriteRune('\uFFFD')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// applyEdits returns data with the edits made; edits do not overlap.
func applyEdits(data []byte, edits []edit) []byte {
	// At one offset, insertions go before the replacement that starts there (a unit's new <notes>
	// before its first segment, whose state changes), each kind in the order made.
	kind := func(e edit) int { return min(e.end-e.at, 1) }
	sort.SliceStable(edits, func(i, j int) bool {
		return edits[i].at < edits[j].at || edits[i].at == edits[j].at && kind(edits[i]) < kind(edits[j])
	})
	var b bytes.Buffer
	pos := 0
	for _, e := range edits {
		b.Write(data[pos:e.at])
		b.WriteString(e.text)
		pos = e.end
	}
	b.Write(data[pos:])
	return b.Bytes()
}

// mergeLanguages warns when the document's languages are not those the translation tool's file it
// is merged into names (sd: the file as read). The file keeps its own: the tool it goes back to
// expects the language pair of its project, and refuses or misfiles a file with another; a
// translator who set en-GB on a file that says en-US is told, to settle it with the client. A file
// that names no target language takes the document's.
func mergeLanguages(d *annotate.Document, sd segDoc, w *warnings) {
	differs := func(file, doc string) bool { return file != "" && !strings.EqualFold(canonicalTag(file), doc) }
	if !differs(sd.SrcLang, d.SourceLang) && !differs(sd.TgtLang, d.TargetLang) {
		return
	}
	fileSrc, fileTgt := firstNonEmpty(sd.SrcLang, d.SourceLang), firstNonEmpty(sd.TgtLang, d.TargetLang)
	args := map[string]any{"Source": d.SourceLang, "Target": d.TargetLang, "FileSource": fileSrc, "FileTarget": fileTgt}
	w.say(d.ID, WarnMergeBackLanguage, args, "the document's languages %s→%s are not the translation tool's file's, %s→%s: the file keeps its own, which its tool expects (change the document's languages, or ask the client)",
		d.SourceLang, d.TargetLang, fileSrc, fileTgt)
}

// canonicalTag is a file's language tag in its canonical form ("en-us" gives "en-US"), as the
// document's are, or as it is when it is none.
func canonicalTag(tag string) string {
	if t, err := annotate.ParseLanguage(tag); err == nil {
		return t
	}
	return tag
}
