package qa

import (
	"slices"
	"sort"
	"strings"

	"github.com/glose-app/glose/annotate"
)

// A translator judges some warnings no fault ("10 ans plus tard" translated "a decade later" is no
// missing number) and ignores them, as memoQ and Trados let one do: the segment keeps the issue
// (annotate.QAIgnore), keyed by its check and what it is about (About), and Run marks the issues it
// finds again so (Issue.Ignored) rather than dropping them, so that the app can show them on demand and
// glose-cli qa list them with --include-ignored. Whatever counts problems (the QA tab's summary and
// badge, its segment filter, glose-cli qa's exit status) passes over them.

// volatileArgs are message arguments that say nothing of what an issue is about: they change with
// other segments (the segments a name reads otherwise in), the settings (the quotation style), or the
// dictionary's suggestions, and would bring an ignored issue back for no change of its own; the share
// of French words of an English still French is its English, which About words in full.
var volatileArgs = map[string]bool{"count": true, "segments": true, "style": true, "suggestions": true, "share": true}

// About words what an issue is about, for ignoring it: the variant of its check (space, line-break),
// then its arguments but the volatile ones, "name: value" sorted by name ("extra: 11; missing: 10");
// for an issue naming nothing in particular (same-as-source, spacing, quote-style), the segment's
// English, so that it comes back once the English changes.
func About(is Issue, target string) string {
	var parts []string
	if v, ok := strings.CutPrefix(is.Key, "qa."+is.Check+"."); ok {
		parts = append(parts, v)
	}
	names := make([]string, 0, len(is.Args))
	for k, v := range is.Args {
		if v != "" && !volatileArgs[k] {
			names = append(names, k)
		}
	}
	sort.Strings(names)
	for _, k := range names {
		parts = append(parts, k+": "+is.Args[k])
	}
	if len(names) == 0 {
		parts = append(parts, "english: "+target)
	}
	return strings.Join(parts, "; ")
}

// Ignorable reports whether a person may ignore the issue. Warnings only: an error (an untranslated
// segment, or a check made one in the settings) is what a delivery must not hold, and a note (the
// suggestions to review, a code's placement) is work to do, which its own action ends. A word the
// spelling check flags is ignored by its own means, for the session or in the user's dictionary.
func Ignorable(is Issue) bool { return is.Severity == Warning && is.Check != Spelling }

// Ignore is the annotate.QAIgnore that ignores the issue in a segment whose English is target.
func Ignore(is Issue, target string) annotate.QAIgnore {
	return annotate.QAIgnore{Check: is.Check, About: About(is, target)}
}

// markIgnored marks the issues their segment ignores. What an issue is about is worded only for the
// segments that ignore some: wording it for every issue cost a third of a run's time after typing
// on a 4 MB document whose 12,000 quotation style issues each copied their English.
func (r *run) markIgnored() {
	ignoring := map[string]*annotate.Segment{}
	for _, s := range r.d.Segments {
		if len(s.QAIgnored) > 0 {
			ignoring[s.ID] = s
		}
	}
	if len(ignoring) == 0 {
		return
	}
	for i := range r.issues {
		is := &r.issues[i]
		if s := ignoring[is.Segment]; s != nil && Ignorable(*is) {
			is.Ignored = s.IgnoresQA(Ignore(*is, s.Target))
		}
	}
}

// Unignored returns the issues not ignored, the ones a person still has to look at, and how many
// were left out.
func Unignored(issues []Issue) ([]Issue, int) {
	out := make([]Issue, 0, len(issues))
	for _, is := range issues {
		if !is.Ignored {
			out = append(out, is)
		}
	}
	return out, len(issues) - len(out)
}

// Stale returns the ignored issues of d's segments that no issue of a run of cfg on d as it is now
// (issues) is about any more, by segment ID: the checks raise nothing they would ignore, and saving
// may leave them out. Judged only are those of a check the run made (on), as a warning (Ignorable),
// whose findings hang on the document alone (settingsBound), in a segment not locked (which raises
// nothing until unlocked); an ignore of a check this version of Glose does not know is kept too.
func Stale(d *annotate.Document, issues []Issue, cfg Config) map[string][]annotate.QAIgnore {
	judged := map[string]bool{}
	for _, c := range Checks() {
		sev, ok := cfg.Severity[c.ID]
		if !ok {
			sev = c.Severity
		}
		judged[c.ID] = !cfg.Disabled[c.ID] && sev == Warning && !settingsBound(c.ID)
	}
	found := map[string][]annotate.QAIgnore{}
	for _, is := range issues {
		if s := d.Segment(is.Segment); s != nil && len(s.QAIgnored) > 0 && Ignorable(is) {
			found[s.ID] = append(found[s.ID], Ignore(is, s.Target))
		}
	}
	stale := map[string][]annotate.QAIgnore{}
	for _, s := range d.Segments {
		if s.Locked {
			continue
		}
		for _, ig := range s.QAIgnored {
			if judged[ig.Check] && !slices.Contains(found[s.ID], ig) {
				stale[s.ID] = append(stale[s.ID], ig)
			}
		}
	}
	return stale
}

// settingsBound reports whether a check's findings hang on settings besides the document, which may
// change back: the glossary (names), the quotation style, the user's dictionary.
func settingsBound(check string) bool {
	return check == NameInconsistent || check == QuotationStyle || check == Spelling
}
