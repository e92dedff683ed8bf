package qa_test

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/ner"
	"github.com/glose-app/glose/annotate/preannotate"
	"github.com/glose-app/glose/annotate/project"
	"github.com/glose-app/glose/annotate/qa"
	"golang.org/x/text/unicode/norm"
)

// ntrexDocs builds one document per NTREX-128 article (../shared/data, CC BY-SA 4.0): each French
// sentence a paragraph and a segment, pre-annotated, with the English original as its translation.
func ntrexDocs(t *testing.T) []*annotate.Document {
	t.Helper()
	path := filepath.Join("..", "..", "..", "shared", "data", "parallel-ntrex-en-fr.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("shared data absent: %v", err)
	}
	defer f.Close()
	type pair struct {
		Doc    string `json:"doc_id"`
		EN, FR string
	}
	var order []string
	byDoc := map[string][]pair{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var p pair
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			t.Fatal(err)
		}
		if byDoc[p.Doc] == nil {
			order = append(order, p.Doc)
		}
		byDoc[p.Doc] = append(byDoc[p.Doc], p)
	}
	var docs []*annotate.Document
	for _, id := range order {
		var text strings.Builder
		var starts []int
		for i, p := range byDoc[id] {
			if i > 0 {
				text.WriteString("\n\n")
			}
			starts = append(starts, text.Len())
			text.WriteString(norm.NFC.String(strings.TrimSpace(p.FR)))
		}
		d := annotate.NewDocument(id, id, text.String(), "fr", "en")
		for i, p := range byDoc[id] {
			end := len(d.Text)
			if i+1 < len(starts) {
				end = starts[i+1] - 2
			}
			s := d.AddSegment(starts[i], end, i, annotate.KindSentence)
			s.Target, s.Status = norm.NFC.String(strings.TrimSpace(p.EN)), annotate.StatusTranslated
		}
		if err := preannotate.Run(d, preannotate.Options{}); err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// TestEntityNamesFalseAlarmsOnNTREX measures the entity-name check where every English mention is
// right: professional English news and its French translation, pre-annotated and projected as the
// app does. Every issue is a false alarm (or an entity's English name that pre-annotation guessed
// differently from the writer).
func TestEntityNamesFalseAlarmsOnNTREX(t *testing.T) {
	if testing.Short() {
		t.Skip("123 articles")
	}
	docs := ntrexDocs(t)
	opts := project.Options{Names: project.NamerFunc(ner.EnglishName)}
	only := map[string]bool{}
	for _, c := range qa.Checks() {
		only[c.ID] = c.ID != qa.NameInconsistent
	}
	var segs, mentions, unprojected, alarms, confirmed int
	for _, d := range docs {
		for _, is := range qa.Run(d, qa.Config{Disabled: only, Project: opts}) {
			if is.Key == "qa.name-inconsistent.entity" {
				unprojected++
				t.Logf("not projected: %s %s: %s", d.ID, is.Segment, is.Message)
			}
		}
		if _, err := project.Document(annotate.NewEditor(d), opts); err != nil {
			t.Fatal(err)
		}
		segs += len(d.Segments)
		for _, sp := range d.Spans {
			if sp.Side == annotate.Target && d.EntityOf(sp.ID) != nil {
				mentions++
			}
		}
		for _, is := range qa.Run(d, qa.Config{Disabled: only, Project: opts}) {
			if is.Key == "qa.name-inconsistent.entity" {
				alarms++
				t.Logf("%s %s: %s", d.ID, is.Segment, is.Message)
			}
		}
		for _, sp := range d.Spans {
			sp.Origin = annotate.Human
		}
		for _, is := range qa.Run(d, qa.Config{Disabled: only, Project: opts}) {
			if is.Key == "qa.name-inconsistent.entity" {
				confirmed++
				t.Logf("confirmed: %s %s: %s", d.ID, is.Segment, is.Message)
			}
		}
	}
	t.Logf("%d articles, %d segments, %d English entity mentions: %d entity-name issues before projection, %d as projected, %d with every suggestion accepted",
		len(docs), segs, mentions, unprojected, alarms, confirmed)
	// Measured: 0 before projection and 0 as projected; 4 with every suggestion accepted, each on a misplaced suggestion or a
	// wrong entity name (Bolivia linked as Chile, "Korean" as the United States, an entity named "D").
	if unprojected > 2 || alarms > 2 || confirmed > 8 {
		t.Errorf("%d issues before projection and %d as projected (measured 0 and 0), %d accepted (measured 4)", unprojected, alarms, confirmed)
	}
}

// TestEntityNamesCatchRenamesOnNTREX measures what the check is for: an entity renamed in English
// (one letter of one word changed, as Sergei → Sergey), its English mentions holding that word are to be
// flagged, whether projection linked them (the app) or not (a file never projected).
func TestEntityNamesCatchRenamesOnNTREX(t *testing.T) {
	if testing.Short() {
		t.Skip("123 articles")
	}
	opts := project.Options{Names: project.NamerFunc(ner.EnglishName)}
	only := map[string]bool{}
	for _, c := range qa.Checks() {
		only[c.ID] = c.ID != qa.NameInconsistent
	}
	for _, linked := range []bool{true, false} {
		var renames, want, caught, segWant, segCaught, others int
		for _, d := range ntrexDocs(t) {
			p := d.Clone()
			if _, err := project.Document(annotate.NewEditor(p), opts); err != nil {
				t.Fatal(err)
			}
			if linked {
				d = p
			}
			for _, e := range p.Entities {
				en, word := e.Names["en"], ""
				for _, w := range strings.Fields(en) {
					if len(w) > len(word) && strings.IndexFunc(w, func(r rune) bool { return r > 'z' || r < 'A' }) < 0 {
						word = w
					}
				}
				if annotate.Fold(en) == annotate.Fold(e.Names["fr"]) || len(word) < 4 {
					continue
				}
				// The English mentions holding the word, by segment, as projection found them.
				mentions := map[string]bool{}
				segs := map[string]bool{}
				for _, m := range e.Mentions {
					if sp := p.Span(m); sp != nil && sp.Side == annotate.Target && strings.Contains(p.SpanText(sp), word) {
						mentions[m], segs[sp.Segment] = true, true
					}
				}
				if len(mentions) == 0 {
					continue
				}
				target := d.Entity(e.ID)
				if target == nil {
					continue // made by projection
				}
				mid := len(word) / 2
				renamed := word[:mid] + map[bool]string{true: "a", false: "o"}[word[mid] == 'o'] + word[mid+1:]
				old := target.Names
				target.Names = map[string]string{"fr": old["fr"], "en": strings.Replace(en, word, renamed, 1)}
				renames++
				want += len(mentions)
				segWant += len(segs)
				flagged := map[string]bool{}
				for _, is := range qa.Run(d, qa.Config{Disabled: only, Project: opts}) {
					if is.Key != "qa.name-inconsistent.entity" || is.Args["expected"] != target.Names["en"] {
						continue
					}
					if !strings.Contains(is.Args["target"], word) {
						others++
						t.Logf("not the old name: %s %s: %s", d.ID, is.Segment, is.Message)
						continue
					}
					caught++
					if segs[is.Segment] {
						flagged[is.Segment] = true
					}
				}
				segCaught += len(flagged)
				for sg := range segs {
					if !flagged[sg] {
						t.Logf("missed (linked %v): %s %s, %q renamed %q: %s", linked, d.ID, sg, en, target.Names["en"], d.Segment(sg).Target)
					}
				}
				target.Names = old
			}
		}
		t.Logf("linked %v: %d renames; %d issues on the old name for %d English mentions, %d of their %d segments flagged; %d issues on other words",
			linked, renames, caught, want, segCaught, segWant, others)
		// Measured: 442 of 443 segments linked, 424 of 440 not; never another word.
		if others > 0 || float64(segCaught) < 0.9*float64(segWant) {
			t.Errorf("linked %v: %d of %d segments flagged, %d issues on other words", linked, segCaught, segWant, others)
		}
	}
}
