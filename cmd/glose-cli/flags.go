package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
)

// parseFlags parses a command's arguments, flags anywhere among the operands as most tools accept
// them (annotate a.txt -o out.json): a flag that takes a value takes the argument after it, "--" ends
// the flags and "-" is an operand (standard input). -h and --help give a helpRequest with the usage,
// which run prints on standard output with exit status 0; any other mistake prints the usage on fs's
// output (standard error) and is a usage error (status 2) naming the flag as -h does: "--top: ...",
// a flag given twice with two values included (givenTwice).
func parseFlags(fs *flag.FlagSet, args []string) error {
	out := fs.Output()
	var buf bytes.Buffer
	fs.SetOutput(&buf) // -h's usage, or the flag package's own message for a mistake, replaced below
	ordered := interspersed(fs, args)
	err := fs.Parse(ordered)
	fs.SetOutput(out)
	switch {
	case errors.Is(err, flag.ErrHelp):
		return &helpRequest{text: buf.String()}
	case err != nil:
		fs.Usage()
		return usageError("%s", flagError(fs, err))
	}
	if err := givenTwice(fs, ordered); err != nil {
		fs.Usage()
		return usageError("%s", err)
	}
	return nil
}

// helpRequest is -h or --help: the usage to print on standard output, so that
// "glose-cli export -h | less" shows it. It is flag.ErrHelp for errors.Is.
type helpRequest struct{ text string }

func (h *helpRequest) Error() string        { return flag.ErrHelp.Error() }
func (h *helpRequest) Is(target error) bool { return target == flag.ErrHelp }

// The flag package's messages for a mistake, which flagError rewrites.
var (
	flagUnknown    = regexp.MustCompile(`^flag provided but not defined: -+(.*)$`)
	flagBadValue   = regexp.MustCompile(`^invalid value "(.*)" for flag -([^:]+): (.*)$`)
	flagBadBoolean = regexp.MustCompile(`^invalid boolean value "(.*)" for -([^:]+): (.*)$`)
	flagNoValue    = regexp.MustCompile(`^flag needs an argument: -(.*)$`)
	flagBadSyntax  = regexp.MustCompile(`^bad flag syntax: (.*)$`)
)

// flagError says what is wrong with a flag, as the other usage errors do: its name first, with the
// dashes -h shows (--min-confidence, -j), then the problem, in words rather than "parse error".
func flagError(fs *flag.FlagSet, err error) string {
	msg := err.Error()
	if m := flagUnknown.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("%s: unknown option", flagName(m[1]))
	}
	if m := flagNoValue.FindStringSubmatch(msg); m != nil {
		placeholder := "a value"
		if f := fs.Lookup(m[1]); f != nil {
			if p, _ := flag.UnquoteUsage(f); p != "" {
				placeholder = p
			}
		}
		return fmt.Sprintf("%s: missing its value (%s)", flagName(m[1]), placeholder)
	}
	if m := flagBadBoolean.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("%s: takes no value (or =true, =false), not %q", flagName(m[2]), m[1])
	}
	if m := flagBadSyntax.FindStringSubmatch(msg); m != nil {
		return fmt.Sprintf("%s: not an option (put -- before a file whose name starts with -)", m[1])
	}
	m := flagBadValue.FindStringSubmatch(msg)
	if m == nil {
		return msg
	}
	value, name, problem := m[1], m[2], m[3]
	var kind any
	if f := fs.Lookup(name); f != nil {
		if g, ok := f.Value.(flag.Getter); ok {
			kind = g.Get()
		}
	}
	tooLarge := strings.Contains(problem, "out of range")
	switch kind.(type) {
	case float64:
		if _, err := strconv.ParseFloat(strings.Replace(value, ",", ".", 1), 64); err == nil && strings.Contains(value, ",") {
			return fmt.Sprintf("%s: %q is not a number: write it with a point, %s", flagName(name), value, strings.Replace(value, ",", ".", 1))
		}
		if tooLarge {
			return fmt.Sprintf("%s: %q is too large", flagName(name), value)
		}
		return fmt.Sprintf("%s: %q is not a number (such as 0.5 or 75)", flagName(name), value)
	case int, int64:
		if tooLarge {
			return fmt.Sprintf("%s: %q is too large", flagName(name), value)
		}
		return fmt.Sprintf("%s: %q is not a whole number (such as 4)", flagName(name), value)
	case uint, uint64:
		if tooLarge {
			return fmt.Sprintf("%s: %q is too large", flagName(name), value)
		}
		return fmt.Sprintf("%s: %q is not a whole number of 0 or more (such as 4)", flagName(name), value)
	}
	return fmt.Sprintf("%s: %q: %s", flagName(name), value, problem)
}

