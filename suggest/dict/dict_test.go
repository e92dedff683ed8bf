package dict

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"encoding/binary"
	"fmt"
	"hash/crc32"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// articles of the test dictionary (written for these tests, in FreeDict's layout).
var articles = []struct{ headword, text string }{
	{"00databaseshort", "Test dictionary\n"},
	{"arriver", "arriver /aʀive/ <v>\nto arrive, to happen\n"},
	{"chat", "chat /ʃa/ <n, masc>\ncat\n"},
	{"cheval", "cheval /ʃəval/ <n, masc>\nhorse\n"},
	{"été", "été /ete/ <n, masc>\nsummer\n"},
	{"grand", "grand /gʀɑ̃/ <adj>\nbig, tall\ngreat\n"},
	{"Moscou", "Moscou /mosku/ <n>\nMoscow\n"},
	{"parler", "parler /paʀle/ <v>\nto speak, to talk\n"},
	{"émoji", "émoji <n>\nemoji 😀\n"},
	{"etatsunis", "Etats-Unis /etaz yni/ <n>\nUnited States\n"}, // FreeDict's index drops the hyphen
	{"pomme de terre", "pomme de terre <n, fem>\npotato\n"},
	{"choufleur", "chou-fleur <n, masc>\ncauliflower\n"},
	{"coffrefort", "coffre-fort <n, masc>\nsafe\n"},
	{"devenir", "devenir /dəvniʀ/ <v>\nto become\n"},
	{"être", "être /ɛtʀ/ <v>\nto be\n"},
	{"serre", "serre /sɛʀ/ <n, fem>\ngreenhouse\n"},
	{"prendre", "prendre /pʀɑ̃dʀ/ <v>\nto take\n"},
	{"tir", "tir /tiʀ/ <n, masc>\nshot\n"},
	{"tirer", "tirer /tiʀe/ <v>\nto pull\n"},
}

func encode64(v int64) string {
	if v == 0 {
		return "A"
	}
	var s []byte
	for ; v > 0; v /= 64 {
		s = append([]byte{b64[v%64]}, s...)
	}
	return string(s)
}

