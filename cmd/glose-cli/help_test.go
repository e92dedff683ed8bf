package main

import (
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate/formats"
)

// The help of every command and the README's command table must say the same thing: these tests fail
// when a flag is added to a command without its synopsis, its -h or the README learning of it.

// helpFlag is one option as -h lists it: "--name PLACEHOLDER", or "-o FILE", or "--json".
type helpFlag struct {
	name        string // with its dashes
	placeholder string // "" for a boolean flag
}

func (f helpFlag) String() string { return strings.TrimSpace(f.name + " " + f.placeholder) }

// commandHelp is the -h of a command, in its parts.
type commandHelp struct {
	synopsis    string // the usage lines
	description string // the paragraph after them
	flags       []helpFlag
}

var optionLine = regexp.MustCompile(`^  (--?[a-z][a-z0-9-]*)(?: (\S+))?$`)

// helpOf runs glose-cli args... -h and splits what it prints.
func helpOf(t *testing.T, args ...string) commandHelp {
	t.Helper()
	code, help, _ := runCLI(t, append(args, "-h")...)
	if code != 0 {
		t.Fatalf("%v -h: exit %d", args, code)
	}
	parts := strings.SplitN(help, "\n\n", 2)
	h := commandHelp{synopsis: parts[0]}
	if len(parts) == 2 {
		h.description, _, _ = strings.Cut(parts[1], "\noptions:")
		h.description = strings.TrimSpace(strings.TrimPrefix(h.description, "options:"))
	}
	_, options, _ := strings.Cut(help, "\noptions:\n")
	for _, line := range strings.Split(options, "\n") {
		if m := optionLine.FindStringSubmatch(line); m != nil {
			h.flags = append(h.flags, helpFlag{name: m[1], placeholder: m[2]})
		}
	}
	return h
}

// everyCommand lists each command line that has its own -h: the commands, and tm's subcommands.
func everyCommand() [][]string {
	var out [][]string
	for name := range commands() {
		if name != "tm" {
			out = append(out, []string{name})
		}
	}
	for _, sub := range tmSubcommands {
		out = append(out, []string{"tm", sub})
	}
	sort.Slice(out, func(i, j int) bool { return strings.Join(out[i], " ") < strings.Join(out[j], " ") })
	return out
}

// mentions reports whether text holds flag as a command line writes it: its name, not the start of a
// longer one, and its placeholder after it (--labels LIST, --json).
func mentions(text string, f helpFlag) bool {
	pat := `(^|[\s\[(|])` + regexp.QuoteMeta(f.name)
	if f.placeholder != "" {
		pat += " " + regexp.QuoteMeta(f.placeholder)
	}
	return regexp.MustCompile(pat + `($|[^A-Za-z0-9_|-])`).MatchString(text)
}

// TestHelpSynopsisListsEveryFlag: each command's -h has a usage line naming every option it lists,
// with the same placeholder, a description, and placeholders that say what to give (never Go's
// "string" or "int").
func TestHelpSynopsisListsEveryFlag(t *testing.T) {
	goTypes := map[string]bool{"string": true, "int": true, "uint": true, "float": true, "value": true, "duration": true}
	for _, cmd := range everyCommand() {
		h := helpOf(t, cmd...)
		if !strings.HasPrefix(h.synopsis, "usage: glose-cli "+strings.Join(cmd, " ")) {
			t.Errorf("%v -h starts %q; want its usage line", cmd, h.synopsis)
		}
		if h.description == "" {
			t.Errorf("%v -h says nothing of what the command does", cmd)
		}
		for _, f := range h.flags {
			if !mentions(h.synopsis, f) {
				t.Errorf("%v -h lists %s, which its usage line %q does not", cmd, f, h.synopsis)
			}
			if goTypes[f.placeholder] || (f.placeholder != "" && f.placeholder != strings.ToUpper(f.placeholder) && !strings.Contains(f.placeholder, "|")) {
				t.Errorf("%v -h: %s: want an upper-case placeholder (FILE, N, LIST…) or the values (a|b)", cmd, f)
			}
		}
	}
}

