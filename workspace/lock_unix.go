//go:build unix

package workspace

import (
	"bytes"
	"errors"
	"os"
	"strconv"
	"syscall"
)

// processExists reports whether a process numbered pid runs on this host (EPERM: it does, as
// another user's). A zombie, a process killed but not yet collected by its parent (a Glose started
// from a shell that has not waited for it), has ended: its lock is stale.
func processExists(pid int) bool {
	if data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat"); err == nil {
		// "pid (command) S …": the state follows the last parenthesis, the command may hold any
		if i := bytes.LastIndexByte(data, ')'); i >= 0 && i+2 < len(data) {
			switch data[i+2] {
			case 'Z', 'X', 'x':
				return false
			}
		}
		return true
	}
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
