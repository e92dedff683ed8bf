package quotes

// sharedCue gives a group whose reporting verb was found but not its subject the speaker of the group
// that verb already attributes: in "« … », a précisé le parquet, mais « … »", the verb read before
// the second quotation is the incise of the first, whose inverted subject the clause reader, finding
// the first quotation on the verb's left, does not see.
func (f *finder) sharedCue(order []int) {
	for _, g := range order {
		grp := f.groups[g]
		if grp.cue.Empty() || !grp.speaker.Empty() {
			continue
		}
		for _, h := range order {
			if o := f.groups[h]; h != g && o.cue == grp.cue && !o.speaker.Empty() && !o.title {
				grp.speaker, grp.skind = o.speaker, o.skind
				break
			}
		}
	}
}
