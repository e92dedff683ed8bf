package formats

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// nerFormats are the formats for named-entity recognisers, which keep names only by default.
var nerFormats = []string{"conll", "spacy", "doccano", "brat", "labelstudio", "w3c"}

// mentionsText has a name, two pronouns in inversions and a description speaking, with accents,
// « », emoji and a letter with a combining mark that has no precomposed form.
const mentionsText = "Sergueï Lavrov 👍🏽 est arrivé. « C'est fini », a-t-il dit. Le diplomate russe a souri : « Nox\u0301 🇫🇷 ! », dit-elle."

// mentionsDoc is mentionsText with PER Sergueï Lavrov (a person's), the pronouns "il" and "elle" and
// the description "Le diplomate russe" (suggestions), all mentions of one entity, and two quotes
// whose speakers are the pronouns.
func mentionsDoc(t *testing.T) *annotate.Document {
	t.Helper()
	d := annotate.NewDocument("mentions", "Mentions « test »", annotate.NFC(mentionsText), "fr", "en")
	d.AddSegment(0, len(d.Text), 0, annotate.KindSentence)
	e := annotate.NewEditor(d)
	add := func(text, after, label string, kind annotate.MentionKind) *annotate.Span {
		i := strings.Index(d.Text, after) + len(after) - len(text)
		sp := &annotate.Span{Side: annotate.Source, Start: i, End: i + len(text), Label: label, Origin: annotate.Auto, Confidence: 0.7, Mention: kind}
		mustDo(t, e.AddSpan(sp))
		return sp
	}
	name := add("Sergueï Lavrov", "Sergueï Lavrov", annotate.LabelPER, "")
	mustDo(t, e.Accept(name.ID))
	il := add("il", "a-t-il", annotate.LabelPER, annotate.MentionPronoun)
	elle := add("elle", "dit-elle", annotate.LabelPER, annotate.MentionPronoun)
	nom := add("Le diplomate russe", "Le diplomate russe", annotate.LabelPER, annotate.MentionNominal)
	q1 := add("« C'est fini »", "« C'est fini »", annotate.LabelQuote, "")
	q2 := add("« Nox\u0301 🇫🇷 ! »", "« Nox\u0301 🇫🇷 ! »", annotate.LabelQuote, "")
	mustDo(t, e.SetSpeaker(q1.ID, il.ID))
	mustDo(t, e.SetSpeaker(q2.ID, elle.ID))
	mustDo(t, e.AddEntity(&annotate.Entity{Type: annotate.LabelPER, Names: map[string]string{"fr": "Sergueï Lavrov"},
		Mentions: []string{name.ID, il.ID, elle.ID, nom.ID}}))
	mustDo(t, d.Validate())
	return d
}

// mentionsLeftOut returns the WarnMentionsLeftOut warnings among warns.
func mentionsLeftOut(warns []Warning) []Warning {
	var out []Warning
	for _, w := range warns {
		if w.Code == WarnMentionsLeftOut {
			out = append(out, w)
		}
	}
	return out
}

// readExport reads an export's files back (brat from a directory).
func readExport(t *testing.T, format string, files []File) *annotate.Document {
	t.Helper()
	dir := t.TempDir()
	for _, f := range files {
		mustDo(t, os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644))
	}
	path := filepath.Join(dir, files[0].Name)
	if format == "brat" {
		path = filepath.Join(dir, "mentions.ann")
	}
	docs, _, err := ReadFile(path, ReadOptions{Format: format})
	if err != nil || len(docs) != 1 {
		t.Fatalf("%s: reading the export back: %d documents, %v", format, len(docs), err)
	}
	return docs[0]
}

// pers lists a document's PER spans as "text kind".
func pers(d *annotate.Document) []string {
	var out []string
	for _, sp := range d.Spans {
		if sp.Label == annotate.LabelPER {
			out = append(out, d.SpanText(sp)+" "+sp.Mention.String())
		}
	}
	slices.Sort(out)
	return out
}

