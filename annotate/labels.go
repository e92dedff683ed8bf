package annotate

// Label is one entry of a document's label schema.
type Label struct {
	Name        string // short code stored on spans, e.g. "PER"
	Description string // what it marks, for people
	Color       string // "#rrggbb"
	Key         string // keyboard shortcut in the app, one character
}

// Default label names.
const (
	LabelPER   = "PER"
	LabelORG   = "ORG"
	LabelLOC   = "LOC"
	LabelMISC  = "MISC"
	LabelQuote = "QUOTE"
	LabelCue   = "CUE"
)

// DefaultLabels returns the built-in schema: persons, organisations, places, other names, quotes and
// reporting verbs. Colours are chosen to stay readable under dark text on light and dark themes.
func DefaultLabels() []Label {
	return []Label{
		{Name: LabelPER, Description: "person", Color: "#4e79a7", Key: "p"},
		{Name: LabelORG, Description: "organisation", Color: "#f28e2b", Key: "o"},
		{Name: LabelLOC, Description: "place", Color: "#59a14f", Key: "l"},
		{Name: LabelMISC, Description: "other name (product, event, work)", Color: "#b07aa1", Key: "m"},
		{Name: LabelQuote, Description: "direct quotation", Color: "#e15759", Key: "q"},
		{Name: LabelCue, Description: "reporting verb", Color: "#edc948", Key: "c"},
	}
}

// Label returns the schema entry called name.
func (d *Document) Label(name string) (Label, bool) {
	for _, l := range d.labels() {
		if l.Name == name {
			return l, true
		}
	}
	return Label{}, false
}

func (d *Document) labels() []Label {
	if len(d.Labels) == 0 {
		return DefaultLabels()
	}
	return d.Labels
}
