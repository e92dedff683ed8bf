package formats

import (
	"bytes"
	"fmt"
	"strings"

	"github.com/glose-app/glose/annotate"
)

// The quality checks' warnings a translator ignored (annotate.Segment.QAIgnored) in Glose's own XLIFF,
// so that a reviewer who opens the file in Glose, or the translator who imports it back, does not
// see them again. XLIFF 2 has no place for them on a <segment>, which takes no attribute or element
// of another namespace, so each is an element of Glose's namespace at the head of its unit, which the
// core schema leaves open there (processContents="lax"):
//
//	<glose:qaIgnored segment="s2" check="number-mismatch" about="missing: 10"/>
//
// The strict XLIFF 1.2 schema wants a declaration for any element of another namespace, so XLIFF 1.2
// says it with the extension values the schema leaves open (x-...), as the rest of Glose's XLIFF 1.2
// does, in a context group of the segment's trans-unit, without a name (the schema wants the names
// of a file's context groups unique):
//
//	<context-group purpose="x-glose-qa-ignored">
//	 <context context-type="x-glose-number-mismatch">missing: 10</context></context-group>
//
// What an ignore is about is kept byte for byte: it names the English or the numbers as the checks
// worded them (qa.About), and must stay equal to that wording for the warning to stay ignored.

// qaIgnoredPurpose marks the context group of XLIFF 1.2 that holds a segment's ignored warnings.
const qaIgnoredPurpose = "x-glose-qa-ignored"

// writeQAIgnored writes the ignored warnings of a paragraph's segments at the head of its XLIFF 2
// unit, each naming its segment as the unit does.
func writeQAIgnored(b *bytes.Buffer, segs []*annotate.Segment) {
	for _, s := range segs {
		for _, ig := range s.QAIgnored {
			fmt.Fprintf(b, "   <glose:qaIgnored segment=\"%s\" check=\"%s\" about=\"%s\"/>\n",
				xmlAttr(segmentID(s)), xmlAttr(ig.Check), xmlAttr(ig.About))
		}
	}
}

// readQAIgnored gives the segments of a unit read from sd.Segs[first:] the ignored warnings of
// Glose's namespace that name them. One naming no segment of the unit (a tool split the unit again)
// or no check is left out: it would ignore nothing.
func readQAIgnored(u *xnode, segs []rawSeg) {
	for _, k := range u.Kids {
		if k.Name != "qaIgnored" || k.Space != gloseNS || k.attr("check") == "" {
			continue
		}
		id := k.attr("segment")
		for i := range segs {
			if segs[i].ID == id {
				segs[i].QAIgnored = append(segs[i].QAIgnored, annotate.QAIgnore{Check: k.attr("check"), About: k.attr("about")})
				break
			}
		}
	}
}

// writeQAIgnored12 writes a segment's ignored warnings as the context group of its XLIFF 1.2 trans-unit.
func writeQAIgnored12(b *bytes.Buffer, s *annotate.Segment) {
	if len(s.QAIgnored) == 0 {
		return
	}
	b.WriteString("     <context-group purpose=\"" + qaIgnoredPurpose + "\">")
	for _, ig := range s.QAIgnored {
		fmt.Fprintf(b, "<context context-type=\"x-glose-%s\">", xmlAttr(ig.Check))
		xmlText(b, ig.About)
		b.WriteString("</context>")
	}
	b.WriteString("</context-group>\n")
}

// readQAIgnored12 reads the ignored warnings of a trans-unit Glose wrote.
func readQAIgnored12(tu *xnode) []annotate.QAIgnore {
	var out []annotate.QAIgnore
	for _, g := range tu.Kids {
		if g.Name != "context-group" || g.attr("purpose") != qaIgnoredPurpose {
			continue
		}
		for _, c := range g.Kids {
			check, ok := strings.CutPrefix(c.attr("context-type"), "x-glose-")
			if c.Name == "context" && ok && check != "" {
				out = append(out, annotate.QAIgnore{Check: check, About: textOf(c)})
			}
		}
	}
	return out
}
