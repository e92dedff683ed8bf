package formats

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// bratText has an accented letter, « guillemets », an emoji outside the BMP, a letter with a combining
// mark that NFC keeps apart, and a paragraph break. Code points: « 3, 😀 10, \n 11-12, x 13, » 21, É 27.
const bratText = "Le « café 😀\n\nx\u0301 fini » dit Élysée."

// readBratPair imports an .ann with its .txt, as if both were files on disk.
func readBratPair(t *testing.T, files map[string]string, main string) ([]*annotate.Document, []Warning, error) {
	t.Helper()
	open := func(name string) ([]byte, error) {
		if s, ok := files[name]; ok {
			return []byte(s), nil
		}
		return nil, fmt.Errorf("no file %s", name)
	}
	return Read(main, []byte(files[main]), ReadOptions{Open: open})
}

// describe lists a document's spans as "label origin «text» note" and its links as "type from→to origin".
func describe(d *annotate.Document) []string {
	var out []string
	for _, sp := range d.Spans {
		out = append(out, fmt.Sprintf("%s %s %s «%s» %s", sp.ID, sp.Label, sp.Origin, d.SpanText(sp), sp.Note))
	}
	for _, l := range d.Links {
		out = append(out, fmt.Sprintf("%s %s→%s %s %v", l.Type, l.From, l.To, l.Origin, l.Confidence))
	}
	return out
}

func warningTexts(ws []Warning) []string {
	var out []string
	for _, w := range ws {
		out = append(out, w.String())
	}
	return out
}

func TestReadBratFragments(t *testing.T) {
	cases := []struct {
		name, text, ann string
		want, warns     []string
	}{
		{"brat's own example", "North and South America\n", "T1\tLocation 0 5;16 23\tNorth America\n",
			[]string{"t1 Location human «North» ", "t2 Location human «America» ", "fragment t1→t2 human 1"},
			[]string{`doc.ann:1: T1 (Location) is a discontinuous span: Glose spans are contiguous, so it becomes 2 spans "North", "America", tied by "fragment" links`}},
		{"cut at a paragraph break, as Glose writes it", bratText, "T1\tQUOTE 3 11;13 22\t« café 😀 x\u0301 fini »\n",
			[]string{"t1 QUOTE human «« café 😀\n\nx\u0301 fini »» "}, nil},
		{"older Glose exports: the line break as spaces", bratText, "T1\tQUOTE 3 11;13 22\t« café 😀  x\u0301 fini »\n",
			[]string{"t1 QUOTE human «« café 😀\n\nx\u0301 fini »» "}, nil},
		{"fragments in any order, origin and note on every part", bratText,
			"T1\tPER 27 33;5 9\tÉlysée café\nA1\tOrigin T1 auto\n#1\tAnnotatorNotes T1\tdeux morceaux\n",
			[]string{"t1 PER auto «café» deux morceaux", "t2 PER auto «Élysée» ", "fragment t1→t2 auto 0.5"},
			[]string{`doc.ann:1: T1 (PER) is a discontinuous span: Glose spans are contiguous, so it becomes 2 spans "café", "Élysée", tied by "fragment" links`}},
		{"relations point at the first part", bratText,
			"T1\tQUOTE 3 11;13 22\t« café 😀 x\u0301 fini »\nT2\tPER 27 29;32 33\tÉl e\nR1\tspeaker Arg1:T1 Arg2:T2\n",
			[]string{"t1 QUOTE human «« café 😀\n\nx\u0301 fini »» ", "t2 PER human «Él» ", "t3 PER human «e» ",
				"fragment t2→t3 human 1", "speaker t1→t2 human 1"},
			[]string{`doc.ann:2: T2 (PER) is a discontinuous span: Glose spans are contiguous, so it becomes 2 spans "Él", "e", tied by "fragment" links`}},
	}
	for _, c := range cases {
		docs, warns, err := readBratPair(t, map[string]string{"doc.txt": c.text, "doc.ann": c.ann}, "doc.ann")
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if got := describe(docs[0]); !slices.Equal(got, c.want) {
			t.Fatalf("%s:\n got %q\nwant %q", c.name, got, c.want)
		}
		if got := warningTexts(warns); !slices.Equal(got, c.warns) {
			t.Fatalf("%s: warnings\n got %q\nwant %q", c.name, got, c.warns)
		}
	}
}

