package formats

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/glose-app/glose/annotate"
)

// lsPeople returns the annotations whose spans Glose imports: the ones Label Studio marks as ground
// truth when there are some, else every annotation not cancelled. It says what it leaves out.
func lsPeople(where string, t lsTask, w *warnings) []lsNamedSet {
	var kept, truth, others []lsNamedSet
	for k, a := range t.Annotations {
		ns := lsSetOf("annotation", k, a)
		switch {
		case a.WasCancelled:
			if n := len(a.Result); n > 0 {
				w.say(where, WarnAnnotationCancelled, map[string]any{"Annotation": k + 1, "By": lsAnnotator(ns), "N": n},
					"%s was skipped (cancelled) in Label Studio: its %s left out", lsDescribe(ns), plural(n, "result", "results"))
			}
			continue
		case a.GroundTruth:
			truth = append(truth, ns)
		default:
			others = append(others, ns)
		}
		kept = append(kept, ns)
	}
	if len(truth) == 0 || len(others) == 0 {
		return kept
	}
	w.say(where, WarnGroundTruthAlone, map[string]any{"N": len(others), "Truth": lsWhoAll(truth), "Others": lsWhoAll(others)},
		"the ground truth (%s) imported alone; %s left out: %s", lsDescribeAll(truth), plural(len(others), "other annotation", "other annotations"), lsDescribeAll(others))
	return truth
}

// lsDescribe names an annotation in messages with its Label Studio ID and annotator.
func lsDescribe(s lsNamedSet) string {
	var about []string
	if s.ID != 0 {
		about = append(about, "id "+strconv.Itoa(s.ID))
	}
	if by := lsAnnotator(s); by != "" {
		about = append(about, "by "+by)
	}
	if len(about) == 0 {
		return s.name
	}
	return s.name + " (" + strings.Join(about, ", ") + ")"
}

// lsAnnotator is who made an annotation, as the file says (an e-mail address or a user ID), or "".
func lsAnnotator(s lsNamedSet) string {
	switch by := s.CompletedBy.(type) {
	case float64:
		return strconv.FormatFloat(by, 'f', -1, 64)
	case string:
		return by
	case map[string]any:
		if e, ok := by["email"].(string); ok {
			return e
		} else if id, ok := by["id"].(float64); ok {
			return strconv.FormatFloat(id, 'f', -1, 64)
		}
	}
	return ""
}

// lsWhoAll names annotations in the Args of warnings, in words of no language: "#2 (ana@x.fr), #3".
func lsWhoAll(sets []lsNamedSet) string {
	out := make([]string, len(sets))
	for i, s := range sets {
		out[i] = "#" + strconv.Itoa(s.n)
		if by := lsAnnotator(s); by != "" {
			out[i] += " (" + by + ")"
		}
	}
	return strings.Join(out, ", ")
}

func lsDescribeAll(sets []lsNamedSet) string {
	out := make([]string, len(sets))
	for i, s := range sets {
		out[i] = lsDescribe(s)
	}
	return strings.Join(out, ", ")
}

// merge adds the annotations people made. One annotation's spans and relations are the person's. Several
// (a team's annotators on one task) are merged as an adjudicator wants them: what every annotation has
// (same offsets and label; same type between the same spans) is confirmed; what only some have becomes
// a suggestion whose confidence is the share of annotations that have it, for the reviewer to accept or
// reject. Nothing is lost, and the disagreements are exactly what Glose asks about.
func (c *lsReader) merge(people []lsNamedSet) error {
	votes := map[string]int{}  // merge key → annotations that have it
	spanAt := map[string]int{} // merge key → index in r.Spans
	linkAt := map[string]int{} // merge key → index in r.Links
	for _, p := range people {
		s, err := c.read(p, annotate.Human)
		if err != nil {
			return err
		}
		local := map[string][]string{}
		occ := map[string]int{}
		for i, sp := range s.spans {
			mk := occurrence(occ, fmt.Sprintf("%d:%d:%s", sp.Start, sp.End, sp.Label))
			j, ok := spanAt[mk]
			if !ok {
				sp.Key = c.key(s.region[i])
				j, spanAt[mk] = len(c.r.Spans), len(c.r.Spans)
				c.r.Spans = append(c.r.Spans, sp)
			} else {
				c.r.Spans[j].Note = joinNotes(c.r.Spans[j].Note, sp.Note)
			}
			votes[mk]++
			local[s.region[i]] = append(local[s.region[i]], c.r.Spans[j].Key)
		}
		c.remember(local)
		locc := map[string]int{}
		c.links(s, local, func(l rawLink) {
			mk := occurrence(locc, l.Type+"\x00"+l.From+"\x00"+l.To)
			if _, ok := linkAt[mk]; !ok {
				linkAt[mk] = len(c.r.Links)
				c.r.Links = append(c.r.Links, l)
			}
			votes[mk]++
		})
	}
	if len(people) > 1 {
		c.disagreements(people, votes, spanAt, linkAt)
	}
	return nil
}

// occurrence makes a merge key of key and how many times one annotation had it before, so that two equal
// spans in one annotation stay two (and agree with two in another).
func occurrence(occ map[string]int, key string) string {
	occ[key]++
	return key + "\x00" + strconv.Itoa(occ[key])
}

// disagreements turns what only some annotations have into suggestions, and says so.
func (c *lsReader) disagreements(people []lsNamedSet, votes, spanAt, linkAt map[string]int) {
	n := float64(len(people))
	var spans, links [2]int // [agreed, not]
	for mk, j := range spanAt {
		if v := votes[mk]; v < len(people) {
			c.r.Spans[j].Origin, c.r.Spans[j].Confidence = annotate.Auto, float64(v)/n
			spans[1]++
		} else {
			spans[0]++
		}
	}
	for mk, j := range linkAt {
		if v := votes[mk]; v < len(people) {
			c.r.Links[j].Origin, c.r.Links[j].Confidence = annotate.Auto, float64(v)/n
			links[1]++
		} else {
			links[0]++
		}
	}
	args := map[string]any{"N": len(people), "By": lsWhoAll(people), "Spans": spans[0], "Links": links[0], "SomeSpans": spans[1], "SomeLinks": links[1]}
	c.w.say(c.where, WarnAnnotationsMerged, args, "%s merged (%s): %s and %s that all of them have imported as confirmed, %s and %s that only some have as suggestions whose confidence is the share of annotations that have them",
		plural(len(people), "annotation", "annotations"), lsDescribeAll(people), plural(spans[0], "span", "spans"), plural(links[0], "relation", "relations"),
		plural(spans[1], "span", "spans"), plural(links[1], "relation", "relations"))
}

// joinNotes adds note to notes unless it is already there.
func joinNotes(notes, note string) string {
	switch {
	case note == "" || notes == note || strings.Contains(notes, "\n"+note) || strings.HasPrefix(notes, note+"\n"):
		return notes
	case notes == "":
		return note
	}
	return notes + "\n" + note
}
