package app

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/workspace"
)

// askedTaken records the questions askOpenTaken asked, and the choices of the last.
type askedTaken struct{ message, choices []string }

// answerTaken answers the window's questions with the choice labelled answer (Cancel, and an error,
// when none is).
func answerTaken(t *testing.T, ui *UI, answer string) *askedTaken {
	t.Helper()
	a := &askedTaken{}
	ui.opts.Choose = func(_, message string, choices []string, done func(int)) {
		a.message, a.choices = append(a.message, message), choices
		i := slices.Index(choices, answer)
		if i < 0 {
			t.Errorf("no choice %q among %q", answer, choices)
			i = len(choices) - 1
		}
		done(i)
	}
	return a
}

// remoteLock writes beside path the lock another computer's Glose left, since since.
func remoteLock(t *testing.T, path, user, host string, since time.Time) string {
	t.Helper()
	lock := filepath.Join(filepath.Dir(path), ".~lock."+filepath.Base(path)+"#")
	data := `{"user":"` + user + `","host":"` + host + `","pid":4242,"since":"` + since.UTC().Format(time.RFC3339) + `"}`
	must(t, os.WriteFile(lock, []byte(data), 0o644))
	return lock
}

// TestTakeOverALockOfAnotherComputer: a document whose lock another computer left on a shared
// folder (a crash there) could only be opened read-only or alongside, never reclaimed but by hand.
// The question now says who holds it, where and since when, in French under a French interface, and
// offers to take it over: the window then holds the lock, edits, and removes it when it closes. A
// lock of this computer, which Glose checks itself, is not offered to be taken over.
func TestTakeOverALockOfAnotherComputer(t *testing.T) {
	useLanguage(t, "fr")
	path := savedDoc(t)
	host, _ := os.Hostname()
	lock := remoteLock(t, path, "marie", host+"-bureau", time.Now().Add(-49*time.Hour))

	ui, _ := newTestUI(t, nil, false)
	asked := answerTaken(t, ui, lang.L("Take over"))
	ui.Open(path)
	if len(asked.message) != 1 {
		t.Fatalf("asked %d times, want once", len(asked.message))
	}
	msg := asked.message[0]
	for _, want := range []string{"marie", host + "-bureau", "depuis le ", "ne peut pas savoir si Glose tourne encore"} {
		if !strings.Contains(msg, want) {
			t.Errorf("the question does not say %q: %q", want, msg)
		}
	}
	if want := []string{"Ouvrir en lecture seule", "Ouvrir quand même", "Prendre la main", "Annuler"}; !slices.Equal(asked.choices, want) {
		t.Errorf("choices %q, want %q", asked.choices, want)
	}
	if ui.path != path || ui.readOnly || ui.second || !ui.lock.Held() {
		t.Fatalf("taken over: path %q, read-only %v, second %v, lock held %v", ui.path, ui.readOnly, ui.second, ui.lock.Held())
	}
	var o workspace.LockOwner
	if data, err := os.ReadFile(lock); err != nil || json.Unmarshal(data, &o) != nil || o.PID != os.Getpid() || o.Host != host {
		t.Fatalf("the lock is %+v (%v), want this window's", o, err)
	}
	if !strings.Contains(ui.status.Text, host+"-bureau") {
		t.Errorf("the status line says %q, want the computer it was taken from", ui.status.Text)
	}
	typeIn(t, ui, 0, "Repris « 👍🏽 » e\u0301.")
	ui.save()
	ui.quit()
	if _, err := os.Stat(lock); err == nil {
		t.Error("the lock taken over stayed after the window closed")
	}

	// A live window of this computer: no taking over, Glose knows it runs.
	must(t, os.WriteFile(lock, []byte(`{"user":"marie","host":"`+host+`","pid":`+strconv.Itoa(os.Getppid())+`,"since":"`+lockedNow()+`"}`), 0o644))
	here, _ := newTestUI(t, nil, false)
	asked = answerTaken(t, here, lang.L("Cancel"))
	here.Open(path)
	if slices.Contains(asked.choices, lang.L("Take over")) {
		t.Errorf("a live window of this computer can be taken over: %q", asked.choices)
	}
}

// TestTakeOverALockTakenMeanwhile: when another computer locked the document again between the
// question and the answer, the window does not take that lock: it asks again, naming the new holder.
func TestTakeOverALockTakenMeanwhile(t *testing.T) {
	path := savedDoc(t)
	host, _ := os.Hostname()
	lock := remoteLock(t, path, "marie", host+"-bureau", time.Now().Add(-time.Hour))

	ui, _ := newTestUI(t, nil, false)
	var messages []string
	ui.opts.Choose = func(_, message string, choices []string, done func(int)) {
		messages = append(messages, message)
		if len(messages) == 1 {
			remoteLock(t, path, "paul", host+"-portable", time.Now()) // paul opens it meanwhile
			done(slices.Index(choices, lang.L("Take over")))
			return
		}
		done(len(choices) - 1) // Cancel
	}
	ui.Open(path)
	if len(messages) != 2 || !strings.Contains(messages[1], "paul") || !strings.Contains(messages[1], host+"-portable") {
		t.Fatalf("asked %q, want a second question naming paul", messages)
	}
	if data, _ := os.ReadFile(lock); !strings.Contains(string(data), `"paul"`) {
		t.Errorf("paul's lock was replaced: %s", data)
	}
	if ui.path == path {
		t.Error("the document opened after Cancel")
	}
}