// TestNERFormatsKeepNamesByDefault: the formats for named-entity recognisers leave the pronouns and
// the description out, with the speaker links to them, and say how many in one coded warning.
func TestNERFormatsKeepNamesByDefault(t *testing.T) {
	d := mentionsDoc(t)
	for _, format := range nerFormats {
		files, warns, err := Write(format, []*annotate.Document{d}, WriteOptions{})
		if err != nil {
			t.Fatal(err)
		}
		ws := mentionsLeftOut(warns)
		if len(ws) != 1 {
			t.Fatalf("%s: %d warnings of mentions left out, want 1: %v", format, len(ws), warns)
		}
		want := map[string]any{"N": 3, "Pronouns": 2, "Nominals": 1, "Links": 2}
		for k, v := range want {
			if ws[0].Args[k] != v {
				t.Errorf("%s: warning %s = %v, want %v (%s)", format, k, ws[0].Args[k], v, ws[0].Msg)
			}
		}
		if !strings.Contains(ws[0].Msg, "--mentions all") {
			t.Errorf("%s: the warning does not say how to keep them: %s", format, ws[0].Msg)
		}
		out := string(files[0].Data)
		switch format {
		case "conll":
			if strings.Count(out, "B-PER") != 1 || strings.Contains(out, "-il\tB") {
				t.Errorf("conll tags more than the name:\n%s", out)
			}
		case "spacy":
			var rec spacyRecord
			mustDo(t, json.Unmarshal(files[0].Data, &rec))
			if len(rec.Entities) != 1 {
				t.Errorf("spacy has entities %v, want Sergueï Lavrov only", rec.Entities)
			}
			if _, ok := rec.Spans["mention"]; ok {
				t.Errorf("spacy has a mention group with the mentions left out: %v", rec.Spans)
			}
		case "w3c":
			if strings.Count(out, `"value": "PER"`) != 1 || strings.Contains(out, "classifying") {
				t.Errorf("w3c tags more than the name:\n%s", out)
			}
		default:
			back := readExport(t, format, files)
			if got := pers(back); !slices.Equal(got, []string{"Sergueï Lavrov name"}) {
				t.Errorf("%s keeps PER %q, want the name only", format, got)
			}
		}
	}
}

// TestNERFormatsKeepAllMentionsWhenAsked: with all mentions, nothing is left out; brat and Label
// Studio mark the kinds and give them back, and so does doccano, W3C classifies them, and CoNLL and spaCy put the
// pronouns of "a-t-il" and "dit-elle" on spaCy's tokens "-il" and "-elle", cutting no word.
func TestNERFormatsKeepAllMentionsWhenAsked(t *testing.T) {
	d := mentionsDoc(t)
	all := []string{"Le diplomate russe nominal", "Sergueï Lavrov name", "elle pronoun", "il pronoun"}
	for _, format := range nerFormats {
		files, warns, err := Write(format, []*annotate.Document{d}, WriteOptions{Mentions: AllMentions})
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range warns {
			if w.Code == WarnMentionsLeftOut || w.Code == WarnWordCut || w.Code == WarnTokenBoundaries {
				t.Errorf("%s: %s", format, w)
			}
		}
		out := string(files[0].Data)
		switch format {
		case "conll":
			for _, want := range []string{"a\tO\n-t\tO\n-il\tB-PER\ndit\tO\n", "dit\tO\n-elle\tB-PER\n", "Le\tB-PER\ndiplomate\tI-PER\nrusse\tI-PER\n"} {
				if !strings.Contains(out, want) {
					t.Errorf("conll has no %q:\n%s", want, out)
				}
			}
			// CoNLL has no place for the kind: its tags make the pronouns names, and it says so.
			var lost []Warning
			for _, w := range warns {
				if w.Code == WarnMentionKindsLost {
					lost = append(lost, w)
				}
			}
			want := "CoNLL keeps no mention kinds: 3 entity mentions that are not names (2 pronouns, 1 description) are tagged as names"
			if len(lost) != 1 || !strings.HasPrefix(lost[0].Msg, want) || lost[0].Args["Pronouns"] != 2 || lost[0].Args["Nominals"] != 1 {
				t.Errorf("conll warns %v, want one %q…", lost, want)
			}
		case "spacy":
			var rec spacyRecord
			mustDo(t, json.Unmarshal(files[0].Data, &rec))
			var got []string
			runes := []rune(rec.Text)
			for _, e := range rec.Entities {
				got = append(got, string(runes[int(e[0].(float64)):int(e[1].(float64))]))
			}
			if want := []string{"Sergueï Lavrov", "-il", "Le diplomate russe", "-elle"}; !slices.Equal(got, want) {
				t.Errorf("spacy entities %q, want %q", got, want)
			}
			got = nil
			for _, m := range rec.Spans["mention"] {
				got = append(got, string(runes[int(m[0].(float64)):int(m[1].(float64))])+" "+m[2].(string))
			}
			if want := []string{"-il pronoun", "Le diplomate russe nominal", "-elle pronoun"}; !slices.Equal(got, want) {
				t.Errorf("spacy mention group %q, want %q", got, want)
			}
		case "w3c":
			if strings.Count(out, `"purpose": "classifying"`) != 3 || !strings.Contains(out, `"value": "pronoun"`) || !strings.Contains(out, `"value": "nominal"`) {
				t.Errorf("w3c does not classify the mentions:\n%s", out)
			}
		default:
			if got := pers(readExport(t, format, files)); !slices.Equal(got, all) {
				t.Errorf("%s gives back PER %q, want %q", format, got, all)
			}
		}
	}
}

