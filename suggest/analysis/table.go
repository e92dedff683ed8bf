package analysis

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"

	"github.com/glose-app/glose/annotate"
)

// Labels are the bands' names for people, in Band order (English; the app translates them).
var Labels = [NumBands]string{"Locked", "Context match (101%)", "Repetitions", "100%", "95–99%", "85–94%", "75–84%",
	"50–74%", "No match"}

// StatusLabels name the statuses for people (English; the app translates them).
var StatusLabels = map[annotate.Status]string{annotate.StatusNew: "Not started", annotate.StatusDraft: "Draft",
	annotate.StatusTranslated: "Translated", annotate.StatusReviewed: "Reviewed"}

// The columns of the tables, for people (English; the app translates them).
var (
	BandColumns   = []string{"Match", "Segments", "Words", "Characters", "Characters without spaces", "Percent", "Weight", "Weighted words"}
	StatusColumns = []string{"Status", "Segments", "Words", "Characters", "Characters without spaces", "Percent"}
)

// BandTable returns the rows of the bands and their total, under BandColumns: counts, the share of
// the words in percent, the weight in percent and the weighted words. Numbers are written as a
// spreadsheet reads them (a point before decimals); label names the bands and "Total".
func (r *Report) BandTable(label func(string) string) [][]string {
	rows := make([][]string, 0, NumBands+1)
	for b := range NumBands {
		c := r.Bands[b]
		rows = append(rows, append(counts(label(Labels[b]), c, r.Total), num(r.Weights[b]), num(r.Weights[b]*float64(c.Words)/100)))
	}
	return append(rows, append(counts(label("Total"), r.Total, r.Total), "", num(r.Weighted)))
}

// StatusTable returns the rows of the statuses and their total, under StatusColumns.
func (r *Report) StatusTable(label func(string) string) [][]string {
	var rows [][]string
	for _, st := range annotate.Statuses {
		rows = append(rows, counts(label(StatusLabels[st]), r.Status[st], r.Total))
	}
	return append(rows, counts(label("Total"), r.Total, r.Total))
}

func counts(name string, c, total Counts) []string {
	pct := 0.0
	if total.Words > 0 {
		pct = 100 * float64(c.Words) / float64(total.Words)
	}
	return []string{name, strconv.Itoa(c.Segments), strconv.Itoa(c.Words), strconv.Itoa(c.Characters),
		strconv.Itoa(c.CharsNoSpace), fmt.Sprintf("%.1f", pct)}
}

// num writes a number with at most one decimal, none when it is whole: rounded, as sums of weighted
// words carry binary fractions (0.1 + 0.2 is 0.30000000000000004).
func num(f float64) string { return strconv.FormatFloat(math.Round(f*10)/10, 'f', -1, 64) }

// WriteTables writes the band table and the status table, each under its header and apart by an
// empty line, as CSV with the separator sep (',' for CSV, '\t' for a spreadsheet's paste).
func (r *Report) WriteTables(w io.Writer, sep rune, label func(string) string) error {
	cw := csv.NewWriter(w)
	cw.Comma = sep
	write := func(header []string, rows [][]string) {
		h := make([]string, len(header))
		for i, s := range header {
			h[i] = label(s)
		}
		cw.Write(h)
		cw.WriteAll(rows)
	}
	write(BandColumns, r.BandTable(label))
	cw.Write(nil)
	write(StatusColumns, r.StatusTable(label))
	cw.Flush()
	return cw.Error()
}

// jsonReport is a Report as JSON: bands by their Names, statuses by their values.
type jsonReport struct {
	Documents  int                        `json:"documents"`
	Memory     bool                       `json:"memory"`
	Total      Counts                     `json:"total"`
	Bands      map[string]jsonBand        `json:"bands"`
	Status     map[annotate.Status]Counts `json:"status"`
	Weighted   float64                    `json:"weighted_words"`
	Translated float64                    `json:"translated_percent"` // of the words, translated or reviewed
}

type jsonBand struct {
	Counts
	Weight float64 `json:"weight_percent"`
}

// MarshalJSON writes the report with its bands named as in Names ("context", "repetitions", "100",
// "95-99"…, "no_match"), each with its weight, and the statuses of the segments.
func (r *Report) MarshalJSON() ([]byte, error) {
	j := jsonReport{Documents: r.Documents, Memory: r.Memory, Total: r.Total, Bands: map[string]jsonBand{},
		Status: r.Status, Weighted: r.Weighted, Translated: 100 * r.Translated()}
	for b := range NumBands {
		j.Bands[Names[b]] = jsonBand{r.Bands[b], r.Weights[b]}
	}
	return json.Marshal(j)
}
