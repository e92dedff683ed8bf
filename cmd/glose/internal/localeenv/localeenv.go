// Package localeenv gives Fyne a language it can read when the system's locale is the C locale with
// a codeset, as containers, CI machines and minimal installs set it (LANG=C.UTF-8).
//
// Fyne's lang package asks github.com/jeandeaual/go-locale for the user's languages, which takes the
// first of LC_ALL, LC_MESSAGES and LANG that is set. It knows "C" and "POSIX" as no language, but
// not "C.UTF-8": it passes on "C", which is no language tag, and Fyne logs "Fyne error: Error
// parsing user locale C" before falling back to English, on every start and at every
// lang.AddTranslations. The C locale means no language chosen, so this package says English
// (LANGUAGE=en, which go-locale reads next and which only names message languages: it changes
// neither the character set nor any other category of the C library's locale).
//
// Fyne reads the locale in lang's init, before main runs, so this has to be done in an init that runs
// first: cmd/glose imports this package, which imports only the standard library. Go initialises
// packages in the order of their import paths, each once its imports are (the specification, since
// Go 1.21), so this package, "github.com/glose-app/...", comes before go-locale
// ("github.com/jeandeaual/...") and thus before Fyne's lang, which imports it.
package localeenv

import (
	"os"
	"strings"
)

func init() {
	Fallback(os.Getenv, os.Setenv)
}

// Fallback sets LANGUAGE to English when the locale that names the messages' language is C or POSIX
// ("C", "C.UTF-8", "POSIX.utf8@euro") and LANGUAGE is empty, and says whether it did. A user's
// LANGUAGE, or a real locale, is left as it is.
func Fallback(getenv func(string) string, setenv func(string, string) error) bool {
	if getenv("LANGUAGE") != "" {
		return false
	}
	loc := ""
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if loc = getenv(v); loc != "" {
			break
		}
	}
	base, _, _ := strings.Cut(loc, ".")
	base, _, _ = strings.Cut(base, "@")
	if base != "C" && base != "POSIX" {
		return false
	}
	return setenv("LANGUAGE", "en") == nil
}
