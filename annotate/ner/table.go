package ner

// featureTable maps feature hashes to weight rows with open addressing (linear probing). It is
// several times faster than a Go map for the mostly unsuccessful lookups of recognition. A slot keeps
// only the top 32 bits of the hash as a fingerprint (the slot's position comes from all 64 bits), so
// an unknown feature is mistaken for a known one with a probability of about 2^-32 per lookup.
//
// tags holds a byte of each slot's fingerprint (0 for an empty slot), an eighth of the slots' size:
// 256 KB for the shipped model, which stays in a core's cache where the 2 MB of slots do not. A lookup
// walks the tags and reads a slot only where its tag matches, so most unknown features, the commonest
// lookups, cost no read from memory; the answer is the same as walking the slots.
type featureTable struct {
	slots []slot
	tags  []uint8
	mask  uint64
}

// tagOf is the byte of fingerprint fp kept in tags, never 0.
func tagOf(fp uint32) uint8 { return uint8(fp) | 1 }

// slot is 8 bytes: fingerprint (0 marks an empty slot) and row.
type slot struct {
	fp  uint32
	row int32
}

func newFeatureTable(n int) *featureTable {
	size := 1
	for size < 2*n+1 {
		size <<= 1
	}
	return &featureTable{slots: make([]slot, size), tags: make([]uint8, size), mask: uint64(size - 1)}
}

func split(h uint64) (uint64, uint32) {
	fp := uint32(h >> 32)
	if fp == 0 {
		fp = 1
	}
	return (h * 0x9e3779b97f4a7c15) >> 24, fp
}

// put records the row of hash h; later puts of the same hash win.
func (t *featureTable) put(h uint64, row int32) {
	pos, fp := split(h)
	for i := pos & t.mask; ; i = (i + 1) & t.mask {
		if t.slots[i].fp == 0 || t.slots[i].fp == fp {
			t.slots[i], t.tags[i] = slot{fp, row}, tagOf(fp)
			return
		}
	}
}

// get returns the row of hash h.
func (t *featureTable) get(h uint64) (int32, bool) {
	pos, fp := split(h)
	tag := tagOf(fp)
	for i := pos & t.mask; ; i = (i + 1) & t.mask {
		switch t.tags[i] {
		case 0:
			return 0, false
		case tag:
			if s := t.slots[i]; s.fp == fp {
				return s.row, true
			}
		}
	}
}