func TestReadBratWrongTextSaysWhy(t *testing.T) {
	cases := []struct{ ann, want string }{
		{"T1\tLOC 27 33\tElysee", `doc.ann:1: T1: the .ann gives the text "Elysee", but the text at 27 33 is "Élysée"`},
		{"T1\tLOC 28 34\tÉlysée", `doc.ann:1: T1: the .ann gives the text "Élysée", but the text at 28 34 is "lysée." (the offsets seem to count UTF-16 code units; brat counts Unicode code points)`},
		{"T1\tPER 6 11\tcafé", `doc.ann:1: T1: the .ann gives the text "café", but the text at 6 11 is "afé 😀" (the offsets seem to count UTF-8 bytes; brat counts Unicode code points)`},
		{"T1\tLOC 26 32\tÉlysée", `doc.ann:1: T1: the .ann gives the text "Élysée", but the text at 26 32 is " Élysé" (that text is at 27 33: is the .ann for another version of the .txt?)`},
		{"T1\tLOC 0 2;27 33\tLa Élysée", `doc.ann:1: T1: the .ann gives the text "La Élysée", but the text at 0 2;27 33 is "Le Élysée"`},
		{"T1\tLOC 3 9;5 11\t« café", `doc.ann:1: T1: fragments 3-9 and 5-11 overlap`},
		{"T1\tPER 5 9\tcafé\nT2\tMISC 13 14\tx", `doc.ann:2: entity T2 (MISC) at [13, 14) (Unicode code points) splits a character: its end falls between 'x' and the combining mark U+0301 that belongs to it (in "afé 😀\n\nx́ fini » d"); move it so the whole character is inside or outside`},
		{"T1\tPER 5 9\tcafé\nR1\tspeaker Arg1:T1 Arg2:T1\nT1\tLOC 27 33\tÉlysée",
			`doc.ann:3: T1: two spans have the ID T1, PER "café" (line 1) and LOC "Élysée": IDs must be unique for relations to name one span`},
		{"T1\tLOC 3 9;5\t« café", `doc.ann:1: T1: offsets "5": expected two numbers (START END), fragments separated by ";"`},
	}
	for _, c := range cases {
		_, _, err := readBratPair(t, map[string]string{"doc.txt": bratText, "doc.ann": c.ann}, "doc.ann")
		if err == nil || err.Error() != c.want {
			t.Fatalf("%s:\n got %v\nwant %s", c.ann, err, c.want)
		}
	}
}

// bratDoc is a one-document fixture: bratText in two paragraphs, with the spans given as (text, label,
// origin, confidence, note); each text is found in bratText from the end of the previous one.
func bratDoc(t *testing.T, id string, spans ...[5]any) *annotate.Document {
	t.Helper()
	d := annotate.NewDocument(id, "", bratText, "fr", "en")
	p := strings.Index(bratText, "\n\n")
	d.AddSegment(0, p, 0, annotate.KindSentence)
	d.AddSegment(p+2, len(bratText), 1, annotate.KindSentence)
	from := 0
	labels := map[string]bool{}
	for i, s := range spans {
		labels[s[1].(string)] = true
		text := s[0].(string)
		k := from + strings.Index(bratText[from:], text)
		d.Spans = append(d.Spans, &annotate.Span{ID: fmt.Sprintf("s%d", i+1), Side: annotate.Source, Start: k, End: k + len(text),
			Label: s[1].(string), Origin: s[2].(annotate.Origin), Confidence: s[3].(float64), Note: s[4].(string)})
		from = k
	}
	addLabels(d, labels)
	d = fresh(d)
	mustDo(t, d.Validate())
	return d
}

