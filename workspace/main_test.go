package workspace

import (
	"fmt"
	"os"
	"testing"
)

// TestMain keeps the tests' autosaves and locks out of the user's state directory.
func TestMain(m *testing.M) {
	if os.Getenv(crashChild) != "" || os.Getenv(saveChild) != "" { // killed, it would leave the directory behind
		os.Exit(m.Run())
	}
	dir, err := os.MkdirTemp("", "glose-state-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	os.Setenv("XDG_STATE_HOME", dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// saveChild is the environment variable that makes TestSaveKilledMidWrite the child process that
// saves in a loop until it is killed: its value is the file to save.
const saveChild = "GLOSE_TEST_SAVE_CHILD"
