package glossary

import (
	"context"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/glose-app/glose/annotate/infile"
)

// node is a generic XML element, for the several shapes of TBX.
type node struct {
	XMLName  xml.Name
	Attrs    []xml.Attr `xml:",any,attr"`
	Children []node     `xml:",any"`
	Text     string     `xml:",chardata"`
}

func (n node) attr(local string) string {
	for _, a := range n.Attrs {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// ImportTBX reads a TBX file (TBX-Basic / TBX v2 termEntry–langSet–tig|ntig–term, or TBX v3
// conceptEntry–langSec–termSec–term) and stores every source-language term of an entry with the
// entry's first target-language term. Definitions and notes become the entry's note. It returns
// how many entries it stored.
func (g *Glossary) ImportTBX(ctx context.Context, r io.Reader) (int, error) {
	return g.importTBX(ctx, r, "", ImportOptions{})
}

// importTBX is ImportTBX giving the entries an origin. TBX has no data category for a term's case
// sensitivity (TBX-Basic's termNote types are part of speech, term type, usage status...), so its
// entries match case only when opts says so.
func (g *Glossary) importTBX(ctx context.Context, r io.Reader, origin string, opts ImportOptions) (int, error) {
	dec := infile.NewXMLDecoder("TBX", r) // UTF-16 with a byte-order mark, declared encodings
	var entries []Entry
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return 0, tbxError(dec, err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok || (se.Name.Local != "termEntry" && se.Name.Local != "conceptEntry") {
			continue
		}
		var n node
		if err := dec.DecodeElement(&n, &se); err != nil {
			return 0, tbxError(dec, err)
		}
		entries = append(entries, g.tbxEntries(n)...)
	}
	if len(entries) == 0 {
		return 0, fmt.Errorf("TBX: %w (%s→%s)", ErrNoTerms, g.sourceLang, g.targetLang)
	}
	return g.store(ctx, entries, nil, false, origin, opts)
}

// ImportOptions says how an import stores a file's entries.
type ImportOptions struct {
	// MatchCase marks every entry of the file as matching case (a list of acronyms or brand names),
	// whatever a match-case column says.
	MatchCase bool
}

// store adds a file's entries with its origin; exact says the file has a match-case column, the
// truth for its entries' flags (see add); lines, when known, are the entries' lines in the file,
// for an error to name.
func (g *Glossary) store(ctx context.Context, entries []Entry, lines []int, exact bool, origin string, opts ImportOptions) (int, error) {
	for i := range entries {
		entries[i].Origin = origin
		entries[i].MatchCase = entries[i].MatchCase || opts.MatchCase
	}
	err := g.add(ctx, exact || opts.MatchCase, entries)
	if twin := (*CaseTwinError)(nil); errors.As(err, &twin) && twin.index < len(lines) {
		twin.Line = lines[twin.index]
	}
	if err != nil {
		return 0, err
	}
	return len(entries), nil
}

func tbxError(dec *infile.XMLDecoder, err error) error {
	if e := dec.Explain(err, nil); e != err {
		return e
	}
	if se, ok := err.(*xml.SyntaxError); ok {
		return fmt.Errorf("TBX line %d: malformed XML: %s", se.Line, se.Msg)
	}
	line, _ := dec.InputPos()
	return fmt.Errorf("TBX line %d: %w", line, err)
}

func (g *Glossary) tbxEntries(entry node) []Entry {
	terms := map[string][]string{}
	var notes []string
	for _, c := range entry.Children {
		switch c.XMLName.Local {
		case "langSet", "langSec":
			lang := normalizeLang(c.attr("lang"))
			terms[lang] = append(terms[lang], collectTerms(c)...)
		case "descrip", "note", "descripGrp":
			if s := strings.TrimSpace(allText(c)); s != "" {
				notes = append(notes, s)
			}
		}
	}
	targets := terms[g.targetLang]
	if len(targets) == 0 {
		return nil
	}
	var out []Entry
	for _, s := range terms[g.sourceLang] {
		out = append(out, Entry{Source: s, Target: targets[0], Note: strings.Join(notes, "; ")})
	}
	return out
}

// collectTerms returns the text of the <term> elements under n.
func collectTerms(n node) []string {
	var out []string
	for _, c := range n.Children {
		if c.XMLName.Local == "term" {
			if s := strings.TrimSpace(allText(c)); s != "" {
				out = append(out, s)
			}
			continue
		}
		out = append(out, collectTerms(c)...)
	}
	return out
}

func allText(n node) string {
	var b strings.Builder
	b.WriteString(n.Text)
	for _, c := range n.Children {
		b.WriteString(allText(c))
	}
	return b.String()
}
