package formats

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// TestBothSidesReadBackWarn: a document exported with --side both to doccano, brat or Label Studio
// comes back as two documents, the French and its English translation, the latter in English (not
// read as French) and with a warning that it stands alone, its spans at their places in a text with
// accents, « », emoji and a combining mark. doccano and brat used to read it silently, as a French
// document.
func TestBothSidesReadBackWarn(t *testing.T) {
	target := "« We give up nothing 👍🏽 », said José\u0301 Martínez 🇫🇷 in Saint-Denis, x\u0301 end."
	what := map[string]string{"doccano": "doccano records", "brat": "brat documents", "labelstudio": "Label Studio tasks"}
	for _, f := range []string{"doccano", "brat", "labelstudio"} {
		d := lsOriginDoc(t)
		e := annotate.NewEditor(d)
		_, err := e.SetTarget(d.Segments[0].ID, target)
		mustDo(t, err)
		i := strings.Index(target, "José\u0301 Martínez")
		mustDo(t, e.AddSpan(&annotate.Span{Side: annotate.Target, Segment: d.Segments[0].ID, Start: i, End: i + len("José\u0301 Martínez"), Label: annotate.LabelPER}))
		files, _, err := Write(f, []*annotate.Document{d}, WriteOptions{Side: BothSides})
		mustDo(t, err)
		byName := map[string][]byte{}
		for _, fl := range files {
			byName[fl.Name] = fl.Data
		}
		opts := ReadOptions{Open: func(name string) ([]byte, error) {
			if b, ok := byName[name]; ok {
				return b, nil
			}
			return nil, fmt.Errorf("no file %s", name)
		}}
		var docs []*annotate.Document
		var warns []Warning
		for _, fl := range files {
			if !fl.Main && !strings.HasSuffix(fl.Name, ".ann") {
				continue
			}
			ds, ws, err := Read(fl.Name, fl.Data, opts)
			mustDo(t, err)
			docs, warns = append(docs, ds...), append(warns, ws...)
		}
		if len(docs) != 2 || docs[0].SourceLang != "fr" || docs[0].TargetLang != "en" || docs[1].ID != "origins#target" ||
			docs[1].SourceLang != "en" || docs[1].TargetLang != "fr" || docs[1].Text != target {
			t.Fatalf("%s: documents: %d, %s %s→%s, %s %s→%s %q", f, len(docs), docs[0].ID, docs[0].SourceLang, docs[0].TargetLang,
				docs[1].ID, docs[1].SourceLang, docs[1].TargetLang, docs[1].Text)
		}
		if got := docs[1].Spans; len(got) != 1 || docs[1].SpanText(got[0]) != "José\u0301 Martínez" || got[0].Label != annotate.LabelPER {
			t.Fatalf("%s: target spans %v", f, describe(docs[1]))
		}
		var sides []Warning
		for _, w := range warns {
			if w.Code == WarnTranslationSide {
				sides = append(sides, w)
			}
		}
		want := map[string]any{"Format": f, "ID": "origins#target", "Source": "origins", "Lang": "en"}
		if len(sides) != 1 {
			t.Fatalf("%s: %d translation-side warnings in %q", f, len(sides), warningTexts(warns))
		}
		args := maps.Clone(sides[0].Args)
		for k := range placeKeys {
			delete(args, k)
		}
		if !maps.Equal(args, want) {
			t.Errorf("%s: args %v, want %v", f, sides[0].Args, want)
		}
		msg := "origins#target is the translation side of document origins: imported as a document of its own, in en (" +
			what[f] + " do not keep which sentence translates which: use xliff or jsonl to keep translations with their source)"
		if sides[0].Msg != msg {
			t.Errorf("%s: message\n got %q\nwant %q", f, sides[0].Msg, msg)
		}
		if slices.ContainsFunc(warns, func(w Warning) bool { return w.Code == "" }) {
			t.Errorf("%s: a warning without a code in %q", f, warningTexts(warns))
		}
	}
}

// The translation's record of a document translated in part leaves the untranslated segments out, and
// is empty when none is translated: the export says how many, so that a team does not find blank or
// half-empty tasks in its annotation tool unwarned. A document translated whole gives no warning.
func TestTargetSideSaysWhatIsUntranslated(t *testing.T) {
	text := "Zoé est à Paris. Noé 👍🏽 est à Lyon. «\u202fOui\u202f», dit José."
	cases := []struct {
		targets []string
		want    string // "" for no warning
	}{
		{[]string{"Zoé is in Paris.", "Noé 👍🏽 is in Lyon.", "“Yes,” says José."}, ""},
		{[]string{"Zoé is in Paris.", "", ""}, "2 of 3 segments have no translation yet: left out of the translation's text"},
		{[]string{"", "", ""}, "3 of 3 segments have no translation yet: left out of the translation's text, and the translation's record is empty"},
	}
	for _, c := range cases {
		d := annotate.NewDocument("z", "", text, "fr", "en")
		d.AddSegment(0, strings.Index(text, "Noé")-1, 0, annotate.KindSentence)
		d.AddSegment(strings.Index(text, "Noé"), strings.Index(text, "«")-1, 0, annotate.KindSentence)
		d.AddSegment(strings.Index(text, "«"), len(text), 0, annotate.KindSentence)
		for i, tg := range c.targets {
			d.Segments[i].Target = tg
		}
		d = fresh(d)
		for _, f := range []string{"doccano", "spacy", "conll"} {
			_, warns, err := Write(f, []*annotate.Document{d}, WriteOptions{Side: TargetSide})
			mustDo(t, err)
			var got []string
			for _, w := range warns {
				if w.Code == WarnUntranslatedLeftOut {
					got = append(got, w.Msg)
				}
			}
			if (c.want == "" && len(got) > 0) || (c.want != "" && (len(got) != 1 || got[0] != c.want)) {
				t.Errorf("%s, targets %q: warnings %q, want %q", f, c.targets, got, c.want)
			}
		}
	}
}
