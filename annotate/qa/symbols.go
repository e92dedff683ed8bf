package qa

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/glose-app/glose/annotate/numerals"
	"github.com/glose-app/glose/internal/grapheme"
)

// What a translation drops without a word changing: an emoji, a symbol, a web or e-mail address, a
// hashtag or a handle. Numbers are the number check's (numbers.go); a symbol's English word counts
// as the symbol ("5 €": "5 euros", "25 %": "25 per cent", "n° 3": "No. 3").

// symbolWords are the symbols looked for in the French, with the English words that say them; a word
// of two ("per cent") is matched as such. '#' stands for the French "n°" (numéro).
var symbolWords = map[rune][]string{
	'€': {"euro", "euros", "eur"},
	'£': {"pound", "pounds", "gbp", "sterling"},
	'$': {"dollar", "dollars", "usd"},
	'¥': {"yen", "yuan", "renminbi"},
	'%': {"percent", "per cent", "pc", "percentage"},
	'‰': {"per mille", "per thousand", "permille"},
	'°': {"degree", "degrees"},
	'©': {"copyright"},
	'®': {"registered"},
	'™': {"trademark", "tm"},
	'№': {"no", "number", "nos", "numbers", "#"},
	'§': {"section", "sections", "paragraph", "paragraphs"},
}

// item is something of the French a translation should keep: its text as shown, the text looked for
// in the English (an emoji without its variation selectors), and its symbol for the symbols.
type item struct {
	text, key string
	symbol    rune
	address   bool // a web or e-mail address, a hashtag or a handle, looked for in any case
	at        int  // where it starts in the French
}

// droppedFrom returns, in order and once each, the items of the French src that the English en holds
// fewer times than src does.
func droppedFrom(src, en string) []string {
	items := keptItems(src)
	if len(items) == 0 {
		return nil
	}
	var enWords []string // lower-case, made at the first symbol
	enPlain, enLower := noSelectors.Replace(en), ""
	need := map[string]int{}
	for _, it := range items {
		need[it.key]++
	}
	var out []string
	for _, it := range items {
		n := need[it.key]
		if n < 0 {
			continue // looked at
		}
		need[it.key] = -1
		var have int
		switch {
		case it.symbol != 0:
			if enWords == nil {
				enWords = lowerWords(en)
			}
			have = symbolCount(en, enWords, it.symbol)
			if it.symbol == '%' {
				have += halves(src, en)
			}
		case it.address:
			if enLower == "" {
				enLower = strings.ToLower(en)
			}
			have = strings.Count(enLower, strings.ToLower(it.key))
		default:
			have = strings.Count(enPlain, it.key)
		}
		if have < n {
			out = append(out, it.text)
		}
	}
	return out
}

// noSelectors drops the variation selectors, with which an emoji is drawn as a picture or as text.
var noSelectors = strings.NewReplacer("\ufe0f", "", "\ufe0e", "")

// symbolCount counts the symbol sym in en, with the English words that say it.
func symbolCount(en string, words []string, sym rune) int {
	n := strings.Count(en, string(sym))
	if sym == '№' {
		n += strings.Count(en, "n°") + strings.Count(en, "N°")
	}
	for _, w := range symbolWords[sym] {
		first, second, two := strings.Cut(w, " ")
		for i, x := range words {
			if x == first && (!two || i+1 < len(words) && words[i+1] == second) {
				n++
			}
		}
	}
	return n
}

// halves counts the "50 %" of the French that the English says "half" (numerals.Equivalents, where
// 50 is only ever half a hundred), which keeps the percentage with its number.
func halves(src, en string) int {
	n := 0
	for _, v := range numerals.Equivalents(src, en) {
		if v == "50" {
			n++
		}
	}
	return n
}

// lowerWords returns the words of s in lower case, "#" among them.
func lowerWords(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && r != '#' })
}

// keptItems returns the items of the French s in order: its addresses, and its emoji and symbols
// outside them.
func keptItems(s string) []item {
	if !mayHoldItems(s) {
		return nil
	}
	out, in := addresses(s)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if j := inAddress(in, i); j > i {
			i = j
			continue
		}
		switch {
		case grapheme.IsEmoji(r) || grapheme.IsRegional(r):
			end := emojiEnd(s, i)
			out = append(out, item{text: s[i:end], key: noSelectors.Replace(s[i:end]), at: i})
			i = end
			continue
		case (r == '°' || r == 'º') && numero(s, i):
			out = append(out, item{text: s[i-1 : i+n], key: "№", symbol: '№', at: i - 1})
		case symbolWords[r] != nil:
			out = append(out, item{text: string(r), key: string(r), symbol: r, at: i})
		}
		i += n
	}
	slices.SortStableFunc(out, func(a, b item) int { return a.at - b.at })
	return out
}

