package workspace

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
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

// With no good copy there is nothing to put back: a file cut short is kept aside, where what it holds
// can be read, and an empty one, which holds nothing, is removed. Either way the file is gone when Fyne
// starts, as at a first start: Fyne logged "Preferences load error: EOF" reading an empty one.
func TestGuardPreferencesWithoutGoodCopy(t *testing.T) {
	for name, data := range map[string]string{"cut short": `{"glose.theme":`, "empty": "", "blank": "\n"} {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "preferences.json")
			if err := os.WriteFile(path, []byte(data), 0o600); err != nil {
				t.Fatal(err)
			}
			r, err := GuardPreferences(path)
			if err != nil || r.Restored || r.Problem == "" {
				t.Fatalf("no good copy: %+v, %v", r, err)
			}
			if _, err := os.Stat(path); !os.IsNotExist(err) {
				t.Errorf("the damaged file is left for Fyne to read: %v", err)
			}
			if _, err := os.Stat(path + GoodSuffix); !os.IsNotExist(err) {
				t.Errorf("a damaged file became the good copy: %v", err)
			}
			kept, err := os.ReadFile(path + DamagedSuffix)
			switch {
			case name == "cut short" && (err != nil || string(kept) != data || r.Damaged != path+DamagedSuffix):
				t.Errorf("the file cut short is not kept aside: %q, %v (%+v)", kept, err, r)
			case name != "cut short" && (err == nil || r.Damaged != ""):
				t.Errorf("an empty file was kept aside as %q", r.Damaged)
			}
		})
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

// TestPreferencesKeeperKeepsTheLastSession is QA17's case: the good copy was taken only at start, so
// a crash during a write put back the settings of the previous session's start, losing its window size
// and recent files. The keeper refreshes it after the settings changed and at the end, from a file
// that parses only: one Fyne is rewriting (empty, cut short) leaves the copy as it was.
func TestPreferencesKeeperKeepsTheLastSession(t *testing.T) {
	path := filepath.Join(t.TempDir(), "preferences.json")
	write := func(s string) {
		t.Helper()
		if err := os.WriteFile(path, []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write(goodPrefs)
	if _, err := GuardPreferences(path); err != nil { // the start
		t.Fatal(err)
	}
	k := NewPreferencesKeeper(path, time.Millisecond)
	kept := make(chan error, 10)
	k.kept = func(err error) { kept <- err }

	// A change, written by Fyne: the copy follows once the keeper's delay has passed.
	session := `{"glose.recent":["/tmp/app-art « 🇫🇷 ».json","/tmp/café` + "\u0301" + ` 👍🏽.txt"],"window.width":1100}` + "\n"
	write(session)
	k.Changed()
	if err := <-kept; err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path + GoodSuffix); string(got) != session {
		t.Fatalf("good copy after a change = %q, want %q", got, session)
	}

	// Caught in the middle of Fyne's rewrite: nothing copied.
	for _, partial := range []string{"", session[:30], session + session[10:]} {
		write(partial)
		if err := k.Flush(); err != nil {
			t.Fatal(err)
		}
		<-kept
		if got, _ := os.ReadFile(path + GoodSuffix); string(got) != session {
			t.Fatalf("good copy after reading %q = %q, want it kept", partial, got)
		}
	}

	// The end: Fyne's last write is copied; a crash in the next session's first write puts it back.
	final := strings.Replace(session, "1100", "1280", 1)
	write(final)
	if err := k.Flush(); err != nil {
		t.Fatal(err)
	}
	<-kept
	write(final[:25])
	if r, err := GuardPreferences(path); err != nil || !r.Restored {
		t.Fatalf("next start: %+v, %v", r, err)
	}
	if got, _ := os.ReadFile(path); string(got) != final {
		t.Errorf("settings put back = %q, want the last session's %q", got, final)
	}
}
