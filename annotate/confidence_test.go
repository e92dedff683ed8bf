package annotate

import "testing"

func TestRoundConfidence(t *testing.T) {
	for in, want := range map[float64]float64{
		0.8 * 0.9: 0.72, 0.6736193898476472: 0.6736, 0.855: 0.855, 1: 1, 0: 0, 0.99995: 1, 0.00004: 0,
	} {
		if got := RoundConfidence(in); got != want {
			t.Errorf("RoundConfidence(%v) = %v, want %v", in, got, want)
		}
	}
}
