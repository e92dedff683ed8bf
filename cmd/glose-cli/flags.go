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

// setUsage makes fs print synopsis (the command line and what the command does), then its options.
func setUsage(fs *flag.FlagSet, w io.Writer, synopsis string) {
	fs.Usage = func() {
		fmt.Fprintln(w, synopsis)
		fs.PrintDefaults()
	}
}
