package formats

import (
	"strings"
	"testing"
)

// TestTMXDocumentCodesLeftOut: a TMX opened as a document keeps the text of its segments without the
// inline codes' native content (« <b> » must not reach the French), and says how many codes it left
// out, in how many units, from which line.
func TestTMXDocumentCodesLeftOut(t *testing.T) {
	const tmx = `<?xml version="1.0"?>
<tmx version="1.4"><header srclang="fr" datatype="plaintext" segtype="sentence" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="x"/><body>
<tu><tuv xml:lang="fr"><seg>Bonjour.</seg></tuv><tuv xml:lang="en"><seg>Hello.</seg></tuv></tu>
<tu><tuv xml:lang="fr"><seg>Le <bpt i="1">&lt;b&gt;</bpt>« président » 🇫🇷<ept i="1">&lt;/b&gt;</ept> a parlé de Noe` + "\u0308" + `l.<ph>&lt;br/&gt;</ph></seg></tuv>
<tuv xml:lang="en"><seg>The <bpt i="1">&lt;b&gt;</bpt>president<ept i="1">&lt;/b&gt;</ept> spoke.</seg></tuv></tu>
</body></tmx>`
	docs, warns, err := Read("m.tmx", []byte(tmx), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	if strings.Contains(d.Text, "<b>") || !strings.Contains(d.Text, "Le « président » 🇫🇷 a parlé de Noël.") {
		t.Errorf("text %q", d.Text)
	}
	if got := d.Segments[1].Target; got != "The president spoke." {
		t.Errorf("target %q", got)
	}
	var found bool
	for _, w := range warns {
		if w.Code == WarnTMXCodesLeftOut {
			found = true
			if w.Args["N"] != 5 || w.Args["Units"] != 1 || w.Args["Line"] != 4 {
				t.Errorf("args %v", w.Args)
			}
			if !strings.Contains(w.Msg, "line 4: 5 inline codes in 1 translation unit left out of the document") {
				t.Errorf("message %q", w.Msg)
			}
		}
	}
	if !found {
		t.Errorf("no %s warning in %v", WarnTMXCodesLeftOut, warns)
	}
}
