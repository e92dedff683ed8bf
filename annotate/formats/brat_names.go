package formats

import (
	"fmt"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/glose-app/glose/annotate"
)

// bratTargetSuffix ends the file name of a target view, whose ID ends with "#target".
const bratTargetSuffix = ".target"

// bratFileName is the name (without extension) of the files of a view: the document ID with every
// character but letters, digits, "-", "_" and inner dots written as %XX (UTF-8 bytes), so that names are
// safe on every file system, never hidden, distinct for distinct IDs, and read back by bratDocID.
func bratFileName(v *view) string {
	id := v.Doc.ID
	var b strings.Builder
	for i, r := range id {
		inner := i > 0 && i+1 < len(id)
		if r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' && inner {
			b.WriteRune(r)
			continue
		}
		var buf [utf8.UTFMax]byte
		for _, c := range buf[:utf8.EncodeRune(buf[:], r)] {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	name := b.String()
	if name == "" {
		name = "document"
	}
	if s, ok := strings.CutSuffix(name, bratTargetSuffix); ok { // keep it apart from a target view's name
		name = s + "%2E" + bratTargetSuffix[1:]
	}
	if windowsReserved(name) {
		name = fmt.Sprintf("%%%02X", name[0]) + name[1:]
	}
	if v.Side == annotate.Target {
		name += bratTargetSuffix
	}
	return name
}

// bratDocID gives back the ID bratFileName wrote into a file name. Names written by other tools are
// taken as they are, unless they hold %XX escapes.
func bratDocID(stem string) string {
	target := false
	if s, ok := strings.CutSuffix(stem, bratTargetSuffix); ok {
		stem, target = s, true
	}
	// macOS may store names decomposed. bratFileName escapes combining marks, so a bare one comes from
	// the file system and NFC composes it back with its letter.
	stem = norm.NFC.String(stem)
	id, err := url.PathUnescape(stem)
	if err != nil || id == "" {
		id = stem
	}
	if target {
		id += "#target"
	}
	return id
}

// bratFileNames names the files of every view. Names differ only in case when IDs do, which Windows and
// macOS do not tell apart: the later view gets a numbered name, with a warning, since its ID will not
// come back; so does a document without an ID.
func bratFileNames(vs []*view, w *warnings) []string {
	names := make([]string, len(vs))
	taken := map[string]bool{}
	for i, v := range vs {
		name := bratFileName(v)
		base := name
		for k := 2; taken[strings.ToLower(name)]; k++ {
			name = fmt.Sprintf("%s~%d", base, k)
		}
		switch {
		case name != base:
			w.say(v.ID, WarnFileNameTaken, map[string]any{"Name": name, "Taken": base, "ID": bratDocID(name)}, "written as %s.ann and %s.txt, as %s.ann is taken by an ID that differs only in case (Windows and macOS do not tell them apart): its import gives it the ID %q", name, name, base, bratDocID(name))
		case v.Doc.ID == "":
			w.say(v.ID, WarnNoDocumentID, map[string]any{"Name": name, "ID": bratDocID(name)}, "the document has no ID: written as %s.ann and %s.txt, its import gives it the ID %q", name, name, bratDocID(name))
		}
		taken[strings.ToLower(name)] = true
		names[i] = name
	}
	return names
}
