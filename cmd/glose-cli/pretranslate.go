package main

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"golang.org/x/term"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/numerals"
	"github.com/glose-app/glose/suggest"
	"github.com/glose-app/glose/suggest/mt"
)

// cmdPretranslate fills the untranslated segments of a Glose JSON document from the translation
// memory (at or above a threshold) or machine translation, and marks them draft:
//
//	glose-cli pretranslate [--tm PATH] [--threshold 75] [--mt PROVIDER] [-o OUT] FILE.json
//
// Machine translation is configured by environment variables (GLOSE_MT, GLOSE_LIBRETRANSLATE_URL,
// DEEPL_AUTH_KEY, GLOSE_OPENAI_URL, ...; see package suggest/mt); --mt overrides GLOSE_MT, and
// --mt none turns it off. A progress bar goes to stderr when it is a terminal. When machine
// translation fails half-way, the segments done are written all the same, and the error (exit
// status 1) says how many were done and which are left.
func cmdPretranslate(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("pretranslate", flag.ContinueOnError)
	fs.SetOutput(stderr)
	tmPath := fs.String("tm", "", "translation memory `FILE` (default: the user's, see glose-cli tm -h)")
	threshold := fs.Float64("threshold", 75, "lowest memory score used, `N` in percent (100: exact matches only)")
	provider := fs.String("mt", "", "machine translation `PROVIDER`: libretranslate, deepl, openai or none (default $GLOSE_MT)")
	out := fs.String("o", "", "write to `FILE` instead of standard output (- is standard output)")
	numbers := fs.Bool("numbers", false, "first fill the segments of numbers only (\"23,5\", \"12 %\") with their English, numbers localised")
	setUsage(fs, stderr, "usage: glose-cli pretranslate [--tm FILE] [--threshold N] [--mt PROVIDER] [--numbers] [-o FILE] FILE\n\n"+
		"Fills the untranslated segments of a Glose JSON document from the translation memory, then machine\n"+
		"translation, as drafts. A draft from a memory unit with inline codes (TMX) gets the segment's\n"+
		"own codes (its client's XLIFF file's) where the unit has them, all or none.")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return usageError("pretranslate needs one Glose JSON FILE, got %d", fs.NArg())
	}
	if !(*threshold > 0 && *threshold <= 100) { // NaN too
		return usageError("--threshold: must be a score in percent, more than 0 and at most 100, not %v", *threshold)
	}
	translator, err := ptTranslator(*provider)
	if err != nil {
		return usageError("%v", err)
	}
	doc, err := ptRead(fs.Arg(0))
	if err != nil {
		return err
	}
	m, err := openTM(*tmPath, false)
	switch {
	case errors.Is(err, errNoMemory) && *tmPath == "": // no memory of one's own yet: machine translation alone
		fmt.Fprintf(stderr, "glose-cli pretranslate: %v; using machine translation only\n", err)
	case err != nil:
		return err
	default:
		defer m.Close()
	}
	if *numbers {
		ptNumbers(doc, stderr) // filled, they are no longer untranslated: the memory and MT pass them by
	}
	eng := &suggest.Engine{TM: m, MT: translator, SourceLang: doc.SourceLang, TargetLang: doc.TargetLang}
	segs := suggest.DocumentSegments(doc) // with their places, as update-tm records them
	bar := newPTProgress(stderr)
	drafts, err := eng.Pretranslate(context.Background(), segs, suggest.PretranslateOptions{Threshold: *threshold, Progress: bar.show})
	bar.clear()
	ptApply(doc, drafts, readPTCodes(doc, m, drafts, stderr), stderr)
	if werr := writeDocument(*out, stdout, doc); werr != nil {
		return errors.Join(err, werr)
	}
	if err != nil {
		return fmt.Errorf("%s: %w; the segments done were written", fs.Arg(0), err)
	}
	return nil
}

func ptTranslator(provider string) (mt.Translator, error) {
	cfg, err := mt.FromEnv(os.Getenv)
	if err != nil {
		return nil, err
	}
	from := "--mt"
	if provider == "" {
		provider, from = cfg.Provider, "GLOSE_MT"
	}
	switch p := strings.ToLower(strings.TrimSpace(provider)); p {
	case "", "none":
		cfg.Provider = ""
	case mt.LibreTranslate, mt.DeepL, mt.OpenAI:
		cfg.Provider = p
	default:
		return nil, fmt.Errorf("%s: unknown machine translation provider %q: expected %s, %s, %s or none", from, provider, mt.LibreTranslate, mt.DeepL, mt.OpenAI)
	}
	return mt.New(cfg)
}

