package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/formats"
	"github.com/glose-app/glose/annotate/ner"
	"github.com/glose-app/glose/annotate/project"
	"github.com/glose-app/glose/annotate/qa"
	"github.com/glose-app/glose/annotate/spell"
)

// cmdQA runs the translation checks over a document, or over each document of a corpus.
func cmdQA(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("qa", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, `print the issues as a JSON array: [{"document", "check", "severity", "segment", "span", "message", "about", "ignored"}], document the ID of the issue's document, span "" when the issue is the segment's`)
	withIgnored := fs.Bool("include-ignored", false, "list the issues a translator ignored too (the app's QA tab, Ignore), marked ignored; they never fail the run")
	disable := fs.String("disable", "", "the checks not to run: a `LIST` of IDs, comma-separated (--list shows them)")
	failOn := fs.String("fail-on", "error", "exit 1 when an issue has this `SEVERITY` or worse: error, warning, info or never")
	glossary := fs.String("glossary", "", "a `FILE` of French terms and their expected English, besides the document's entities: CSV or TBX (.csv, .tbx), else tab-separated lines")
	english := fs.String("english", "", "the `us|gb|any` English spelling the spelling check reads (any: either of the two); by default the document's target language's (en-GB, en-IE, en-AU, en-NZ, en-ZA, en-IN: British; en-US: American), else any")
	words := fs.String("words", "", "a `FILE` of the user's own words for the spelling check, one a line (default: the app's, ~/.config/glose/words.txt, if there is one)")
	quotes := fs.String("quotes", "curly", "the `curly|straight` quotation marks and apostrophes the quotation style check expects of the English: “ ” ‘ ’ or \" '")
	list := fs.Bool("list", false, "list the checks and exit")
	setUsage(fs, stderr, "usage: glose-cli qa [--json] [--include-ignored] [--disable LIST] [--fail-on SEVERITY] [--glossary FILE] [--english us|gb|any] [--quotes curly|straight] [--words FILE] FILE\n"+
		"       glose-cli qa --list\n\n"+
		"Checks a translated document, or each document of a corpus (JSON Lines; each line of issues then\n"+
		"begins with its document's ID). Its entities are the glossary of names: each English mention of an\n"+
		"entity should read the entity's English name. The spelling check reads the English against the\n"+
		"built-in American or British English dictionary, as the document's target language or --english\n"+
		"says (both for plain en), and the user's own words. The tags are checked too (cue-alone,\n"+
		"speaker-label, speaker-missing, name-untagged, name-label, counterpart-label, and disputed: what\n"+
		"curate left for an adjudicator and nobody settled yet), as a data team\n"+
		"checks them before exporting training data. The issues a translator ignored are left out\n"+
		"and counted on standard error (--include-ignored lists them). Exit status 1 when an issue of\n"+
		"severity error (see --fail-on) is found.")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *list {
		for _, c := range qa.Checks() {
			fmt.Fprintf(stdout, "%-20s %-8s %s\n", c.ID, c.Severity, c.Description)
		}
		return nil
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return usageError("expected one FILE, got %d", fs.NArg())
	}
	cfg, threshold, err := qaConfig(*disable, *failOn)
	if err != nil {
		return err
	}
	if *english != "" {
		if cfg.English, err = spell.ParseVariety(*english); err != nil {
			return usageError("--english: %v", err)
		}
	}
	if cfg.Quotes, err = qa.ParseQuoteStyle(*quotes); err != nil {
		return usageError("--quotes: %v", err)
	}
	places := newDocPlaces()
	docs, warnings, err := readPlaced(fs.Arg(0), formats.ReadOptions{}, places)
	if err != nil {
		return err
	}
	// Each issue names its document's ID: two documents of one ID would share their issues' names.
	printWarnings(stderr, "qa", append(warnings, uniqueIDs(docs, places.place)...))
	if !cfg.Disabled[qa.Spelling] {
		if cfg.Words, err = userWords(*words); err != nil {
			return err
		}
	}
	issues, err := qaDocuments(docs, cfg, *glossary)
	if err != nil {
		return err
	}
	listed, ignored := leaveIgnored(issues, *withIgnored)
	if err := printIssues(stdout, listed, *asJSON, len(docs) > 1); err != nil {
		return err
	}
	if ignored > 0 {
		how := " (--include-ignored lists them)"
		if *withIgnored {
			how = ""
		}
		fmt.Fprintf(stderr, "glose-cli qa: %s ignored%s\n", annotate.Plural(ignored, "issue", "issues"), how)
	}
	n := 0
	for _, is := range issues {
		if threshold > 0 && !is.Ignored && is.Severity.Rank() >= threshold {
			n++
		}
	}
	if n > 0 {
		return &exitError{code: 1, err: fmt.Errorf("%s: %s of severity %s or worse", fs.Arg(0), annotate.Plural(n, "issue", "issues"), *failOn)}
	}
	return nil
}

