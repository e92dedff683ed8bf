package quotes

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDbg(t *testing.T) {
	s := os.Getenv("DBG")
	if s == "" {
		t.Skip()
	}
	for _, q := range Find(s) {
		fmt.Printf("%q conf=%.2f cue=%q sp=%q inferred=%v\n", s[q.Start:q.End], q.Confidence, s[q.Cue.Start:q.Cue.End], s[q.Speaker.Start:q.Speaker.End], q.Inferred)
	}
}
