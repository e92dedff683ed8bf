package ner

// The rules after the tagger look up, mention after mention and pass after pass, the tokens a mention
// covers. A binary search over every token of a long document did that at a cost the profile showed
// (two searches per mention per pass); the index below answers in a few steps from the block of
// bytes the offset falls in.

// tokenBlockBits sets the size of the blocks of bytes the token index keeps one entry for: 64 bytes,
// about a dozen tokens of French text.
const tokenBlockBits = 6

// tokenBlocks returns, for each block of 1<<tokenBlockBits bytes of a text of n bytes (and one for
// offset n), the index of the first of toks starting at or after the block's first byte. toks are in
// text order.
func tokenBlocks(n int, toks []token) []int {
	blocks := make([]int, n>>tokenBlockBits+1)
	k := 0
	for i := range blocks {
		for k < len(toks) && toks[k].start < i<<tokenBlockBits {
			k++
		}
		blocks[i] = k
	}
	return blocks
}

// tokenFrom returns the index of the first token starting at or after byte b (len(d.toks) if there is
// none).
func (d *docInfo) tokenFrom(b int) int {
	if b > len(d.text) {
		return len(d.toks)
	}
	k := d.blocks[max(b, 0)>>tokenBlockBits]
	for k < len(d.toks) && d.toks[k].start < b {
		k++
	}
	return k
}
