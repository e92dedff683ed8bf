package app

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"github.com/glose-app/glose/annotate/qa"
	"github.com/glose-app/glose/annotate/spell"
	"github.com/glose-app/glose/workspace"
)

// stepSpelling names the undo step of a spelling correction.
const stepSpelling = "spelling correction"

// userWords is the user's own word list (spell.UserWordsPath), which "Add to dictionary" writes, and
// the words "Ignore" leaves alone for the rest of the session.
type userWords struct {
	path    string
	dict    *spell.Dictionary
	ignored map[string]bool
	err     error // why the list could not be read: it is then not written over
}

// loadUserWords reads the user's word list; a list that is missing is empty.
func loadUserWords() *userWords {
	u := &userWords{ignored: map[string]bool{}, dict: spell.NewDictionary(nil)}
	u.path, u.err = spell.UserWordsPath()
	if u.err == nil {
		if d, err := spell.LoadFile(u.path, true); err != nil {
			u.err = err
		} else {
			u.dict = d
		}
	}
	return u
}

// add puts word into the list and saves it, atomically; the list is left as it was when that fails.
func (u *userWords) add(word string) error {
	if u.err != nil {
		return u.err
	}
	words := append(u.dict.List(), word)
	if err := os.MkdirAll(filepath.Dir(u.path), 0o755); err != nil {
		return fmt.Errorf("saving the word list: %w", err)
	}
	if err := workspace.WriteAtomic(u.path, spell.Format(words)); err != nil {
		return fmt.Errorf("saving the word list %s: %w", u.path, err)
	}
	u.dict = spell.NewDictionary(words)
	return nil
}

// userWords is the user's word list, which the spelling check accepts besides the built-in English.
func (p *qaPanel) userWords() *spell.Dictionary {
	if p.words == nil {
		p.words = loadUserWords()
	}
	return p.words.dict
}

// newSpellBar makes the actions under an opened spelling issue: a row of its suggestions, scrolling
// sideways in a narrow panel, and under it Add to dictionary and Ignore. They are hidden for other
// issues.
func (p *qaPanel) newSpellBar() fyne.CanvasObject {
	p.spellBar = container.NewHBox()
	add := p.ui.newPanelButton(lang.L("Add to dictionary"), theme.ContentAddIcon(), func() {
		if p.opened != nil {
			word := p.opened.Args["word"]
			p.ui.run(func() error { return p.addWord(word) })
		}
	})
	ignore := p.ui.newPanelButton(lang.L("Ignore"), nil, func() {
		if p.opened != nil {
			p.ignoreWord(p.opened.Args["word"])
		}
	})
	p.spellActs = container.NewHBox(add, ignore)
	// the quotation style issues' fix shares the box (qa_quotes.go)
	p.spellBox = container.NewVBox(container.NewHScroll(p.spellBar), p.spellActs, p.newQuoteFixRow())
	p.spellBox.Hide()
	return p.spellBox
}

// showSpellBar fills the bar for is, a spelling issue, or shows the fix of a quotation style issue,
// or hides both.
func (p *qaPanel) showSpellBar(is *qa.Issue) {
	p.showQuoteFix(p.quoteFixButton(), is)
	p.showQuoteFixAll(is) // qa_quotefixall.go
	spelling := is != nil && is.Check == qa.Spelling
	for _, o := range p.spellBox.Objects[:2] {
		setVisible(o, spelling)
	}
	switch {
	case is != nil && is.Check == qa.QuotationStyle:
		p.spellBox.Show()
		p.spellBox.Refresh()
		return
	case !spelling:
		p.spellBox.Hide()
		return
	}
	var objs []fyne.CanvasObject
	if s := is.Args["suggestions"]; s != "" {
		for _, w := range strings.Split(s, ", ") {
			objs = append(objs, p.ui.newPanelButton(w, nil, func() { p.ui.run(func() error { return p.replaceWord(*is, w) }) }))
		}
	}
	p.spellBar.Objects = objs
	p.spellBar.Refresh()
	p.spellBox.Show()
	p.spellBox.Refresh()
}

// replaceWord puts with in place of the misspelt word of is, in one undo step, as inserting a
// suggestion does (a new segment becomes a draft, a reviewed one translated), stores a translated
// segment's corrected pair in the memory, which offers it first from then on (a confirmed segment is
// not confirmed again), and runs the checks again. The English must still hold the word where the
// check found it.
func (p *qaPanel) replaceWord(is qa.Issue, with string) error {
	ui := p.ui
	seg := ui.doc.Segment(is.Segment)
	word := is.Args["word"]
	if seg == nil || is.End > len(seg.Target) || seg.Target[is.Start:is.End] != word {
		p.runNow()
		return fmt.Errorf("%s", lang.L("The English has changed since the check: look at the new list"))
	}
	err := ui.ed.Batch(stepSpelling, func() error {
		if _, err := ui.ed.MarkEdited(seg); err != nil {
			return err
		}
		_, err := ui.ed.ReplaceTarget(seg.ID, is.Start, is.End, with)
		return err
	})
	if err != nil {
		return err
	}
	if i := ui.doc.SegmentIndex(seg.ID); i >= 0 {
		if r := ui.rowFor(i); r != nil && r.entry.Text == seg.Target {
			r.entry.setCaret(utf8.RuneCountInString(seg.Target[:is.Start+len(with)]))
		}
		ui.remember(i) // a translated segment stays so: the memory takes the corrected English too
	}
	ui.setStatus(lang.L("Replaced “{{.Word}}” with “{{.With}}”", map[string]any{"Word": word, "With": with}))
	p.showDetail(nil)
	p.runNow()
	return nil
}

// addWord adds word to the user's word list and runs the checks again.
func (p *qaPanel) addWord(word string) error {
	if p.words == nil {
		p.words = loadUserWords()
	}
	if err := p.words.add(word); err != nil {
		return err
	}
	p.ui.setStatus(lang.L("Added to the dictionary: {{.Word}}", map[string]any{"Word": word}))
	p.showDetail(nil)
	p.runNow()
	return nil
}

// ignoreWord leaves word alone until Glose is closed, and runs the checks again.
func (p *qaPanel) ignoreWord(word string) {
	if p.words == nil {
		p.words = loadUserWords()
	}
	p.words.ignored[word] = true
	p.ui.setStatus(lang.L("Ignored until Glose is closed: {{.Word}}", map[string]any{"Word": word}))
	p.showDetail(nil)
	p.runNow()
}

// ignoredWords returns the words Ignore left alone, for the checks' configuration.
func (p *qaPanel) ignoredWords() map[string]bool {
	if p.words == nil {
		return nil
	}
	return maps.Clone(p.words.ignored)
}

// selectWord selects the misspelt word of a spelling issue in the English field of segment i.
func (p *qaPanel) selectWord(i int, is qa.Issue) {
	r := p.ui.rowFor(i)
	seg := p.ui.doc.Segments[i]
	if r == nil || r.entry.Text != seg.Target || is.End > len(seg.Target) || seg.Target[is.Start:is.End] != is.Args["word"] {
		return
	}
	r.entry.selectRange(utf8.RuneCountInString(seg.Target[:is.Start]), utf8.RuneCountInString(seg.Target[:is.End]))
	p.ui.updateMenus()
}
