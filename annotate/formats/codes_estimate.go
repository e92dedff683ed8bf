package formats

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"

	"github.com/glose-app/glose/annotate"
)

// EstimatedCodes runs at every QA run, which the app starts after each pause in typing: running the
// whole merge-back each time took most of a second on a client's file of 3,000 units. So what it
// reads of the client's file (the places, the segments as read) is kept while the document keeps the
// same file, and the placement of a segment's codes while what it depends on is the same: its French,
// its English, its translation as the file has it, its codes, and the source spans and translation
// links it is placed by. A run then costs what changed, plus a walk over the segments.

// EstimateCache is what EstimatedCodes keeps between runs on one document: the client's file read
// again, and placements by what they depend on. Whoever runs it again and again on a document owns
// one (the quality checks' qa.Cache); a cache shared by two documents from different files would read
// each file again at every run. The zero value is ready to use; it is safe for concurrent runs.
type EstimateCache struct {
	mu     sync.Mutex
	base   *estimateBase
	placed map[string]placement // by placementKey
}

// maxPlaced bounds the placements kept: more than a long client file holds, and a few versions of each.
const maxPlaced = 20000

// estimateBase is a client's file read again for merge-back, for documents from it.
type estimateBase struct {
	data   []byte // the file, whose identity says it is the same
	name   string
	format string
	p2     *xliffPlaces   // XLIFF 2
	p12    *xliff12Places // XLIFF 1.2
	sds    []segDoc
	d0     map[int]*annotate.Document // the documents as read from the file, by <file>, once needed
}

// sameFile reports whether b was read from orig's file.
func (b *estimateBase) sameFile(orig *annotate.Original) bool {
	return b != nil && b.name == orig.Name && b.format == orig.Format && len(b.data) == len(orig.Data) &&
		(len(b.data) == 0 || &b.data[0] == &orig.Data[0])
}

// baseFor returns the file of orig read again, from c when it holds it; c is locked.
func (c *EstimateCache) baseFor(orig *annotate.Original) (*estimateBase, error) {
	if c.base.sameFile(orig) {
		return c.base, nil
	}
	b := &estimateBase{data: orig.Data, name: orig.Name, format: orig.Format, d0: map[int]*annotate.Document{}}
	var err error
	if orig.Format == annotate.OriginalXLIFF12 {
		b.p12, err = scanXLIFF12(orig.Data)
	} else {
		b.p2, err = scanXLIFF2(orig.Data)
	}
	if err != nil {
		return nil, fmt.Errorf("reading the original file %s again: %w", orig.Name, err)
	}
	if b.p12 != nil {
		b.sds, err = rereadOriginal(orig, len(b.p12.files), xliff12Docs)
	} else {
		b.sds, err = rereadOriginal(orig, len(b.p2.files), xliff2Docs)
	}
	if err != nil {
		return nil, err
	}
	c.base = b
	return b, nil
}

// doc0 is the document of <file> f as read from the file.
func (b *estimateBase) doc0(f int) (*annotate.Document, error) {
	if d0, ok := b.d0[f]; ok {
		return d0, nil
	}
	var discard warnings
	d0, err := buildSegmented(b.name, b.sds[f], ReadOptions{}, &discard)
	if err != nil {
		return nil, err
	}
	b.d0[f] = d0
	return d0, nil
}

// estimate runs the placement of merge-back over the segments of d, probe seeing each placement, with
// the placements of placed when it holds them (nil: none kept).
func (b *estimateBase) estimate(d *annotate.Document, placed map[string]placement, probe func(*annotate.Segment, placement)) error {
	f := d.Meta.Original.File
	if f >= len(b.sds) || b.p2 != nil && len(b.sds[f].Segs) != len(b.p2.files[f]) || b.p12 != nil && len(b.sds[f].Segs) != b.p12.files[f].segments() {
		return fmt.Errorf("document %s: the original file %s has no <file> %d with its segments", d.ID, b.name, f+1)
	}
	d0, err := b.doc0(f)
	if err != nil {
		return err
	}
	m := merger{data: b.data, d: d, d0: d0, probe: probe, placed: placed}
	if b.p2 != nil {
		for i, s := range b.sds[f].Segs {
			m.segment(s.Made, s.Unit, b.p2.files[f][i])
		}
		return nil
	}
	fp, k := b.p12.files[f], 0
	for i := range fp.units {
		n := max(1, len(fp.units[i].segs))
		m.unit12(&fp.units[i], b.sds[f].Segs[k:k+n])
		k += n
	}
	return nil
}

// cachedPlaceIn is placeIn, from the cache m.placed when it holds the placement.
func (m *merger) cachedPlaceIn(s, s0 *annotate.Segment, srcInner, oldInner, data []byte) placement {
	if m.placed == nil {
		return m.placeIn(s, s0, srcInner, oldInner, data)
	}
	key := m.placementKey(s, s0, srcInner, oldInner, data)
	if p, ok := m.placed[key]; ok {
		return p
	}
	p := m.placeIn(s, s0, srcInner, oldInner, data)
	p.names = map[int]Code{}
	for _, i := range append(slices.Clone(p.guessed), p.moved...) {
		p.names[i] = p.code(i)
	}
	if len(m.placed) >= maxPlaced {
		clear(m.placed)
	}
	m.placed[key] = p
	return p
}

// placementKey says all placeIn depends on: the texts, the codes and what they stand for (the unit's
// originalData: which are line breaks), the languages, and the source spans of s with their labels,
// the target ranges their translation links give and the English forms of their entities (see
// newSrcLocator).
func (m *merger) placementKey(s, s0 *annotate.Segment, srcInner, oldInner, data []byte) string {
	var k strings.Builder
	for _, part := range []string{s.Target, s0.Target, m.d.SourceText(s), string(srcInner), string(oldInner), string(data), m.d.SourceLang, m.d.TargetLang} {
		k.WriteString(strconv.Itoa(len(part)))
		k.WriteByte(':')
		k.WriteString(part)
	}
	for _, c := range s.Codes { // placed by hand
		k.WriteString(strconv.Itoa(c.Code) + "," + strconv.FormatBool(c.Close) + "@" + strconv.Itoa(c.At) + "=" + strconv.Itoa(len(c.Tag)) + ":" + c.Tag)
	}
	k.WriteByte('|')
	labeled, known := segmentSpans(m.d, s, m.spansOf(s))
	for _, lr := range labeled {
		k.WriteString(strconv.Itoa(lr.r[0]) + "," + strconv.Itoa(lr.r[1]) + "=" + strconv.Itoa(len(lr.label)) + ":" + lr.label)
	}
	k.WriteByte('|')
	for _, l := range known {
		k.WriteString(strconv.Itoa(l.src[0]) + "," + strconv.Itoa(l.src[1]) + ">" + strconv.Itoa(l.tgt[0]) + "," + strconv.Itoa(l.tgt[1]) + ";")
	}
	forms, keys := entityForms(m.d, s, m.spansOf(s))
	for _, key := range keys {
		k.WriteString("|" + strconv.Itoa(len(key)) + ":" + key)
		for _, en := range forms[key] {
			k.WriteString(">" + strconv.Itoa(len(en)) + ":" + en)
		}
	}
	return k.String()
}
