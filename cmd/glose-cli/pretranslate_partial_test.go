package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/glose-app/glose/annotate"
)

// TestPretranslateWritesWorkDoneBeforeAnError: an OpenAI-compatible server (one request a
// segment) that starts failing after three segments: the output holds those three and the
// memory's match, the error says how many were done and which are left, and the exit status is 1.
func TestPretranslateWritesWorkDoneBeforeAnError(t *testing.T) {
	dir := t.TempDir()
	db, tmx := filepath.Join(dir, "tm.db"), filepath.Join(dir, "in.tmx")
	os.WriteFile(tmx, []byte(cliTMX), 0o644)
	if err := cmdTM([]string{"import", "--tm", db, tmx}, &bytes.Buffer{}, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	sentences := []string{"« Bonjour », a-t-il dit."}
	for i := 1; i <= 6; i++ {
		sentences = append(sentences, fmt.Sprintf("Phrase %d : l’été à Noël 👍🏽.", i))
	}
	text := strings.Join(sentences, " ")
	doc := annotate.NewDocument("d1", "test", text, "fr", "en")
	for i, start := 0, 0; i < len(sentences); i++ {
		doc.AddSegment(start, start+len(sentences[i]), 0, annotate.KindSentence)
		start += len(sentences[i]) + 1
	}
	in, out := filepath.Join(dir, "doc.json"), filepath.Join(dir, "out.json")
	var buf bytes.Buffer
	if err := annotate.Encode(&buf, doc); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(in, buf.Bytes(), 0o644)
	var calls atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) > 3 {
			http.Error(w, `{"error":{"message":"Internal error"}}`, http.StatusInternalServerError)
			return
		}
		json.NewEncoder(w).Encode(map[string]any{"choices": []any{map[string]any{"message": map[string]string{"content": "Translated."}}}})
	}))
	defer srv.Close()
	t.Setenv("GLOSE_OPENAI_URL", srv.URL+"/v1")
	t.Setenv("GLOSE_OPENAI_MODEL", "m")
	code, _, stderr := runCLI(t, "pretranslate", "--tm", db, "--mt", "openai", "-o", out, in)
	if code != 1 || !strings.Contains(stderr, "pre-translation failed at segment 5 (4 segments done, 3 segments left untranslated: segments 5–7)") ||
		!strings.Contains(stderr, "the segments done were written") {
		t.Errorf("exit %d, stderr %q", code, stderr)
	}
	if !strings.Contains(stderr, "pretranslated 4 of 7 segments: 1 from memory (1 exact, 0 fuzzy), 3 by machine translation") {
		t.Errorf("stderr %q", stderr)
	}
	f, err := os.Open(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, err := annotate.Decode(f, out)
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range got.Segments {
		if filled := s.Target != ""; filled != (i < 4) || filled != (s.Status == annotate.StatusDraft) {
			t.Errorf("segment %d: %q %s", i+1, s.Target, s.Status)
		}
	}
}

func TestPTLine(t *testing.T) {
	if got := ptLine(25, 100, 5*time.Second); !strings.HasSuffix(got, "25/100 · 15 s left") {
		t.Errorf("got %q", got)
	}
	if got := ptLine(1, 100, 0); strings.Contains(got, "left") {
		t.Errorf("got %q", got)
	}
}

// TestPretranslateCountsTheSegmentsItLookedAt: a segment that had English before (translated, or
// marked not to translate by the client's file) is not counted as one pretranslation missed.
func TestPretranslateCountsTheSegmentsItLookedAt(t *testing.T) {
	sentences := []string{"L’été à Noël 👍🏽.", "SKU-12345", "« Bonjour », a-t-il dit."}
	doc := annotate.NewDocument("d1", "test", strings.Join(sentences, " "), "fr", "en")
	for i, start := 0, 0; i < len(sentences); i++ {
		doc.AddSegment(start, start+len(sentences[i]), 0, annotate.KindSentence)
		start += len(sentences[i]) + 1
	}
	doc.Segments[1].Target = "SKU-12345"
	doc.Segments[2].Target = "“Hello,” he said." // the draft just written
	if got := ptScope(doc, 1); got != "the 2 segments without English (3 in all)" {
		t.Errorf("with one translated before: %q", got)
	}
	doc.Segments[1].Target = ""
	if got := ptScope(doc, 1); got != "3 segments" {
		t.Errorf("with none translated before: %q", got)
	}
}
