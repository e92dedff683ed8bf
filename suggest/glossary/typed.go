package glossary

import (
	"context"
	"database/sql"
	"errors"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest/store"
)

// Typed is the origin of the entries a person typed one by one (the app's Add to the glossary,
// glose-cli tm add-term), as an imported entry's origin is its file and a learned one's its document.
const Typed = "typed"

// The errors AddTyped returns for an empty side, so that callers can say it in their own words.
var (
	ErrNoSource = errors.New("the source term is empty: type the term as written in the source")
	ErrNoTarget = errors.New("the translation is empty: type the term's translation")
)

// TypedEntry makes the entry a person typed: each side trimmed of spaces and put in Unicode NFC
// (accents typed as e + U+0301 match the é of the text), everything else kept as typed (case, « »,
// emoji). It returns ErrNoSource or ErrNoTarget when a side is empty once trimmed.
func TypedEntry(source, target, note string) (Entry, error) {
	e := Entry{Source: typedText(source), Target: typedText(target), Note: typedText(note), Origin: Typed}
	switch {
	case e.Source == "":
		return Entry{}, ErrNoSource
	case e.Target == "":
		return Entry{}, ErrNoTarget
	}
	return e, nil
}

func typedText(s string) string { return strings.TrimSpace(annotate.NFC(s)) }

// AddTyped stores an entry a person typed, its Source, Target and Note as typed (see TypedEntry),
// MatchCase as they chose, with Typed as its origin. An entry of the same source and target, or the
// same but for case ("moscou" for "Moscou") where neither matches case, is not added again: added is
// false, the stored entry keeps its spelling and origin, takes the typed note when there is one, and
// matches case from now on when typed so. The same source with another target is a new entry (a
// term may have several translations). It returns the entry as stored, with its ID.
func (g *Glossary) AddTyped(ctx context.Context, typed Entry) (stored Entry, added bool, err error) {
	e, err := TypedEntry(typed.Source, typed.Target, typed.Note)
	if err != nil {
		return Entry{}, false, err
	}
	e.MatchCase = typed.MatchCase
	e = g.spellings().of(g.withLangs(e)) // the same pair but for case is there (casefold.go)
	old, found, err := g.find(ctx, e)
	if err != nil {
		return Entry{}, false, err
	}
	if found {
		e.Origin, e.Type = "", "" // Add keeps the stored ones
	}
	if err := g.Add(ctx, e); err != nil {
		return Entry{}, false, err
	}
	if found {
		if e.Note != "" {
			old.Note = e.Note
		}
		old.MatchCase = old.MatchCase || e.MatchCase
		return old, false, nil
	}
	stored, _, err = g.find(ctx, e)
	return stored, true, err
}

// find returns the stored entry of e's language pair, source and target.
func (g *Glossary) find(ctx context.Context, e Entry) (Entry, bool, error) {
	out := e
	err := g.db.QueryRowContext(ctx, `SELECT id, type, note, origin, match_case FROM glossary
		WHERE src_lang = ? AND tgt_lang = ? AND source = ? AND target = ?`,
		e.SourceLang, e.TargetLang, e.Source, e.Target).Scan(&out.ID, &out.Type, &out.Note, &out.Origin, &out.MatchCase)
	if errors.Is(err, sql.ErrNoRows) {
		return Entry{}, false, nil
	}
	if err != nil {
		return Entry{}, false, store.Explain(g.name, err)
	}
	return out, true, nil
}
