package workspace

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const goodPrefs = `{"glose.theme":"dark","glose.recent":["/tmp/é « a ».json"]}` + "\n"

func TestGuardPreferencesKeepsGoodCopy(t *testing.T) {
	path := filepath.Join(t.TempDir(), "preferences.json")
	if err := os.WriteFile(path, []byte(goodPrefs), 0o600); err != nil {
		t.Fatal(err)
	}
	r, err := GuardPreferences(path)
	if err != nil || r.Restored || r.Problem != "" {
		t.Fatalf("good file: %+v, %v", r, err)
	}
	if got, _ := os.ReadFile(path + GoodSuffix); string(got) != goodPrefs {
		t.Fatalf("good copy = %q, want the file", got)
	}
}

// A kill while Fyne writes the file leaves it empty or cut short: the last good copy comes back, and
// the damaged file is kept aside.
func TestGuardPreferencesRestoresDamagedFile(t *testing.T) {
	for name, damaged := range map[string]string{
		"empty":     "",
		"cut short": goodPrefs[:20],
		"not JSON":  "\x00\x00\x00",
	} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "preferences.json")
			if err := os.WriteFile(path, []byte(goodPrefs), 0o600); err != nil {
				t.Fatal(err)
			}
			if _, err := GuardPreferences(path); err != nil { // a good start
				t.Fatal(err)
			}
			if err := os.WriteFile(path, []byte(damaged), 0o600); err != nil { // then a crash mid-write
				t.Fatal(err)
			}
			r, err := GuardPreferences(path)
			if err != nil {
				t.Fatal(err)
			}
			if !r.Restored || r.Problem == "" || r.Damaged != path+DamagedSuffix {
				t.Fatalf("damaged file: %+v", r)
			}
			if got, _ := os.ReadFile(path); string(got) != goodPrefs {
				t.Fatalf("settings after recovery = %q, want the good copy", got)
			}
			if got, _ := os.ReadFile(r.Damaged); string(got) != damaged {
				t.Fatalf("damaged copy = %q, want %q", got, damaged)
			}
			// The next start finds a good file again and changes nothing.
			if r, err := GuardPreferences(path); err != nil || r.Restored {
				t.Fatalf("after recovery: %+v, %v", r, err)
			}
		})
	}
}

// With no good copy there is nothing to put back: the damaged file is left for Fyne, which starts with
// defaults, and the problem is reported.
func TestGuardPreferencesWithoutGoodCopy(t *testing.T) {
	path := filepath.Join(t.TempDir(), "preferences.json")
	if err := os.WriteFile(path, []byte(`{"glose.theme":`), 0o600); err != nil {
		t.Fatal(err)
	}
	r, err := GuardPreferences(path)
	if err != nil || r.Restored || !strings.HasPrefix(r.Problem, "cut short") {
		t.Fatalf("no good copy: %+v, %v", r, err)
	}
	if _, err := os.Stat(path + GoodSuffix); !os.IsNotExist(err) {
		t.Fatalf("a damaged file became the good copy: %v", err)
	}
}

// A missing file is how a user resets the settings: it stays missing.
func TestGuardPreferencesMissingFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "preferences.json")
	if err := os.WriteFile(path+GoodSuffix, []byte(goodPrefs), 0o600); err != nil {
		t.Fatal(err)
	}
	if r, err := GuardPreferences(path); err != nil || r.Restored {
		t.Fatalf("missing file: %+v, %v", r, err)
	}
	if _, err := os.Stat(path); !os.IsNotExist(err) {
		t.Fatalf("a missing settings file was recreated: %v", err)
	}
}
