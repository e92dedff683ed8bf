package glossary

import (
	"context"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// TestImportCSVSeparatorsAndEncodings reads glossaries as spreadsheets write them: semicolons (Excel
// in French), tabs, commas; a byte-order mark; Windows-1252 and Latin-1 bytes; and says which line
// is wrong when a row is.
func TestImportCSVSeparatorsAndEncodings(t *testing.T) {
	cp1252 := func(s string) string {
		b, err := charmap.Windows1252.NewEncoder().String(s)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	latin1 := func(s string) string {
		b, err := charmap.ISO8859_1.NewEncoder().String(s)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	tests := []struct {
		name, csv string
		want      []string // source → target | note, in the glossary's order
		err       string
	}{
		{"semicolons, no header", "Moscou;Moskva\nMaison-Blanche;White House\n",
			[]string{"Maison-Blanche → White House | ", "Moscou → Moskva | "}, ""},
		{"semicolons, French header, BOM, CRLF, note with a comma", "\ufeffTerme;Traduction;Note\r\n« Élysée »;“Élysée”;palais, Paris\r\nCafe\u0301 👍🏽;coffee 🇫🇷;\r\n",
			[]string{"Cafe\u0301 👍🏽 → coffee 🇫🇷 | ", "« Élysée » → “Élysée” | palais, Paris"}, ""},
		{"Excel's empty columns and rows", "Moscou;Moscow;;\n;;;\nParis;Paris;capitale;\n",
			[]string{"Moscou → Moscow | ", "Paris → Paris | capitale"}, ""},
		{"tabs", "source\ttarget\nSergueï Lavrov\tSergei Lavrov\n", []string{"Sergueï Lavrov → Sergei Lavrov | "}, ""},
		{"commas with a semicolon in a quoted note", "source,target,note\nMoscou,Moscow,\"ville; capitale\"\n",
			[]string{"Moscou → Moscow | ville; capitale"}, ""},
		{"a tie: the separator every row fits", "Paris, la ville;Paris\nLyon;Lyon\n",
			[]string{"Lyon → Lyon | ", "Paris, la ville → Paris | "}, ""},
		{"Windows-1252", cp1252("Cœur;Heart\nl’Élysée;the Élysée; « palais » €\n"),
			[]string{"Cœur → Heart | ", "l’Élysée → the Élysée | « palais » €"}, ""},
		{"Latin-1", latin1("Sergueï;Sergei\nÉtats-Unis;United States\n"),
			[]string{"États-Unis → United States | ", "Sergueï → Sergei | "}, ""},
		{"mixed encodings refused", "Élysée;Elysee\n" + latin1("Sergueï;Sergei\n"), nil, "mixes UTF-8"},
		{"a row without target names its line", "Moscou;Moscow\nParis\nLyon;Lyon\n", nil, `CSV line 2: expected source;target[;note[;match case]]`},
		{"four fields", "Moscou;Moscow;a;b\n", nil, "CSV line 1"},
		{"a bad quote names its line", "Moscou;Moscow\nParis;\"Paris\n", nil, "CSV line 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := openTemp(t)
			_, err := g.ImportCSV(context.Background(), strings.NewReader(tt.csv))
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("error %v, want %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			es, err := g.Entries(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range es {
				got = append(got, e.Source+" → "+e.Target+" | "+e.Note)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("entries\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
