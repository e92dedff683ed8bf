package formats

import (
	"fmt"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// codesClient writes a translation tool's XLIFF file (XLIFF 2, or 1.2 when v12) of n units whose
// sources hold inline codes: a bold name, a line break, an italic word inside a quotation.
func codesClient(n int, v12 bool) []byte {
	var b strings.Builder
	if v12 {
		b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="big.html" source-language="fr-FR" target-language="en-GB" datatype="html"><body>` + "\n")
	} else {
		b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="fr-FR" trgLang="en-GB"><file id="f1">` + "\n")
	}
	for i := range n {
		if v12 {
			fmt.Fprintf(&b, `<trans-unit id="u%d"><source>Le ministre <g id="1" ctype="bold">Sergueï Lavrov</g> a déclaré :<x id="2" ctype="lb"/>« Nous <bpt id="3">&lt;i></bpt>refusons<ept id="3">&lt;/i></ept> cela » à Moscou, n° %d.</source></trans-unit>`+"\n", i, i)
			continue
		}
		fmt.Fprintf(&b, `<unit id="u%d"><originalData><data id="d1">&lt;b></data><data id="d2">&lt;/b></data><data id="d3">&lt;br/></data><data id="d4">&lt;i></data><data id="d5">&lt;/i></data></originalData>`+
			`<segment><source>Le ministre <pc id="1" dataRefStart="d1" dataRefEnd="d2">Sergueï Lavrov</pc> a déclaré :<ph id="2" dataRef="d3"/>« Nous <sc id="3" dataRef="d4"/>refusons<ec startRef="3" dataRef="d5"/> cela » à Moscou, n° %d.</source></segment></unit>`+"\n", i, i)
	}
	if v12 {
		b.WriteString("</body></file></xliff>\n")
	} else {
		b.WriteString("</file></xliff>\n")
	}
	return []byte(b.String())
}

// BenchmarkMergeCodes exports, merged back into the tool's file, a document of 3000 units with inline
// codes, every one translated.
func BenchmarkMergeCodes(b *testing.B) {
	for _, v12 := range []bool{false, true} {
		name, format := "xliff2", "xliff"
		if v12 {
			name, format = "xliff12", "xliff12"
		}
		b.Run(name, func(b *testing.B) {
			data := codesClient(3000, v12)
			docs, _, err := Read("big.xlf", data, ReadOptions{})
			if err != nil {
				b.Fatal(err)
			}
			for _, s := range docs[0].Segments {
				s.Target = fmt.Sprintf("Minister Sergei Lavrov said: « We refuse that » in Moscow, no. %s.", s.Unit[1:])
				s.Status = annotate.StatusTranslated
			}
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := Write(format, docs, WriteOptions{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
