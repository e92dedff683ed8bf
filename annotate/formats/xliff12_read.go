package formats

import (
	"strings"

	"github.com/glose-app/glose/annotate"
)

func xliff12Docs(name string, root *xnode) ([]segDoc, error) {
	var out []segDoc
	err := root.walk("file", func(f *xnode) error {
		sd := segDoc{ID: f.attr("original"), SrcLang: f.attr("source-language"), TgtLang: f.attr("target-language")}
		var none []rawSpan
		in := newInline(&none, false)
		para := 0
		err := f.walk("trans-unit", func(tu *xnode) error {
			if in.b.Len() > 0 {
				in.b.WriteString("\n\n")
			}
			xliff12Unit(tu, para, in, &sd)
			para++
			return nil
		})
		sd.Text = in.b.String()
		out = append(out, sd)
		return err
	})
	return out, err
}

func xliff12Unit(tu *xnode, para int, in *inline, sd *segDoc) {
	tgt := tu.child("target")
	status := statusOf12(tgt)
	if ss := tu.child("seg-source"); ss != nil && hasSegMrk(ss) {
		targets := map[string]string{}
		if tgt != nil {
			for _, m := range tgt.Kids {
				if m.Name == "mrk" && m.attr("mtype") == "seg" {
					t := newInline(new([]rawSpan), false)
					t.read(m)
					targets[m.attr("mid")] = t.b.String()
				}
			}
		}
		for _, k := range ss.Kids {
			if k.Name == "mrk" && k.attr("mtype") == "seg" {
				start := in.b.Len()
				in.read(k)
				sd.Segs = append(sd.Segs, rawSeg{ID: "", Start: start, End: in.b.Len(), Paragraph: para, Target: targets[k.attr("mid")], Status: status})
			} else if k.Name == "" {
				in.b.WriteString(k.Text)
			}
		}
		return
	}
	start := in.b.Len()
	if src := tu.child("source"); src != nil {
		in.read(src)
	}
	seg := rawSeg{Start: start, End: in.b.Len(), Paragraph: para, Status: status}
	if tgt != nil {
		t := newInline(new([]rawSpan), false)
		t.read(tgt)
		seg.Target = t.b.String()
	}
	sd.Segs = append(sd.Segs, seg)
}

func hasSegMrk(n *xnode) bool {
	for _, k := range n.Kids {
		if k.Name == "mrk" && k.attr("mtype") == "seg" {
			return true
		}
	}
	return false
}

func statusOf12(tgt *xnode) annotate.Status {
	if tgt == nil {
		return annotate.StatusNew
	}
	switch tgt.attr("state") {
	case "translated":
		return annotate.StatusTranslated
	case "signed-off", "final":
		return annotate.StatusReviewed
	case "new", "needs-translation":
		return annotate.StatusNew
	case "":
		if strings.TrimSpace(textOf(tgt)) != "" {
			return annotate.StatusTranslated
		}
		return annotate.StatusNew
	}
	return annotate.StatusDraft
}

func textOf(n *xnode) string {
	in := newInline(new([]rawSpan), false)
	in.read(n)
	return in.b.String()
}
