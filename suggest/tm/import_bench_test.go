package tm

import (
	"bytes"
	"context"
	"fmt"
	"path/filepath"
	"testing"
)

// BenchmarkImportTMX100k imports a TMX file of 100,000 units into a new memory, the concordance
// index included (run with -benchtime=1x: one import takes seconds).
func BenchmarkImportTMX100k(b *testing.B) {
	units, _ := syntheticUnits(b, 100_000)
	var tmx bytes.Buffer
	tmx.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n<tmx version=\"1.4\"><header srclang=\"fr\" segtype=\"sentence\"/><body>\n")
	for _, u := range units {
		tmx.WriteString(`<tu><tuv xml:lang="fr"><seg>` + text(u.Source) + `</seg></tuv><tuv xml:lang="en"><seg>` +
			text(u.Target) + "</seg></tuv></tu>\n")
	}
	tmx.WriteString("</body></tmx>\n")
	ctx := context.Background()
	for b.Loop() {
		b.StopTimer()
		m, err := Open(filepath.Join(b.TempDir(), "tm.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		st, err := m.Import(ctx, bytes.NewReader(tmx.Bytes()), ImportOptions{})
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		if n, err := m.Count(ctx); err != nil || st.Units != len(units) {
			b.Fatalf("%d units stored (%d read), %v; want %d read", n, st.Units, err, len(units))
		}
		m.Close()
		b.StartTimer()
	}
}

// BenchmarkIndexOlderMemory100k opens a memory of 100,000 units made before the concordance index
// existed, which indexes them (run with -benchtime=1x).
func BenchmarkIndexOlderMemory100k(b *testing.B) {
	benchmarkOpenOlder(b, `DROP TABLE tm_conc; DROP TRIGGER tm_conc_insert; DROP TRIGGER tm_conc_delete;
		DROP TRIGGER tm_conc_update`)
}

// BenchmarkClaimOlderMemory100k opens a memory of 100,000 units made before claims existed, which
// gives each its claims (run with -benchtime=1x).
func BenchmarkClaimOlderMemory100k(b *testing.B) { benchmarkOpenOlder(b, `DROP TABLE tm_claim`) }

// benchmarkOpenOlder times opening a memory of 100,000 units that drop made as an earlier version
// left it, each confirmed in a segment of its own.
func benchmarkOpenOlder(b *testing.B, drop string) {
	units, _ := syntheticUnits(b, 100_000)
	for i := range units {
		units[i].Origin, units[i].Segment = "news.txt", fmt.Sprint("s", i)
	}
	ctx := context.Background()
	for b.Loop() {
		b.StopTimer()
		path := filepath.Join(b.TempDir(), "tm.db")
		m, err := Open(path)
		if err != nil {
			b.Fatal(err)
		}
		for i := 0; i < len(units); i += 5000 {
			if err := m.AddBatch(ctx, units[i:min(i+5000, len(units))]); err != nil {
				b.Fatal(err)
			}
		}
		if _, err := m.DB().Exec(drop); err != nil {
			b.Fatal(err)
		}
		m.Close()
		b.StartTimer()
		if m, err = Open(path); err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		m.Close()
		b.StartTimer()
	}
}
