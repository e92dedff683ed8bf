package app

import (
	"fmt"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// quotesDoc returns n segments each holding a quotation, titled title.
func quotesDoc(t *testing.T, title string, n int) *annotate.Document {
	t.Helper()
	var segs []string
	for i := range n {
		segs = append(segs, fmt.Sprintf("%s a déclaré : « Phrase %d du discours ».", title, i+1))
	}
	d := pairDoc(segs...)
	ed := annotate.NewEditor(d)
	for _, s := range d.Segments {
		text := d.Text[s.Start:s.End]
		at := s.Start + strings.Index(text, "«")
		end := s.Start + strings.Index(text, "»") + len("»")
		must(t, ed.AddSpan(&annotate.Span{Side: annotate.Source, Start: at, End: end, Label: annotate.LabelQuote, Origin: annotate.Auto, Confidence: 0.9}))
	}
	return d
}

// TestAnotherDocumentOpensWithFreshSideTabs: the analyst filters the Entities tab ("canal"), selects
// an entity and scrolls the Quotes tab down, then opens another article. Its Entities tab said that no
// entity has "canal" in its name, and showed, the filter emptied, the new document's entity of the
// same ID as selected (someone else); its Quotes tab opened scrolled to where the other one was, its
// first quotations out of sight. Both start afresh: no filter, no entity selected, the list at its top.
func TestAnotherDocumentOpensWithFreshSideTabs(t *testing.T) {
	first, _ := canalDoc(t)
	ui, _ := newTestUI(t, first, false)
	ents := ui.panels[0].(*entitiesPanel)
	ui.tabs.SelectIndex(0)
	ents.filter.SetText("canal")
	ents.sel = "e2"
	ents.refresh()
	if ids, lit := listed(ents); len(ids) != 1 || lit != "e2" {
		t.Fatalf("filtered on canal: %v listed, %q highlighted; want Canal+ (e2) alone, highlighted", ids, lit)
	}
	ui.setDocument(quotesDoc(t, "Lavrov", 40), "")
	layOut(ui)
	q := ui.quotesPanel()
	ui.tabs.SelectIndex(1)
	q.refresh()
	q.list.ScrollToBottom()
	if q.list.GetScrollOffset() == 0 {
		t.Fatal("the Quotes list of 40 quotations does not scroll")
	}

	second := quotesDoc(t, "Macron", 40)
	ed := annotate.NewEditor(second)
	at := strings.Index(second.Text, "Macron")
	sp := &annotate.Span{Side: annotate.Source, Start: at, End: at + len("Macron"), Label: annotate.LabelPER}
	must(t, ed.AddSpan(sp))
	must(t, ed.AddEntity(&annotate.Entity{ID: "e2", Type: annotate.LabelPER, Names: map[string]string{"fr": "Emmanuel Macron"}, Mentions: []string{sp.ID}}))
	ui.setDocument(second, "")
	layOut(ui)
	if off := q.list.GetScrollOffset(); off != 0 {
		t.Errorf("the Quotes list of the document opened is scrolled by %v, want its top", off)
	}
	ui.tabs.SelectIndex(0)
	ents.refresh()
	if ents.filter.Text != "" || ents.sel != "" {
		t.Errorf("Entities tab of the document opened: filter %q, selected %q; want none", ents.filter.Text, ents.sel)
	}
	if ids, lit := listed(ents); len(ids) != 1 || lit != "" {
		t.Errorf("Entities listed %v, %q highlighted; want Emmanuel Macron, none highlighted", ids, lit)
	}
	if !strings.HasPrefix(entityDetail(ents), "hint: ") {
		t.Errorf("Entities details show %q, want the hint (no entity selected)", entityDetail(ents))
	}
}
