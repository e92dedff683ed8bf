package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"
)

// TestTMAddTerm adds terms to a memory's file that does not exist yet: trimmed, accents typed as
// combining characters composed, « » and emoji kept, listed by tm terms as typed; the same pair again
// is not doubled, the same French with another English is a second entry.
func TestTMAddTerm(t *testing.T) {
	db := filepath.Join(t.TempDir(), "tm.db")
	steps := []struct {
		args []string
		want string // the start of standard output
	}{
		{[]string{"  e\u0301lection  ", " election "}, "added 1: élection → election (typed)\n"},
		{[]string{"--note", "mouvement de 2018", "« gilets jaunes » 👍🏽", "yellow vests"}, "added 2: « gilets jaunes » 👍🏽 → yellow vests (typed)\n"},
		{[]string{"élection", "election"}, "already there, not added again: 1: élection → election (typed)\n"},
		{[]string{"élection", "election", "--note", "scrutin"}, "already there, its note replaced: 1: élection → election (typed)\n"},
		{[]string{"élection", "poll"}, "added 3: élection → poll (typed)\n"},
		{[]string{"E\u0301LECTION", "Election"}, "already there, not added again: 1: élection → election (typed)\n"}, // case aside
	}
	for _, s := range steps {
		out, _, err := runTM(t, cmdTM, append([]string{"add-term", "--tm", db}, s.args...)...)
		if err != nil || out != s.want {
			t.Errorf("tm add-term %q = %q, %v; want %q", s.args, out, err, s.want)
		}
	}
	out, _, err := runTM(t, cmdTM, "terms", "--tm", db, "--json")
	var terms []tmTerm
	if err != nil || json.Unmarshal([]byte(out), &terms) != nil {
		t.Fatalf("tm terms --json: %s %v", out, err)
	}
	var got []string
	for _, x := range terms {
		got = append(got, x.Source+"|"+x.Target+"|"+x.Origin+"|"+x.Note)
	}
	want := "élection|election|typed|scrutin; élection|poll|typed|; « gilets jaunes » 👍🏽|yellow vests|typed|mouvement de 2018"
	if strings.Join(got, "; ") != want {
		t.Errorf("tm terms after add-term:\n%s\nwant\n%s", strings.Join(got, "; "), want)
	}
}

// TestTMAddTermRefuses: an empty side, or not two arguments, is a usage error (exit 2) saying what
// is missing, and creates no memory.
func TestTMAddTermRefuses(t *testing.T) {
	db := filepath.Join(t.TempDir(), "tm.db")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"  ", "Moscow"}, "the term (fr) is empty"},
		{[]string{"Moscou", "\u00a0"}, "the translation (en) is empty"},
		{[]string{"Moscou"}, "needs two arguments"},
		{[]string{"Moscou", "Moscow", "Moskva"}, "needs two arguments"},
	}
	for _, tt := range tests {
		_, _, err := runTM(t, cmdTM, append([]string{"add-term", "--tm", db}, tt.args...)...)
		e, ok := err.(*exitError)
		if !ok || e.code != 2 || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("tm add-term %q: %v; want a usage error saying %q", tt.args, err, tt.want)
		}
	}
	if _, _, err := runTM(t, cmdTM, "terms", "--tm", db); err == nil || !strings.Contains(err.Error(), "no translation memory") {
		t.Errorf("a refused add-term created the memory: tm terms says %v", err)
	}
}