// bratFiles exports docs as brat and returns the files by name, with the warnings.
func bratFiles(t *testing.T, docs ...*annotate.Document) (map[string]string, []string) {
	t.Helper()
	files, warns, err := Write("brat", docs, WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, f := range files {
		out[f.Name] = string(f.Data)
	}
	return out, warningTexts(warns)
}

func TestBratSpanAcrossLineBreakRoundTrip(t *testing.T) {
	d := bratDoc(t, "d", [5]any{"« café 😀\n\nx\u0301 fini »", annotate.LabelQuote, annotate.Human, 1.0, ""})
	files, _ := bratFiles(t, d)
	if want := "T1\tQUOTE 3 11;13 22\t« café 😀 x\u0301 fini »\n"; files["d.ann"] != want {
		t.Fatalf("got %q\nwant %q", files["d.ann"], want)
	}
	docs, warns, err := readBratPair(t, files, "d.ann")
	if err != nil || len(warns) != 0 {
		t.Fatalf("%v %q", err, warningTexts(warns))
	}
	if got, want := describe(docs[0]), []string{"t1 QUOTE human «« café 😀\n\nx\u0301 fini »» "}; !slices.Equal(got, want) {
		t.Fatalf("got %q\nwant %q", got, want)
	}
}

func TestBratKeepsOriginsOfSpansAndLinks(t *testing.T) {
	d := bratDoc(t, "d",
		[5]any{"« café 😀\n\nx\u0301 fini »", annotate.LabelQuote, annotate.Human, 1.0, ""},
		[5]any{"Élysée", annotate.LabelPER, annotate.Auto, 0.87, ""})
	d.Links = []*annotate.Link{
		{ID: "l1", Type: annotate.LinkSpeaker, From: "s1", To: "s2", Origin: annotate.Auto, Confidence: 0.9},
		{ID: "l2", Type: "mention", From: "s1", To: "s2", Origin: annotate.Human, Confidence: 1},
	}
	d = fresh(d)
	files, warns := bratFiles(t, d)
	want := "T1\tQUOTE 3 11;13 22\t« café 😀 x\u0301 fini »\nT2\tPER 27 33\tÉlysée\nA1\tOrigin T2 auto\n" +
		"R1\tspeaker Arg1:T1 Arg2:T2\n#1\tAnnotatorNotes R1\tOrigin auto\nR2\tmention Arg1:T1 Arg2:T2\n"
	if files["d.ann"] != want {
		t.Fatalf("got\n%s\nwant\n%s", files["d.ann"], want)
	}
	wantWarns := []string{"d: brat keeps no confidences: 1 suggested span and 1 suggested link are marked as suggestions (origin auto) but come back with confidence 0.5"}
	if !slices.Equal(warns, wantWarns) {
		t.Fatalf("warnings\n got %q\nwant %q", warns, wantWarns)
	}
	docs, rwarns, err := readBratPair(t, files, "d.ann")
	if err != nil || len(rwarns) != 0 {
		t.Fatalf("%v %q", err, warningTexts(rwarns))
	}
	got := describe(docs[0])
	wantDoc := []string{"t1 QUOTE human «« café 😀\n\nx\u0301 fini »» ", "t2 PER auto «Élysée» ",
		"speaker t1→t2 auto 0.5", "mention t1→t2 human 1"}
	if !slices.Equal(got, wantDoc) {
		t.Fatalf("got %q\nwant %q", got, wantDoc)
	}
}

func TestReadBratNotesOnRelations(t *testing.T) {
	ann := "T1\tPER 5 9\tcafé\nT2\tLOC 27 33\tÉlysée\nR1\tat Arg1:T1 Arg2:T2\n#1\tAnnotatorNotes R1\tà vérifier\n#2\tAnnotatorNotes E4\tévénement\n#3\tAnnotatorNotes T2\tligne 1\n#4\tAnnotatorNotes T2\tligne 2\n"
	docs, warns, err := readBratPair(t, map[string]string{"doc.txt": bratText, "doc.ann": ann}, "doc.ann")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"t1 PER human «café» ", "t2 LOC human «Élysée» ligne 1\nligne 2", "at t1→t2 human 1"}
	if got := describe(docs[0]); !slices.Equal(got, want) {
		t.Fatalf("got %q\nwant %q", got, want)
	}
	wantWarns := []string{"doc.ann:4: the note on relation R1 is not kept: Glose links have no notes",
		"doc.ann:5: the note on E4 is not kept: there is no span or relation E4"}
	if got := warningTexts(warns); !slices.Equal(got, wantWarns) {
		t.Fatalf("warnings\n got %q\nwant %q", got, wantWarns)
	}
}

