package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestLearn: a PER mention's first word is a given name unless the text writes it in lower case or
// elsewhere than at a person's start, or English has it as a word.
func TestLearn(t *testing.T) {
	lines := []string{
		`{"text":"Delphine Ernotte a parlé. Puis Delphine a ri.","entities":[{"label":"PER","start_offset":0,"end_offset":15},{"label":"PER","start_offset":31,"end_offset":39}]}`,
		`{"text":"Karabatic Nikola et Nikola Karabatic.","entities":[{"label":"PER","start_offset":0,"end_offset":16},{"label":"PER","start_offset":20,"end_offset":36}]}`,
		`{"text":"Summer Walker chante. Ursule Roux dort en ursule.","entities":[{"label":"PER","start_offset":0,"end_offset":13},{"label":"PER","start_offset":22,"end_offset":33}]}`,
		`{"text":"Perito Moreno et le glacier Perito Moreno.","entities":[{"label":"PER","start_offset":0,"end_offset":13},{"label":"LOC","start_offset":28,"end_offset":41}]}`,
	}
	path := filepath.Join(t.TempDir(), "train.jsonl")
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	names, err := learn(path)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Delphine"}; !slices.Equal(names, want) {
		t.Errorf("learn: %v, want %v", names, want)
	}
}

// TestLearnBadInput: a line that is no record, or an entity outside its text, is named.
func TestLearnBadInput(t *testing.T) {
	for content, want := range map[string]string{
		"{\"text\":\"a\"}\nnot json\n": "train.jsonl:2",
		`{"text":"Anne","entities":[{"label":"PER","start_offset":0,"end_offset":9}]}`: "train.jsonl:1: entity [0, 9) outside the text of 4 characters",
	} {
		path := filepath.Join(t.TempDir(), "train.jsonl")
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		if _, err := learn(path); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("learn(%q): error %v, want one naming %q", content, err, want)
		}
	}
}
