package ner

import (
	"math/rand/v2"
	"testing"
)

// TestFeatureTable checks the table against a map: every hash put is found with its last row, and
// hashes never put are not (one in 128 of them shares the tag of a slot it passes).
func TestFeatureTable(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	want := map[uint64]int32{}
	tab := newFeatureTable(5000)
	for i := range 5000 {
		h := rng.Uint64()
		want[h] = int32(i)
		tab.put(h, int32(i))
	}
	for h, row := range want {
		if got, ok := tab.get(h); !ok || got != row {
			t.Fatalf("get(%#x) = %d, %v; want %d, true", h, got, ok, row)
		}
	}
	for range 100000 {
		h := rng.Uint64()
		if _, known := want[h]; known {
			continue
		}
		if got, ok := tab.get(h); ok {
			t.Fatalf("get(%#x) = %d, true for a hash never put", h, got)
		}
	}
}
