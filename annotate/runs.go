package annotate

import "strconv"

// Runs writes ascending numbers (segment numbers, say) as items, a run of consecutive ones as a
// range with an en dash: [2 5 6 7 12] gives "2", "5–7", "12". Messages join them.
func Runs(ns []int) []string {
	var items []string
	for i := 0; i < len(ns); {
		j := i
		for j+1 < len(ns) && ns[j+1] == ns[j]+1 {
			j++
		}
		item := strconv.Itoa(ns[i])
		if j > i {
			item += "–" + strconv.Itoa(ns[j])
		}
		items = append(items, item)
		i = j + 1
	}
	return items
}
