package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/suggest/tm"
	"github.com/glose-app/glose/workspace"
)

// cmdTM manages the translation memory and the glossary shared by all documents:
//
//	glose-cli tm import [--tm FILE] [--source-lang TAG] [--target-lang TAG] FILE...
//	glose-cli tm export [--tm FILE] [-o FILE]
//	glose-cli tm search [--tm FILE] [--source-lang TAG] [--target-lang TAG] [--json] [--limit N] [--threshold N] SENTENCE
//	glose-cli tm concordance [--tm FILE] [--source-lang TAG] [--target-lang TAG] [--side both|source|target] [--limit N] [--json] PHRASE
//	glose-cli tm delete [--tm FILE] [--source-lang TAG] [--target-lang TAG] [--dry-run] FRENCH [ENGLISH]
//	glose-cli tm terms [--tm FILE] [--source-lang TAG] [--target-lang TAG] [--json] [--csv]
//	glose-cli tm delete-term [--tm FILE] [--source-lang TAG] [--target-lang TAG] ID...
//	glose-cli tm import-terms [--tm FILE] [--source-lang TAG] [--target-lang TAG] [--match-case] FILE...
//	glose-cli tm add-term [--tm FILE] [--source-lang TAG] [--target-lang TAG] [--note TEXT] [--match-case] FRENCH ENGLISH
//	glose-cli tm match-case [--tm FILE] [--source-lang TAG] [--target-lang TAG] [--off] ID...
//
// The memory's FILE defaults to $XDG_DATA_HOME/glose/tm.db, else glose/tm.db in the user's configuration directory.
func cmdTM(args []string, stdout, stderr io.Writer) error {
	subs := map[string]func([]string, io.Writer, io.Writer) error{
		"import": tmImport, "export": tmExport, "search": tmSearch, "concordance": tmConcordance, "delete": tmDelete, "terms": tmTerms,
		"delete-term": tmDeleteTerm, "import-terms": tmImportTerms, "add-term": tmAddTerm, "match-case": tmMatchCase,
	}
	if len(args) > 0 && (args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
		tmUsage(stdout) // help, on standard output as every -h
		return flag.ErrHelp
	}
	if len(args) == 0 || subs[args[0]] == nil {
		tmUsage(stderr)
		if len(args) == 0 {
			return usageError("tm needs a subcommand: import, export, search, concordance, delete, terms, import-terms, add-term, match-case or delete-term")
		}
		return usageError("unknown tm subcommand %q: expected import, export, search, concordance, delete, terms, import-terms, add-term, match-case or delete-term", args[0])
	}
	return subs[args[0]](args[1:], stdout, stderr)
}

// tmSubcommands are the tm subcommands in the order help lists them.
var tmSubcommands = []string{"import", "export", "search", "concordance", "delete", "terms", "import-terms", "add-term", "match-case", "delete-term"}

// tmSynopsis is the command line of each tm subcommand.
var tmSynopsis = map[string]string{
	"import":       "glose-cli tm import [--tm FILE] [--source-lang TAG] [--target-lang TAG] FILE...",
	"export":       "glose-cli tm export [--tm FILE] [-o FILE]",
	"search":       "glose-cli tm search [--tm FILE] [--source-lang TAG] [--target-lang TAG] [--json] [--limit N] [--threshold N] SENTENCE",
	"concordance":  "glose-cli tm concordance [--tm FILE] [--source-lang TAG] [--target-lang TAG] [--side both|source|target] [--limit N] [--json] PHRASE",
	"delete":       "glose-cli tm delete [--tm FILE] [--source-lang TAG] [--target-lang TAG] [--dry-run] FRENCH [ENGLISH]",
	"terms":        "glose-cli tm terms [--tm FILE] [--source-lang TAG] [--target-lang TAG] [--json] [--csv]",
	"import-terms": "glose-cli tm import-terms [--tm FILE] [--source-lang TAG] [--target-lang TAG] [--match-case] FILE...",
	"add-term":     "glose-cli tm add-term [--tm FILE] [--source-lang TAG] [--target-lang TAG] [--note TEXT] [--match-case] FRENCH ENGLISH",
	"match-case":   "glose-cli tm match-case [--tm FILE] [--source-lang TAG] [--target-lang TAG] [--off] ID...",
	"delete-term":  "glose-cli tm delete-term [--tm FILE] [--source-lang TAG] [--target-lang TAG] ID...",
}

