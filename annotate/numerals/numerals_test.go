package numerals

import (
	"slices"
	"testing"
)

func TestNumbers(t *testing.T) {
	cases := []struct {
		s    string
		st   Style
		want []string
	}{
		{"3,5 et 1 000 et 25 % et 2016 300", French, []string{"3.5", "1000", "25", "2016", "300"}},
		{"1\u202f000\u00a0000 €", French, []string{"1000000"}},
		{"Version 2.0, 1.000 € et 3.5 %", French, []string{"2", "1000", "3.5"}}, // "2.0" as versions are written
		{"Version 2.0", English, []string{"2"}},
		{"3.5 and 1,000 and 25% and 1,5", English, []string{"3.5", "1000", "25", "1", "5"}},
		{"G20, COVID-19, 007", English, []string{"20", "19", "7"}},
	}
	for _, c := range cases {
		if got := Numbers(c.s, c.st); !slices.Equal(got, c.want) {
			t.Errorf("Numbers(%q) = %v, want %v", c.s, got, c.want)
		}
	}
}

func TestWordValues(t *testing.T) {
	if got, want := WordValues("Trois millions, l’une et dix-sept ; e\u0301 vingt"), []string{"3", "1000000", "17", "20"}; !slices.Equal(got, want) {
		t.Errorf("WordValues = %v, want %v", got, want)
	}
}

// TestExpressions: a date, an amount, a percentage and a time read to the same values in French and
// in English, each token at its bytes (past an emoji and a combining accent).
func TestExpressions(t *testing.T) {
	cases := []struct {
		s    string
		st   Style
		want []string // the text of each token = its value
	}{
		{"Le 1er janvier 2027 😀, à 14 h 30.", French, []string{"1er=1", "janvier=m1", "2027=2027", "14 h 30=t14:30"}},
		{"On January 1st, 2027 😀, at 2:30 pm.", English, []string{"January=m1", "1st=1", "2027=2027", "2:30 pm=t14:30"}},
		{"Le 15 de\u0301cembre, 3,5 millions d’euros, 20 % et 9h.", French, []string{"15=15", "de\u0301cembre=m12", "3,5=3.5", "millions=1000000", "20=20", "9h=t9:00"}},
		{"December 15, €3.5 million, 20% and 14:30, 9 a.m. You may go at 2.30.", English, []string{"December=m12", "15=15", "3.5=3.5", "million=1000000", "20=20", "14:30=t14:30", "9 a.m.=t9:00", "2.30=2.3"}},
		{"It ends at 2:30, a £2.8bn market, £125m.", English, []string{"2:30=t2:30?", "2.8=2.8", "bn=1000000000", "125=125", "m=1000000"}},
		{"À 19\u00a0h\u00a000, à 6 heures du matin, à 7 heures du soir, à 12:15.", French, []string{"19\u00a0h\u00a000=t19:00", "6 heures du matin=t6:00", "7 heures du soir=t19:00", "12:15=t12:15"}},
	}
	for _, c := range cases {
		var got []string
		for _, tk := range Expressions(c.s, c.st) {
			got = append(got, c.s[tk.Start:tk.End]+"="+tk.Value)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("Expressions(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}

func TestSame(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"t14:30", "t2:30?", true}, {"t2:30?", "t2:30", true}, {"t0:15", "t12:15?", true}, {"t12:15", "t12:15?", true},
		{"t15:30", "t2:30?", false}, {"2.3", "t2:30?", false}, {"15", "15", true}, {"m12", "12", false},
	} {
		if got := Same(c.a, c.b); got != c.want {
			t.Errorf("Same(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}
