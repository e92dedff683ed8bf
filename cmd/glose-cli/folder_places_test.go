package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestFolderDocumentsNamedByTheirFile: a message about a document of a folder of Glose files names
// the file holding it, the one to open and correct, where import, export, qa and project named it
// as the folder's Nth document ("reviewed/ (document 2)"), which says nothing of which file it is.
func TestFolderDocumentsNamedByTheirFile(t *testing.T) {
	dir := t.TempDir()
	files := annotatedFiles(t, dir, teamTexts[:2])
	folder := filepath.Join(dir, "reviewed")
	copyFile(t, files[0], filepath.Join(folder, "alice.json"))
	copyFile(t, files[0], filepath.Join(folder, "bob.json")) // the same article, the same ID
	alice, bob := filepath.Join(folder, "alice.json"), filepath.Join(folder, "bob.json")
	renamed := bob + `: the document ID "t0" is also that of ` + alice + `; renamed "t0-2"`
	for _, args := range [][]string{
		{"import", "-o", filepath.Join(dir, "out.jsonl"), folder},
		{"export", "--to", "jsonl", "-o", filepath.Join(dir, "out.jsonl"), folder},
		{"qa", "--fail-on", "never", folder},
	} {
		code, _, stderr := runCLI(t, args...)
		if code != 0 || !strings.Contains(stderr, renamed) {
			t.Errorf("%s FOLDER: exit %d, stderr %q; want %q", args[0], code, stderr, renamed)
		}
	}
	code, _, stderr := runCLI(t, "project", folder)
	if want := bob + `: the document ID "t0" is also that of ` + alice + ": IDs must be unique"; code != 1 || !strings.Contains(stderr, want) {
		t.Errorf("project FOLDER: exit %d, %q; want 1 and %q", code, stderr, want)
	}
}

// TestValidateAFolder: validate takes a folder of Glose files, as the other commands that read
// documents do, checking each of its files (reviewed/ after a team's review), where it said
// "is a directory".
func TestValidateAFolder(t *testing.T) {
	dir := t.TempDir()
	files := annotatedFiles(t, dir, teamTexts[:2])
	folder := filepath.Dir(files[0])
	code, stdout, stderr := runCLI(t, "validate", folder)
	for _, f := range files {
		if want := f + ": valid glose/1"; code != 0 || !strings.Contains(stdout, want) {
			t.Errorf("validate FOLDER: exit %d, %q %s; want %q", code, stdout, stderr, want)
		}
	}
	writeFile(t, folder, "zz.json", "{")
	code, _, stderr = runCLI(t, "validate", "-q", folder)
	if want := "1 of 3 files invalid"; code != 1 || !strings.Contains(stderr, filepath.Join(folder, "zz.json")) || !strings.Contains(stderr, want) {
		t.Errorf("a folder with a broken file: exit %d, %q; want 1, the file named and %q", code, stderr, want)
	}
}
