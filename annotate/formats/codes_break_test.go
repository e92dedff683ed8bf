package formats

import "testing"

// TestDataIsBreak: the <data> a dataRef names says whether the code is a line break, however the
// client's tool writes it.
func TestDataIsBreak(t *testing.T) {
	data := []byte(`<originalData>
    <data id="d1">&lt;b&gt;</data>
    <data id='d2' xml:space="preserve">&lt;BR class="x"/&gt;</data>
    <data id="d3"><cp hex="000A"/></data>
    <data id="d4">&#10;</data>
    <data id="d5"/>
    <data id="d6">&lt;img alt="br"/&gt;</data>
    <data id="d7">&lt;br&gt; 😀</data>
   </originalData>`)
	for id, want := range map[string]bool{"d1": false, "d2": true, "d3": true, "d4": true, "d5": false, "d6": false, "d7": false, "d9": false} {
		if got := dataIsBreak(data, id); got != want {
			t.Errorf("data %s: a break %v, want %v", id, got, want)
		}
	}
}
