package formats

import (
	"strings"
	"testing"
)

// phraseCharFile mirrors a unit of Phrase (Memsource) XLIFF 2 (MateCat's xliff-parser tests,
// uber/39.xliff): an HTML apostrophe, escaped twice by the original file, written as a <ph> whose
// <data> is &amp;#39;, beside codes standing for tags.
const phraseCharFile = `<?xml version='1.0' encoding='UTF-8'?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:memsource="http://www.memsource.com/xliff2.0/1.0" version="2.0" memsource:wfLevel="1" srcLang="fr-fr" trgLang="en-us">
    <file id="f1" original="louvre.xml">
        <unit id="3" memsource:tGroupBegin="3" memsource:tGroupEnd="4">
            <originalData>
                <data id="source3">&amp;lt;/p&amp;gt;</data>
                <data id="source1">&amp;lt;p class=&amp;quot;para&amp;quot;&amp;gt;</data>
                <data id="source2">&amp;amp;#39;</data>
                <data id="source4">&amp;#x1F600;</data>
            </originalData>
            <segment id="3">
                <source><ph id="source1" dataRef="source1"/>Livrez quand vous voulez, c’est à vous de voir : l<ph id="source2" dataRef="source2"/>été « à Noël »<ph id="source4" dataRef="source4"/> e` + "\u0301" + `té.<ph id="source3" dataRef="source3"/></source>
            </segment>
        </unit>
    </file>
</xliff>
`

// A placeholder whose original data is one character (an escaped apostrophe, an emoji) is that
// character in the French, not a code left out of it ("lété"), and merge-back writes the English's
// character as text, the other codes placed around it.
func TestPlaceholderStandingForACharacter(t *testing.T) {
	docs, _, err := Read("uber.xlf", []byte(phraseCharFile), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	want := "Livrez quand vous voulez, c’est à vous de voir : l'été « à Noël »😀 \u00e9té." // composed on import
	if got := d.SourceText(d.Segments[0]); got != want {
		t.Fatalf("French %q, want %q", got, want)
	}
	codes, err := SourceCodes(d.Meta.Original)
	if err != nil {
		t.Fatal(err)
	}
	fc := codes[d.Segments[0].ID]
	if len(fc.Codes) != 2 || !strings.Contains(fc.Codes[0].Tag, "source1") || !strings.Contains(fc.Codes[1].Tag, "source3") {
		t.Fatalf("codes of the French %+v, want source1 and source3 only", fc.Codes)
	}
	if shown := SegmentCodes(codes, d, d.Segments[0]); len(shown) != 2 {
		t.Errorf("the app shows the codes %+v", shown)
	}
	out := mergeReal(t, d, "xliff", map[string]string{d.Segments[0].ID: "Deliver when you want, it's up to you: the summer « at Christmas »😀 e\u0301té."})
	tgt := out[strings.Index(out, "<target>")+len("<target>") : strings.Index(out, "</target>")]
	if strings.Contains(tgt, "source2") || strings.Contains(tgt, "source4") {
		t.Errorf("the target writes the character's code besides the character: %s", tgt)
	}
	if !strings.HasPrefix(tgt, `<ph id="source1" dataRef="source1"/>Deliver`) || !strings.HasSuffix(tgt, `té.<ph id="source3" dataRef="source3"/>`) {
		t.Errorf("target %s, want its codes at its ends", tgt)
	}
	back, _, err := Read("uber.xlf", []byte(out), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := back[0].Segments[0].Target; !strings.Contains(got, "it's up to you") || !strings.Contains(got, "»😀") {
		t.Errorf("the tool's target reads back %q", got)
	}
}

func TestDataChar(t *testing.T) {
	for _, c := range []struct {
		data, want string
	}{
		{"&amp;#39;", "'"}, {"&#39;", "'"}, {"'", "'"}, {"&nbsp;", "\u00a0"}, {"&#x1F600;", "😀"},
		{"&lt;br/&gt;", ""}, {" ", ""}, {"\n", ""}, {"%s", ""}, {"", ""}, {"&amp;amp;amp;amp;lt;", ""},
	} {
		if got, _ := dataChar(c.data); got != c.want {
			t.Errorf("dataChar(%q) = %q, want %q", c.data, got, c.want)
		}
	}
}