// writeDict writes prefix.index and the data in the given form: "dict", "dz" (dictzip with
// chunks of chunkLen bytes) or "gz" (gzip without the random-access header).
func writeDict(t *testing.T, form string, chunkLen int) string {
	t.Helper()
	prefix := filepath.Join(t.TempDir(), "test-fra-eng")
	var data, index bytes.Buffer
	for _, a := range articles {
		fmt.Fprintf(&index, "%s\t%s\t%s\n", a.headword, encode64(int64(data.Len())), encode64(int64(len(a.text))))
		data.WriteString(a.text)
	}
	write := func(name string, b []byte) {
		if err := os.WriteFile(prefix+name, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(".index", index.Bytes())
	switch form {
	case "dict":
		write(".dict", data.Bytes())
	case "gz":
		var gz bytes.Buffer
		zw := gzip.NewWriter(&gz)
		zw.Write(data.Bytes())
		zw.Close()
		write(".dict.dz", gz.Bytes())
	case "dz":
		write(".dict.dz", dictzip(t, data.Bytes(), chunkLen))
	}
	return prefix
}

// dictzip compresses data as dictzip does: each chunk deflated on its own and flushed, the chunk
// sizes in an "RA" extra field, then a normal gzip trailer.
func dictzip(t *testing.T, data []byte, chunkLen int) []byte {
	var body bytes.Buffer
	var sizes []uint16
	for off := 0; off < len(data); off += chunkLen {
		start := body.Len()
		fw, _ := flate.NewWriter(&body, flate.BestCompression)
		fw.Write(data[off:min(off+chunkLen, len(data))])
		if off+chunkLen >= len(data) {
			fw.Close()
		} else {
			fw.Flush()
		}
		sizes = append(sizes, uint16(body.Len()-start))
	}
	ra := []byte{'R', 'A', 0, 0, 1, 0, 0, 0, 0, 0}
	binary.LittleEndian.PutUint16(ra[6:], uint16(chunkLen))
	binary.LittleEndian.PutUint16(ra[8:], uint16(len(sizes)))
	for _, s := range sizes {
		ra = binary.LittleEndian.AppendUint16(ra, s)
	}
	binary.LittleEndian.PutUint16(ra[2:], uint16(len(ra)-4))
	out := []byte{0x1f, 0x8b, 8, 0x04 | 0x08, 0, 0, 0, 0, 2, 3}
	out = binary.LittleEndian.AppendUint16(out, uint16(len(ra)))
	out = append(out, ra...)
	out = append(out, "test.dict\x00"...)
	out = append(out, body.Bytes()...)
	out = binary.LittleEndian.AppendUint32(out, crc32.ChecksumIEEE(data))
	out = binary.LittleEndian.AppendUint32(out, uint32(len(data)))
	// The file must also be a valid gzip stream, as dictzip files are.
	zr, err := gzip.NewReader(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	var check bytes.Buffer
	if _, err := check.ReadFrom(zr); err != nil || !bytes.Equal(check.Bytes(), data) {
		t.Fatalf("test dictzip is not valid gzip: %v", err)
	}
	return out
}

func TestLookup(t *testing.T) {
	tests := []struct {
		word, headword, first, form string
	}{
		{"chat", "chat", "cat", ""},
		{"Chats", "chat", "cat", "Chats"},
		{"chevaux", "cheval", "horse", "chevaux"},
		{"grandes", "grand", "big, tall", "grandes"},
		{"parlait", "parler", "to speak, to talk", "parlait"},
		{"parlons", "parler", "to speak, to talk", "parlons"},
		{"parlent", "parler", "to speak, to talk", "parlent"},
		{"arrivée", "arriver", "to arrive, to happen", "arrivée"},
		{"arrivés", "arriver", "to arrive, to happen", "arrivés"},
		{"moscou", "Moscou", "Moscow", ""},
		{"ete", "été", "summer", "ete"},
		{"e\u0301te\u0301", "été", "summer", ""},
		{"émojis", "émoji", "emoji 😀", "émojis"},
		{"États-Unis", "Etats-Unis", "United States", "États-Unis"},
		{"etats-unis", "Etats-Unis", "United States", ""},
		{"pommes de terre", "pomme de terre", "potato", "pommes de terre"},
		{"Pommes de terre", "pomme de terre", "potato", "Pommes de terre"},
		{"choux-fleurs", "chou-fleur", "cauliflower", "choux-fleurs"},
		{"coffres-forts", "coffre-fort", "safe", "coffres-forts"},
		{"deviendrait", "devenir", "to become", "deviendrait"}, // the conditional, of an irregular stem
		{"serait", "être", "to be", "serait"},                  // not "serre"
		{"seront", "être", "to be", "seront"},
		{"prendra", "prendre", "to take", "prendra"},
		{"parlerait", "parler", "to speak, to talk", "parlerait"},
		{"parlerons", "parler", "to speak, to talk", "parlerons"},
		{"tirait", "tirer", "to pull", "tirait"}, // tirer's imperfect, not a conditional of "tir"
		{"xyzzy", "", "", ""},
	}
	for _, form := range []string{"dict", "dz", "gz"} {
		d := Open(writeDict(t, form, 40) + ".index")
		defer d.Close()
		for _, tt := range tests {
			t.Run(form+"/"+tt.word, func(t *testing.T) {
				got, err := d.Lookup(tt.word)
				if err != nil {
					t.Fatal(err)
				}
				if tt.headword == "" {
					if len(got) != 0 {
						t.Errorf("found %+v", got)
					}
					return
				}
				if len(got) != 1 || got[0].Headword != tt.headword || got[0].Senses[0] != tt.first || got[0].Form != tt.form {
					t.Errorf("Lookup(%q) = %+v, want %s: %s (form %q)", tt.word, got, tt.headword, tt.first, tt.form)
				}
			})
		}
	}
}

func TestParseEntry(t *testing.T) {
	e := parseEntry("grand", "grand /gʀɑ̃/ <adj>\nbig, tall\ngreat\n")
	if e.Pronunciation != "gʀɑ̃" || e.Grammar != "adj" || strings.Join(e.Senses, "|") != "big, tall|great" {
		t.Errorf("parseEntry = %+v", e)
	}
}

func TestErrors(t *testing.T) {
	dir := t.TempDir()
	if _, err := Open(filepath.Join(dir, "missing")).Lookup("chat"); err == nil || !strings.Contains(err.Error(), "dict-freedict-fra-eng") {
		t.Errorf("missing index: %v", err)
	}
	bad := filepath.Join(dir, "bad")
	os.WriteFile(bad+".index", []byte("chat\tdG7\tZ\nchien\t!!\tZ\n"), 0o644)
	os.WriteFile(bad+".dict", []byte("x"), 0o644)
	if _, err := Open(bad).Lookup("chat"); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("bad index: %v", err)
	}
	noData := filepath.Join(dir, "nodata")
	os.WriteFile(noData+".index", []byte("chat\tA\tB\n"), 0o644)
	if _, err := Open(noData).Lookup("chat"); err == nil || !strings.Contains(err.Error(), "not found") {
		t.Errorf("no data: %v", err)
	}
	short := writeDict(t, "dict", 0)
	os.WriteFile(short+".dict", []byte("chat"), 0o644)
	if _, err := Open(short).Lookup("chat"); err == nil {
		t.Error("entry beyond the end of the data: no error")
	}
}

// TestInstalledFreeDict uses the real dictionary where dict-freedict-fra-eng is installed.
func TestInstalledFreeDict(t *testing.T) {
	if _, err := os.Stat(DefaultPath + ".index"); err != nil {
		t.Skip("dict-freedict-fra-eng not installed")
	}
	d := Open("")
	defer d.Close()
	for word, want := range map[string]string{"chat": "cat", "Moscou": "Moscow", "maisons": "house", "parlait": "speak",
		"États-Unis": "United States", "aujourd’hui": "today", "arc-en-ciel": "rainbow",
		"pommes de terre": "potato", "grands-pères": "grandfather", "choux-fleurs": "cauliflower",
		"deviendrait": "become", "serait": "be", "pourrait": "be able to", "prendra": "take", "parlerait": "speak"} {
		got, err := d.Lookup(word)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) == 0 || !strings.Contains(strings.Join(got[0].Senses, " "), want) {
			t.Errorf("Lookup(%q) = %+v, want a sense with %q", word, got, want)
		}
	}
}

func BenchmarkLookupInstalled(b *testing.B) {
	if _, err := os.Stat(DefaultPath + ".index"); err != nil {
		b.Skip("dict-freedict-fra-eng not installed")
	}
	d := Open("")
	defer d.Close()
	for b.Loop() {
		if _, err := d.Lookup("chevaux"); err != nil {
			b.Fatal(err)
		}
	}
}

func TestCompoundLemmas(t *testing.T) {
	for word, want := range map[string]string{
		"pommes de terre": "pomme de terre",
		"coffres-forts":   "coffres-fort|coffre-forts|coffre-fort",
		"chevaux-vapeur":  "cheval-vapeur|chevau-vapeur", // guesses, looked up in turn
		"pomme de terre":  "",
		"chevaux":         "", // a word alone: Lemmas
	} {
		if got := strings.Join(CompoundLemmas(word), "|"); got != want {
			t.Errorf("CompoundLemmas(%q) = %q, want %q", word, got, want)
		}
	}
}
