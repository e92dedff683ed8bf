package formats

import (
	"slices"
	"testing"
)

// numbersEnglish are the translations of testdata/merge/numbers.xlf, by unit.
var numbersEnglish = map[string]string{
	"date":    "On December 15, the minister 😀 spoke.",
	"amount":  "A budget of €3.5 million for « Zoé ».",
	"amount2": "A budget of 3.5 million euros for « Zoé ».",
	"percent": "A 20% rise in 2026.",
	"newyear": "From January 1, 2027, Rene\u0301e will pay.",
	"time":    "Meet at 2:30 pm 😀.",
	"time24":  "Meet at 14:30 😀.",
	"twice":   "A 20% rise in prices and 20% in rents.",
}

// TestMergeBackCodesNumbers: a code around a date, an amount, a percentage or a time goes around its
// English, written in another order and another way; one around numbers the English holds twice is
// an empty pair, flagged.
func TestMergeBackCodesNumbers(t *testing.T) {
	_, out, warns, _ := translateUnits(t, "numbers.xlf", "xliff", numbersEnglish)
	xmllintXLIFF(t, out)
	for id, want := range map[string]string{
		"date":    `On <pc id="1" type="fmt" subType="xlf:b">December 15</pc>, the minister 😀 spoke.`,
		"amount":  `A budget of <pc id="1">€3.5 million</pc> for « Zoé ».`,
		"amount2": `A budget of <pc id="1">3.5 million euros</pc> for « Zoé ».`,
		"percent": `A <pc id="1">20%</pc> rise in 2026.`,
		"newyear": "From <pc id=\"1\">January 1, 2027</pc>, Ren\u00e9e will pay.",
		"time":    `Meet at <pc id="1">2:30 pm</pc> 😀.`,
		"time24":  `Meet at <pc id="1">14:30</pc> 😀.`,
		"twice":   `A 20% rise <pc id="1"></pc>in prices and 20% in rents.`, // at a likely place only
	} {
		if got := unitTarget(t, out, id); got != want {
			t.Errorf("unit %s: target\n%s\nwant\n%s", id, got, want)
		}
	}
	want := `1 unit whose new translation got inline codes (formatting, placeholders) at a likely place, as the English of what they mark was not found: twice; check them in the translation tool`
	if msgs := warningMsgs(warns); !slices.Contains(msgs, want) {
		t.Errorf("warnings %q, want %q", msgs, want)
	}
	checkCodesKept(t, out)
}
