package localeenv_test

import (
	"fmt"
	"os"
	"os/exec"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/cmd/glose/internal/localeenv"
)

func TestFallback(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want string // LANGUAGE afterwards
	}{
		{map[string]string{"LANG": "C.UTF-8"}, "en"},
		{map[string]string{"LANG": "C.utf8"}, "en"},
		{map[string]string{"LANG": "C"}, "en"},
		{map[string]string{"LANG": "POSIX"}, "en"},
		{map[string]string{"LC_ALL": "C.UTF-8", "LANG": "fr_FR.UTF-8"}, "en"}, // LC_ALL decides
		{map[string]string{"LC_MESSAGES": "POSIX.UTF-8@x", "LANG": "fr_FR.UTF-8"}, "en"},
		{map[string]string{"LANG": "fr_FR.UTF-8"}, ""},
		{map[string]string{"LC_ALL": "fr_FR.UTF-8", "LANG": "C.UTF-8"}, ""},
		{map[string]string{"LANG": "C.UTF-8", "LANGUAGE": "fr"}, "fr"}, // the user's choice
		{map[string]string{}, ""},                                      // nothing set: go-locale and Fyne say English quietly
	}
	for _, tt := range tests {
		env := map[string]string{}
		for k, v := range tt.env {
			env[k] = v
		}
		localeenv.Fallback(func(k string) string { return env[k] }, func(k, v string) error { env[k] = v; return nil })
		if env["LANGUAGE"] != tt.want {
			t.Errorf("%v: LANGUAGE %q, want %q", tt.env, env["LANGUAGE"], tt.want)
		}
	}
}

// TestFyneQuietInCLocale starts this test binary again under LANG=C.UTF-8, as glose starts: this
// package's init, then Fyne's lang (its init reads the locale), then the app's translations added.
// Fyne must log nothing and speak English.
func TestFyneQuietInCLocale(t *testing.T) {
	if os.Getenv("GLOSE_LOCALEENV_CHILD") != "" {
		return // TestMain did the child's work
	}
	for _, loc := range []string{"C.UTF-8", "C.utf8", "POSIX", "C"} {
		cmd := exec.Command(os.Args[0], "-test.run=^TestFyneQuietInCLocale$")
		cmd.Env = append(withoutLocale(os.Environ()), "LANG="+loc, "GLOSE_LOCALEENV_CHILD=1")
		out, err := cmd.CombinedOutput()
		if err != nil || strings.Contains(string(out), "Fyne error") || !strings.Contains(string(out), "locale=en\n") {
			t.Errorf("LANG=%s: %v\n%s", loc, err, out)
		}
	}
}

func TestMain(m *testing.M) {
	if os.Getenv("GLOSE_LOCALEENV_CHILD") != "" {
		err := lang.AddTranslations(fyne.NewStaticResource("fr.json", []byte(`{"Open": "Ouvrir"}`)))
		fmt.Printf("locale=%s\n", lang.SystemLocale().LanguageString())
		if err != nil {
			fmt.Println(err)
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

func withoutLocale(env []string) []string {
	var out []string
	for _, kv := range env {
		k, _, _ := strings.Cut(kv, "=")
		switch k {
		case "LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES":
		default:
			out = append(out, kv)
		}
	}
	return out
}
