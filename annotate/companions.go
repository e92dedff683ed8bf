package annotate

// QuoteCompanions returns, in the order of the quotation's links, the suggestions that stand only for
// quotation q: its suggested reporting verb, and its suggested speaker when a pronoun or a description
// ("a-t-il dit", "la porte-parole"), when nothing else links to them. Rejecting a false quotation
// rejects these with it, where they stayed behind, each to reject again. A name stays: it is a name
// of the text whoever speaks; so does a span confirmed, or one another quotation or link uses.
func (d *Document) QuoteCompanions(q string) []string {
	sp := d.Span(q)
	if sp == nil || sp.Label != LabelQuote {
		return nil
	}
	var out []string
	for _, l := range d.LinksOf(q) {
		if l.From != q || l.Type != LinkSpeaker && l.Type != LinkCue {
			continue
		}
		to := d.Span(l.To)
		if to == nil || to.Origin != Auto || l.Type == LinkSpeaker && to.Mention.Norm() == "" {
			continue
		}
		if len(d.LinksOf(to.ID)) == 1 {
			out = append(out, to.ID)
		}
	}
	return out
}