// leaveIgnored returns the issues to print, the ignored ones among them only when asked, and how
// many are ignored.
func leaveIgnored(issues []docIssue, include bool) ([]docIssue, int) {
	out, n := make([]docIssue, 0, len(issues)), 0
	for _, is := range issues {
		if is.Ignored {
			n++
			if !include {
				continue
			}
		}
		out = append(out, is)
	}
	return out, n
}

// docIssue is an issue of the document of that ID, with what it is about (qa.About).
type docIssue struct {
	doc, about string
	qa.Issue
}

// qaDocuments checks each document (all of a corpus), with the glossary file, when there is one, read
// once for each pair of languages.
func qaDocuments(docs []*annotate.Document, cfg qa.Config, glossary string) ([]docIssue, error) {
	glossaries := map[[2]string]fileGlossary{}
	var issues []docIssue
	for _, d := range docs {
		if glossary != "" {
			pair := [2]string{d.SourceLang, d.TargetLang}
			g, ok := glossaries[pair]
			if !ok {
				var err error
				if g, err = readGlossary(glossary, d.SourceLang, d.TargetLang); err != nil {
					return nil, err
				}
				glossaries[pair] = g
			}
			cfg.Glossary = g
		}
		for _, is := range qa.Run(d, cfg) {
			var about string
			if s := d.Segment(is.Segment); s != nil {
				about = qa.About(is, s.Target)
			}
			issues = append(issues, docIssue{d.ID, about, is})
		}
	}
	return issues, nil
}

func qaConfig(disable, failOn string) (qa.Config, int, error) {
	cfg := qa.Config{Disabled: map[string]bool{}, Project: project.Options{Names: project.NamerFunc(ner.EnglishName)}}
	known := map[string]bool{}
	for _, c := range qa.Checks() {
		known[c.ID] = true
	}
	for _, id := range strings.Split(disable, ",") {
		if id = strings.TrimSpace(id); id == "" {
			continue
		}
		if !known[id] {
			return cfg, 0, usageError("--disable: unknown check %q (see glose-cli qa --list)", id)
		}
		cfg.Disabled[id] = true
	}
	threshold := qa.Severity(failOn).Rank()
	if threshold == 0 && failOn != "never" {
		return cfg, 0, usageError("--fail-on: expected error, warning, info or never, got %q", failOn)
	}
	return cfg, threshold, nil
}

// userWords are the user's words for the spelling check: from path, else from the app's word list
// when there is one.
func userWords(path string) (*spell.Dictionary, error) {
	missingOK := path == ""
	if path == "" {
		var err error
		if path, err = spell.UserWordsPath(); err != nil {
			return nil, nil // no configuration directory: no user words
		}
	}
	user, err := spell.LoadFile(path, missingOK)
	if err != nil {
		return nil, fmt.Errorf("--words: %w", err)
	}
	return user, nil
}

// qaJSONIssue is one issue of qa --json, with the fields README and -h list, each always present:
// not qa.Issue's own encoding, whose message key and arguments are the app's, for translating it.
type qaJSONIssue struct {
	Document string      `json:"document"`
	Check    string      `json:"check"`
	Severity qa.Severity `json:"severity"`
	Segment  string      `json:"segment"`
	Span     string      `json:"span"`
	Message  string      `json:"message"`
	About    string      `json:"about"`   // what it is about, by which it is ignored
	Ignored  bool        `json:"ignored"` // a translator ignored it (listed with --include-ignored)
}

// printIssues writes issues as JSON or as lines of tab-separated fields, the first the segment (and
// span), after its document's ID in a corpus: "a00 s3 t2"; an ignored issue's line has a fifth field,
// "ignored".
func printIssues(w io.Writer, issues []docIssue, asJSON, corpus bool) error {
	if asJSON {
		out := make([]qaJSONIssue, 0, len(issues))
		for _, is := range issues {
			out = append(out, qaJSONIssue{Document: is.doc, Check: is.Check, Severity: is.Severity, Segment: is.Segment, Span: is.Span, Message: is.Message,
				About: is.about, Ignored: is.Ignored})
		}
		data, err := json.MarshalIndent(out, "", "  ")
		if err != nil {
			return fmt.Errorf("encoding issues: %w", err)
		}
		_, err = fmt.Fprintf(w, "%s\n", data)
		return err
	}
	for _, is := range issues {
		where := is.Segment
		if is.Span != "" {
			where += " " + is.Span
		}
		if corpus {
			where = is.doc + " " + where
		}
		ignored := ""
		if is.Ignored {
			ignored = "\tignored"
		}
		if _, err := fmt.Fprintf(w, "%s\t%s\t%s\t%s%s\n", where, is.Severity, is.Check, is.Message, ignored); err != nil {
			return err
		}
	}
	return nil
}
