package formats

import (
	"encoding/xml"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// symbolFont maps the codes of the Symbol font (Adobe's Symbol encoding) whose glyph is not the ASCII
// character of the same code to Unicode: Greek letters, mathematical signs, arrows, the degree sign.
// Word's Insert › Symbol writes them as w:sym with the font's code.
var symbolFont = func() map[int]rune {
	m := map[int]rune{0x22: '∀', 0x24: '∃', 0x27: '∋', 0x2A: '∗', 0x2D: '−', 0x40: '≅', 0x5C: '∴', 0x5E: '⊥', 0x7E: '∼'}
	for from, runes := range map[int]string{
		0x41: "ΑΒΧΔΕΦΓΗΙϑΚΛΜΝΟΠΘΡΣΤΥςΩΞΨΖ", 0x61: "αβχδεφγηιϕκλμνοπθρστυϖωξψζ",
		0xA0: "€ϒ′≤⁄∞ƒ♣♦♥♠↔←↑→↓°±″≥×∝∂•÷≠≡≈…⏐⎯↵ℵℑℜ℘⊗⊕∅∩∪⊃⊇⊄⊂⊆∈∉∠∇®©™∏√⋅¬∧∨⇔⇐⇑⇒⇓◊〈®©™∑",
		0xF1: "〉∫",
	} {
		for i, r := range []rune(runes) {
			m[from+i] = r
		}
	}
	return m
}()

// docxSymbol is the text of a w:sym, a character of a font given by its code: of the Symbol font, the
// Unicode character of its glyph; of a text font, the character of that code (Word writes the codes
// of a symbol font from U+F000). A pictogram of another symbol font (Wingdings) has no character, and
// gives a space rather than joining the words around it.
func docxSymbol(t xml.StartElement) string {
	code, err := strconv.ParseUint(attr(t, "char"), 16, 32)
	if err != nil {
		return ""
	}
	font := strings.ToLower(attr(t, "font"))
	if code >= 0xF000 && code <= 0xF0FF {
		code -= 0xF000
		if font != "symbol" {
			return " "
		}
	}
	if font == "symbol" {
		if r, ok := symbolFont[int(code)]; ok {
			return string(r)
		}
		if code >= 0x20 && code < 0x7F {
			return string(rune(code))
		}
		return " "
	}
	if r := rune(code); utf8.ValidRune(r) && !unicode.IsControl(r) && !unicode.Is(unicode.Co, r) {
		return string(r)
	}
	return " "
}
