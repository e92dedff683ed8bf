package infile

import (
	"encoding/json"
	"strings"
	"testing"
)

func TestJSONError(t *testing.T) {
	type rec struct {
		ID       string `json:"id"`
		Entities []struct {
			Start int `json:"start_offset"`
		} `json:"entities"`
	}
	tests := []struct {
		name, data string
		line       int
		want       string
	}{
		{"bad character, column of the character itself", `{"t": "« é 😀 »", "id": x}`, 0, `f: line 1, column 24: invalid JSON: invalid character 'x'`},
		{"line of a corpus", `{"id": x}`, 4, `f: line 4, column 8: invalid JSON`},
		{"wrong type, column where the value starts", "{\"t\": \"é\",\n  \"id\": 12}", 0, "f: line 2, column 9: id: expected a string, found a number"},
		{"wrong type of a string value", `{"entities": [{"start_offset": "« 3 »"}]}`, 0, "f: line 1, column 32: entities[0].start_offset: expected a whole number, found a string"},
		{"the index of the array element", `{"id": "Zoé 👍🏽 🇫🇷 q\u0307 [1]", "entities": [{"start_offset": 1}, {}, {"start_offset": 2, "x": [{"y": "]"}]}, {"start_offset": true}]}`, 0,
			"f: line 1, column 128: entities[3].start_offset: expected a whole number, found true or false"},
		{"whole value of the wrong kind", `[1, 2, 3]`, 0, "f: line 1, column 1: expected a record, found an array"},
		{"cut short", "{\"id\": \"é\",\n \"entities\": [", 0, "f: line 2, column 15: the JSON is cut short: the file ends before a record is complete"},
	}
	for _, tc := range tests {
		var r rec
		err := json.Unmarshal([]byte(tc.data), &r)
		got := JSONError("f", []byte(tc.data), tc.line, "a record", err).Error()
		if !strings.HasPrefix(got, tc.want) || strings.Contains(got, "Go ") || strings.Contains(got, "infile.") {
			t.Errorf("%s: got %q, want it to start with %q and name no Go type", tc.name, got, tc.want)
		}
	}
}
