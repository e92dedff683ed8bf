package spell

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxDistance is the largest edit distance of a suggestion from the word it corrects.
const MaxDistance = 2

// MaxSuggestLength is the longest word, in letters, that Suggest looks for corrections of. The strings
// near a word cost the cube of its length to hash, and each dictionary's longest word bounds that only
// for the dictionaries Glose ships (22 letters in English): a user's word list holding a pasted link or
// a 300-letter string would let every word up to that length cost a second, on every run of the checks.
// A word longer than any real one ("floccinaucinihilipilification" has 29 letters) is no typo to
// correct, whatever the user added.
const MaxSuggestLength = 32

// deleteIndex finds the words near a word without comparing it with every word: each word is filed
// under itself and under each string one deletion away (a hash of it), and a word is looked up under
// itself and the strings one and two deletions away. Two words an edit or two apart (an insertion, a
// deletion, a substitution, two adjacent letters swapped, or two such edits where one is a deletion
// or an insertion) share one of those strings. Two substitutions ("indepandance") are found through
// the word with one letter substituted, looked up under the strings one deletion away from it; the
// index stays at some 800,000 entries, 12 bytes each, for the 75,000 words. The true distance of each
// candidate is then computed.
type deleteIndex struct {
	keys  []uint64 // sorted
	ids   []int32  // ids[i] is the word filed under keys[i]
	lower [][]rune // the words in lower case
	start []int32  // the keys whose top bucketBits bits are b are keys[start[b]:start[b+1]]
	// longest is the length in runes of the longest word: a word more than MaxDistance longer has no
	// word near it, and the strings near it cost the cube of its length to hash (a pasted link or a
	// 3,000-letter "Nooo…" took minutes, on every run of the checks).
	longest int
}

// bucketBits is how many top bits of a key pick the run of keys a lookup searches: 2^16 runs of a
// dozen keys, 256 KB, spare each lookup a binary search through 800,000 keys.
const bucketBits = 16

func (d *Dictionary) deletes() *deleteIndex {
	d.once.Do(func() {
		type entry struct {
			key uint64
			id  int32
		}
		ix := &deleteIndex{lower: make([][]rune, len(d.list))}
		var es []entry
		for i, w := range d.list {
			lw := []rune(strings.ToLower(w))
			ix.lower[i] = lw
			ix.longest = max(ix.longest, len(lw))
			es = append(es, entry{hashRunes(lw, -1), int32(i)})
			for k := range lw {
				es = append(es, entry{hashRunes(lw, k), int32(i)})
			}
		}
		slices.SortFunc(es, func(a, b entry) int { return cmp.Compare(a.key, b.key) })
		ix.keys, ix.ids = make([]uint64, len(es)), make([]int32, len(es))
		ix.start = make([]int32, 1<<bucketBits+1)
		for i, e := range es {
			ix.keys[i], ix.ids[i] = e.key, e.id
			ix.start[e.key>>(64-bucketBits)+1] = int32(i + 1)
		}
		for b := 1; b < len(ix.start); b++ {
			ix.start[b] = max(ix.start[b], ix.start[b-1])
		}
		d.index = ix
	})
	return d.index
}

// hashRunes hashes rs without its rune at skip (none when skip < 0): FNV-1a of its UTF-8.
func hashRunes(rs []rune, skip int) uint64 {
	h := uint64(fnvOffset)
	var b [4]byte
	for i, r := range rs {
		if i == skip {
			continue
		}
		if r < utf8.RuneSelf {
			h = (h ^ uint64(r)) * fnvPrime
			continue
		}
		n := utf8.EncodeRune(b[:], r)
		for _, c := range b[:n] {
			h = (h ^ uint64(c)) * fnvPrime
		}
	}
	return h
}

const (
	fnvOffset = 14695981039346656037
	fnvPrime  = 1099511628211
)

// Suggest returns up to n words of the checker's dictionaries that word may be a misspelling of, the
// nearest first, in the word's case: "Recieve" gives "Receive", "PARIS" from "Paris" stays in
// capitals. A suggestion is at most two edits away (an insertion, a deletion, a substitution, a swap
// of two adjacent letters); the edits people make most cost less (see weightedDistance), and of two
// suggestions as near those in the word's case come first, then those starting with its letter, then
// those of its length. A word longer than MaxSuggestLength has none.
func (c *Checker) Suggest(word string, n int) []string {
	q := []rune(strings.ToLower(normalize(word)))
	if len(q) == 0 || len(q) > MaxSuggestLength || n <= 0 {
		return nil
	}
	cands := c.candidates(word, q)
	slices.SortFunc(cands, func(a, b cand) int {
		return cmp.Or(cmp.Compare(a.cost, b.cost), cmp.Compare(a.rank, b.rank), strings.Compare(a.word, b.word))
	})
	var out []string
	for _, cd := range cands {
		s := inCaseOf(word, cd.word)
		if s != word && !slices.ContainsFunc(out, func(o string) bool { return strings.EqualFold(o, s) }) { // president, not President too
			out = append(out, s)
		}
		if len(out) == n {
			break
		}
	}
	return out
}

