package formats

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// ajvPath finds the ajv command: tools/ajv/node_modules/.bin/ajv (after `npm ci --prefix tools/ajv`),
// .tools/node_modules/.bin/ajv, or ajv on PATH; the test skips without it.
func ajvPath(t *testing.T) string {
	t.Helper()
	if out, err := exec.Command("go", "env", "GOMOD").Output(); err == nil && len(out) > 1 {
		root := filepath.Dir(string(bytes.TrimSpace(out)))
		for _, p := range []string{"tools/ajv/node_modules/.bin/ajv", ".tools/node_modules/.bin/ajv"} {
			if _, err := os.Stat(filepath.Join(root, p)); err == nil {
				return filepath.Join(root, p)
			}
		}
	}
	return needTool(t, "ajv")
}

// TestJSONSchemasWithAjv validates the JSON exports with an independent validator (ajv, draft 2020-12,
// with ajv-formats) against the schemas in schemas/ and, for jsonl, annotate/glose.schema.json.
func TestJSONSchemasWithAjv(t *testing.T) {
	ajv := ajvPath(t)
	var docs []*annotate.Document
	for seed := int64(1); seed <= 8; seed++ {
		docs = append(docs, genDoc(t, seed))
	}
	docs = append(docs, mentionsDoc(t)) // pronouns and a description, kept and marked below
	cases := []struct {
		format, schema string
		lines          bool
	}{
		{"doccano", "schemas/doccano.schema.json", true},
		{"spacy", "schemas/spacy.schema.json", true},
		{"labelstudio", "schemas/labelstudio.schema.json", false},
		{"w3c", "schemas/w3c.schema.json", false},
		{"jsonl", "../glose.schema.json", true},
	}
	for _, c := range cases {
		files, _, err := Write(c.format, docs, WriteOptions{Side: BothSides, Mentions: AllMentions})
		if c.format == "jsonl" {
			files, _, err = Write(c.format, docs, WriteOptions{})
		}
		if err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		var data []string
		if c.lines {
			n := 0
			_ = eachLine(files[0].Data, func(_ int, line []byte) error {
				n++
				data = append(data, writeTempIn(t, dir, fmt.Sprintf("line%d.json", n), line))
				return nil
			})
		} else {
			data = append(data, writeTempIn(t, dir, "data.json", files[0].Data))
		}
		args := []string{"validate", "--spec=draft2020", "-c", "ajv-formats", "--strict=false", "-s", c.schema}
		for _, d := range data {
			args = append(args, "-d", d)
		}
		out, err := exec.Command(ajv, args...).CombinedOutput()
		if err != nil {
			t.Fatalf("%s: ajv: %v\n%s", c.format, err, out)
		}
	}
}

// TestSchemasRejectBadExports makes sure the schemas can fail: a doccano line with a negative offset.
func TestSchemasRejectBadExports(t *testing.T) {
	ajv := ajvPath(t)
	p := writeTempIn(t, t.TempDir(), "bad.json", []byte(`{"id":"x","text":"a","entities":[{"id":1,"label":"PER","start_offset":-1,"end_offset":1}],"relations":[]}`))
	out, err := exec.Command(ajv, "validate", "--spec=draft2020", "-c", "ajv-formats", "-s", "schemas/doccano.schema.json", "-d", p).CombinedOutput()
	if err == nil {
		t.Fatalf("ajv accepted a negative offset:\n%s", out)
	}
}

func writeTempIn(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}