func ptRead(path string) (*annotate.Document, error) {
	f, name, err := openArg(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	d, err := annotate.Decode(f, name)
	return d, corpusError(path, err)
}

// ptApply writes the drafts into the document, memory drafts with the segment's inline codes where
// their units have them (codes), and reports what was done.
func ptApply(doc *annotate.Document, drafts []suggest.Draft, codes ptCodes, stderr io.Writer) {
	exact, fuzzy, fromMT, coded := 0, 0, 0, 0
	for _, d := range drafts {
		seg := doc.Segments[d.Index]
		text, marks := codes.draft(doc, seg, d)
		seg.Target, seg.Status = text, annotate.StatusDraft
		if marks != nil { // in place of any the blank English had
			seg.Codes = marks
			coded++
		}
		switch {
		case d.Kind != suggest.KindTM:
			fromMT++
		case d.Score >= 100:
			exact++
		default:
			fuzzy++
		}
	}
	fmt.Fprintf(stderr, "glose-cli pretranslate: pretranslated %d of %s: %d from memory (%d exact, %d fuzzy), %d by machine translation%s\n",
		len(drafts), ptScope(doc, len(drafts)), exact+fuzzy, exact, fuzzy, fromMT, ptCoded(coded))
}

// ptNumbers fills the empty, unlocked segments of numbers only with their English
// (numerals.NonTranslatable) as drafts, and says how many.
func ptNumbers(doc *annotate.Document, stderr io.Writer) {
	n := 0
	for _, s := range doc.Segments {
		if s.Locked || strings.TrimSpace(s.Target) != "" {
			continue
		}
		if en, ok := numerals.NonTranslatable(doc.SourceText(s)); ok {
			s.Target, s.Status = en, annotate.StatusDraft
			n++
		}
	}
	fmt.Fprintf(stderr, "glose-cli pretranslate: filled %s of numbers only\n", annotate.Plural(n, "segment", "segments"))
}

// ptCoded says how many drafts got their inline codes from the memory, when some did.
func ptCoded(n int) string {
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("; %d of them got their inline codes from the memory", n)
}

// ptScope names the segments pretranslation looked at: those without English (with text to
// translate), and the document's segments when some already had English ("8 of the 8 segments
// without English (9 in all)"), so that a segment translated before, or that a client's file marks
// not to translate, is not counted as one pretranslation missed.
func ptScope(doc *annotate.Document, drafted int) string {
	todo := drafted // the drafts' segments have English now
	for _, s := range doc.Segments {
		if !s.Locked && strings.TrimSpace(s.Target) == "" && strings.TrimSpace(doc.SourceText(s)) != "" {
			todo++
		}
	}
	if todo == len(doc.Segments) {
		return annotate.Plural(todo, "segment", "segments")
	}
	return fmt.Sprintf("the %s without English (%d in all)", annotate.Plural(todo, "segment", "segments"), len(doc.Segments))
}

// ptProgress draws a progress bar on a terminal and nothing elsewhere, at most every 100 ms.
type ptProgress struct {
	cmd   string // the command the bar names: "pretranslate" when empty
	w     io.Writer
	on    bool
	start time.Time
	last  time.Time
}

func newPTProgress(w io.Writer) *ptProgress {
	f, ok := w.(*os.File)
	return &ptProgress{w: w, on: ok && term.IsTerminal(int(f.Fd())), start: time.Now()}
}

func (p *ptProgress) show(done, total int) {
	if !p.on || total == 0 {
		return
	}
	now := time.Now()
	if done < total && now.Sub(p.last) < 100*time.Millisecond {
		return
	}
	p.last = now
	fmt.Fprint(p.w, "\r\033[K"+progressLine(cmp.Or(p.cmd, "pretranslate"), done, total, time.Since(p.start)))
}

// ptLine is the progress bar's text: the bar, the count and, once it can be told, the time left.
func ptLine(done, total int, elapsed time.Duration) string {
	return progressLine("pretranslate", done, total, elapsed)
}

// progressLine is the progress bar's text for the command cmd.
func progressLine(cmd string, done, total int, elapsed time.Duration) string {
	const width = 30
	n := done * width / total
	line := fmt.Sprintf("%s [%-*s] %d/%d", cmd, width, strings.Repeat("#", n), done, total)
	if done > 0 && done < total && elapsed > time.Second {
		left := time.Duration(float64(elapsed) / float64(done) * float64(total-done))
		line += fmt.Sprintf(" · %.0f s left", left.Seconds())
	}
	return line
}

func (p *ptProgress) clear() {
	if p.on {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
