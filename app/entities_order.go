package app

import (
	"bytes"
	"cmp"
	"slices"
	"strings"

	"fyne.io/fyne/v2/lang"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/glose-app/glose/annotate"
)

// entityOrder sorts and filters the entities list. Names sort as a dictionary of the interface's
// language does (États-Unis among the E, not after Washington), numbers by their value (G7 before
// G20, "first in seg. 2" before "first in seg. 11" in the merge list); sort keys and folded names are kept
// per name, as a 1 MB article has thousands of entities and the list is sorted again after each edit.
type entityOrder struct {
	coll   *collate.Collator
	buf    collate.Buffer
	keys   map[string][]byte // collation key by name
	folded map[string]string // annotate.Fold of the name, for the filter
}

func newEntityOrder() *entityOrder {
	return &entityOrder{coll: collate.New(interfaceLanguage(), collate.Numeric), keys: map[string][]byte{}, folded: map[string]string{}}
}

// interfaceLanguage is the language the interface speaks: French when the system asks for it,
// English (the fallback of the translations) otherwise.
func interfaceLanguage() language.Tag {
	tag, err := language.Parse(lang.SystemLocale().LanguageString())
	if err == nil {
		if base, _ := tag.Base(); base.String() == "fr" {
			return language.French
		}
	}
	return language.English
}

// key returns name's collation key.
func (o *entityOrder) key(name string) []byte {
	k, ok := o.keys[name]
	if !ok {
		o.buf.Reset()
		k = bytes.Clone(o.coll.KeyFromString(&o.buf, name))
		o.keys[name] = k
	}
	return k
}

// fold returns name folded for the filter (case and accents).
func (o *entityOrder) fold(name string) string {
	f, ok := o.folded[name]
	if !ok {
		f = annotate.Fold(name)
		o.folded[name] = f
	}
	return f
}

// forget drops the cached keys (another document: its names are others).
func (o *entityOrder) forget() {
	clear(o.keys)
	clear(o.folded)
}

// sort orders entities by type, then French name, then the names as the row reads them (see
// bothNames), as the interface's language sorts words. Rows that read alike (namesakes, which the
// list tells apart by where each is first mentioned) follow the text, by first (the index of the
// segment of an entity's first mention): ordered by English name then ID, "Seg. 11" came before
// "Seg. 1". The English name, then the ID decide what is left, so that the order never jumps.
func (o *entityOrder) sort(ents []*annotate.Entity, src, tgt string, first func(*annotate.Entity) int) {
	slices.SortStableFunc(ents, func(a, b *annotate.Entity) int {
		if c := cmp.Compare(a.Type, b.Type); c != 0 {
			return c
		}
		if c := bytes.Compare(o.key(a.Name(src)), o.key(b.Name(src))); c != 0 {
			return c
		}
		ra, rb := bothNames(a.Names[src], a.Names[tgt]), bothNames(b.Names[src], b.Names[tgt])
		if c := bytes.Compare(o.key(ra), o.key(rb)); c != 0 {
			return c
		}
		if ra == rb { // namesakes: computed for them alone, as it walks the mentions
			if c := cmp.Compare(first(a), first(b)); c != 0 {
				return c
			}
		}
		if c := bytes.Compare(o.key(a.Names[tgt]), o.key(b.Names[tgt])); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
}

// filter keeps, in place, the entities whose French or English name contains query, ignoring case
// and accents ("etats" finds États-Unis, "white" the Maison-Blanche).
func (o *entityOrder) filter(ents []*annotate.Entity, query string, src, tgt string) []*annotate.Entity {
	q := annotate.Fold(strings.TrimSpace(query))
	if q == "" {
		return ents
	}
	return slices.DeleteFunc(ents, func(e *annotate.Entity) bool {
		return !strings.Contains(o.fold(e.Name(src)), q) && !strings.Contains(o.fold(e.Names[tgt]), q)
	})
}

// sortLabels sorts menu labels as the interface's language does.
func (o *entityOrder) sortLabels(labels []string) {
	slices.SortFunc(labels, func(a, b string) int { return o.coll.CompareString(a, b) })
}