// cand is a word Suggest may offer, with its weighted distance from the word asked about (-1 for the
// word with its accents put back) and its rank among as near ones.
type cand struct {
	word       string
	cost, rank int
}

// candidates returns the words of the dictionaries that word, lower case q, may be a misspelling of,
// once each: first those that read as it with accents, then those up to MaxDistance edits away.
func (c *Checker) candidates(word string, q []rune) []cand {
	var cands []cand
	seen := map[string]bool{}
	plain := unaccented(string(q))
	for _, d := range c.dicts {
		for _, w := range d.accentedFor(plain) { // "cafe": café first, the word with its accents put back
			if lw := []rune(strings.ToLower(w)); !seen[w] && !slices.Equal(lw, q) {
				seen[w] = true
				cands = append(cands, cand{w, -1, rank(word, w, len(q), len(lw))})
			}
		}
	}
	for _, d := range c.dicts {
		ix := d.deletes()
		for _, id := range ix.near(q) {
			w := d.list[id]
			if seen[w] {
				continue
			}
			seen[w] = true
			if lw := ix.lower[id]; distance(q, lw, MaxDistance) <= MaxDistance {
				cands = append(cands, cand{w, weightedDistance(q, lw), rank(word, w, len(q), len(lw))})
			}
		}
	}
	return cands
}

// near returns the ids of the words filed under q or a string up to two deletions from it, or under
// a string one deletion from q with a letter substituted.
func (ix *deleteIndex) near(q []rune) []int32 {
	if len(q) > ix.longest+MaxDistance {
		return nil
	}
	keys := []uint64{hashRunes(q, -1)}
	one := make([]rune, len(q)-1)
	for i := range q {
		copy(one, q[:i])
		copy(one[i:], q[i+1:])
		keys = append(keys, hashRunes(one, -1))
		for j := range one {
			keys = append(keys, hashRunes(one, j))
		}
	}
	sub := slices.Clone(q)
	for i, r := range q {
		for l := 'a'; l <= 'z'; l++ {
			if l == r {
				continue
			}
			sub[i] = l
			for j := i + 1; j < len(sub); j++ { // the second substitution, at j: w and sub lack only it
				keys = append(keys, hashRunes(sub, j))
			}
		}
		sub[i] = r
	}
	var ids []int32
	for _, k := range keys {
		b := k >> (64 - bucketBits)
		for i, hi := int(ix.start[b]), int(ix.start[b+1]); i < hi && ix.keys[i] <= k; i++ {
			if ix.keys[i] == k {
				ids = append(ids, ix.ids[i])
			}
		}
	}
	return ids
}

// rank orders candidates of one distance: those with the word's letters (two swapped, the commonest
// typing slip), then those whose case fits the word (no capitalised name for a lower-case word), then
// those starting with its letter, then those of its length.
func rank(word, cand string, wl, cl int) int {
	r := 0
	if !sameLetters(word, cand) {
		r += 8
	}
	wr, _ := utf8.DecodeRuneInString(word)
	cr, _ := utf8.DecodeRuneInString(cand)
	if unicode.IsUpper(cr) && !unicode.IsUpper(wr) {
		r += 4
	}
	if unicode.ToLower(wr) != unicode.ToLower(cr) {
		r += 2
	}
	if wl != cl {
		r++
	}
	return r
}

// sameLetters reports whether a and b hold the same letters, in any order and case.
func sameLetters(a, b string) bool {
	ra, rb := []rune(strings.ToLower(a)), []rune(strings.ToLower(b))
	slices.Sort(ra)
	slices.Sort(rb)
	return slices.Equal(ra, rb)
}

// inCaseOf writes a suggestion as word is written: in capitals, or capitalised.
func inCaseOf(word, sugg string) string {
	letters := strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) {
			return r
		}
		return -1
	}, word)
	if utf8.RuneCountInString(letters) > 1 && letters == strings.ToUpper(letters) {
		return strings.ToUpper(sugg)
	}
	if r, _ := utf8.DecodeRuneInString(word); unicode.IsUpper(r) {
		return title(sugg)
	}
	return sugg
}

// distance is the optimal string alignment distance of a and b (insertions, deletions,
// substitutions, swaps of adjacent runes), or max+1 when it is more than max.
func distance(a, b []rune, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		low := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			low = min(low, v)
		}
		if low > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(b)], max+1)
}
