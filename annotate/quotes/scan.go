package quotes

import (
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

func decode(text string, i int) (rune, int) { return utf8.DecodeRuneInString(text[i:]) }

func decodeLast(text string, end int) (rune, int) { return utf8.DecodeLastRuneInString(text[:end]) }

func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u202f' || r == '\u00a0' }

func skipSpaces(text string, i, end int) int {
	for i < end {
		r, n := decode(text, i)
		if !isSpace(r) {
			break
		}
		i += n
	}
	return i
}

// dashLen returns the length of a dialogue dash at i (—, –, --), or 0.
func dashLen(text string, i, end int) int {
	r, n := decode(text, i)
	switch {
	case r == '—' || r == '–':
		return n
	case r == '-' && i+1 < end && text[i+1] == '-':
		return 2
	}
	return 0
}

// scan finds the quote parts line by line.
func (f *finder) scan() {
	f.lines = splitLines(f.text)
	f.stray = strayOpenings(f.text, f.lines)
	open := -1 // group of a « … still open at the end of the previous line
	for li, ln := range f.lines {
		pos := skipSpaces(f.text, ln.Start, ln.End)
		if pos >= ln.End {
			continue // blank lines separate paragraphs without closing anything
		}
		if open >= 0 {
			switch {
			case hyphenTurn(f.text, pos, ln.End) > 0: // "- Et si elle est pas là ? s’exclame le prévenu.": another voice
				pos = f.guillemet(li, pos, ln.End, f.newGroup(dash, li, true), &open)
			case reopens(f.text, pos, ln.End):
				pos = f.guillemet(li, pos, ln.End, open, &open)
			case f.goesOnUnopened(open, pos, ln.End): // « … .\n\nTout le monde a contribué. »
				pos = f.guillemetPart(pos, pos, ln.End, open, &open)
			default:
				open = -1
			}
		}
		f.scanLine(li, pos, ln.End, &open)
	}
}

// goesOnUnopened reports whether the paragraph text[pos:end] goes on with the quotation of group g,
// left open at the end of the paragraph before, though no mark reopens it: its only guillemet is the
// » that ends it, and g's last part left one quotation open, not one nested in another.
func (f *finder) goesOnUnopened(g, pos, end int) bool {
	line := f.text[pos:end]
	k := strings.Index(line, "»")
	if k < 0 || strings.Contains(line, "«") || strings.Count(line, "»") > 1 || !endsLine(f.text, pos+k+len("»"), end) {
		return false
	}
	if len(f.parts) == 0 || f.parts[len(f.parts)-1].group != g {
		return false
	}
	last := f.parts[len(f.parts)-1]
	depth := 0
	for i := last.Start; i < last.End; i++ {
		switch {
		case strings.HasPrefix(f.text[i:], "«") && !f.stray[i]:
			depth++
		case strings.HasPrefix(f.text[i:], "»"):
			depth--
		}
	}
	return depth == 1
}

// closesUnopened reports whether a » comes in line before any «: the line goes on with a quotation
// left open before it, though no mark reopens it.
func closesUnopened(line string) bool {
	closing, opening := strings.Index(line, "»"), strings.Index(line, "«")
	return closing >= 0 && (opening < 0 || closing < opening)
}

// scanLine looks for quotes in text[i:end], which lies in line li.
func (f *finder) scanLine(li, i, end int, open *int) {
	lineStart := i
	for i < end {
		r, n := decode(f.text, i)
		if d := dashLen(f.text, i, end); d > 0 && f.turnStart(lineStart, i, end, d) {
			i = f.dashTurn(li, lineStart, i, end, d, open)
			continue
		}
		switch r {
		case '«':
			if f.stray[i] {
				break
			}
			g := f.newGroup(guillemet, li, i == lineStart)
			i = f.guillemetFrom(li, i, i, end, g, open)
			continue
		case '“':
			if k := mixedClosing(f.text, i+n, end); k > 0 { // “ … », a pair typed with two keyboards
				g := f.newGroup(guillemet, li, i == lineStart)
				f.add(i, k, g, guillemet)
				i = k
				continue
			}
			i = f.pair(li, i, n, end, "”")
			continue
		case '"':
			if markShape(f.text, i) == closing {
				break // "mot", : faces left, so closes a quotation opened on an earlier line, never opens one
			}
			i = f.pair(li, i, n, end, `"`)
			continue
		}
		i += n
	}
}

// dashTurn reads the dash of d bytes at i that may open a turn of speech in line li, which starts at
// lineStart, and returns where the scan of the line goes on: after a « … » right after the dash,
// inside the turn, or at end when the line is a signature.
func (f *finder) dashTurn(li, lineStart, i, end, d int, open *int) int {
	j := skipSpaces(f.text, i+d, end)
	if strings.HasPrefix(f.text[j:end], "«") {
		g := f.newGroup(guillemet, li, i == lineStart)
		return f.guillemetFrom(li, i, j, end, g, open)
	}
	turnEnd := f.turnEnd(i+d, end)
	if i == lineStart && (byline(f.text[i+d:turnEnd]) || nameLine(f.text[i+d:turnEnd]) || f.caption(li, f.text[i+d:turnEnd])) {
		return end // "— Barack Obama, président des États-Unis": a signature, not speech
	}
	if i != lineStart && !exclaims(f.text[i:min(turnEnd, i+120)]) {
		return i + d // a dash after a sentence inside narration: speech only if it exclaims or asks
	}
	g := f.newGroup(dash, li, i == lineStart)
	f.add(i, turnEnd, g, dash)
	return i + d // keep scanning inside the turn for « … »
}

// guillemetFrom adds the part of group g that starts at start with its « at mark.
func (f *finder) guillemetFrom(li, start, mark, end, g int, open *int) int {
	return f.guillemetPart(start, mark+len("«"), end, g, open)
}

// guillemet continues the open group g on a new line starting at pos with its reopening mark.
func (f *finder) guillemet(li, pos, end, g int, open *int) int {
	after := pos
	if d := dashLen(f.text, pos, end); d > 0 {
		after = skipSpaces(f.text, pos+d, end)
	} else if h := hyphenTurn(f.text, pos, end); h > 0 {
		pos, after = pos+h, pos+h // the hyphen is typed punctuation, not the dash a turn's part keeps
	}
	if r, n := decode(f.text, after); r == '«' || r == '»' {
		after += n
	}
	return f.guillemetPart(pos, after, end, g, open)
}

// guillemetPart adds a part from start, searching the closing » from i; it sets *open to g when the
// line ends first, else to -1. It returns where scanning resumes.
func (f *finder) guillemetPart(start, i, end, g int, open *int) int {
	depth, from := 1, i
	for i < end {
		r, n := decode(f.text, i)
		i += n
		switch r {
		case '«':
			if !f.stray[i-n] {
				depth++
			}
		case '»':
			depth--
			if depth == 0 {
				f.add(start, i, g, guillemet)
				*open = -1
				return i
			}
		}
	}
	if k := curlyClosing(f.text, from, end); depth == 1 && k > 0 { // « … ”, a pair typed with two keyboards
		f.add(start, k, g, guillemet)
		*open = -1
		return k
	}
	f.add(start, end, g, guillemet)
	*open = g
	return end
}

// curlyClosing returns the offset after the last ” in text[from:end], the rest of a line where a «
// opened before from finds no », when no “ opens before it and no letter follows it: the ” closes the
// «. Else 0.
func curlyClosing(text string, from, end int) int {
	k := strings.LastIndex(text[from:end], "”")
	if k < 0 || strings.Contains(text[from:from+k], "“") {
		return 0
	}
	k += from + len("”")
	if k < end {
		if r, _ := decode(text, k); unicode.IsLetter(r) {
			return 0
		}
	}
	return k
}

// pair adds an English-style quote from the mark at i to the closing mark in the same line.
func (f *finder) pair(li, i, n, end int, closing string) int {
	j := i + n
	for j < end {
		r, m := decode(f.text, j)
		if string(r) == closing {
			g := f.newGroup(english, li, i == skipSpaces(f.text, f.lines[li].Start, end))
			f.add(i, j+m, g, english)
			return j + m
		}
		j += m
	}
	return i + n
}

// mixedClosing returns the offset after the » that closes a “ opened just before i in a text quoting in
// guillemets, when no ” comes on the line and no « opens before that »; else 0.
func mixedClosing(text string, i, end int) int {
	line := text[i:end]
	if strings.Contains(line, "”") {
		return 0
	}
	k := strings.Index(line, "»")
	if k < 0 || strings.Contains(line[:k], "«") {
		return 0
	}
	return i + k + len("»")
}

// turnStart reports whether the dash at i opens a line of dialogue: at the line start, or after a
// sentence end and followed by a capital or «.
func (f *finder) turnStart(lineStart, i, end, d int) bool {
	if i == lineStart {
		return true
	}
	r, _ := decodeLast(f.text, i)
	if !isSpace(r) {
		return false
	}
	k := i
	for k > lineStart {
		r, n := decodeLast(f.text, k)
		if !isSpace(r) {
			break
		}
		k -= n
	}
	p, _ := decodeLast(f.text, k)
	if k == lineStart || !(p == '.' || p == '!' || p == '?' || p == '…' || p == '»') {
		return false
	}
	j := skipSpaces(f.text, i+d, end)
	if j >= end {
		return false
	}
	r2, _ := decode(f.text, j)
	return unicode.IsUpper(r2) || r2 == '«'
}

// turnEnd is where a dialogue turn starting after i ends: the next turn's dash or the line end.
func (f *finder) turnEnd(i, end int) int {
	lineStart := i
	for i < end {
		if d := dashLen(f.text, i, end); d > 0 && f.turnStart(lineStart-1, i, end, d) {
			return i
		}
		_, n := decode(f.text, i)
		i += n
	}
	return end
}

// pruneNested drops « … » parts lying inside a dialogue turn (quoted words within the speech).
func (f *finder) pruneNested() {
	var turns []Span
	for _, p := range f.parts {
		if p.kind == dash {
			turns = append(turns, p.Span)
		}
	}
	if len(turns) == 0 {
		return
	}
	sort.Slice(turns, func(i, j int) bool { return turns[i].Start < turns[j].Start })
	keep := f.parts[:0]
	for _, p := range f.parts {
		if p.kind != dash && inside(p.Span, turns) {
			continue
		}
		keep = append(keep, p)
	}
	f.parts = keep
}

// inside reports whether s lies within one of the turns, which are sorted and do not overlap.
func inside(s Span, turns []Span) bool {
	i := sort.Search(len(turns), func(i int) bool { return turns[i].Start > s.Start }) - 1
	return i >= 0 && s.End <= turns[i].End
}

func exclaims(s string) bool { return strings.ContainsAny(s, "?!") }

// byline reports whether a line after a dash is only a name, a comma and a role: two or more capitalised
// words, then a comma and a capitalised word, a determiner or a person noun, at most twelve words and
// no sentence punctuation.
func byline(s string) bool {
	s = strings.TrimSuffix(strings.TrimSpace(s), ".") // "— Donald Trump, Président élu."
	if strings.ContainsAny(s, ".!?…;:«»\"“”") {
		return false
	}
	name, role, ok := strings.Cut(s, ",")
	if !ok || len(strings.Fields(s)) > 12 || !bylineName(name) {
		return false
	}
	return bylineRole(strings.Fields(role))
}

// bylineName reports whether the part of a byline before its comma is a name of two to four words,
// capitalised or particles ("Jean de La Fontaine").
func bylineName(name string) bool {
	words := strings.Fields(name)
	if len(words) < 2 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if !isUpperStart(w) && !particles[lower(w)] {
			return false
		}
	}
	return true
}

