package formats

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxNameBytes is how long a name SafeFileName gives may be, in UTF-8 bytes: with a "-N" place, a
// ".json" extension and a ".bak" backup it stays under the 255 bytes of ext4 and APFS and the 255
// UTF-16 units of NTFS.
const maxNameBytes = 240

// SafeFileName turns a name (a document ID may hold anything) into one Windows, macOS and Linux all
// accept as a file name, so that files written from a corpus on one can be shared with the others:
// separators, reserved and control characters become "_"; leading dots (hidden files) and spaces,
// trailing dots and spaces (which Windows drops) go; a name Windows keeps for a device (CON, nul,
// COM1, LPT9, with any extension and in any case) gets "_" after the device name ("CON_",
// "con_.txt"); an over-long name is cut; nothing left is "document". A name already valid everywhere
// is given back as it is, so that files written before keep their names. Distinct names may give
// the same one ("a/b", "a:b"): callers naming several files tell them apart.
func SafeFileName(s string) string {
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || strings.ContainsRune(`/\:*?"<>|`, r) {
			return '_'
		}
		return r
	}, strings.TrimSpace(s))
	s = strings.Trim(s, ".")
	if len(s) > maxNameBytes {
		n := maxNameBytes
		for n > 0 && !utf8.RuneStart(s[n]) {
			n--
		}
		s = s[:n]
	}
	s = strings.TrimRightFunc(s, func(r rune) bool { return r == '.' || unicode.IsSpace(r) })
	if s == "" {
		return "document"
	}
	if n := windowsDeviceLen(s); n > 0 {
		s = s[:n] + "_" + s[n:]
	}
	return s
}

// windowsReserved says whether Windows refuses a file called name (with any extension).
func windowsReserved(name string) bool { return windowsDeviceLen(name) > 0 }

// windowsDeviceLen is the length of the device name (CON, PRN, AUX, NUL, COM1-9, LPT1-9, COM¹-³,
// LPT¹-³, in any case) that makes Windows refuse a file called name, with any extension and spaces
// before it; 0 when there is none.
func windowsDeviceLen(name string) int {
	base, _, _ := strings.Cut(strings.ToUpper(name), ".")
	base = strings.TrimRight(base, " ")
	switch base {
	case "CON", "PRN", "AUX", "NUL":
		return len(base)
	}
	if !strings.HasPrefix(base, "COM") && !strings.HasPrefix(base, "LPT") {
		return 0
	}
	if d := base[3:]; len(d) == 1 && d[0] >= '1' && d[0] <= '9' || d == "¹" || d == "²" || d == "³" {
		return len(base)
	}
	return 0
}
