//go:build !unix

package workspace

import "os"

// processExists reports whether a process numbered pid runs on this host; where it cannot tell, it
// says yes, and the user decides.
func processExists(pid int) bool {
	_, err := os.FindProcess(pid)
	return err == nil
}
