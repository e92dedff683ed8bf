package segment

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// fill wraps each line of text at width runes, breaking at spaces as a text editor fills a
// paragraph (greedily, as Python's textwrap and fold -s do).
func fill(text string, width int) string {
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		var b strings.Builder
		n := 0
		for _, w := range strings.Fields(line) {
			k := utf8.RuneCountInString(w)
			switch {
			case n == 0:
			case n+1+k > width:
				b.WriteByte('\n')
				n = 0
			default:
				b.WriteByte(' ')
				n++
			}
			b.WriteString(w)
			n += k
		}
		lines[i] = b.String()
	}
	return strings.Join(lines, "\n")
}

// body is an article's text, three paragraphs of a few sentences, long enough to be wrapped.
const body = "Les autorités turques ont saisi mardi treize tonnes de résine de cannabis à bord d'un cargo " +
	"battant pavillon bolivien, au large des côtes libyennes, a annoncé le ministère de l'Intérieur. " +
	"Le navire avait quitté le port de Mersin une semaine plus tôt.\n\n" +
	"Selon les enquêteurs, la cargaison était destinée à un réseau actif dans plusieurs pays " +
	"d'Europe du Sud. Neuf membres d'équipage ont été placés en garde à vue à Antalya, où le " +
	"cargo a été dérouté sous escorte.\n\n" +
	"Le président de la République Recep Tayyip Erdoğan a salué « une opération exemplaire » " +
	"des garde-côtes et promis de nouveaux moyens pour la surveillance de la Méditerranée."

// TestWrappedTitle: in a text hard-wrapped at 72 columns, a title the wrap cut goes on on the next
// line, whether that line opens with a capital ("Libye") or not, and is one heading; so is a heading
// inside the text, and a sentence cut before a capital ("la Corée du⏎Nord") is one sentence. A heading
// shorter than the width stays a heading over its paragraph, wrapped or not, a sentence that lost its
// full stop after a full line is no heading, and a text not wrapped keeps its first line a heading.
func TestWrappedTitle(t *testing.T) {
	cut := "Turquie : les autorités saisissent 13 tonnes de cannabis au large de la Libye"
	lower := "Turquie : les autorités saisissent 13 tonnes de cannabis au large des côtes libyennes"
	short := "Turquie : saisie record de cannabis au large de la Libye"
	first := "Les autorités turques ont saisi mardi treize tonnes de résine de cannabis à bord d'un cargo " +
		"battant pavillon bolivien, au large des côtes libyennes, a annoncé le ministère de l'Intérieur."
	korea := "La vidéo, non datée, a été publiée trois jours après que la Corée du Nord ait effectué un essai."
	quoted := "Science et technologie en Vallée d'Aoste : deux prix Nobel aux « Rencontres de physique » de La Thuile"
	podium := "Pénalité qu'il doit effectuer à 100 mètres de l'arrivée et qui laisse le\n" +
		"champ libre à l'Espagnol pour sa troisième victoire de la saison 2016.\n" +
		"La seconde place revient à l'Australien Jacob Birtwhistle et la dernière\n" +
		"marche du podium à l'autre Espagnol Fernando Alarza"
	last := "La seconde place revient à l'Australien Jacob Birtwhistle et la dernière marche du podium à l'autre Espagnol Fernando Alarza"
	for _, c := range []struct {
		name, text string
		want, not  []string // units there, and not, as "H: heading" or "sentence", lines joined
	}{
		{"title cut before a capital", fill(cut+"\n\n"+body, 72), []string{"H: " + cut, first},
			[]string{"H: Turquie : les autorités saisissent 13 tonnes de cannabis au large de la", "H: Libye"}},
		{"title cut before lower case", fill(lower+"\n\n"+body, 72), []string{"H: " + lower}, nil},
		{"title over its first paragraph", fill(cut+"\n"+body, 72), []string{"H: " + cut, first}, nil},
		{"a heading shorter than the width", fill(short+"\n"+body, 72), []string{"H: " + short, first}, nil},
		{"a heading inside the text", fill(short+"\n\n"+body+"\n\n"+cut+"\n"+body, 72), []string{"H: " + cut}, nil},
		{"a sentence cut before a name", fill(short+"\n\n"+body+"\n\n"+korea, 72), []string{korea},
			[]string{"H: La vidéo, non datée, a été publiée trois jours après que la Corée du"}},
		{"a title cut inside a quotation", fill(quoted+"\n\n"+body, 72), []string{"H: " + quoted}, nil},
		{"a sentence left without its full stop", fill(short+"\n\n"+body, 72) + "\n\n" + podium, []string{last},
			[]string{"H: " + last}},
		{"not wrapped", cut + "\nLibye\n\n" + body, []string{"H: " + cut, "H: Libye"}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			units := Split(c.text)
			checkUnits(t, c.text, units)
			var got []string
			for _, u := range units {
				if u.Kind == Heading {
					got = append(got, "H: "+strings.ReplaceAll(c.text[u.Start:u.End], "\n", " "))
				} else {
					got = append(got, strings.ReplaceAll(c.text[u.Start:u.End], "\n", " "))
				}
			}
			for _, w := range c.want {
				if !slices.Contains(got, w) {
					t.Errorf("no unit %q in %q", w, got)
				}
			}
			for _, w := range c.not {
				if slices.Contains(got, w) {
					t.Errorf("a unit %q in %q", w, got)
				}
			}
		})
	}
}