// numero reports whether the ° (or º) at byte i of s follows an n that starts a word: "n°", "N°".
func numero(s string, i int) bool {
	if i == 0 || s[i-1] != 'n' && s[i-1] != 'N' {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(s[:i-1])
	return i == 1 || !wordRune(before)
}

// inAddress returns the end of the address of spans holding byte i, or -1.
func inAddress(spans [][2]int, i int) int {
	for _, sp := range spans {
		if sp[0] <= i && i < sp[1] {
			return sp[1]
		}
	}
	return -1
}

// mayHoldItems is a quick look for what keptItems finds: a rune other than ASCII letters, digits,
// spaces and punctuation, letters, combining marks and punctuation (French text: « », ’, é, e + U+0301,
// no-break spaces), or what starts an address.
func mayHoldItems(s string) bool {
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c == '%' || c == '$' || addressMark(s, i) {
				return true
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && !unicode.IsSpace(r) && (!unicode.IsPunct(r) || symbolWords[r] != nil) {
			return true
		}
		i += n
	}
	return false
}

// addresses returns the web and e-mail addresses, hashtags and handles of s, with their byte spans. A
// web address starts with a scheme (https://) or www.; an e-mail address is a word with @ and a dot
// after it; a hashtag or handle is # or @ and a letter at the start of a word, then letters, digits
// and _.
func addresses(s string) ([]item, [][2]int) {
	var out []item
	var spans [][2]int
	for i := 0; i < len(s); i++ {
		if !addressMark(s, i) {
			continue
		}
		start, end := i, i
		for start > 0 && !chunkEdge(s, start-1) {
			start--
		}
		for end < len(s) && !chunkEdge(s, end) {
			end++
		}
		if a, at := address(s[start:end]); a != "" {
			out = append(out, item{text: a, key: a, address: true, at: start + at})
			spans = append(spans, [2]int{start + at, start + at + len(a)})
		}
		i = end
	}
	return out, spans
}

// addressMark reports whether s[i] is what an address holds: @, #, the :// of a scheme, www.
func addressMark(s string, i int) bool {
	switch s[i] {
	case '@', '#':
		return true
	case ':':
		return strings.HasPrefix(s[i:], "://")
	case 'w', 'W':
		return i+4 <= len(s) && strings.EqualFold(s[i:i+4], "www.")
	}
	return false
}

// chunkEdge reports whether the byte s[i] ends a chunk of text an address may be: a space, < > or a
// quotation mark (« » “ ” and no-break spaces are multi-byte: their bytes all end a chunk too, which
// leaves a chunk's other runes whole).
func chunkEdge(s string, i int) bool {
	c := s[i]
	if c < utf8.RuneSelf {
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '<' || c == '>' || c == '"'
	}
	start := i
	for start > 0 && !utf8.RuneStart(s[start]) {
		start--
	}
	r, _ := utf8.DecodeRuneInString(s[start:])
	return unicode.IsSpace(r) || strings.ContainsRune("«»“”", r)
}

// address returns the address that chunk, text between spaces, holds, and where it starts in chunk.
func address(chunk string) (string, int) {
	at := len(chunk) - len(strings.TrimLeft(chunk, "([{'‘’"))
	chunk = strings.TrimRight(chunk[at:], ".,;:!?)]}'’…")
	lower := strings.ToLower(chunk)
	switch {
	case strings.HasPrefix(lower, "http://") || strings.HasPrefix(lower, "https://"):
		if len(chunk) > len("https://") {
			return chunk, at
		}
	case strings.HasPrefix(lower, "www.") && len(chunk) > 4:
		return chunk, at
	case strings.HasPrefix(chunk, "#") || strings.HasPrefix(chunk, "@"):
		if j := strings.IndexFunc(chunk[1:], func(r rune) bool { return !wordRune(r) && r != '_' }); j >= 0 {
			chunk = chunk[:j+1]
		}
		if r, _ := utf8.DecodeRuneInString(chunk[1:]); unicode.IsLetter(r) {
			return chunk, at
		}
	default:
		if i := strings.IndexByte(chunk, '@'); i > 0 && strings.Contains(chunk[i+1:], ".") && !strings.HasSuffix(chunk, ".") {
			return chunk, at
		}
	}
	return "", 0
}

// emojiEnd returns where the emoji starting at s[i] ends: with its variation selector, skin tone,
// keycap and tags, the emoji joined to it by ZWJ (👩‍💻), and a flag's second letter.
func emojiEnd(s string, i int) int {
	r, n := utf8.DecodeRuneInString(s[i:])
	end := i + n
	if grapheme.IsRegional(r) {
		if r2, n2 := utf8.DecodeRuneInString(s[end:]); grapheme.IsRegional(r2) {
			end += n2
		}
		return end
	}
	for end < len(s) {
		r, n := utf8.DecodeRuneInString(s[end:])
		switch {
		case r == 0xFE0F || r == 0xFE0E || r == 0x20E3 || r >= 0x1F3FB && r <= 0x1F3FF || r >= 0xE0020 && r <= 0xE007F:
			end += n
		case r == 0x200D:
			next, m := utf8.DecodeRuneInString(s[end+n:])
			if !grapheme.IsEmoji(next) {
				return end
			}
			end += n + m
		default:
			return end
		}
	}
	return end
}

// symbolMissing flags the translations that drop an emoji, a symbol, an address, a hashtag or a handle
// of their French.
func (r *run) symbolMissing() {
	cache := r.cfg.Cache.droppedCache().start()
	defer cache.done()
	for _, s := range r.d.Segments {
		if !translated(s) {
			continue
		}
		src := r.d.SourceText(s)
		r.addFound(cache.get(segKey{s.ID, src, s.Target, ""}, func() *Issue {
			lost := droppedFrom(src, s.Target)
			if len(lost) == 0 {
				return nil
			}
			items := strings.Join(lost, ", ")
			return &Issue{Check: SymbolMissing, Segment: s.ID, Key: "qa.symbol-missing", Args: map[string]string{"items": items},
				Message: fmt.Sprintf("The translation of %s drops %s of the source.", s.ID, items)}
		}))
	}
}
