package main

import (
	"github.com/glose-app/glose/annotate/preannotate"
	"github.com/glose-app/glose/annotate/textnorm"
)

// composedGold puts the texts of quotation gold in NFC with LF line endings, the quotes and their
// speakers moved to match (textnorm.Normal), as import, the recogniser and train read texts: two
// annotations of one article, one of which writes é as e + U+0301 (text copied from macOS or a PDF,
// its offsets counted so) or ends its lines with CRLF (a doccano file saved on Windows), are one text
// to agree on. Entity examples go through ner.Composed.
func composedGold(docs []preannotate.GoldDoc) {
	for i := range docs {
		compose(&docs[i].Text, func(m *textnorm.Map) {
			for k := range docs[i].Quotes {
				q := &docs[i].Quotes[k]
				q.Start, q.End = m.ComposedStart(q.Start), m.ComposedEnd(q.End)
				q.SpeakerStart, q.SpeakerEnd = m.ComposedStart(q.SpeakerStart), m.ComposedEnd(q.SpeakerEnd)
			}
		})
	}
}

// compose puts *text in NFC with LF line endings and, when that changes it, has move take the
// offsets into it along.
func compose(text *string, move func(m *textnorm.Map)) {
	if nfc, m := textnorm.Normal(*text); !m.Identity() {
		*text = nfc
		move(m)
	}
}
