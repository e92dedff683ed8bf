package annotate

import "strconv"

// Plural writes n with the words that agree with it: Plural(1, "link has", "links have") is
// "1 link has", Plural(0, …) "0 links have". Messages from the annotate packages and the command-line
// tool are in English, so English's two forms are all they need; the app says them in the user's
// language with lang.N.
func Plural(n int, one, other string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + other
}