func TestBratTypesKeepGloseLabels(t *testing.T) {
	d := bratDoc(t, "d",
		[5]any{"café", "Nom propre", annotate.Human, 1.0, "boisson\nchaude\u2028ou pas"},
		[5]any{"café", "Nom_propre", annotate.Human, 1.0, ""},
		[5]any{"fini", "Lieu géographique", annotate.Human, 1.0, ""},
		[5]any{"Élysée", "A|B", annotate.Human, 1.0, ""})
	d.Links = []*annotate.Link{{ID: "l1", Type: "dit par", From: "s1", To: "s4", Origin: annotate.Human, Confidence: 1}}
	d = fresh(d)
	files, warns := bratFiles(t, d)
	want := "T1\tNom_propre_2 5 9\tcafé\n#1\tAnnotatorNotes T1\tboisson chaude ou pas\nT2\tNom_propre 5 9\tcafé\n" +
		"T3\tLieu_geographique 16 20\tfini\nT4\tA_B 27 33\tÉlysée\nR1\tdit_par Arg1:T1 Arg2:T4\n"
	if files["d.ann"] != want {
		t.Fatalf("got\n%s\nwant\n%s", files["d.ann"], want)
	}
	wantConf := "# brat configuration written by Glose\n[entities]\nA_B\nLieu_geographique\nNom_propre\nNom_propre_2\n\n" +
		"[relations]\nspeaker\tArg1:QUOTE, Arg2:<ENTITY>\ncue\tArg1:QUOTE, Arg2:CUE\ndit_par\tArg1:<ENTITY>, Arg2:<ENTITY>\n" +
		"<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n\n[events]\n\n[attributes]\nOrigin\tArg:<ENTITY>, Value:auto|human\n"
	if files["annotation.conf"] != wantConf {
		t.Fatalf("annotation.conf:\n%s", files["annotation.conf"])
	}
	wantVis := "# brat display names written by Glose: the Glose label of each type brat cannot store as it is\n[labels]\n" +
		"Lieu_geographique | Lieu géographique\nNom_propre_2 | Nom propre\ndit_par | dit par\n"
	if files["visual.conf"] != wantVis {
		t.Fatalf("visual.conf:\n%s", files["visual.conf"])
	}
	wantWarns := []string{
		`the label "A|B" is the brat type A_B, and visual.conf cannot give its name back (it has a "|" or a line break, or starts or ends with a space): it comes back as A_B`,
		`d: the note on span s1 (Nom propre "café") has line breaks, which brat notes cannot hold: they become spaces`,
	}
	if !slices.Equal(warns, wantWarns) {
		t.Fatalf("warnings\n got %q\nwant %q", warns, wantWarns)
	}
	docs, _, err := readBratPair(t, files, "d.ann")
	if err != nil {
		t.Fatal(err)
	}
	wantDoc := []string{"t1 Nom propre human «café» boisson chaude ou pas", "t2 Nom_propre human «café» ",
		"t3 Lieu géographique human «fini» ", "t4 A_B human «Élysée» ", "dit par t1→t4 human 1"}
	if got := describe(docs[0]); !slices.Equal(got, wantDoc) {
		t.Fatalf("got %q\nwant %q", got, wantDoc)
	}
}

func TestReadBratVisualKeepsOnlyStorageNames(t *testing.T) {
	vis := "[labels]\nPER | Person | P\nNom_propre | Nom propre | NP\nPays_3 | Pays\nX_y | X-y\n# Lieu | Lieu\n[drawing]\nNom_propre_2 | Nom propre\n"
	got := readBratVisual([]byte(vis))
	want := map[string]string{"Nom_propre": "Nom propre", "Pays_3": "Pays"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Fatalf("got %v\nwant %v", got, want)
	}
}

func TestBratFileNamesKeepIDs(t *testing.T) {
	cases := []struct {
		ids   []string
		side  Side
		names []string // without extension, one per view
		back  []string // the IDs the import gives
		warns []string
	}{
		{[]string{"../x", "x/y", "x_y", "x.y", "x.", "Élysée « 2024 »", "100%", "CON", "lpt1.txt", "😀", "e\u0301"}, SourceSide,
			[]string{"%2E.%2Fx", "x%2Fy", "x_y", "x.y", "x%2E", "Élysée%20%C2%AB%202024%20%C2%BB", "100%25", "%43ON", "%6Cpt1.txt", "%F0%9F%98%80", "e%CC%81"},
			[]string{"../x", "x/y", "x_y", "x.y", "x.", "Élysée « 2024 »", "100%", "CON", "lpt1.txt", "😀", "e\u0301"}, nil},
		{[]string{"a", "a.target"}, BothSides,
			[]string{"a", "a.target", "a%2Etarget", "a%2Etarget.target"},
			[]string{"a", "a#target", "a.target", "a.target#target"}, nil},
		{[]string{"Doc", "doc"}, SourceSide, // (a document without an ID is refused before any export)
			[]string{"Doc", "doc~2"},
			[]string{"Doc", "doc~2"},
			[]string{`doc: written as doc~2.ann and doc~2.txt, as doc.ann is taken by an ID that differs only in case (Windows and macOS do not tell them apart): its import gives it the ID "doc~2"`}},
	}
	for _, c := range cases {
		var docs []*annotate.Document
		for _, id := range c.ids {
			docs = append(docs, bratDoc(t, id))
		}
		files, warns, err := Write("brat", docs, WriteOptions{Side: c.side})
		if err != nil {
			t.Fatal(err)
		}
		byName := map[string]string{}
		var names []string
		for _, f := range files {
			byName[f.Name] = string(f.Data)
			if stem, ok := strings.CutSuffix(f.Name, ".ann"); ok {
				names = append(names, stem)
			}
		}
		if !slices.Equal(names, c.names) {
			t.Fatalf("%q: names\n got %q\nwant %q", c.ids, names, c.names)
		}
		var got []string
		for _, w := range warningTexts(warns) {
			if !strings.Contains(w, "target spans left out") && !strings.Contains(w, "keeps no translations") && !strings.Contains(w, "no translation yet") {
				got = append(got, w)
			}
		}
		if !slices.Equal(got, c.warns) {
			t.Fatalf("%q: warnings\n got %q\nwant %q", c.ids, got, c.warns)
		}
		for i, n := range names {
			back, _, err := readBratPair(t, byName, n+".ann")
			if err != nil || back[0].ID != c.back[i] {
				t.Fatalf("%s.ann: ID %q, want %q (%v)", n, back[0].ID, c.back[i], err)
			}
		}
	}
}

