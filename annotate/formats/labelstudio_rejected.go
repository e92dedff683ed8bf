package formats

import (
	"fmt"
	"strings"

	"github.com/glose-app/glose/annotate"
)

// lsJudge is the annotation a person completed in Label Studio (it has completed_by, which Glose's
// own export never writes). Label Studio opens such an annotation with the task's predictions in it,
// so what the person left out of it was deleted: a prediction it lacks is a rejected suggestion, not
// one to review again, and a predicted relation it lacks is dropped.
type lsJudge struct {
	set     *lsNamedSet     // nil: no such annotation, and predictions stay suggestions
	regions map[string]bool // prediction regions rejected, whose relations go with them
	spans   []string        // the spans rejected, "LOC Saint-Denis", for the warning
	links   int             // the predicted relations dropped
}

// lsJudgeOf returns the judge of the annotations kept for a task: the first one completed by a person
// in Label Studio, if any.
func lsJudgeOf(people []lsNamedSet) lsJudge {
	for i := range people {
		if people[i].CompletedBy != nil {
			return lsJudge{set: &people[i], regions: map[string]bool{}}
		}
	}
	return lsJudge{}
}

// annotatedAt indexes the spans the annotations gave by place and label, so that a prediction at the
// same place with the same label is that span whatever its region ID.
func (c *lsReader) annotatedAt() map[string]string {
	at := make(map[string]string, len(c.r.Spans))
	for _, sp := range c.r.Spans {
		at[fmt.Sprintf("%d:%d:%s", sp.Start, sp.End, sp.Label)] = sp.Key
	}
	return at
}

// reject records a predicted span the judge left out as rejected.
func (c *lsReader) reject(region string, sp rawSpan) {
	c.judge.regions[region] = true
	c.r.Rejected = append(c.r.Rejected, sp)
	c.judge.spans = append(c.judge.spans, sp.Label+" "+annotate.Shorten(c.r.Text[sp.Start:sp.End], 40))
}

// keepLink reports whether a predicted relation l (between span keys) is read: without a judge,
// always; with one, when the judge has it too.
func (c *lsReader) keepLink(l rawLink) bool {
	if c.judge.set == nil {
		return true
	}
	for _, h := range c.r.Links {
		if h.Type == l.Type && h.From == l.From && h.To == l.To {
			return true
		}
	}
	c.judge.links++
	return false
}

// rejectedWarning says what the judge left out.
func (c *lsReader) rejectedWarning() {
	j := c.judge
	if j.set == nil || len(j.spans) == 0 && j.links == 0 {
		return
	}
	list := j.spans
	if len(list) > 5 {
		list = append(list[:5:5], "…")
	}
	args := map[string]any{"Annotation": j.set.n, "By": lsAnnotator(*j.set), "Spans": len(j.spans), "Links": j.links, "List": strings.Join(list, ", ")}
	msg := fmt.Sprintf("%s was completed in Label Studio without %s and %s: read as rejected suggestions", lsDescribe(*j.set),
		plural(len(j.spans), "predicted span", "predicted spans"), plural(j.links, "predicted relation", "predicted relations"))
	if len(list) > 0 {
		msg += " (" + args["List"].(string) + ")"
	}
	c.w.say(c.where, WarnPredictionsRejected, args, "%s", msg)
}
