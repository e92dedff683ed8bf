package formats

import (
	"bufio"
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

// docStartLine is the line that opens a document in the CoNLL export, with its blank line:
// "-DOCSTART- -X- article-2 O". CoNLL-2003's own is "-DOCSTART- -X- -X- O"; the document's ID takes
// the place of the second -X- (the chunk column), where every usual reader ignores it: Hugging Face's
// conll2003 and most scripts skip a line that starts with -DOCSTART-; flair takes a sentence whose text
// is -DOCSTART- for a document boundary, and its tags from the first and last columns; spaCy's
// converter reads the last column as the tag ("O"). A fifth column or a "#" comment line would break
// them (spaCy and Hugging Face read a comment as a token). White space and "%" in the ID are written
// %XX (its UTF-8 bytes), so that the line keeps its four fields.
func docStartLine(id string) string {
	return "-DOCSTART- -X- " + escapeDocID(id) + " O\n\n"
}

func escapeDocID(id string) string {
	if id == "" {
		return "-X-"
	}
	var b strings.Builder
	for _, r := range id {
		if r != '%' && !unicode.IsSpace(r) {
			b.WriteRune(r)
			continue
		}
		for _, c := range []byte(string(r)) {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// CoNLLDocumentIDs reads back the document IDs of a CoNLL file Glose exported, in order: one for each
// -DOCSTART- line, "" for a line without one (CoNLL-2003's own "-DOCSTART- -X- -X- O").
func CoNLLDocumentIDs(data []byte) []string {
	var ids []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), len(data)+1)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) == 0 || f[0] != "-DOCSTART-" {
			continue
		}
		id := ""
		if len(f) == 4 && f[2] != "-X-" {
			id = unescapeDocID(f[2])
		}
		ids = append(ids, id)
	}
	return ids
}

func unescapeDocID(s string) string {
	if !strings.Contains(s, "%") {
		return s
	}
	var b []byte
	for i := 0; i < len(s); i++ {
		if s[i] == '%' && i+2 < len(s) {
			if c, err := strconv.ParseUint(s[i+1:i+3], 16, 8); err == nil {
				b = append(b, byte(c))
				i += 2
				continue
			}
		}
		b = append(b, s[i])
	}
	return string(b)
}
