package typo

import (
	"strings"
	"testing"
)

// BenchmarkEnglishQuotes converts text with a quotation every 100 bytes, its closing guillemet after a
// no-break space as French writes it: a long segment (20 KB) and a long document's worth (200 KB). The
// cost of each closing quote must not grow with the text before it.
func BenchmarkEnglishQuotes(b *testing.B) {
	unit := "Le ministre a répondu : « Nous verrons bien\u00a0», puis il est parti sans un mot de plus. "
	unit += strings.Repeat("x", 100-len(unit)%100)
	for _, size := range []struct {
		name  string
		bytes int
	}{{"20KB", 20 << 10}, {"200KB", 200 << 10}} {
		s := strings.Repeat(unit, size.bytes/len(unit))
		b.Run(size.name, func(b *testing.B) {
			b.SetBytes(int64(len(s)))
			for range b.N {
				English(s)
			}
		})
	}
}