// TestGloseKeepsAllMentions: Glose JSON and JSON Lines keep every mention by default (lossless), and
// leave them out when asked for names only, with the warning.
func TestGloseKeepsAllMentions(t *testing.T) {
	d := mentionsDoc(t)
	files, warns, err := Write("glose", []*annotate.Document{d}, WriteOptions{})
	if err != nil || len(mentionsLeftOut(warns)) != 0 {
		t.Fatalf("glose: %v, %v", err, warns)
	}
	back, err := annotate.Unmarshal(files[0].Data, "m.json")
	mustDo(t, err)
	if got := pers(back); len(got) != 4 || !slices.Contains(got, "il pronoun") {
		t.Errorf("glose gives back %q", got)
	}
	files, warns, err = Write("jsonl", []*annotate.Document{d}, WriteOptions{Mentions: NameMentions})
	mustDo(t, err)
	if len(mentionsLeftOut(warns)) != 1 {
		t.Errorf("jsonl of names: warnings %v", warns)
	}
	back, err = annotate.UnmarshalLine(files[0].Data, "m.jsonl", 1)
	mustDo(t, err)
	if got := pers(back); !slices.Equal(got, []string{"Sergueï Lavrov name"}) {
		t.Errorf("jsonl of names keeps %q", got)
	}
	if e := back.Entities[0]; len(e.Mentions) != 1 {
		t.Errorf("the entity keeps mentions %q", e.Mentions)
	}
}

// TestUnknownMentionKindRefused: brat, Label Studio and doccano files with a mention kind Glose does not know
// are refused, naming the file and the place.
func TestUnknownMentionKindRefused(t *testing.T) {
	d := mentionsDoc(t)
	for _, c := range []struct{ format, from, to, place string }{
		{"brat", "Mention T3 pronoun", "Mention T3 PRO", "mentions.ann:"},
		{"labelstudio", `"mention": "pronoun"`, `"mention": "PRO"`, "meta.mention"},
		{"doccano", `"mention":"pronoun"`, `"mention":"PRO"`, "entities["},
	} {
		files, _, err := Write(c.format, []*annotate.Document{d}, WriteOptions{Mentions: AllMentions})
		mustDo(t, err)
		for i := range files {
			if strings.Contains(string(files[i].Data), c.from) {
				files[i].Data = []byte(strings.Replace(string(files[i].Data), c.from, c.to, 1))
			}
		}
		dir := t.TempDir()
		for _, f := range files {
			mustDo(t, os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644))
		}
		path := filepath.Join(dir, files[0].Name)
		if c.format == "brat" {
			path = filepath.Join(dir, "mentions.ann")
		}
		_, _, err = ReadFile(path, ReadOptions{Format: c.format})
		if err == nil || !strings.Contains(err.Error(), c.place) || !strings.Contains(err.Error(), "PRO") {
			t.Errorf("%s: %v, want an error naming %s and the kind", c.format, err, c.place)
		}
	}
}

