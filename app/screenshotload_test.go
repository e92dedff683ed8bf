package app

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// glose --screenshot waits for the document to be shown; a file that cannot be opened must end the
// wait with its error (CI got no picture and no exit before), and a good one with none.
func TestScreenshotWaitEndsWhenTheFileCannotBeOpened(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "vide.json")
	must(t, os.WriteFile(empty, nil, 0o644))
	good := filepath.Join(dir, "bon.json")
	data, err := annotate.Marshal(testDoc(t))
	must(t, err)
	must(t, os.WriteFile(good, data, 0o644))
	ui, _ := newTestUI(t, nil, false)
	var ends []error
	ui.afterLoad = func(err error) { ends = append(ends, err) }
	ui.Open(empty)
	if len(ends) != 1 || ends[0] == nil || !strings.Contains(ends[0].Error(), "vide.json") {
		t.Fatalf("opening an empty file ended the wait with %v, want one error naming vide.json", ends)
	}
	ui.Open(good)
	if len(ends) != 2 || ends[1] != nil {
		t.Fatalf("opening a good file ended the wait with %v, want nil after the first error", ends)
	}
}