// bylineRole reports whether the words of a byline after its comma are a role: no finite verb, and a
// first word that is capitalised, a determiner or a person noun ("président des États-Unis").
func bylineRole(r []string) bool {
	if len(r) == 0 {
		return false
	}
	for _, w := range r { // "— Jean Valjean, répondit-il": a turn, not a credit
		if _, _, inv := splitInversion(w); inv || lexicon()[lower(w)].class == finite && lexicon()[lower(w)].lemma != "" {
			return false
		}
	}
	return isUpperStart(r[0]) || determiners[lower(r[0])] || personNouns[lower(r[0])] || agentNoun(lower(r[0])) ||
		lower(r[0]) == "propriétaire" || datedRole(r)
}

// datedRole reports whether a byline's role is a date ("— Donald Trump, 22 décembre 2016"): a day
// number and a month, or a month and a year.
func datedRole(r []string) bool {
	if len(r) < 2 || len(r) > 4 {
		return false
	}
	i := 0
	if _, err := strconv.Atoi(strings.TrimSuffix(r[0], "er")); err == nil {
		i = 1
	}
	return monthNames[lower(r[i])]
}

var monthNames = map[string]bool{
	"janvier": true, "février": true, "mars": true, "avril": true, "mai": true, "juin": true, "juillet": true,
	"août": true, "septembre": true, "octobre": true, "novembre": true, "décembre": true,
}
