package curate

import (
	"fmt"
	"strings"

	"github.com/glose-app/glose/annotate"
)

// grouping is how the output and each reviewer file the output's entity mentions: mentions[k] is the
// output's span, out[k] its entity, theirs[i][k] reviewer i's entity of the span at its place (nil
// when reviewer i has no span there or files it under no entity).
type grouping struct {
	mentions []*annotate.Span
	out      []*annotate.Entity
	theirs   [][]*annotate.Entity
}

// groupings compares how each reviewer groups mentions into entities with how the output does (the
// first reviewer's grouping, a mention only another gave filed with its siblings): for each set of the
// output's entities that a reviewer's grouping joins or splits (one files "M. Dupont" with "Jean
// Dupont", the other apart), a note on the document says each reviewer's entities, in braces, and
// whose are kept, with a warning; the adjudicator merges or moves mentions in the Entities tab, then
// deletes the note. Only the mentions a reviewer holds are compared: one he did not give is a
// disputed span already. The document stays valid either way: each mention has one entity.
func (m *merger) groupings() {
	g := m.grouping()
	m.regrouped = map[*annotate.Entity][]bool{}
	for _, comp := range g.components() {
		kept := -1 // the first reviewer grouped as the output is
		differ := false
		for i := range m.revs {
			if !g.same(i, comp) {
				differ = true
			} else if kept < 0 {
				kept = i
			}
		}
		if !differ {
			continue
		}
		for _, k := range comp {
			if m.regrouped[g.out[k]] == nil {
				m.regrouped[g.out[k]] = make([]bool, len(m.revs))
			}
			for i := range m.revs {
				m.regrouped[g.out[k]][i] = m.regrouped[g.out[k]][i] || !g.same(i, comp)
			}
		}
		name := m.revs[max(kept, 0)].Name
		m.out.Notes = append(m.out.Notes, m.curationNote(m.p.f(m.p.grouped, m.groupViews(m.p, g, comp), name)))
		m.warn("%s", english.f(english.grouped, m.groupViews(english, g, comp), name))
	}
}

// grouping gathers the output's mentions of entities and their entities, the output's and each
// reviewer's: a reviewer's where it gives the mention the same label (another label is another
// entity's type, a disputed span already).
func (m *merger) grouping() *grouping {
	g := &grouping{theirs: make([][]*annotate.Entity, len(m.revs))}
	for _, sp := range m.out.Spans {
		e := m.out.EntityOf(sp.ID)
		if e == nil {
			continue
		}
		g.mentions, g.out = append(g.mentions, sp), append(g.out, e)
		for i, r := range m.revs {
			g.theirs[i] = append(g.theirs[i], m.theirEntity(r.Doc, sp.ID))
		}
	}
	return g
}

// components returns the mentions (their indices) of each set of output entities that some reviewer's
// entities join, in reading order.
func (g *grouping) components() [][]int {
	root := make([]int, len(g.mentions)) // union-find over mentions
	for k := range root {
		root[k] = k
	}
	find := func(k int) int {
		for root[k] != k {
			k = root[k]
		}
		return k
	}
	join := func(a, b int) { root[find(b)] = find(a) }
	first := map[*annotate.Entity]int{}
	for k, e := range g.out {
		if f, ok := first[e]; ok {
			join(f, k)
		} else {
			first[e] = k
		}
	}
	for _, th := range g.theirs {
		seen := map[*annotate.Entity]int{}
		for k, e := range th {
			if f, ok := seen[e]; e != nil && ok {
				join(f, k)
			} else if e != nil {
				seen[e] = k
			}
		}
	}
	var out [][]int
	at := map[int]int{}
	for k := range g.mentions {
		r := find(k)
		if _, ok := at[r]; !ok {
			at[r] = len(out)
			out = append(out, nil)
		}
		out[at[r]] = append(out[at[r]], k)
	}
	return out
}

// same reports whether reviewer i groups the mentions of comp that it holds as the output does.
func (g *grouping) same(i int, comp []int) bool {
	th := g.theirs[i]
	for a, x := range comp {
		for _, y := range comp[a+1:] {
			if th[x] != nil && th[y] != nil && (g.out[x] == g.out[y]) != (th[x] == th[y]) {
				return false
			}
		}
	}
	return true
}

// groupViews says each reviewer's entities over comp's mentions: `alice {“Rachel Lambert”, “Rachel”
// ×2}; bob {“Rachel Lambert”} {“Rachel” ×2}`.
func (m *merger) groupViews(p *phrases, g *grouping, comp []int) string {
	var views []string
	for i, r := range m.revs {
		var order []*annotate.Entity
		words := map[*annotate.Entity][]string{}
		for _, k := range comp {
			e := g.theirs[i][k]
			if e == nil {
				continue
			}
			if words[e] == nil {
				order = append(order, e)
			}
			words[e] = append(words[e], m.out.SpanText(g.mentions[k]))
		}
		var sets []string
		for _, e := range order {
			sets = append(sets, "{"+counted(p, words[e])+"}")
		}
		if len(sets) == 0 {
			sets = []string{p.none}
		}
		views = append(views, r.Name+" "+strings.Join(sets, " "))
	}
	return strings.Join(views, p.sep)
}

// counted lists words each once, in order, quoted, with how many times when more than once.
func counted(p *phrases, words []string) string {
	var order []string
	n := map[string]int{}
	for _, w := range words {
		if n[w]++; n[w] == 1 {
			order = append(order, w)
		}
	}
	out := make([]string, len(order))
	for i, w := range order {
		out[i] = p.q(annotate.Shorten(w, 40))
		if n[w] > 1 {
			out[i] += fmt.Sprintf(" ×%d", n[w])
		}
	}
	return strings.Join(out, ", ")
}
