// Package shareddata finds the project's shared development data (../shared/data beside the
// repository) for tests and benchmarks, which skip when it is absent.
package shareddata

import (
	"bufio"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Path returns the path of a file in ../shared/data, skipping tb when it is missing.
func Path(tb testing.TB, name string) string {
	tb.Helper()
	out, err := exec.Command("go", "env", "GOMOD").Output()
	gomod := strings.TrimSpace(string(out))
	if err != nil || gomod == "" || gomod == os.DevNull {
		tb.Skip("cannot find the module root")
	}
	p := filepath.Join(filepath.Dir(gomod), "..", "shared", "data", name)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("shared data not available: %v", err)
	}
	return p
}

// Pair is one line of parallel-ntrex-en-fr.jsonl (NTREX-128, CC BY-SA 4.0).
type Pair struct {
	ID    int    `json:"id"`
	DocID string `json:"doc_id"`
	EN    string `json:"en"`
	FR    string `json:"fr"`
}

// NTREX returns the French–English pairs of the NTREX sample, skipping tb when absent.
func NTREX(tb testing.TB) []Pair {
	tb.Helper()
	f, err := os.Open(Path(tb, "parallel-ntrex-en-fr.jsonl"))
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var pairs []Pair
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for line := 1; sc.Scan(); line++ {
		var p Pair
		if err := json.Unmarshal(sc.Bytes(), &p); err != nil {
			tb.Fatalf("parallel-ntrex-en-fr.jsonl line %d: %v", line, err)
		}
		pairs = append(pairs, p)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return pairs
}
