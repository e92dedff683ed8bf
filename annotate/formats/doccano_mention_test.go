package formats

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestDoccanoKeepsMentionKinds: a doccano export of all mentions marks a pronoun and a description
// with a "mention" key beside the entity's label, which stays PER (doccano's import ignores keys it
// does not know), and Glose reads the kinds back, in code points and in UTF-16 code units, on a text
// with « », emoji and a combining mark.
func TestDoccanoKeepsMentionKinds(t *testing.T) {
	d := mentionsDoc(t)
	all := []string{"Le diplomate russe nominal", "Sergueï Lavrov name", "elle pronoun", "il pronoun"}
	for _, unit := range []string{"", "utf16"} {
		files, _, err := Write("doccano", []*annotate.Document{d}, WriteOptions{Mentions: AllMentions, Unit: unit})
		mustDo(t, err)
		var rec struct {
			Entities []map[string]any `json:"entities"`
		}
		mustDo(t, json.Unmarshal(files[0].Data, &rec))
		var kinds []string
		for _, e := range rec.Entities {
			if e["label"] != annotate.LabelPER && e["mention"] != nil {
				t.Errorf("unit %q: entity %v has a kind and no PER label", unit, e)
			}
			if k, ok := e["mention"].(string); ok {
				kinds = append(kinds, k)
			}
		}
		if slices.Sort(kinds); !slices.Equal(kinds, []string{"nominal", "pronoun", "pronoun"}) {
			t.Errorf("unit %q: the entities' kinds are %q, want a description and two pronouns, and none for the name", unit, kinds)
		}
		docs, _, err := Read("x.jsonl", files[0].Data, ReadOptions{Unit: unit})
		if err != nil || len(docs) != 1 {
			t.Fatalf("unit %q: reading back: %v", unit, err)
		}
		if got := pers(docs[0]); !slices.Equal(got, all) {
			t.Errorf("unit %q: doccano gives back PER %q, want %q", unit, got, all)
		}
	}
}

// TestDoccanoMentionOnImport: a doccano line as another tool writes it, with a decomposed é
// (e + U+0301), « » and an emoji, reads its pronoun as one and an entity without the key, as doccano
// exports every entity, as a name; "name" is a name too; exported again, the kinds stay.
func TestDoccanoMentionOnImport(t *testing.T) {
	text := "« C’est fini 😀 », a de\u0301clare\u0301-t-il à Lavrov."
	at := func(s string) (int, int) {
		i := strings.Index(text, s)
		return len([]rune(text[:i])), len([]rune(text[:i])) + len([]rune(s))
	}
	ilStart, ilEnd := at("il")
	lvStart, lvEnd := at("Lavrov")
	line, err := json.Marshal(map[string]any{"id": 1, "text": text, "relations": []any{}, "entities": []map[string]any{
		{"id": 1, "label": "PER", "start_offset": ilStart, "end_offset": ilEnd, "mention": "pronoun"},
		{"id": 2, "label": "PER", "start_offset": lvStart, "end_offset": lvEnd},
	}})
	mustDo(t, err)
	docs, _, err := Read("gold.jsonl", line, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Lavrov name", "il pronoun"}
	if got := pers(docs[0]); !slices.Equal(got, want) {
		t.Fatalf("read PER %q, want %q", got, want)
	}
	files, _, err := Write("doccano", docs, WriteOptions{Mentions: AllMentions})
	mustDo(t, err)
	back, _, err := Read("again.jsonl", files[0].Data, ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := pers(back[0]); !slices.Equal(got, want) {
		t.Errorf("exported again, PER %q, want %q", got, want)
	}
	named := strings.Replace(string(line), `"mention":"pronoun"`, `"mention":"name"`, 1)
	docs, _, err = Read("named.jsonl", []byte(named), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := pers(docs[0]); !slices.Equal(got, []string{"Lavrov name", "il name"}) {
		t.Errorf(`"mention": "name" reads as PER %q, want names`, got)
	}
}
