package quotes

// sharedCue gives a group whose reporting verb was found but not its subject the speaker of the group
// that verb already attributes: in "« … », a précisé le parquet, mais « … »", the verb read before
// the second quotation is the incise of the first, whose inverted subject the clause reader, finding
// the first quotation on the verb's left, does not see.
func (f *finder) sharedCue(order []int) {
	byCue := map[Span]*group{} // the first group with a speaker for each cue
	for _, g := range order {
		if o := f.groups[g]; !o.cue.Empty() && !o.speaker.Empty() && !o.title && byCue[o.cue] == nil {
			byCue[o.cue] = o
		}
	}
	for _, g := range order {
		grp := f.groups[g]
		if grp.cue.Empty() || !grp.speaker.Empty() {
			continue
		}
		if o := byCue[grp.cue]; o != nil {
			grp.speaker, grp.skind = o.speaker, o.skind
		}
	}
}