// interspersed moves the flags of args before the operands, keeping both in order, and puts "--"
// between them so that an operand after a "--" of the user's stays an operand.
func interspersed(fs *flag.FlagSet, args []string) []string {
	var flags, operands []string
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch {
		case a == "--":
			operands = append(operands, args[i+1:]...)
			i = len(args)
		case len(a) < 2 || a[0] != '-':
			operands = append(operands, a)
		default:
			flags = append(flags, a)
			if takesValue(fs, a) {
				if i+1 == len(args) { // no value: Parse says so, rather than take "--" for it
					return flags
				}
				i++
				flags = append(flags, args[i])
			}
		}
	}
	return append(append(flags, "--"), operands...)
}

// takesValue reports whether arg (-name or --name) is a flag of fs given its value in the next
// argument: not a boolean flag, and no "=value" of its own. An unknown flag takes none; Parse
// refuses it.
func takesValue(fs *flag.FlagSet, arg string) bool {
	name := strings.TrimPrefix(strings.TrimPrefix(arg, "-"), "-")
	if strings.Contains(name, "=") {
		return false
	}
	f := fs.Lookup(name)
	if f == nil {
		return false
	}
	b, ok := f.Value.(interface{ IsBoolFlag() bool })
	return !ok || !b.IsBoolFlag()
}

// setUsage makes fs print synopsis (the command line, a blank line and what the command does), then its
// options as printFlags lists them.
// The usage goes to fs's output, w: standard error, where a usage error shows it; parseFlags sends
// the usage -h asks for to standard output.
func setUsage(fs *flag.FlagSet, w io.Writer, synopsis string) {
	fs.SetOutput(w)
	fs.Usage = func() {
		fmt.Fprintln(fs.Output(), synopsis)
		printFlags(fs.Output(), fs)
	}
}

// aliasFlag makes alias another name of fs's flag name: a name kept so that the scripts written with
// it still work when the option was renamed to match the other commands' (tm's --source, now
// --source-lang as for import, annotate and set). -h lists it on name's line, not on its own, so
// that the usage lines and the README name one spelling.
func aliasFlag(fs *flag.FlagSet, name, alias string) {
	f := fs.Lookup(name)
	fs.Var(f.Value, alias, aliasUsage+flagName(name))
	f.Usage += "; " + flagName(alias) + " is another name for it"
}

// aliasUsage starts the usage of an alias flag (aliasFlag).
const aliasUsage = "the same as "

// helpWidth is the width help text is wrapped to.
const helpWidth = 100

// printFlags lists the options of fs as the synopses and the README write them, which Go's
// PrintDefaults does not: "--name" for a word, "-o" for a letter, then the value's placeholder and,
// indented below, what the option does and its default. A placeholder is the back-quoted word of the
// flag's usage: the values themselves when they are few (`codepoints|utf16`), else an upper-case word
// saying what to give: FILE, DIR, N (a number), LIST (comma-separated), FORMAT, LANG, PROVIDER,
// SEVERITY. TestHelpPlaceholders refuses Go's own ("string", "int").
func printFlags(w io.Writer, fs *flag.FlagSet) {
	header := "\noptions:"
	fs.VisitAll(func(f *flag.Flag) {
		if strings.HasPrefix(f.Usage, aliasUsage) {
			return // said on its flag's line (aliasFlag)
		}
		if header != "" {
			fmt.Fprintln(w, header)
			header = ""
		}
		placeholder, usage := flag.UnquoteUsage(f)
		line := "  " + flagName(f.Name)
		if placeholder != "" {
			line += " " + placeholder
		}
		fmt.Fprintln(w, line)
		if def := defaultText(f); def != "" && !strings.Contains(usage, "default") { // unless it says its own
			usage += " (default " + def + ")"
		}
		for _, l := range wrap(usage, helpWidth-6) {
			fmt.Fprintln(w, "      "+l)
		}
	})
}

// wrap cuts text into lines of at most width bytes at spaces (a longer word keeps its line), keeping
// the line breaks it has.
func wrap(text string, width int) []string {
	var lines []string
	for _, para := range strings.Split(text, "\n") {
		line := ""
		for _, word := range strings.Fields(para) {
			if line != "" && len(line)+1+len(word) > width {
				lines = append(lines, line)
				line = ""
			}
			if line != "" {
				line += " "
			}
			line += word
		}
		lines = append(lines, line)
	}
	return lines
}

// flagName is how a flag is written: -o, --min-confidence (the flag package takes either dash).
func flagName(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

// defaultText is a flag's default as help shows it, or "" when it is its type's zero value.
func defaultText(f *flag.Flag) string {
	switch f.DefValue {
	case "", "0", "false":
		return ""
	}
	if g, ok := f.Value.(flag.Getter); ok {
		if _, isString := g.Get().(string); isString {
			return fmt.Sprintf("%q", f.DefValue)
		}
	}
	return f.DefValue
}