// TestXLIFFKeepsMentionKinds: XLIFF 2 and 1.2 write the kind of a pronoun or a description in a
// glose:mention attribute of its marker and read it back, so that a round trip through a CAT tool
// does not turn "il" into a name, which CoNLL would then export as B-PER.
func TestXLIFFKeepsMentionKinds(t *testing.T) {
	d := mentionsDoc(t)
	all := []string{"Le diplomate russe nominal", "Sergueï Lavrov name", "elle pronoun", "il pronoun"}
	for _, format := range []string{"xliff", "xliff12"} {
		files, warns, err := Write(format, []*annotate.Document{d}, WriteOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if len(mentionsLeftOut(warns)) > 0 {
			t.Errorf("%s leaves mentions out: %v", format, warns)
		}
		out := string(files[0].Data)
		if i := strings.Index(out, "</source>"); i > 0 {
			out = out[:i] // XLIFF 1.2 copies the French into an untranslated target
		}
		pronoun, nominal := `glose:mention="pronoun"`, `glose:mention="nominal"`
		if format == "xliff12" { // the strict 1.2 schema takes no attribute of another namespace
			pronoun, nominal = `+pronoun"`, `+nominal-auto-0.7"`
		}
		if strings.Count(out, pronoun) != 2 || strings.Count(out, nominal) != 1 {
			t.Errorf("%s does not mark the kinds:\n%s", format, out)
		}
		back := readExport(t, format, files)
		if got := pers(back); !slices.Equal(got, all) {
			t.Errorf("%s gives back PER %q, want %q", format, got, all)
		}
		conll, warns, err := Write("conll", []*annotate.Document{back}, WriteOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if s := string(conll[0].Data); strings.Contains(s, "-il\tB-PER") || !strings.Contains(s, "Sergueï\tB-PER") {
			t.Errorf("%s read back, CoNLL writes:\n%s", format, s)
		}
		if len(mentionsLeftOut(warns)) != 1 {
			t.Errorf("%s read back, CoNLL warns %v", format, warns)
		}
	}
}

// TestXLIFF12ReadsOlderMentionKinds: files written before the kind moved into mtype carried it as the
// attribute glose:mention; they still read.
func TestXLIFF12ReadsOlderMentionKinds(t *testing.T) {
	old := `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:glose="urn:glose:xliff:1">
 <file original="d" source-language="fr" target-language="en" datatype="plaintext"><body>
  <trans-unit id="s1" xml:space="preserve"><source>« Fini », a-t-<mrk mtype="x-glose-PER" mid="t1" glose:mention="pronoun">il</mrk> dit 👍🏽.</source><target state="needs-translation">« Fini », a-t-il dit 👍🏽.</target></trans-unit>
 </body></file>
</xliff>
`
	docs, _, err := Read("old.xlf", []byte(old), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if sp := docs[0].Spans; len(sp) != 1 || sp[0].Mention != annotate.MentionPronoun || docs[0].SpanText(sp[0]) != "il" {
		t.Errorf("spans %+v", sp)
	}
}

// TestMentionsLeftOutSaysNoZeroCount: the warning counts only the kinds there are: a description alone
// is "(1 description)", not "(0 pronouns, 1 description)", and no links go unsaid too.
func TestMentionsLeftOutSaysNoZeroCount(t *testing.T) {
	d := mentionsDoc(t)
	for _, sp := range d.Spans {
		if sp.Mention == annotate.MentionPronoun {
			sp.Mention = ""
		}
	}
	_, warns, err := Write("conll", []*annotate.Document{d}, WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	ws := mentionsLeftOut(warns)
	if len(ws) != 1 || !strings.HasPrefix(ws[0].Msg, "1 entity mention that is not a name left out (1 description): named-entity") {
		t.Errorf("warnings %v", ws)
	}
}

// TestNoTranslationsWarnsOnlyWhenLeftOut: "keeps no translations … left out" was said of a --side both
// export, whose records hold the English; it is said only when the export leaves the English out.
func TestNoTranslationsWarnsOnlyWhenLeftOut(t *testing.T) {
	d := mentionsDoc(t)
	d.Segments[0].Target = "« It's over », he said 👍🏽 — Jose\u0301."
	for _, format := range nerFormats {
		for side, want := range map[Side]bool{FormatSide: true, SourceSide: true, TargetSide: false, BothSides: false} {
			_, warns, err := Write(format, []*annotate.Document{d}, WriteOptions{Side: side})
			if err != nil {
				t.Fatal(err)
			}
			got := slices.ContainsFunc(warns, func(w Warning) bool { return w.Code == WarnNoTranslations })
			if got != want {
				t.Errorf("%s, side %d: translations-left-out warning %v, want %v: %v", format, side, got, want, warns)
			}
		}
	}
}
