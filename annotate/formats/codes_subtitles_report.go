package formats

import (
	"strings"

	"github.com/glose-app/glose/annotate"
	"github.com/glose-app/glose/annotate/project"
)

// subtitleEstimates are EstimatedCodes for a document whose inline codes are its subtitles' tags
// (codes_subtitles.go), by segment ID: in each segment with English, the markers the translator placed
// amiss (read as for a client's file, markedPlaces), and the codes the text export would place by
// estimate only, neither placed by hand nor surely (tagPlacer.sure: by a translation link, or where the
// French has them).
func subtitleEstimates(d *annotate.Document) map[string][]PlacedCode {
	owners, overlap := tagOwners(d), project.Overlapping(d)
	out := map[string][]PlacedCode{}
	for k, s := range d.Segments {
		english := strings.TrimSpace(s.Target)
		tc := segmentTags(d, owners, k)
		if english == "" || len(tc.codes) == 0 && len(s.Codes) == 0 {
			continue
		}
		said := map[int]bool{}
		if len(s.Codes) > 0 {
			tags, wraps := make([]string, len(tc.codes)), make([]bool, len(tc.codes))
			for i, c := range tc.codes {
				tags[i], wraps[i] = c.Tag, c.Wraps
			}
			_, issues := markedPlaces(tags, wraps, s.Codes)
			for _, h := range issues {
				c := Code{Tag: h.tag}
				if h.i >= 0 {
					c, said[h.i] = tc.codes[h.i], true
				}
				out[s.ID] = append(out[s.ID], PlacedCode{Code: c, Hand: h.problem})
			}
		}
		from := max(0, strings.Index(s.Target, english))
		pl := newTagPlacer(d, s, overlap[k], english, from)
		for i, c := range tc.codes {
			if said[i] {
				continue
			}
			if a, _ := handPlace(s, i, c, from, len(english)); a >= 0 {
				continue
			}
			if _, _, sure := pl.sure(c); !sure {
				out[s.ID] = append(out[s.ID], PlacedCode{Code: c})
			}
		}
	}
	return out
}
