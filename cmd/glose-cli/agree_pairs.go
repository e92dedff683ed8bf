package main

import (
	"fmt"
	"io"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/textnorm"
)

// docPair is a document of annotation A and the same document in annotation B, by their indices.
type docPair struct{ a, b int }

// pairDocs matches the documents of two annotations, each given by its IDs and texts (as import
// reads them): each document of A, in its order, with the first unmatched one of B holding the same
// text, else with the one of B of its ID, whose text then differs (the caller says where). Two
// annotators' folders or exports seldom hold the same documents in the same order: each reviewed a
// share of the articles, a few of them twice. The documents of one side only are returned apart.
func pairDocs(idsA, textsA, idsB, textsB []string) (pairs []docPair, onlyA, onlyB []int) {
	byText := map[string][]int{}
	for j, t := range textsB {
		byText[t] = append(byText[t], j)
	}
	used := make([]bool, len(textsB))
	matched := make([]int, len(textsA))
	for i, t := range textsA {
		matched[i] = -1
		if js := byText[t]; len(js) > 0 {
			matched[i], used[js[0]], byText[t] = js[0], true, js[1:]
		}
	}
	byID := map[string]int{}
	for j, id := range idsB {
		if _, seen := byID[id]; !used[j] && id != "" && !seen {
			byID[id] = j
		}
	}
	for i, id := range idsA {
		if j, ok := byID[id]; ok && matched[i] < 0 && !used[j] {
			matched[i], used[j] = j, true
		}
	}
	for i, j := range matched {
		if j < 0 {
			onlyA = append(onlyA, i)
		} else {
			pairs = append(pairs, docPair{i, j})
		}
	}
	for j, u := range used {
		if !u {
			onlyB = append(onlyB, j)
		}
	}
	return pairs, onlyA, onlyB
}

// checkPairs (for the command cmd) refuses two annotations that share no document, and pairs of one ID whose texts differ,
// saying where (the document's place in A and its ID); it warns on w of the documents of one side
// only, which are left out of the comparison, naming the first ones.
func checkPairs(w io.Writer, cmd, pathA, pathB string, idsA, textsA, idsB, textsB []string, pairs []docPair, onlyA, onlyB []int) error {
	for _, p := range pairs {
		if textsA[p.a] != textsB[p.b] {
			return fmt.Errorf("%s and %s: document %d (%s) holds different texts, %s; want the same documents",
				docName(pathA), docName(pathB), p.a+1, idsA[p.a], textnorm.Difference(textsA[p.a], textsB[p.b]))
		}
	}
	if len(pairs) == 0 {
		msg := fmt.Sprintf("%s and %s share no document (%s and %s, no text nor ID in common)", docName(pathA), docName(pathB),
			annotate.Plural(len(textsA), "document", "documents"), annotate.Plural(len(textsB), "document", "documents"))
		if len(textsA) > 0 && len(textsB) > 0 {
			msg += fmt.Sprintf("; the first ones differ %s", textnorm.Difference(textsA[0], textsB[0]))
		}
		return fmt.Errorf("%s", msg)
	}
	for _, side := range []struct {
		path  string
		ids   []string
		only  []int
		other string
	}{{pathA, idsA, onlyA, pathB}, {pathB, idsB, onlyB, pathA}} {
		if len(side.only) == 0 {
			continue
		}
		names := make([]string, len(side.only))
		for k, i := range side.only {
			names[k] = side.ids[i]
			if names[k] == "" {
				names[k] = fmt.Sprintf("document %d", i+1)
			}
		}
		fmt.Fprintf(w, "glose-cli %s: warning: %s: %s not in %s, left out: %s\n", cmd, docName(side.path),
			annotate.Plural(len(side.only), "document", "documents"), docName(side.other), firstFew(names, 5))
	}
	return nil
}
