package main

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/glose-app/glose/suggest/glossary"
)

// fileGlossary is a glossary read from a file (--glossary), keyed by French term as the app's glossary
// compares terms (glossary.Key: word for word, case, accents and the punctuation between words aside,
// and glossary.CaseKey for an entry that matches case), so that the command line's checks and the
// app's find the same entries.
type fileGlossary map[string][]fileTerm

// fileTerm is one English of a French term; cased is the CaseKey the French must have when the entry
// matches case, "" when it does not.
type fileTerm struct{ en, cased string }

// terms returns the entries of French term fr, as written.
func (g fileGlossary) terms(fr string) []fileTerm {
	var out []fileTerm
	for _, t := range g[glossary.Key(fr)] {
		if t.cased == "" || t.cased == glossary.CaseKey(fr) {
			out = append(out, t)
		}
	}
	return out
}

// Lookup returns the English of the French term fr (project.Glossary).
func (g fileGlossary) Lookup(fr string) []string {
	var out []string
	for _, t := range g.terms(fr) {
		if !slices.Contains(out, t.en) {
			out = append(out, t.en)
		}
	}
	return out
}

// MatchCase reports whether the entry fr → en matches case, as glossary.Glossary.MatchCase does.
func (g fileGlossary) MatchCase(fr, en string) bool {
	return slices.ContainsFunc(g.terms(fr), func(t fileTerm) bool { return t.cased != "" && t.en == strings.TrimSpace(en) })
}

// EnglishName gives the glossary's first English for a French name, whatever its label: what
// pre-annotation names an entity with (preannotate.Glossary).
func (g fileGlossary) EnglishName(fr, _ string) (string, bool) {
	if en := g.Lookup(fr); len(en) > 0 {
		return en[0], true
	}
	return "", false
}

func (g fileGlossary) add(e glossary.Entry) {
	k, t := glossary.Key(e.Source), fileTerm{en: strings.TrimSpace(e.Target)}
	if e.MatchCase {
		t.cased = glossary.CaseKey(e.Source)
	}
	if k != "" && !slices.Contains(g[k], t) {
		g[k] = append(g[k], t)
	}
}

// readGlossary reads the terms of --glossary: a CSV file ("source,target[,note[,match case]]", a
// header row allowed) or a TBX file (.tbx, .xml) as the app's Import glossary reads them, the terms of languages
// srcLang and tgtLang; any other file holds tab-separated "French<TAB>English" lines, where blank lines
// and lines starting with # are skipped (glossary.ParseTSV).
func readGlossary(path, srcLang, tgtLang string) (fileGlossary, error) {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".csv", ".tbx", ".xml":
		return importGlossary(path, srcLang, tgtLang)
	}
	return readTSVGlossary(path)
}

// importGlossary reads a CSV or TBX glossary through package glossary, into a database in memory.
func importGlossary(path, srcLang, tgtLang string) (fileGlossary, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("reading glossary: %w", err)
	}
	defer f.Close()
	db, err := sql.Open("sqlite", "file::memory:")
	if err != nil {
		return nil, fmt.Errorf("reading glossary %s: %w", path, err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1) // each connection to :memory: is a database of its own
	g, err := glossary.New(db, path, srcLang, tgtLang)
	if err != nil {
		return nil, fmt.Errorf("reading glossary %s: %w", path, err)
	}
	ctx := context.Background()
	if _, err := g.Import(ctx, f, path); err != nil {
		return nil, fmt.Errorf("reading glossary %s: %w", path, err)
	}
	entries, err := g.Entries(ctx)
	if err != nil {
		return nil, fmt.Errorf("reading glossary %s: %w", path, err)
	}
	out := fileGlossary{}
	for _, e := range entries {
		out.add(e)
	}
	return out, nil
}

// readTSVGlossary reads "French<TAB>English" lines.
func readTSVGlossary(path string) (fileGlossary, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading glossary: %w", err)
	}
	entries, err := parseTSVGlossary(path, data)
	if err != nil {
		return nil, err
	}
	g := fileGlossary{}
	for _, e := range entries {
		g.add(e)
	}
	return g, nil
}
