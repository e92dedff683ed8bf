package glossary

import (
	"context"
	"errors"
	"testing"
)

// TestTypedEntry checks what a typed entry keeps: spaces around each side go, accents typed as
// combining characters become the composed letters the text has, and « », no-break spaces inside
// them, emoji and case stay as typed.
func TestTypedEntry(t *testing.T) {
	tests := []struct {
		name, src, tgt, note string
		want                 Entry
		err                  error
	}{
		{"trimmed", "  Moscou \t", " Moscow\n", "  ville  ", Entry{Source: "Moscou", Target: "Moscow", Note: "ville", Origin: Typed}, nil},
		{"combining accent to NFC", "e\u0301lection", "election", "", Entry{Source: "élection", Target: "election", Origin: Typed}, nil},
		{"guillemets and emoji kept", "« gilets jaunes » 👍🏽", "“yellow vests” 👍🏽", "", Entry{Source: "« gilets jaunes » 👍🏽", Target: "“yellow vests” 👍🏽", Origin: Typed}, nil},
		{"empty source", "   ", "Moscow", "", Entry{}, ErrNoSource},
		{"empty target", "Moscou", "\u00a0", "", Entry{}, ErrNoTarget},
		{"both empty: the source is said first", "", "", "", Entry{}, ErrNoSource},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := TypedEntry(tt.src, tt.tgt, tt.note)
			if !errors.Is(err, tt.err) || got != tt.want {
				t.Errorf("TypedEntry(%q, %q, %q) = %+v, %v; want %+v, %v", tt.src, tt.tgt, tt.note, got, err, tt.want, tt.err)
			}
		})
	}
}

// TestAddTyped stores typed entries: found at once by Find, marked as typed; the same pair typed
// again is not doubled (its origin stays, a new note replaces the old); the same French with another
// English is a second entry, offered beside the first.
func TestAddTyped(t *testing.T) {
	ctx := context.Background()
	g := openTemp(t)
	if err := g.Add(ctx, Entry{Source: "Moscou", Target: "Moscow", Type: "LOC", Origin: "terms.csv"}); err != nil {
		t.Fatal(err)
	}
	e, added, err := g.AddTyped(ctx, Entry{Source: " gilets jaunes ", Target: "yellow vests", Note: "mouvement de 2018"})
	if err != nil || !added || e.ID == 0 || e.Origin != Typed || e.Note != "mouvement de 2018" || e.SourceLang != "fr" {
		t.Fatalf("AddTyped = %+v, %v, %v; want a new typed entry with its ID", e, added, err)
	}
	if hs := g.Find("Les gilets jaunes manifestent."); len(hs) != 1 || hs[0].Entry.Target != "yellow vests" {
		t.Fatalf("Find after AddTyped: %+v, want the typed term", hs)
	}
	again, added, err := g.AddTyped(ctx, Entry{Source: "gilets jaunes", Target: "yellow vests"})
	if err != nil || added || again.ID != e.ID || again.Note != "mouvement de 2018" {
		t.Errorf("the same pair again = %+v, %v, %v; want the stored entry, not added", again, added, err)
	}
	old, added, err := g.AddTyped(ctx, Entry{Source: "Moscou", Target: "Moscow", Note: "capitale"})
	if err != nil || added || old.Origin != "terms.csv" || old.Type != "LOC" || old.Note != "capitale" {
		t.Errorf("an imported pair typed again = %+v, %v, %v; want its origin and type kept, the note taken", old, added, err)
	}
	if _, added, err := g.AddTyped(ctx, Entry{Source: "Moscou", Target: "Moskva"}); err != nil || !added {
		t.Errorf("the same French with another English: added %v, %v; want a second entry", added, err)
	}
	es, err := g.Entries(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(es) != 3 {
		t.Errorf("the glossary holds %d entries, want 3: %+v", len(es), es)
	}
	if hs := g.Find("à Moscou"); len(hs) != 1 || len(hs[0].Others) != 1 {
		t.Errorf("Find(Moscou) = %+v, want Moscow with Moskva beside it", hs)
	}
	if _, _, err := g.AddTyped(ctx, Entry{Source: "Moscou", Target: "  "}); !errors.Is(err, ErrNoTarget) {
		t.Errorf("an empty English: %v, want ErrNoTarget", err)
	}
}
