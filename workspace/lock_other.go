//go:build !unix

package workspace

import (
	"os"
	"time"
)

// processExists reports whether a process numbered pid runs on this host; where it cannot tell, it
// says yes, and the user decides.
func processExists(pid int) bool {
	_, err := os.FindProcess(pid)
	return err == nil
}

// procStart would be when a process started; this system does not say.
type procStart struct {
	boot  string
	ticks uint64
	at    time.Time
}

// processStart reports that this system does not say when a process started.
func processStart(int) (procStart, bool) { return procStart{}, false }
