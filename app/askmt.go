package app

import (
	"fyne.io/fyne/v2/lang"

	"github.com/glose-app/glose/suggest"
)

// askMT is Ctrl+M and the Proposals tab's Machine translation button: the machine translation of the
// current segment goes among its proposals, and the status line then says so and which Ctrl+N
// inserts it, or why it failed. With another side tab shown, Ctrl+M seemed to do nothing: the answer
// went to a card out of sight, and the status line kept what it said before (walk32).
func (ui *UI) askMT() {
	p := ui.sugg
	q, ok := p.current()
	if !ok || p.src == nil || p.src.eng.MT == nil {
		ui.fetchMT() // says machine translation is off
		return
	}
	ui.hint(lang.L("Asking for the machine translation…"))
	ui.fetchMTThen(func() {
		if now, ok := p.current(); !ok || now.source != q.source {
			return // the translator moved on: the status line is the new segment's
		}
		ui.sayMT(p.mt[q.source])
	})
}

// sayMT says on the status line what became of the machine translation r of the current segment.
func (ui *UI) sayMT(r *mtResult) {
	switch {
	case r == nil || r.busy:
		return
	case r.err != nil:
		ui.hint(lang.L("Machine translation failed: {{.Error}}", map[string]any{"Error": mtErrorText(r.err)}))
		return
	case r.offer.Text == "":
		ui.hint(lang.L("The machine translation service gave no translation"))
		return
	}
	p := ui.sugg
	p.lookUpNow() // the panel looks nothing up while hidden, as it is under another side tab
	p.show(p.shown)
	for i, o := range p.offers {
		if o.Kind != suggest.KindMT {
			continue
		}
		if i < 5 {
			ui.hint(lang.L("Machine translation in the Proposals tab: Ctrl+{{.N}} inserts it", map[string]any{"N": i + 1}))
			return
		}
		break
	}
	ui.hint(lang.L("Machine translation in the Proposals tab"))
}