func TestBratDocID(t *testing.T) {
	cases := map[string]string{
		"DOC-1000":                   "DOC-1000",        // brat's own example
		"100%":                       "100%",            // not an escape: taken as it is
		"E\u0301lyse\u0301e":         "Élysée",          // decomposed by the file system
		"e%CC%81":                    "e\u0301",         // decomposed in the ID itself
		"a%2Etarget.target":          "a.target#target", // the target view of the document "a.target"
		"x%2Fy":                      "x/y",
		"%2E%2E%2Fetc%2Fpasswd.ann2": "../etc/passwd.ann2",
	}
	for stem, want := range cases {
		if got := bratDocID(stem); got != want {
			t.Errorf("%q: got %q, want %q", stem, got, want)
		}
	}
}

func TestBratWarnsAboutEdgeLineBreaks(t *testing.T) {
	d := bratDoc(t, "d", [5]any{"😀\n\n", annotate.LabelMISC, annotate.Human, 1.0, ""})
	files, warns := bratFiles(t, d)
	if want := "T1\tMISC 10 11\t😀\n"; files["d.ann"] != want {
		t.Fatalf("got %q, want %q", files["d.ann"], want)
	}
	want := []string{`d: span s1 (MISC "😀") starts or ends with a line break, which brat fragments cannot hold: it comes back without it`}
	if !slices.Equal(warns, want) {
		t.Fatalf("warnings\n got %q\nwant %q", warns, want)
	}
}

// TestBratDiscontinuousSpanRoundTrip: a discontinuous brat span, which the import makes parts tied by
// "fragment" links, is written back as one brat span of those fragments, in text order, with its
// attributes, note and relations on it: brat → Glose → brat gave two spans and a "fragment" relation.
// A "fragment" link between spans of different labels is a relation like any other.
func TestBratDiscontinuousSpanRoundTrip(t *testing.T) {
	ann := "T1\tPER 27 33;5 9\tÉlysée café\nA1\tOrigin T1 auto\n#1\tAnnotatorNotes T1\tdeux morceaux\n" +
		"T2\tQUOTE 3 11;13 22\t« café 😀 x\u0301 fini »\nR1\tspeaker Arg1:T2 Arg2:T1\n"
	docs, _, err := readBratPair(t, map[string]string{"doc.txt": bratText, "doc.ann": ann}, "doc.ann")
	if err != nil {
		t.Fatal(err)
	}
	files, _, err := Write("brat", docs, WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := "T1\tQUOTE 3 11;13 22\t« café 😀 x\u0301 fini »\nT2\tPER 5 9;27 33\tcafé Élysée\nA1\tOrigin T2 auto\n" +
		"#1\tAnnotatorNotes T2\tdeux morceaux\nR1\tspeaker Arg1:T1 Arg2:T2\n"
	byName := map[string]string{}
	for _, f := range files {
		byName[f.Name] = string(f.Data)
	}
	if got := byName["doc.ann"]; got != want {
		t.Errorf("doc.ann:\n%s\nwant:\n%s", got, want)
	}
	if strings.Contains(byName["annotation.conf"], "fragment") {
		t.Errorf("annotation.conf declares the fragment links it no longer writes:\n%s", byName["annotation.conf"])
	}
	// Different labels: no span to make, the link stays a relation.
	d := docs[0]
	d.Spans[0].Label = "LOC"
	files, _, err = Write("brat", []*annotate.Document{d}, WriteOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if f.Name == "doc.ann" && !strings.Contains(string(f.Data), "\tfragment Arg1:") {
			t.Errorf("a fragment link between a LOC and a PER was dropped:\n%s", f.Data)
		}
	}
}
