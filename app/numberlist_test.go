package app

import "testing"

// TestNumberList: segment numbers in a message are runs, and a long list stops at numberListMost
// items with how many more, so that a long article's message stays a line or two.
func TestNumberList(t *testing.T) {
	var every []int // 1, 3, 5, … 99: 50 runs of one
	for n := 1; n < 100; n += 2 {
		every = append(every, n)
	}
	tests := []struct {
		ns   []int
		want string
	}{
		{[]int{7}, "7"},
		{[]int{2, 5, 6, 7, 12}, "2, 5–7, 12"},
		{[]int{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, "1–10"},
		{every, "1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35, 37, 39, 41, 43, 45, 47, 49, 51, 53, 55, 57, 59, 20 more"},
	}
	for _, tt := range tests {
		if got := numberList(tt.ns); got != tt.want {
			t.Errorf("numberList(%v) = %q, want %q", tt.ns, got, tt.want)
		}
	}
}
