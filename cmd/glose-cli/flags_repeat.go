package main

import (
	"flag"
	"fmt"
	"strings"
)

// repeatable marks a flag.Value that a flag given several times adds to (train's --train), rather
// than replaces.
type repeatable interface{ repeatable() }

// fileList is the value of a flag given once per file: --train a.jsonl --train b.jsonl.
type fileList []string

func (l *fileList) String() string     { return strings.Join(*l, ", ") }
func (l *fileList) Set(s string) error { *l = append(*l, s); return nil }
func (l *fileList) repeatable()        {}

// givenTwice refuses a flag of fs given twice with two values in flags (the flags part of
// interspersed's arguments, up to its "--"), under one name or another of its names (aliasFlag):
// the flag package keeps the last one without a word, so that "--to doccano ... --to conll"
// wrote CoNLL. The same value twice, and the flags made to be repeated, pass.
func givenTwice(fs *flag.FlagSet, flags []string) error {
	seen := map[string]string{} // the flag's own name → its first value
	for i := 0; i < len(flags) && flags[i] != "--"; i++ {
		name, value, hasValue := strings.Cut(strings.TrimLeft(flags[i], "-"), "=")
		f := fs.Lookup(name)
		if f == nil {
			continue // Parse says so
		}
		if !hasValue {
			value = "true"
			if takesValue(fs, flags[i]) && i+1 < len(flags) {
				i++
				value = flags[i]
			}
		}
		if _, ok := f.Value.(repeatable); ok {
			continue
		}
		own := name
		if alias, ok := strings.CutPrefix(f.Usage, aliasUsage); ok {
			own = strings.TrimLeft(alias, "-")
		}
		if first, ok := seen[own]; ok && first != value {
			return fmt.Errorf("%s: given twice, %q then %q: it takes one value", flagName(name), first, value)
		}
		seen[own] = value
	}
	return nil
}
