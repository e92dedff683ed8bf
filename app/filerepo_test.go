package app

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/storage/repository"
	"fyne.io/fyne/v2/test"
)

// TestFileRepoKeepsWhatFyneCanDo: the repository Glose puts in front of Fyne's own for "file" does
// everything Fyne's does (the file dialogs list, climb, create folders… through it), and is put
// there once however many windows are made.
func TestFileRepoKeepsWhatFyneCanDo(t *testing.T) {
	test.NewTempApp(t) // registers Fyne's own file repository
	fyneRepo, err := repository.ForScheme("file")
	must(t, err)
	ui, _ := newTestUI(t, nil, false)            // a new test driver registers Fyne's repository again
	New(ui.app, Options{Sync: true}).win.Close() // a second window
	ours, err := repository.ForScheme("file")
	must(t, err)
	lazy, ok := ours.(lazyFileRepo)
	if !ok {
		t.Fatalf("the file repository is a %T, want lazyFileRepo", ours)
	}
	if _, twice := lazy.fileRepository.(lazyFileRepo); twice {
		t.Error("the file repository is wrapped twice")
	}
	kinds := []any{
		(*repository.Repository)(nil), (*repository.CustomURIRepository)(nil), (*repository.WritableRepository)(nil),
		(*repository.AppendableRepository)(nil), (*repository.ListableRepository)(nil), (*repository.HierarchicalRepository)(nil),
		(*repository.DeleteAllRepository)(nil), (*repository.CopyableRepository)(nil), (*repository.MovableRepository)(nil),
	}
	for _, k := range kinds {
		iface := reflect.TypeOf(k).Elem()
		if reflect.TypeOf(fyneRepo).Implements(iface) && !reflect.TypeOf(ours).Implements(iface) {
			t.Errorf("Fyne's file repository is a %v, Glose's is not", iface)
		}
	}
}

// TestFileWriterEmptiesOnlyWhenWritten: storage.Writer leaves an existing file as it is until written
// to; a new file is created at once, as by Fyne; a file that cannot be created fails at once.
func TestFileWriterEmptiesOnlyWhenWritten(t *testing.T) {
	newTestUI(t, nil, false)
	const old = "the user's previous work"
	for _, c := range []struct {
		name   string
		exists bool
		write  []string // nil: closed unwritten
		want   string
	}{
		{"closed unwritten", true, nil, old},
		{"written", true, []string{"new ", "content"}, "new content"},
		{"written nothing", true, []string{""}, ""},
		{"new, closed unwritten", false, nil, ""},
		{"new, written", false, []string{"new"}, "new"},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "f.json")
			if c.exists {
				must(t, os.WriteFile(path, []byte(old), 0o644))
			}
			w, err := storage.Writer(storage.NewFileURI(path))
			must(t, err)
			if w.URI().Path() != path {
				t.Errorf("the writer's URI is %v, want %s", w.URI(), path)
			}
			if got := readFile(path); c.exists && got != old {
				t.Errorf("once opened, the file holds %q, want %q", got, old)
			}
			for _, s := range c.write {
				if n, err := w.Write([]byte(s)); n != len(s) || err != nil {
					t.Errorf("Write(%q) = %d, %v", s, n, err)
				}
			}
			must(t, w.Close())
			if got := readFile(path); got != c.want {
				t.Errorf("the file holds %q, want %q", got, c.want)
			}
			if err := w.Close(); !errors.Is(err, os.ErrClosed) {
				t.Errorf("closing twice gives %v, want os.ErrClosed", err)
			}
			if _, err := w.Write([]byte("late")); !errors.Is(err, os.ErrClosed) {
				t.Errorf("writing after Close gives %v, want os.ErrClosed", err)
			}
		})
	}

	_, err := storage.Writer(storage.NewFileURI(filepath.Join(t.TempDir(), "missing", "f.json")))
	var pe *fs.PathError
	if !errors.As(err, &pe) || !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("a file in a missing folder gives %v, want a *fs.PathError for a missing file", err)
	}
	_, err = storage.Writer(storage.NewFileURI(t.TempDir()))
	if err == nil {
		t.Error("a folder opens for writing")
	}
}
