package annotate

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"

	"github.com/glose-app/glose/annotate/infile"
)

// encoding/json reads two things without a word that lose what the file says: a key given twice in
// one object (the last value is kept, the first dropped) and an escaped UTF-16 surrogate without its
// other half ("\ud83d", read as U+FFFD). checkLossless finds them in one pass over the bytes, which
// costs a few milliseconds for a 4 MB document: strings, most of a document, are skipped with
// bytes.IndexByte and only those holding a backslash are looked into.

// scanFrame is an object or an array the scan is inside.
type scanFrame struct {
	array bool
	index int             // the array's current element
	key   []byte          // the object's current key
	first int             // where the object's keys start in scan.keys
	set   map[string]bool // the object's keys, once it has too many to compare one by one
}

// manyKeys is how many keys an object has before they are looked up in a map.
const manyKeys = 32

type jsonScan struct {
	data      []byte
	stack     []scanFrame
	keys      [][]byte // the keys of the objects open, in data: no copy
	expectKey bool
}

// checkLossless returns the error of the first duplicate key or lone surrogate of data, valid JSON
// (a file, or line line of a JSON Lines corpus, name), or nil.
func checkLossless(name string, data []byte, line int) error {
	s := &jsonScan{data: data}
	for i := 0; i < len(data); {
		c := data[i]
		switch c {
		case '{':
			s.stack = append(s.stack, scanFrame{first: len(s.keys)})
			s.expectKey = true
		case '[':
			s.stack = append(s.stack, scanFrame{array: true})
			s.expectKey = false
		case '}', ']':
			if n := len(s.stack); n > 0 {
				if !s.stack[n-1].array {
					s.keys = s.keys[:s.stack[n-1].first]
				}
				s.stack = s.stack[:n-1]
			}
		case ',':
			if n := len(s.stack); n > 0 {
				s.stack[n-1].index++
				s.expectKey = !s.stack[n-1].array
			}
		case '"':
			end, err := s.str(name, line, i)
			if err != nil {
				return err
			}
			i = end
			continue
		}
		i++
	}
	return nil
}

// str reads the string that starts at data[i] and returns the offset after it: a key is checked
// against the object's others, an escape against lone surrogates.
func (s *jsonScan) str(name string, line, i int) (int, error) {
	end, escaped := stringEnd(s.data, i)
	raw := s.data[i+1 : end-1]
	if escaped {
		if at, esc := loneSurrogate(raw); at >= 0 {
			key := s.expectKey
			return 0, s.problem(name, line, i+1+at, key, InvalidSurrogate, map[string]any{"Escape": esc},
				fmt.Sprintf("%s is half of a UTF-16 surrogate pair without its other half: it is no character, and reading it would put U+FFFD (�) in its place; write the character itself, or both halves (\"\\ud83d\\ude00\")", esc))
		}
	}
	if !s.expectKey {
		return end, nil
	}
	s.expectKey = false
	key := raw
	if escaped {
		var k string
		_ = json.Unmarshal(s.data[i:end], &k) // valid JSON: a key that compares as it reads
		key = []byte(k)
	}
	top := &s.stack[len(s.stack)-1]
	if s.seen(top, key) {
		top.key = key
		return 0, s.problem(name, line, i, false, InvalidDuplicateKey, map[string]any{"Key": string(key)},
			fmt.Sprintf("key %q is given twice in one object: a JSON reader keeps only one of its values and loses the other; remove or rename one", key))
	}
	top.key = key
	return end, nil
}

// seen reports whether the object top has key already, and adds it.
func (s *jsonScan) seen(top *scanFrame, key []byte) bool {
	if top.set != nil {
		if top.set[string(key)] {
			return true
		}
		top.set[string(key)] = true
		return false
	}
	own := s.keys[top.first:]
	for _, k := range own {
		if bytes.Equal(k, key) {
			return true
		}
	}
	s.keys = append(s.keys, key)
	if len(own)+1 > manyKeys {
		top.set = make(map[string]bool, 2*manyKeys)
		for _, k := range s.keys[top.first:] {
			top.set[string(k)] = true
		}
	}
	return false
}

// problem is the error of kind code at byte off of data, at the JSON path the scan is at (inKey: in
// the key being read, which is not the object's current one yet).
func (s *jsonScan) problem(name string, line, off int, inKey bool, code ErrorCode, args map[string]any, msg string) error {
	e := infile.JSONPosition(name, s.data, line, int64(off), msg)
	args["Line"], args["Column"] = e.Line, e.Column
	if inKey { // the object's current key is still the one before
		s.stack[len(s.stack)-1].key = []byte("(a key)")
	}
	path := s.path()
	return &ValidationError{File: name, Path: path, Msg: fmt.Sprintf("%s (%s)", msg, e.Place()), Code: code, Args: args}
}

// path is the JSON path of the value being read: "spans[3].start".
func (s *jsonScan) path() string {
	var b strings.Builder
	for _, f := range s.stack {
		if f.array {
			b.WriteString("[" + strconv.Itoa(f.index) + "]")
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.Write(f.key)
	}
	return b.String()
}

// stringEnd returns the offset after the string that starts at data[i], and whether it holds an
// escape.
func stringEnd(data []byte, i int) (int, bool) {
	j := i + 1
	escaped := false
	for {
		q := bytes.IndexByte(data[j:], '"')
		if q < 0 {
			return len(data), escaped
		}
		b := bytes.IndexByte(data[j:j+q], '\\')
		if b < 0 {
			return j + q + 1, escaped
		}
		escaped = true
		j += b + 2 // the backslash and the character it escapes
	}
}

// loneSurrogate returns the offset in raw (a string's bytes between its quotes) of the first \u escape
// of a UTF-16 surrogate without its other half, and that escape; -1 when there is none.
func loneSurrogate(raw []byte) (int, string) {
	for i := 0; i < len(raw); i++ {
		if raw[i] != '\\' {
			continue
		}
		if i+1 < len(raw) && raw[i+1] != 'u' {
			i++ // \" \\ \n...: the escaped character is not the start of an escape
			continue
		}
		r, ok := hex4(raw, i)
		switch {
		case !ok:
			continue
		case r >= 0xD800 && r < 0xDC00: // a high half: a low one must follow
			if lo, ok := hex4(raw, i+6); ok && lo >= 0xDC00 && lo < 0xE000 {
				i += 11
				continue
			}
			return i, string(raw[i : i+6])
		case r >= 0xDC00 && r < 0xE000: // a low half not after a high one
			return i, string(raw[i : i+6])
		}
		i += 5
	}
	return -1, ""
}

// hex4 reads the \uXXXX escape at raw[i].
func hex4(raw []byte, i int) (rune, bool) {
	if i+6 > len(raw) || raw[i] != '\\' || raw[i+1] != 'u' {
		return 0, false
	}
	v, err := strconv.ParseUint(string(raw[i+2:i+6]), 16, 32)
	return rune(v), err == nil
}