// tmDescription says what each tm subcommand does, under its synopsis (wrapped at helpWidth).
var tmDescription = map[string]string{
	"import":       "Imports TMX 1.4b files into the translation memory, creating it when it does not exist yet; only the units in the language pair count. FILE - is standard input.",
	"export":       "Writes the whole translation memory, every language pair, as TMX 1.4b.",
	"search":       "Prints the memory's fuzzy matches of SENTENCE (quote it), best first, with their scores.",
	"concordance":  "Prints the memory's units and the glossary's entries that hold a word or phrase (quote it), in either language, case and accents aside, with the phrase in [brackets]; a star after the last word makes it a prefix.",
	"delete":       "Deletes from the memory the units of FRENCH, a whole segment as stored (quote it), or only its unit of ENGLISH, with every source that holds them (TMX files imported, segments confirmed), as the app's Delete from the memory… does; a segment confirming the pair again stores it again. It lists what it deleted and their sources; --dry-run lists them and deletes nothing.",
	"terms":        "Lists the glossary kept in the memory's file: each entry's ID, terms, type, whether it matches case and where it came from; --csv writes it as a CSV glossary (source,target,note,match case) that tm import-terms and other tools read.",
	"import-terms": "Adds glossary files to the glossary, as the app's Tools › Import a glossary does, creating the memory when it does not exist yet: CSV (.csv: source,target[,note[,match case]], the separator and encoding told by the file), TBX (.tbx, .xml) or tab-separated French<TAB>English lines (any other name). FILE - is standard input (TBX when it starts with <, else CSV). An entry imported again is not doubled. --match-case marks every entry of the files as matching case (acronyms, brand names).",
	"add-term":     "Adds one term and its translation to the glossary (quote each), as the app's Add to the glossary does, creating the memory when it does not exist yet; spaces around each are dropped, and an entry that is there already is not doubled (--note replaces its note). The same French with another English is a second entry. --match-case: the term is found only in its case (PAN, not pan).",
	"match-case":   "Marks glossary entries, by the IDs tm terms shows, as matching case: found only written in their case (PAN, not pan; Orange, not orange), accents aside. --off: found in any case again, unless another entry found in any case is the same but for case (pan → pan beside PAN → PAN): delete one of the two first.",
	"delete-term":  "Deletes glossary entries by the IDs tm terms shows.",
}

// tmUsage prints the tm subcommands and where the memory is by default.
func tmUsage(w io.Writer) {
	for i, sub := range tmSubcommands {
		lead := "       "
		if i == 0 {
			lead = "usage: "
		}
		fmt.Fprintf(w, "%s%s\n", lead, tmSynopsis[sub])
	}
	fmt.Fprintln(w, "\nThe translation memory shared by all documents: import TMX 1.4b into it, export it as TMX, search")
	fmt.Fprintln(w, "it for fuzzy matches of a sentence, or for a word or phrase in either language with tm concordance")
	fmt.Fprintln(w, "(case and accents aside; a star after the last word makes it a prefix: \"parl*\"), which searches")
	fmt.Fprintln(w, "the glossary too. tm import creates the memory when it does not exist yet. tm delete takes a")
	fmt.Fprintln(w, "segment's units out of it (--dry-run lists them first).")
	fmt.Fprintln(w, "The glossary kept in the same file: tm import-terms adds CSV, TSV or TBX glossaries to it, tm add-term")
	fmt.Fprintln(w, "one term, tm terms lists its entries (ID, terms, type, where each came from), tm match-case marks")
	fmt.Fprintln(w, "entries by ID as found only in their case, tm delete-term deletes entries by ID.")
	def := "$XDG_DATA_HOME/glose/tm.db, else glose/tm.db in the user's configuration directory"
	if p, err := tm.DefaultPath(os.Getenv); err == nil {
		def = p
	}
	fmt.Fprintf(w, "--tm FILE defaults to %s.\n\nRun 'glose-cli tm SUBCOMMAND -h' for a subcommand's options.\n", def)
}

