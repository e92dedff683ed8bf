package formats

import (
	"regexp"
	"slices"
	"testing"
)

// reorderEnglish are the translations of testdata/merge/reorder.xlf, by unit.
var reorderEnglish = map[string]string{
	"fixed":   "Olaf Scholz was received in Paris by Emmanuel Macron.",
	"free":    "Olaf Scholz was received in Paris by Emmanuel Macron.",
	"points":  "Scholz is wrong, according to Macron.",
	"between": "Emmanuel Macron saw Joe Biden and Olaf Scholz.",
	"inorder": "Emmanuel Macron received Olaf Scholz.",
	"pair":    "Olaf Scholz was received by Emmanuel Macron.",
}

// TestMergeBackCodesOrder: codes the client's XLIFF 2 file says may not be reordered (canReorder
// "firstNo" then "no") keep the source's order in the new target, one after the other, however the
// English orders their words: the first stays around its English, the next goes empty after it, a
// free code the English put between them goes after them; codes free to move follow the English. The
// file is valid against the schema, every target holds its source's sequences, and the units whose
// codes were kept in order away from their English are named.
func TestMergeBackCodesOrder(t *testing.T) {
	_, out, warns, _ := translateUnits(t, "reorder.xlf", "xliff", reorderEnglish)
	xmllintXLIFF(t, out)
	const fixed = `canCopy="no" canDelete="no" canReorder=`
	for id, want := range map[string]string{
		"fixed":   `Olaf Scholz was received in Paris by <pc id="1" ` + fixed + `"firstNo">Emmanuel Macron</pc><pc id="2" ` + fixed + `"no"></pc>.`,
		"free":    `<pc id="2">Olaf Scholz</pc> was received in Paris by <pc id="1">Emmanuel Macron</pc>.`,
		"points":  `Scholz is wrong, according to <ph id="1" ` + fixed + `"firstNo"/><ph id="2" ` + fixed + `"no"/>Macron.`,
		"between": `<pc id="1" ` + fixed + `"firstNo">Emmanuel Macron</pc> saw Joe Biden and <pc id="2" ` + fixed + `"no">Olaf Scholz</pc><pc id="3"></pc>.`,
		"inorder": `<pc id="1" ` + fixed + `"firstNo">Emmanuel Macron</pc> received <pc id="2" ` + fixed + `"no">Olaf Scholz</pc>.`,
		"pair":    `<pc id="2">Olaf Scholz</pc> was received by <sc id="1" ` + fixed + `"firstNo"/>Emmanuel Macron<ec startRef="1" ` + fixed + `"no"/>.`,
	} {
		if got := unitTarget(t, out, id); got != want {
			t.Errorf("unit %s: target\n%s\nwant\n%s", id, got, want)
		}
	}
	checkCodesKept(t, out)
	checkSequences(t, out)
	want := `3 units whose new translation puts words in another order than the source, while the tool's file says their inline codes may not be reordered: the codes kept the source's order, some no longer around their English: fixed, points, between; check them in the translation tool`
	if msgs := warningMsgs(warns); !slices.Contains(msgs, want) {
		t.Errorf("warnings %q lack %q", msgs, want)
	}
}

// checkSequences checks that every target of an XLIFF 2 file holds the sequences of codes its source
// says may not be reordered: the same codes, one after the other, in the same order.
func checkSequences(t *testing.T, data []byte) {
	t.Helper()
	re := regexp.MustCompile(`(?s)<source>(.*?)</source>\s*<target[^>]*>(.*?)</target>`)
	for _, m := range re.FindAllSubmatch(data, -1) {
		src, err := parseCodes(m[1])
		if err != nil {
			t.Fatal(err)
		}
		tgt, err := parseCodes(m[2])
		if err != nil {
			t.Fatalf("target %s: %v", m[2], err)
		}
		if a, b := sequenceTags(src), sequenceTags(tgt); !slices.EqualFunc(a, b, slices.Equal) {
			t.Errorf("target %s has the sequences %q, its source %q", m[2], b, a)
		}
	}
}

// sequenceTags are the tags of the codes of each sequence of a content that may not be reordered.
func sequenceTags(in *inlineCodes) [][]string {
	var out [][]string
	for _, seq := range in.sequences() {
		var s []string
		for _, k := range seq {
			s = append(s, in.codes[k].open)
		}
		out = append(out, s)
	}
	return out
}
