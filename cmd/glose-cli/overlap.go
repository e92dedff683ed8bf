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

// keepLastOfEachText leaves out, of training documents that share a text (line endings and spacing
// aside, as textKey compares them), all but the last given, and warns on w of how many were given
// twice and how many of those the two versions annotate differently, naming them. A team that
// reviews articles of the data it started from gives its files after that data (--train base.jsonl
// --train reviewed/): learning both versions taught the model the names it corrected beside the
// corrections, and twice the weight to the rest.
func keepLastOfEachText(w io.Writer, exs []ner.Example, path string) []ner.Example {
	last := make(map[string]int, len(exs))
	for i, ex := range exs {
		last[textKey(ex.Text)] = i
	}
	if len(last) == len(exs) {
		return exs
	}
	kept := make([]ner.Example, 0, len(last))
	var twice, differ []string
	for i, ex := range exs {
		j := last[textKey(ex.Text)]
		if j == i {
			kept = append(kept, ex)
			continue
		}
		name := exampleName(exs[j])
		twice = append(twice, name)
		if two := ner.Composed([]ner.Example{ex, exs[j]}); two[0].Text != two[1].Text || !sameMentions(two[0].Spans, two[1].Spans) {
			differ = append(differ, name)
		}
	}
	how := "annotated alike: " + firstFew(twice, 5)
	if len(differ) > 0 {
		how = fmt.Sprintf("%d of them annotated otherwise: %s", len(differ), firstFew(differ, 5))
	}
	fmt.Fprintf(w, "glose-cli train: warning: --train %s: %s given again later (the same text, line endings and spacing aside), %s;"+
		" the last version given of each is learnt, once, so give corrected files after the data they correct\n",
		path, annotate.Plural(len(twice), "document", "documents"), how)
	return kept
}

// exampleName names a document by its ID, or by its text's hash when it has none.
func exampleName(ex ner.Example) string {
	if ex.ID != "" {
		return ex.ID
	}
	return "text " + textKey(ex.Text)[:12]
}

// sameMentions reports whether two annotations of one text hold the same mentions, in any order.
func sameMentions(a, b []ner.Mention) bool {
	if len(a) != len(b) {
		return false
	}
	seen := make(map[ner.Mention]int, len(a))
	for _, m := range a {
		seen[ner.Mention{Start: m.Start, End: m.End, Label: m.Label}]++
	}
	for _, m := range b {
		k := ner.Mention{Start: m.Start, End: m.End, Label: m.Label}
		if seen[k] == 0 {
			return false
		}
		seen[k]--
	}
	return true
}