// tmFlags are the options every tm subcommand takes.
type tmFlags struct {
	fs     *flag.FlagSet
	path   *string
	source *string
	target *string
}

func newTMFlags(name string, stderr io.Writer) tmFlags {
	fs := flag.NewFlagSet("tm "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	setUsage(fs, stderr, "usage: "+tmSynopsis[name]+"\n\n"+strings.Join(wrap(tmDescription[name], helpWidth), "\n"))
	f := tmFlags{fs: fs, path: fs.String("tm", "", "translation memory `FILE` (default: the user's, see glose-cli tm -h)")}
	if name == "export" { // the whole memory, whatever its languages
		f.source, f.target = new(string), new(string)
		return f
	}
	f.source = fs.String("source-lang", "fr", "source language, a BCP 47 `TAG`")
	f.target = fs.String("target-lang", "en", "target language, a BCP 47 `TAG`")
	aliasFlag(fs, "source-lang", "source") // the names of earlier versions, still in scripts
	aliasFlag(fs, "target-lang", "target")
	return f
}

// errNoMemory is openTM's error when the memory does not exist and may not be created.
var errNoMemory = errors.New("no translation memory")

// openTM opens the memory named by --tm (path) or the user's default one. Only tm import may create
// it: for the commands that read it, opening a mistyped path would create an empty memory and
// report no match as if the memory had none.
func openTM(path string, create bool) (*tm.Memory, error) {
	given := path != ""
	if !given {
		p, err := tm.DefaultPath(os.Getenv)
		if err != nil {
			return nil, err
		}
		path = p
	}
	if _, err := os.Stat(path); !create && errors.Is(err, os.ErrNotExist) {
		if given {
			return nil, fmt.Errorf("--tm %s: %w there (check the path; glose-cli tm import or tm import-terms creates one)", path, errNoMemory)
		}
		return nil, fmt.Errorf("%w yet at %s: import TMX files with glose-cli tm import, or a glossary with tm import-terms", errNoMemory, path)
	}
	return tm.Open(path)
}

// openForImport parses the flags of an importing tm subcommand (cmd), which needs at least one file
// (need says which), and opens the memory, creating its file when missing.
func openForImport(cmd, need string, args []string, stderr io.Writer) (*tmFlags, *tm.Memory, error) {
	return openParsedForImport(newTMFlags(cmd, stderr), cmd, need, args)
}

// openParsedForImport is openForImport with the subcommand's flags made, its own added.
func openParsedForImport(f tmFlags, cmd, need string, args []string) (*tmFlags, *tm.Memory, error) {
	if err := parseFlags(f.fs, args); err != nil {
		return nil, nil, err
	}
	if f.fs.NArg() == 0 {
		f.fs.Usage()
		return nil, nil, usageError("tm %s needs at least one %s", cmd, need)
	}
	if err := oneStdin(f.fs.Args()...); err != nil {
		return nil, nil, err
	}
	m, err := openTM(*f.path, true)
	if err != nil {
		return nil, nil, err
	}
	return &f, m, nil
}

func tmImport(args []string, stdout, stderr io.Writer) error {
	f, m, err := openForImport("import", "TMX file", args, stderr)
	if err != nil {
		return err
	}
	defer m.Close()
	for _, name := range f.fs.Args() {
		if err := tmImportFile(m, name, *f.source, *f.target, stdout); err != nil {
			return err
		}
	}
	return nil
}

func tmImportFile(m *tm.Memory, name, source, target string, stdout io.Writer) error {
	r, name, err := openArg(name)
	if err != nil {
		return err
	}
	defer r.Close()
	st, err := m.Import(context.Background(), r, tm.ImportOptions{SourceLang: source, TargetLang: target, Origin: filepath.Base(name)})
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	fmt.Fprintf(stdout, "%s: %s imported, %d skipped (not %s→%s or empty)\n", name, annotate.Plural(st.Units, "unit", "units"), st.Skipped, source, target)
	for _, w := range st.Warnings {
		fmt.Fprintf(stdout, "%s: warning: %s\n", name, w.Msg)
	}
	return nil
}

func tmExport(args []string, stdout, stderr io.Writer) error {
	f := newTMFlags("export", stderr)
	out := f.fs.String("o", "", "write to `FILE` instead of standard output (- is standard output)")
	if err := parseFlags(f.fs, args); err != nil {
		return err
	}
	if f.fs.NArg() != 0 {
		return usageError("tm export takes no arguments (use -o FILE)")
	}
	m, err := openTM(*f.path, false)
	if err != nil {
		return err
	}
	defer m.Close()
	if toStdout(*out) {
		return m.Export(context.Background(), stdout)
	}
	w, err := workspace.CreateAtomic(*out) // a failed export leaves the previous file whole
	if err != nil {
		return err
	}
	if err := m.Export(context.Background(), w); err != nil {
		w.Abort()
		return fmt.Errorf("%s: %w", *out, err)
	}
	return w.Commit()
}

// tmSearchResult is one line of tm search --json.
type tmSearchResult struct {
	Source        string   `json:"source"`
	Target        string   `json:"target"`
	Score         float64  `json:"score"`       // 100 only for the same text (see tm.Match.Score)
	ScoreStem     float64  `json:"score_stem"`  // over stemmed words: how close the words are
	Differences   []string `json:"differences"` // what differs: "word forms", "accents", "punctuation"...
	NumbersDiffer bool     `json:"numbers_differ,omitempty"`
}

func tmSearch(args []string, stdout, stderr io.Writer) error {
	f := newTMFlags("search", stderr)
	asJSON := f.fs.Bool("json", false, "print JSON: [{\"source\", \"target\", \"score\", \"score_stem\", \"differences\"}] best first")
	top := f.fs.Int("limit", 5, "at most `N` matches")
	minScore := f.fs.Float64("threshold", 50, "lowest score shown, `N` in percent")
	aliasFlag(f.fs, "limit", "top") // as tm concordance's --limit, pretranslate's --threshold
	aliasFlag(f.fs, "threshold", "min")
	if err := parseFlags(f.fs, args); err != nil {
		return err
	}
	if f.fs.NArg() != 1 || *top < 1 {
		f.fs.Usage()
		return usageError("tm search needs one sentence (quoted) and --limit of at least 1")
	}
	if !(*minScore >= 0 && *minScore <= 100) {
		return usageError("--threshold (or --min) must be a score between 0 and 100, not %v", *minScore)
	}
	m, err := openTM(*f.path, false)
	if err != nil {
		return err
	}
	defer m.Close()
	matches, err := m.Lookup(context.Background(), tm.Query{Text: f.fs.Arg(0), SourceLang: *f.source,
		TargetLang: *f.target, Top: *top, MinScore: *minScore})
	if err != nil {
		return err
	}
	results := make([]tmSearchResult, len(matches))
	for i, mt := range matches {
		results[i] = tmSearchResult{Source: mt.Source, Target: mt.Target, Score: math.Round(mt.Score*10) / 10,
			ScoreStem: math.Round(mt.ScoreStem*10) / 10, Differences: mt.Differences.Names(), NumbersDiffer: mt.NumbersDiffer}
		if results[i].Differences == nil {
			results[i].Differences = []string{}
		}
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(results)
	}
	for _, r := range results {
		note := ""
		if len(r.Differences) > 0 {
			note = "  (differs in " + strings.Join(r.Differences, ", ") + ")"
		}
		fmt.Fprintf(stdout, "%5.1f%%  %s%s\n        %s\n", r.Score, r.Source, note, strings.ReplaceAll(r.Target, "\n", " "))
	}
	return nil
}
