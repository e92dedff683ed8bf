package main

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/ner"
	"github.com/glose-app/glose/annotate/textnorm"
)

// textKey is what makes two documents one text whatever file they were read from: the text as
// import reads it (NFC, LF line endings), its runs of spaces and line breaks as one space. A document
// exported to doccano and imported back, or saved on Windows, keeps its key.
func textKey(text string) string {
	norm, _ := textnorm.Normal(text)
	sum := sha256.Sum256([]byte(strings.Join(strings.Fields(norm), " ")))
	return hex.EncodeToString(sum[:])
}

// warnDevOverlap warns on w of the documents of dev whose text is also in train: scored on what it
// learnt, the model chooses its epochs and calibrates its confidences on scores that say nothing of
// new text, and a team that split its corpus by hand (or concatenated two exports) seldom notices.
// They are named by ID, or by their text's hash when they have none.
func warnDevOverlap(w io.Writer, train, dev []ner.Example, trainPath, devPath string) {
	seen := make(map[string]bool, len(train))
	for _, ex := range train {
		seen[textKey(ex.Text)] = true
	}
	var same []string
	for _, ex := range dev {
		key := textKey(ex.Text)
		if !seen[key] {
			continue
		}
		name := ex.ID
		if name == "" {
			name = "text " + key[:12]
		}
		same = append(same, name)
	}
	if len(same) == 0 {
		return
	}
	verb := "are"
	if len(same) == 1 {
		verb = "is"
	}
	fmt.Fprintf(w, "glose-cli train: warning: --dev %s: %d of its %s %s also in --train %s (the same text, line endings and spacing aside): %s;"+
		" scored on what it learnt, the model chooses its passes and confidences on scores that say nothing of new text:"+
		" leave them out of one file (glose-cli split makes disjoint train and dev sets)\n",
		docName(devPath), len(same), annotate.Plural(len(dev), "document", "documents"), verb, docName(trainPath), firstFew(same, 5))
}
