package main

import (
	"fmt"
	"io"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/textnorm"
)

// curateText is one text as the reviewers who hold it annotated it: their indices among the
// reviewers given, in order, and their documents.
type curateText struct {
	revs []int
	docs []*annotate.Document
}

// textGroups gathers the reviewers' documents by text (each reviewer's matched with every earlier
// one's, by text, else by ID, as agree pairs two folders): a text two or three reviewers hold is
// curated with them, A and C's without B included; one only one reviewer holds is left out, named
// in a warning. Documents of one ID whose texts differ are refused, saying where.
func textGroups(paths []string, sets [][]*annotate.Document, stderr io.Writer) ([]curateText, error) {
	var groups []*curateText
	in := make([][]*curateText, len(sets)) // per reviewer and document, its text's group
	for j, docs := range sets {
		in[j] = make([]*curateText, len(docs))
		for i := 0; i < j; i++ {
			if err := matchReviewer(paths, sets, in, i, j); err != nil {
				return nil, err
			}
		}
		for k, d := range docs {
			if in[j][k] == nil {
				in[j][k] = &curateText{revs: []int{j}, docs: []*annotate.Document{d}}
				groups = append(groups, in[j][k])
			}
		}
	}
	var out []curateText
	alone := make([][]string, len(sets))
	for _, g := range groups {
		if len(g.revs) > 1 {
			out = append(out, *g)
		} else {
			alone[g.revs[0]] = append(alone[g.revs[0]], g.docs[0].ID)
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("the reviewers share no document (no text nor ID in common): nothing to curate")
	}
	for r, ids := range alone {
		if len(ids) > 0 {
			fmt.Fprintf(stderr, "glose-cli curate: warning: %s: %s no other reviewer holds, left out: %s\n",
				docName(paths[r]), annotate.Plural(len(ids), "document", "documents"), firstFew(ids, 5))
		}
	}
	return out, nil
}

// matchReviewer adds reviewer j's documents to the texts of reviewer i's that j is not in yet and
// that no reviewer before i holds (those were matched with that one's).
func matchReviewer(paths []string, sets [][]*annotate.Document, in [][]*curateText, i, j int) error {
	var fromI, fromJ []int
	var idsI, textsI, idsJ, textsJ []string
	for k, g := range in[i] {
		if g.revs[0] == i && g.revs[len(g.revs)-1] != j {
			fromI, idsI, textsI = append(fromI, k), append(idsI, sets[i][k].ID), append(textsI, sets[i][k].Text)
		}
	}
	for k, g := range in[j] {
		if g == nil {
			fromJ, idsJ, textsJ = append(fromJ, k), append(idsJ, sets[j][k].ID), append(textsJ, sets[j][k].Text)
		}
	}
	pairs, _, _ := pairDocs(idsI, textsI, idsJ, textsJ)
	for _, p := range pairs {
		if textsI[p.a] != textsJ[p.b] {
			return fmt.Errorf("%s and %s: document %s holds different texts, %s; want the same documents",
				docName(paths[i]), docName(paths[j]), idsI[p.a], textnorm.Difference(textsI[p.a], textsJ[p.b]))
		}
		g, k := in[i][fromI[p.a]], fromJ[p.b]
		g.revs, g.docs = append(g.revs, j), append(g.docs, sets[j][k])
		in[j][k] = g
	}
	return nil
}
