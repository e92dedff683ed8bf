package formats

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/plaintext"
)

// omegatProject is an OmegaT project: French to British English, sentence segmentation off, so that a
// paragraph of the source file is one OmegaT segment and matches a paragraph-level TMX unit.
const omegatProject = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <source_dir_excludes>
      <mask>**/.svn/**</mask>
    </source_dir_excludes>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>FR</source_lang>
    <target_lang>EN-GB</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneFrenchTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
    <sentence_seg>false</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
`

// omegatDoc is a two-paragraph article, translated, with accents, guillemets and an emoji.
func omegatDoc(t *testing.T) (*annotate.Document, string) {
	t.Helper()
	text := "Le président a reçu « Sergueï Lavrov » à l'Élysée. La réunion a duré une heure 😀.\n\nLe café était fermé."
	d, err := plaintext.Import("article.txt", []byte(text), plaintext.Options{})
	if err != nil {
		t.Fatal(err)
	}
	targets := []string{"The president received “Sergei Lavrov” at the Élysée.", "The meeting lasted an hour 😀.", "The café was closed."}
	if len(d.Segments) != len(targets) {
		t.Fatalf("segmentation gave %d segments, want %d", len(d.Segments), len(targets))
	}
	for i, s := range d.Segments {
		s.Target, s.Status = targets[i], annotate.StatusTranslated
	}
	return d, text
}

// TestOmegaTReadsParagraphTMX runs OmegaT (Debian package omegat) headless on a project whose
// translation memory is our paragraph-level TMX, and checks that it writes the English.
func TestOmegaTReadsParagraphTMX(t *testing.T) {
	omegat := needTool(t, "omegat")
	d, text := omegatDoc(t)
	files, _, err := Write("tmx", []*annotate.Document{d}, WriteOptions{Paragraphs: true})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	if keep := os.Getenv("GLOSE_KEEP_OMEGAT"); keep != "" {
		dir = keep
	}
	for name, data := range map[string][]byte{
		"omegat.project":          []byte(omegatProject),
		"source/article.txt":      []byte(text + "\n"),
		"omegat/project_save.tmx": files[0].Data,
	} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, sub := range []string{"target", "tm", "glossary", "dictionary"} {
		_ = os.MkdirAll(filepath.Join(dir, sub), 0o755)
	}
	cmd := exec.Command(omegat, "--mode=console-translate", dir)
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir(), "JAVA_TOOL_OPTIONS=-Djava.awt.headless=true")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("omegat: %v\n%s", err, out)
	}
	got, err := os.ReadFile(filepath.Join(dir, "target", "article.txt"))
	if err != nil {
		t.Fatalf("OmegaT wrote no target file: %v\n%s", err, out)
	}
	for _, want := range []string{"The president received “Sergei Lavrov” at the Élysée. The meeting lasted an hour 😀.", "The café was closed."} {
		if !strings.Contains(string(got), want) {
			t.Fatalf("target/article.txt lacks %q:\n%s\nOmegaT said:\n%s", want, got, out)
		}
	}
}
