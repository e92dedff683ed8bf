package formats

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/glose-app/glose/annotate"
)

// bratStorage is the form brat stores a type name in (its normalize_to_storage_form): letters without
// their accents, digits, "_" and "-"; anything else, spaces included, becomes "_".
func bratStorage(name string) string {
	var b strings.Builder
	for _, r := range norm.NFKD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '-'):
			b.WriteRune(r)
		default:
			b.WriteByte('_')
		}
	}
	return b.String()
}

// bratTypes gives every span label and link type of the views a distinct brat type: its storage form,
// numbered when two names share one. Names already in storage form keep it.
func bratTypes(vs []*view, w *warnings) map[string]string {
	seen := map[string]bool{}
	var names []string
	add := func(n string) {
		if !seen[n] {
			seen[n] = true
			names = append(names, n)
		}
	}
	for _, v := range vs {
		for _, s := range v.Spans {
			add(s.Label)
		}
		for _, l := range v.Links {
			add(l.Type)
		}
	}
	sort.Slice(names, func(i, j int) bool {
		ki, kj := bratStorage(names[i]) == names[i], bratStorage(names[j]) == names[j]
		if ki != kj {
			return ki
		}
		return names[i] < names[j]
	})
	types := make(map[string]string, len(names))
	taken := map[string]bool{}
	for _, n := range names {
		t := bratStorage(n)
		for k := 2; taken[t]; k++ {
			t = fmt.Sprintf("%s_%d", bratStorage(n), k)
		}
		taken[t] = true
		types[n] = t
		if t != n && !bratDisplayable(n) {
			w.say("", WarnLabelNotKept, map[string]any{"Label": n, "Type": t}, "the label %q is the brat type %s, and visual.conf cannot give its name back (it has a \"|\" or a line break, or starts or ends with a space): it comes back as %s", n, t, t)
		}
	}
	return types
}

// bratDisplayable says whether visual.conf can hold a name: its lines are "TYPE | NAME | SHORT NAME".
func bratDisplayable(name string) bool {
	return !strings.ContainsAny(name, "|\n\r") && strings.TrimSpace(name) == name && !strings.HasPrefix(name, "#")
}

// bratConf declares the entity and relation types of the export and the Origin and Mention attributes
// (a mention that is not a name: a description or a pronoun).
func bratConf(vs []*view, types map[string]string) []byte {
	labels, links := map[string]bool{}, map[string]bool{}
	mentions := false // declared only where used, so that exports of names stay as they were
	for _, v := range vs {
		for _, s := range v.Spans {
			labels[types[s.Label]] = true
			mentions = mentions || !s.IsName()
		}
		for _, l := range v.Links {
			if l.Type != annotate.LinkSpeaker && l.Type != annotate.LinkCue {
				links[types[l.Type]] = true
			}
		}
	}
	var b strings.Builder
	b.WriteString("# brat configuration written by Glose\n[entities]\n")
	for _, n := range sortedKeys(labels) {
		b.WriteString(n + "\n")
	}
	b.WriteString("\n[relations]\nspeaker\tArg1:QUOTE, Arg2:<ENTITY>\ncue\tArg1:QUOTE, Arg2:CUE\n")
	for _, n := range sortedKeys(links) {
		b.WriteString(n + "\tArg1:<ENTITY>, Arg2:<ENTITY>\n")
	}
	b.WriteString("<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n")
	b.WriteString("\n[events]\n\n[attributes]\nOrigin\tArg:<ENTITY>, Value:auto|human\n")
	if mentions {
		b.WriteString("Mention\tArg:<ENTITY>, Value:nominal|pronoun\n")
	}
	return []byte(b.String())
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// bratVisual writes visual.conf with the Glose name of every type that differs from it, so that brat
// shows "Nom propre" and the import gives it back; nil when every name is its own type.
func bratVisual(types map[string]string) []byte {
	var lines []string
	for n, t := range types {
		if t != n && bratDisplayable(n) {
			lines = append(lines, t+" | "+n+"\n")
		}
	}
	if len(lines) == 0 {
		return nil
	}
	sort.Strings(lines)
	return []byte("# brat display names written by Glose: the Glose label of each type brat cannot store as it is\n[labels]\n" + strings.Join(lines, ""))
}

// readBratVisual reads the [labels] of a visual.conf into type → name, keeping only the names whose
// storage form is the type (possibly numbered), as Glose writes them: a project's own display names
// ("PER | Person") are for people, not labels.
func readBratVisual(data []byte) map[string]string {
	names := map[string]string{}
	section := ""
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(line)
		if strings.HasPrefix(line, "[") {
			section = line
			continue
		}
		parts := strings.Split(line, "|")
		if section != "[labels]" || strings.HasPrefix(line, "#") || len(parts) < 2 {
			continue
		}
		t, n := strings.TrimSpace(parts[0]), strings.TrimSpace(parts[1])
		base := bratStorage(n)
		if num, ok := strings.CutPrefix(t, base+"_"); t == base || ok && num != "" && strings.Trim(num, "0123456789") == "" {
			names[t] = n
		}
	}
	return names
}