// readmeSynopses reads the README's command table: the code spans of each row's first cell, each the
// command line of the command it starts with ("tm import" for tm's subcommands).
func readmeSynopses(t *testing.T) map[string][]string {
	t.Helper()
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, section, ok := strings.Cut(string(data), "\n## The command-line tool\n")
	if !ok {
		t.Fatal(`README.md has no section "## The command-line tool"`)
	}
	section, _, _ = strings.Cut(section, "\n## ")
	code := regexp.MustCompile("`([^`]+)`")
	out := map[string][]string{}
	for _, line := range strings.Split(section, "\n") {
		if !strings.HasPrefix(line, "| `") {
			continue
		}
		for _, m := range code.FindAllStringSubmatch(tableCells(line)[0], -1) {
			words := strings.Fields(m[1])
			name := words[0]
			if name == "tm" && len(words) > 1 {
				name += " " + words[1]
			}
			out[name] = append(out[name], m[1])
		}
	}
	return out
}

// tableCells splits a Markdown table row into its cells, a "\\|" being a | inside a cell.
func tableCells(row string) []string {
	var cells []string
	var cell strings.Builder
	row = strings.TrimPrefix(strings.TrimSpace(row), "|")
	for i := 0; i < len(row); i++ {
		switch {
		case row[i] == '\\' && i+1 < len(row) && row[i+1] == '|':
			cell.WriteByte('|')
			i++
		case row[i] == '|':
			cells = append(cells, strings.TrimSpace(cell.String()))
			cell.Reset()
		default:
			cell.WriteByte(row[i])
		}
	}
	return append(cells, strings.TrimSpace(cell.String()))
}

// TestREADMEListsEveryFlag: the README's command table has a row for every command, whose command line
// names every option -h lists, with the same placeholder, and no option the command lacks.
func TestREADMEListsEveryFlag(t *testing.T) {
	table := readmeSynopses(t)
	flagWord := regexp.MustCompile(`(?:^|[\s\[(|])(--?[a-z][a-z0-9-]*)`)
	for _, cmd := range everyCommand() {
		name := strings.Join(cmd, " ")
		rows := table[name]
		if len(rows) == 0 {
			t.Errorf("README's command table has no row for %q", name)
			continue
		}
		synopsis := strings.Join(rows, "\n")
		h := helpOf(t, cmd...)
		known := map[string]bool{}
		for _, f := range h.flags {
			known[f.name] = true
			if !mentions(synopsis, f) {
				t.Errorf("README's row for %q does not name %s (it reads %q)", name, f, synopsis)
			}
		}
		for _, m := range flagWord.FindAllStringSubmatch(synopsis, -1) {
			if !known[m[1]] {
				t.Errorf("README's row for %q names %s, which %q -h does not list", name, m[1], name)
			}
		}
	}
}

// TestTopLevelUsageListsEverything: glose-cli help names every command, every tm subcommand and every
// format export writes and import reads, as the README's export row names every export format.
func TestTopLevelUsageListsEverything(t *testing.T) {
	_, usage, _ := runCLI(t, "help")
	want := append(append([]string{}, tmSubcommands...), formats.Names(true)...)
	want = append(want, formats.Names(false)...)
	for name := range commands() {
		want = append(want, name)
	}
	for _, w := range want {
		if !regexp.MustCompile(`[\s,:]` + regexp.QuoteMeta(w) + `[\s,]`).MatchString(usage) {
			t.Errorf("glose-cli help does not name %q:\n%s", w, usage)
		}
	}
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	var exportRow string
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, "| `export ") {
			exportRow = line
		}
	}
	for _, f := range formats.Names(true) {
		if !strings.Contains(exportRow, "`"+f+"`") {
			t.Errorf("README's export row does not name the format `%s`", f)
		}
	}
}
