package tm

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate/formats"
)

// taggedTMX has segments with paired (bpt/ept), placeholder (ph), isolated (it) and highlight (hi)
// codes, among guillemets, emoji and combining characters, as OmegaT and Trados write them.
const taggedTMX = `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="OmegaT" segtype="sentence" o-tmf="OmegaT" adminlang="EN-US" srclang="fr-FR" datatype="plaintext"/><body>
<tu><tuv xml:lang="fr-FR"><seg>Le président <bpt i="1" x="1">&lt;b&gt;</bpt>Emmanuel Macron<ept i="1">&lt;/b&gt;</ept> a parlé à Paris 👍🏽.</seg></tuv><tuv xml:lang="en-GB"><seg>President <bpt i="1" x="1">&lt;b&gt;</bpt>Emmanuel Macron<ept i="1">&lt;/b&gt;</ept> spoke in Paris 👍🏽.</seg></tuv></tu>
<tu><tuv xml:lang="fr"><seg>Voir la figure<ph x="1">&lt;img src="a.png"/&gt;</ph> : « Cafe` + "\u0301" + ` <hi type="b">très</hi> chaud » 🇫🇷<it pos="end">&lt;/i&gt;</it></seg></tuv><tuv xml:lang="en"><seg>See the figure<ph x="1">&lt;img src="a.png"/&gt;</ph>: “<hi type="b">very</hi> hot coffee” 🇫🇷</seg></tuv></tu>
<tu><tuv xml:lang="fr"><seg>Le café est bon &amp; chaud.</seg></tuv><tuv xml:lang="en"><seg>The coffee is good &amp; hot.</seg></tuv></tu>
</body></tmx>
`

// TestTMXInlineCodesRoundTrip imports segments with inline codes: the memory matches and offers their
// text without the codes (hi's text kept), says how many codes it kept, and writes them back on export,
// which imports again the same; a unit confirmed again in Glose keeps its codes.
func TestTMXInlineCodesRoundTrip(t *testing.T) {
	ctx := context.Background()
	m := openTemp(t)
	st, err := m.Import(ctx, strings.NewReader(taggedTMX), ImportOptions{Origin: "tags.tmx"})
	if err != nil {
		t.Fatal(err)
	}
	if st.Units != 3 || st.InlineCodes != 9 || st.CodedUnits != 2 {
		t.Errorf("stats %+v, want 3 units, 9 inline codes in 2", st)
	}
	if len(st.Warnings) != 1 || st.Warnings[0].Code != formats.WarnTMXInlineCodes ||
		st.Warnings[0].Args["N"] != 9 || st.Warnings[0].Args["Units"] != 2 || !strings.Contains(st.Warnings[0].String(), "tags.tmx: 9 inline codes") {
		t.Errorf("warnings %+v", st.Warnings)
	}
	var texts []string
	m.Each(ctx, func(u Unit) error { texts = append(texts, u.Source+" | "+u.Target); return nil })
	want := []string{
		"Le président Emmanuel Macron a parlé à Paris 👍🏽. | President Emmanuel Macron spoke in Paris 👍🏽.",
		"Voir la figure : « Café très chaud » 🇫🇷 | See the figure: “very hot coffee” 🇫🇷", // composed on import
		"Le café est bon & chaud. | The coffee is good & hot.",
	}
	if strings.Join(texts, "\n") != strings.Join(want, "\n") {
		t.Errorf("units:\n%s\nwant\n%s", strings.Join(texts, "\n"), strings.Join(want, "\n"))
	}
	ms, err := m.Lookup(ctx, Query{Text: "Le président Emmanuel Macron a parlé à Paris 👍🏽.", SourceLang: "fr", TargetLang: "en"})
	if err != nil || len(ms) == 0 || ms[0].ScoreVerbatim != 100 {
		t.Errorf("look-up of the text: %+v, %v", ms, err)
	}
	// Confirmed again in Glose, as text: the codes stay.
	if err := m.Add(ctx, fr(strings.Split(want[0], " | ")[0], strings.Split(want[0], " | ")[1])); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := m.Export(ctx, &out); err != nil {
		t.Fatal(err)
	}
	validateTMX(t, out.Bytes())
	for _, seg := range []string{
		`<seg>Le président <bpt i="1" x="1">&lt;b&gt;</bpt>Emmanuel Macron<ept i="1">&lt;/b&gt;</ept> a parlé à Paris 👍🏽.</seg>`,
		`<seg>President <bpt i="1" x="1">&lt;b&gt;</bpt>Emmanuel Macron<ept i="1">&lt;/b&gt;</ept> spoke in Paris 👍🏽.</seg>`,
		`<seg>Voir la figure<ph x="1">&lt;img src=&#34;a.png&#34;/&gt;</ph> : « Café <hi type="b">très</hi> chaud » 🇫🇷<it pos="end">&lt;/i&gt;</it></seg>`,
		`<seg>See the figure<ph x="1">&lt;img src=&#34;a.png&#34;/&gt;</ph>: “<hi type="b">very</hi> hot coffee” 🇫🇷</seg>`,
		`<seg>Le café est bon &amp; chaud.</seg>`,
	} {
		if !strings.Contains(out.String(), seg) {
			t.Errorf("export lacks %s:\n%s", seg, out.String())
		}
	}
	m2 := openTemp(t)
	st2, err := m2.Import(ctx, bytes.NewReader(out.Bytes()), ImportOptions{})
	if err != nil || st2.InlineCodes != 9 || st2.Units != 3 {
		t.Fatalf("importing the export: %+v, %v", st2, err)
	}
	var again bytes.Buffer
	if err := m2.Export(ctx, &again); err != nil {
		t.Fatal(err)
	}
	strip := func(s string) string { // the dates and ids of the header and units may differ
		var keep []string
		for _, l := range strings.Split(s, "\n") {
			if strings.Contains(l, "<seg>") {
				keep = append(keep, l)
			}
		}
		return strings.Join(keep, "\n")
	}
	if strip(again.String()) != strip(out.String()) {
		t.Errorf("second round trip differs:\n%s\nfirst:\n%s", again.String(), out.String())
	}
}

// TestTMXWithoutCodesNoWarning: a file without inline codes gives no warning.
func TestTMXWithoutCodesNoWarning(t *testing.T) {
	st, err := openTemp(t).Import(context.Background(), strings.NewReader(`<tmx version="1.4"><header srclang="fr"/><body>
<tu><tuv xml:lang="fr"><seg>Bonjour.</seg></tuv><tuv xml:lang="en"><seg>Hello.</seg></tuv></tu></body></tmx>`), ImportOptions{})
	if err != nil || st.InlineCodes != 0 || len(st.Warnings) != 0 {
		t.Errorf("%+v, %v", st, err)
	}
}
