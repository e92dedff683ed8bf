package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestPretranslateMessages: a wrong --mt lists every provider, none included, whether it comes from
// --mt or $GLOSE_MT; a threshold out of range is about --threshold only.
func TestPretranslateMessages(t *testing.T) {
	doc := writeSampleDoc(t)
	t.Setenv("GLOSE_MT", "")
	tests := []struct {
		env  string
		args []string
		want string
	}{
		{"", []string{"--mt", "bogus", doc}, `glose-cli pretranslate: --mt: unknown machine translation provider "bogus": expected libretranslate, deepl, openai or none`},
		{"bogus", []string{doc}, `glose-cli pretranslate: GLOSE_MT: unknown machine translation provider "bogus": expected libretranslate, deepl, openai or none`},
		{"", []string{"--threshold", "101", doc}, `glose-cli pretranslate: --threshold: must be a score in percent, more than 0 and at most 100, not 101`},
		{"", []string{"--threshold", "0", doc}, `glose-cli pretranslate: --threshold: must be`},
	}
	for _, tc := range tests {
		t.Setenv("GLOSE_MT", tc.env)
		code, _, stderr := runCLI(t, append([]string{"pretranslate"}, tc.args...)...)
		if code != 2 || !strings.HasPrefix(stderr, tc.want) || strings.Contains(stderr, "FILE") {
			t.Errorf("GLOSE_MT=%s pretranslate %q: exit %d, %q; want 2 and %q alone", tc.env, tc.args, code, stderr, tc.want)
		}
	}
	t.Setenv("GLOSE_MT", "none") // turns MT off, as --mt none does
	if code, _, stderr := runCLI(t, "pretranslate", "--tm", filepath.Join(t.TempDir(), "none.db"), doc); code != 1 || strings.Contains(stderr, "provider") {
		t.Errorf("GLOSE_MT=none: exit %d, %q; want the missing --tm refused, not the provider", code, stderr)
	}
}
