package workspace

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// A save writes its new version to a hidden temporary file beside the document, ".NAME.tmp-…", and
// renames it over the document once complete. A process killed in the middle (kill -9, a crash, a
// power cut) leaves that file behind: the document is intact, but each such kill left a copy of it,
// 4 MB for a long article, hidden in the document's folder for good. So a temporary file's name says
// which process on which host writes it, and the next save of the same file removes those of a
// process of this host that has ended. Those of another host (a shared folder) are left: nothing here
// can tell whether their save is still under way.

// legacyTempAge is how old a temporary file of a Glose that did not name its process must be before a
// save of the same file removes it: no save takes a day, and a file written to keeps its time recent.
const legacyTempAge = 24 * time.Hour

// tempTag is the part of this process's temporary files' names after the prefix: its number and its
// host, "PID.HOSTHASH."; a random part follows it.
var tempTag = sync.OnceValue(func() string {
	return strconv.Itoa(os.Getpid()) + "." + hostHash() + "."
})

// hostHash names this host in a temporary file's name: a short hash, as a host name may be long or
// hold characters a file name cannot.
func hostHash() string {
	host, _ := os.Hostname()
	sum := sha256.Sum256([]byte(host))
	return hex.EncodeToString(sum[:4])
}

// removeDeadTemps removes the temporary files named prefix… (see createTemp) that a process of this
// host left when it was killed during a save: those whose process has ended, and those of a Glose
// that did not name its process once they are legacyTempAge old.
func removeDeadTemps(prefix string) {
	dir, start := filepath.Split(prefix)
	entries, _ := os.ReadDir(filepath.Clean(dir))
	for _, e := range entries {
		if rest, ok := strings.CutPrefix(e.Name(), start); ok && e.Type().IsRegular() && tempLeft(rest, prefix+rest) {
			_ = os.Remove(prefix + rest)
		}
	}
}

// tempLeft reports whether the temporary file path, whose name ends with rest after its prefix, was
// left by a process that can no longer finish it.
func tempLeft(rest, path string) bool {
	parts := strings.Split(rest, ".")
	if len(parts) != 3 { // a Glose that did not name its process
		info, err := os.Stat(path)
		return len(parts) == 1 && err == nil && time.Since(info.ModTime()) > legacyTempAge
	}
	pid, err := strconv.Atoi(parts[0])
	if err != nil || parts[1] != hostHash() || pid == os.Getpid() {
		return false
	}
	return !processExists(pid)
}
