package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"
)

// parseFlags parses a command's arguments, flags anywhere among the operands as most tools accept
// them (annotate a.txt -o out.json): a flag that takes a value takes the argument after it, "--" ends
// the flags and "-" is an operand (standard input). -h and --help print the usage and give
// flag.ErrHelp, which run turns into exit status 0; any other mistake is a usage error (status 2).
func parseFlags(fs *flag.FlagSet, args []string) error {
	err := fs.Parse(interspersed(fs, args))
	switch {
	case errors.Is(err, flag.ErrHelp):
		return flag.ErrHelp
	case err != nil:
		return usageError("%v", err)
	}
	return nil
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
			if takesValue(fs, a) && i+1 < len(args) {
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
func setUsage(fs *flag.FlagSet, w io.Writer, synopsis string) {
	fs.Usage = func() {
		fmt.Fprintln(w, synopsis)
		printFlags(w, fs)
	}
}

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
