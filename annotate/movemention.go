package annotate

import "fmt"

// MoveMention files mention spanID under entity entID or, entID "", under a new entity of its own,
// named by its words in its language, in one undo step: an adjudicator adopting a reviewer's split
// ("M. Dupont" is not Jean Dupont) or a reviewer's grouping moves one mention, not a whole entity.
// The English suggestions projection linked to a French mention follow it into its new entity
// (followTranslations), as they follow a relabelling: left behind, "Mr Dupont" stayed Jean Dupont's
// in the English while its French was another man's, and the two sides of the exports disagreed. An
// English mention a person made or confirmed stays where it is. The entity the mention leaves goes
// with its last mention (see dropIfEmpty); a mention of another type takes the entity's
// (SetMentionEntity). It returns the entity the mention is of now.
func (e *Editor) MoveMention(spanID, entID string) (*Entity, error) {
	d := e.Doc
	sp := d.Span(spanID)
	if sp == nil {
		return nil, fmt.Errorf("no span %q", spanID)
	}
	if !IsEntityLabel(sp.Label) {
		return nil, fmt.Errorf("span %q is a %s, not an entity mention", spanID, sp.Label)
	}
	if entID == "" {
		tag := d.SourceLang
		if sp.Side == Target {
			tag = d.TargetLang
		}
		to := &Entity{Type: sp.Label, Names: map[string]string{tag: d.SpanText(sp)}, Mentions: []string{sp.ID}}
		return to, e.Batch("new entity", func() error {
			if err := e.AddEntity(to); err != nil {
				return err
			}
			return e.followTranslations(sp)
		})
	}
	if d.Entity(entID) == nil {
		return nil, errNoEntity(entID)
	}
	err := e.Batch("set entity", func() error {
		if err := e.SetMentionEntity(spanID, entID); err != nil {
			return err
		}
		return e.followTranslations(sp)
	})
	return d.Entity(entID), err
}
