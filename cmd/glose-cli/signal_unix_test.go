//go:build unix

package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestMain lets a test run glose-cli as a real process: the test binary itself, with
// GLOSE_CLI_TEST_MAIN=1 in its environment, runs main with the arguments after its name.
func TestMain(m *testing.M) {
	if os.Getenv("GLOSE_CLI_TEST_MAIN") == "1" {
		os.Args = append(os.Args[:1], os.Args[2:]...) // drop the "--" that keeps the test flags out
		main()
		return
	}
	os.Exit(m.Run())
}

// TestSignalRemovesTemporaryFiles: Ctrl+C, SIGTERM and SIGHUP while glose-cli writes its -o file
// remove the hidden temporary file beside it, leave the previous file as it was and exit with
// 128 + the signal's number. The process is stopped mid-write for sure: its next input is a FIFO that
// nobody writes, so it waits there with the output begun.
func TestSignalRemovesTemporaryFiles(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP} {
		for _, cmd := range []string{"annotate", "train"} {
			t.Run(cmd+"-"+sig.String(), func(t *testing.T) {
				dir := t.TempDir()
				text := filepath.Join(dir, "à lire 🇫🇷.txt")
				if err := os.WriteFile(text, []byte("« Nous irons à Paris 👍🏽 », a déclaré Emmanuel Macron.\n"), 0o644); err != nil {
					t.Fatal(err)
				}
				fifo := filepath.Join(dir, "fifo.txt")
				if err := syscall.Mkfifo(fifo, 0o600); err != nil {
					t.Skip("no FIFO here:", err)
				}
				out := filepath.Join(dir, "sortie é.json")
				if err := os.WriteFile(out, []byte("ancien"), 0o644); err != nil {
					t.Fatal(err)
				}
				args := []string{"annotate", "-j", "1", "-o", out, text, fifo} // the text written, then the FIFO
				minSize := int64(1)
				if cmd == "train" {
					args = []string{"train", "--train", fifo, "-o", out} // the model file is begun first
					minSize = 0
				}
				p := exec.Command(os.Args[0], append([]string{"--"}, args...)...)
				p.Env = append(os.Environ(), "GLOSE_CLI_TEST_MAIN=1")
				var stderr strings.Builder
				p.Stderr = &stderr
				if err := p.Start(); err != nil {
					t.Fatal(err)
				}
				tmp := waitForTemp(t, dir, filepath.Base(out), minSize)
				if err := p.Process.Signal(sig); err != nil {
					t.Fatal(err)
				}
				err := p.Wait()
				var exit *exec.ExitError
				if !errors.As(err, &exit) || exit.ExitCode() != 128+int(sig) {
					t.Errorf("exit: %v, want status %d; stderr %q", err, 128+int(sig), stderr.String())
				}
				if _, err := os.Stat(tmp); err == nil {
					t.Errorf("%s is left behind", filepath.Base(tmp))
				}
				entries, _ := os.ReadDir(dir)
				if len(entries) != 3 {
					var names []string
					for _, e := range entries {
						names = append(names, e.Name())
					}
					t.Errorf("files left: %q, want only the input, the FIFO and the output", names)
				}
				if data, _ := os.ReadFile(out); string(data) != "ancien" {
					t.Errorf("the output became %q", data)
				}
			})
		}
	}
}

// waitForTemp waits for the temporary file of output name to appear in dir with at least minSize
// bytes, and returns its path. The deadline only keeps a broken build from hanging the test.
func waitForTemp(t *testing.T, dir, name string, minSize int64) string {
	t.Helper()
	for deadline := time.Now().Add(2 * time.Minute); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		matches, _ := filepath.Glob(filepath.Join(dir, "."+name+".tmp-*"))
		for _, m := range matches {
			if info, err := os.Stat(m); err == nil && info.Size() >= minSize {
				return m
			}
		}
	}
	t.Fatalf("no temporary file for %s appeared", name)
	return ""
}
