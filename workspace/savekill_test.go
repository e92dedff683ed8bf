//go:build unix

package workspace

import (
	"bufio"
	"bytes"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// saveVersions are the two versions the child saves in turn: 4 MB each, as a long article's file,
// so that a kill lands in the middle of writing, syncing, backing up or renaming.
func saveVersions() [2][]byte {
	a := bytes.Repeat([]byte("« version A » été 😀\n"), 4<<20/24)
	b := bytes.Repeat([]byte("« version B » hiver\n"), 4<<20/22)
	return [2][]byte{a, b}
}

// TestSaveKilledMidWrite kills, with SIGKILL at a random moment, child processes that save a 4 MB
// file over and over, alternating two versions: after every kill the file is one of the two versions
// whole, never cut short or mixed, and so is its backup. The next save removes the temporary files
// the killed processes left beside it.
func TestSaveKilledMidWrite(t *testing.T) {
	versions := saveVersions()
	if path := os.Getenv(saveChild); path != "" {
		saveForever(path, versions)
		return
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "article.json")
	if err := WriteAtomic(path, versions[0]); err != nil {
		t.Fatal(err)
	}
	const kills = 12
	for i := range kills {
		killMidSave(t, path, time.Duration(rand.IntN(60))*time.Millisecond)
		for _, f := range []string{path, path + BackupSuffix} {
			data, err := os.ReadFile(f)
			if err != nil && !(os.IsNotExist(err) && f != path) {
				t.Fatalf("kill %d: %v", i, err)
			}
			if err == nil && !bytes.Equal(data, versions[0]) && !bytes.Equal(data, versions[1]) {
				t.Fatalf("kill %d: %s holds %d bytes, neither version whole", i, filepath.Base(f), len(data))
			}
		}
	}
	if err := WriteAtomic(path, []byte("after")); err != nil {
		t.Fatal(err)
	}
	for _, name := range listDir(t, dir) {
		if strings.Contains(name, ".tmp-") {
			t.Errorf("a killed save's temporary file is left after the next save: %s", name)
		}
	}
}

// killMidSave starts a child saving path in a loop and kills it after wait.
func killMidSave(t *testing.T, path string, wait time.Duration) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestSaveKilledMidWrite$")
	cmd.Env = append(os.Environ(), saveChild+"="+path)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	ready, _ := bufio.NewReader(out).ReadString('\n')
	time.Sleep(wait)
	if err := cmd.Process.Kill(); err != nil {
		t.Fatal(err)
	}
	_ = cmd.Wait()
	if strings.TrimSpace(ready) != "saving" {
		t.Fatalf("the child said %q", ready)
	}
}

// saveForever is the child of TestSaveKilledMidWrite: it says it is saving, then saves the two
// versions in turn until it is killed.
func saveForever(path string, versions [2][]byte) {
	os.Stdout.WriteString("saving\n")
	for i := 1; ; i++ {
		if err := WriteAtomic(path, versions[i%2]); err != nil {
			os.Stderr.WriteString(err.Error() + "\n")
			os.Exit(3)
		}
	}
}
