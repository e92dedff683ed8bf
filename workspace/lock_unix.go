//go:build unix

package workspace

import (
	"errors"
	"syscall"
)

// processExists reports whether a process numbered pid runs on this host (EPERM: it does, as
// another user's).
func processExists(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
