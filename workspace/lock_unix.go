//go:build unix

package workspace

import (
	"bytes"
	"errors"
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
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

// procStart is when a process started: in clock ticks after the boot, and as a time (zero when the
// boot time is unknown).
type procStart struct {
	boot  string // the boot's id
	ticks uint64
	at    time.Time
}

// clockTicks is the unit of the start times in /proc/PID/stat (USER_HZ): 100 a second on every
// architecture Linux runs Glose on; reading it (sysconf) would need cgo.
const clockTicks = 100

// processStart returns when process pid started, from Linux's /proc; ok is false elsewhere, or when
// /proc hides the process (hidepid), or it has gone.
func processStart(pid int) (procStart, bool) {
	boot, err := os.ReadFile("/proc/sys/kernel/random/boot_id")
	if err != nil {
		return procStart{}, false
	}
	data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return procStart{}, false
	}
	// "pid (command) S ppid …": the command may hold any character, the fields follow the last
	// parenthesis; the start time is field 22, the 20th after it.
	i := bytes.LastIndexByte(data, ')')
	if i < 0 {
		return procStart{}, false
	}
	fields := strings.Fields(string(data[i+1:]))
	if len(fields) < 20 {
		return procStart{}, false
	}
	ticks, err := strconv.ParseUint(fields[19], 10, 64)
	if err != nil {
		return procStart{}, false
	}
	p := procStart{boot: strings.TrimSpace(string(boot)), ticks: ticks}
	if btime, ok := bootTime(); ok {
		p.at = btime.Add(time.Duration(ticks) * time.Second / clockTicks)
	}
	return p, true
}

// bootTime returns when the system booted, to the second, from /proc/stat.
func bootTime() (time.Time, bool) {
	data, err := os.ReadFile("/proc/stat")
	if err != nil {
		return time.Time{}, false
	}
	for line := range strings.Lines(string(data)) {
		if v, ok := strings.CutPrefix(line, "btime "); ok {
			if sec, err := strconv.ParseInt(strings.TrimSpace(v), 10, 64); err == nil {
				return time.Unix(sec, 0), true
			}
		}
	}
	return time.Time{}, false
}
