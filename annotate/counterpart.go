package annotate

// followTranslations files the suggested English mentions that projection linked to source span sp
// (translation links) under sp's entity, in the current undo step, so that they take its label: a
// translator who relabels "CGT-Cheminots" from MISC to ORG in the French, while another French
// mention keeps MISC, saw the English "CGT-Cheminots" of that sentence stay MISC, and the two sides
// of the exports disagree. A mention a person made or confirmed keeps its label and entity.
func (e *Editor) followTranslations(sp *Span) error {
	ent := e.Doc.EntityOf(sp.ID)
	if sp.Side != Source || ent == nil {
		return nil
	}
	for _, l := range e.Doc.LinksOf(sp.ID) {
		if l.Type != LinkTranslation || l.From != sp.ID {
			continue
		}
		t := e.Doc.Span(l.To)
		if t == nil || t.Side != Target || t.Origin == Human || !IsEntityLabel(t.Label) || e.Doc.EntityOf(t.ID) == ent {
			continue
		}
		if err := e.SetMentionEntity(t.ID, ent.ID); err != nil {
			return err
		}
	}
	return nil
}
