package grapheme

// IsEmoji reports whether r is an emoji's first rune (pictographs, dingbats, the symbols drawn as
// emoji); regional indicators (flags) are apart (IsRegional), and skin tones, which only extend an
// emoji, are not. The QA check of dropped symbols and the sentence splitter (an emoji after "!" belongs
// to the sentence it ends) share it.
func IsEmoji(r rune) bool {
	switch {
	case r >= 0x1F3FB && r <= 0x1F3FF: // skin tones extend an emoji
		return false
	case r >= 0x1F000 && r <= 0x1FAFF && !IsRegional(r), r >= 0x2600 && r <= 0x27BF, r >= 0x2B05 && r <= 0x2B55,
		r >= 0x231A && r <= 0x23FA, r == 0x3030, r == 0x303D, r == 0x3297, r == 0x3299:
		return true
	}
	return false
}

// IsRegional reports a regional indicator letter, two of which make a flag (🇫🇷).
func IsRegional(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }
