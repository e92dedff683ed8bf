package quotes

import "strings"

// wordCount returns the number of words of s as strings.Fields cuts them, counting no further than
// limit: a quotation may run to a paragraph, and a rule asking for a few words need not count them
// all (nor allocate the slice of them).
func wordCount(s string, limit int) int {
	n := 0
	for range strings.FieldsSeq(s) {
		if n++; n >= limit {
			break
		}
	}
	return n
}

// secondWord returns the second word of s as strings.Fields cuts it, "" when there is none.
func secondWord(s string) string {
	n := 0
	for w := range strings.FieldsSeq(s) {
		if n++; n == 2 {
			return w
		}
	}
	return ""
}
