package formats

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// htmlPages are pages laid out as French news sites lay theirs (testdata/html, written for these
// tests): each gives its article, in order, and nothing else.
var htmlPages = []struct {
	file, want string
	bylines    []string // paragraphs that are no headings
	headings   []string
}{
	// The headline and standfirst in the article's <header>, outside <article>; a "Lire aussi" box,
	// an advertising slot and the paywall's teaser inside it; a teaser of another article beside it.
	{"lemonde.html", "Retraites\u00a0: le gouvernement recourt au 49.3\n\n" +
		"La première ministre a engagé la responsabilité de son gouvernement jeudi, provoquant la colère de l’opposition.\n\n" +
		"Élisabeth Borne à l’Assemblée nationale, le 16 mars 2023. LUDOVIC MARIN / AFP\n\n" +
		"«\u00a0Je ne peux pas prendre le risque de voir 175\u202fheures de débats réduites à néant\u00a0», a déclaré Élisabeth Borne devant les députés.\n\n" +
		"Le président du groupe LFI, Mathilde Panot, a dénoncé «\u00a0un déni de démocratie\u00a0».\n\n" +
		"Une motion de censure déposée\n\n" +
		"Les oppositions ont annoncé une motion de censure, qui sera examinée lundi\u202f; le vote s'annonce serré.",
		nil, []string{"Une motion de censure déposée"}},
	// A live blog: each entry an <article> with its time, one with an embedded post.
	{"franceinfo.html", "DIRECT. Inondations dans le Pas-de-Calais : la décrue s'amorce\n\n" +
		"Le département reste en vigilance orange.\n\n12h45\n\nLe préfet s'exprime\n\n" +
		"«\u00a0La situation reste préoccupante\u00a0», a déclaré le préfet.\n\n11h30\n\n" +
		"Les pompiers ont procédé à 120 évacuations depuis mardi.\n\n" +
		"Nos équipes sont mobilisées à Saint-Omer. pic.twitter.com/x\n\n— Pompiers 62 (@sdis62) November 8, 2023\n\n07h02\n\n" +
		"Bonjour et bienvenue dans ce direct. Voici les principales informations.",
		[]string{"12h45", "07h02", "Nos équipes sont mobilisées à Saint-Omer. pic.twitter.com/x"}, []string{"Le préfet s'exprime"}},
	// A byline and a date inside the article, paragraphs broken by <br><br>, "Lire aussi" in a <p>.
	{"liberation.html", "Reportage\n\nA Marseille, la «guerre des points de deal» continue\n\n" +
		"Dans les quartiers nord, les habitants racontent leur quotidien.\n\n" +
		"par Luc Leroux, correspondant à Marseille\n\npublié le 12 mai 2023 à 18h05\n\n" +
		"«On a peur pour nos enfants», confie Fatima, mère de trois enfants.\n\n" +
		"La préfète de police, Frédérique Camilleri, a promis «des renforts».\n\nUne réunion est prévue lundi à la mairie.",
		[]string{"par Luc Leroux, correspondant à Marseille", "publié le 12 mai 2023 à 18h05"}, nil},
	// The author inline with the date, a summary list, a recommendation widget, a signature.
	{"20minutes.html", "Bordeaux : un tramway déraille, aucun blessé\n\nMickaël Bosredon — Publié le 03/04/23 à 10h15\n\n" +
		"Un tramway de la ligne A a déraillé lundi matin.\n\nAucun blessé n’est à déplorer.\n\n" +
		"Un tramway de la ligne A a déraillé lundi matin à Bordeaux, sans faire de blessé.\n\n" +
		"«\u00a0Il y a eu un gros bruit, puis plus rien\u00a0», raconte Paul, un témoin.\n\n" +
		"Selon Keolis, l’exploitant, la circulation devrait reprendre «\u00a0en fin de journée\u00a0».\n\nMickaël Bosredon",
		[]string{"Mickaël Bosredon — Publié le 03/04/23 à 10h15", "Mickaël Bosredon"}, nil},
	// ISO-8859-1, schema.org microdata, an "À lire aussi" box and a premium teaser.
	{"ouestfrance.html", "Rennes. Le marché des Lices fête ses 400 ans\n\n" +
		"Le deuxième marché de France célèbre son anniversaire samedi.\n\nOuest-France Modifié le 08/06/2022 à 18h00\n\n" +
		"Ce samedi, les commerçants du marché des Lices, à Rennes (Ille-et-Vilaine), fêteront les 400 ans du marché.\n\n" +
		"« C'est une institution », sourit Yves, maraîcher depuis 1982.\n\nLe maire, Nathalie Appéré, doit prendre la parole à 11\u00a0h.",
		[]string{"Ouest-France Modifié le 08/06/2022 à 18h00"}, nil},
}

func TestReadHTMLNewsSitePages(t *testing.T) {
	for _, p := range htmlPages {
		docs, _, err := ReadFile(filepath.Join("testdata/html", p.file), ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		d := docs[0]
		if d.Text != p.want {
			t.Errorf("%s: text:\n%q\nwant\n%q", p.file, d.Text, p.want)
			continue
		}
		kinds := paragraphKinds(d)
		for _, b := range p.bylines {
			if kinds[b] != annotate.KindSentence {
				t.Errorf("%s: %q is a %s, want a sentence", p.file, b, kinds[b])
			}
		}
		for _, h := range p.headings {
			if kinds[h] != annotate.KindHeading {
				t.Errorf("%s: %q is a %s, want a heading", p.file, h, kinds[h])
			}
		}
	}
}

// TestXLIFFBylineIsNoHeading: the byline of an imported page goes out in XLIFF as a sentence, its
// unit without the heading kind that translation tools show as a title.
func TestXLIFFBylineIsNoHeading(t *testing.T) {
	docs, _, err := ReadFile("testdata/html/liberation.html", ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for format, tag := range map[string]string{"xliff": "<unit ", "xliff12": "<trans-unit "} {
		files, _, err := Write(format, docs, WriteOptions{})
		if err != nil {
			t.Fatal(err)
		}
		x := string(files[0].Data)
		i := strings.Index(x, "par Luc Leroux")
		if i < 0 {
			t.Fatalf("%s: no byline in\n%s", format, x)
		}
		unit := x[max(strings.LastIndex(x[:i], tag), 0):i]
		if !strings.HasPrefix(unit, tag) || strings.Contains(unit, "heading") {
			t.Errorf("%s: the byline's unit is a heading: %s", format, unit)
		}
	}
}

// TestReadHTMLParagraphsOfLineBreaks: two <br> in a row end a paragraph, one is a space, in a block
// or in loose text.
func TestReadHTMLParagraphsOfLineBreaks(t *testing.T) {
	page := `<html><body><article><p>Un.<br>Suite.<br> <br>Deux.<br><br><br>Trois.<br></p><div>Quatre.<br/><br/>Cinq.</div></article></body></html>`
	docs, _, err := Read("br.html", []byte(page), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Un. Suite.\n\nDeux.\n\nTrois.\n\nQuatre.\n\nCinq."; docs[0].Text != want {
		t.Errorf("got %q, want %q", docs[0].Text, want)
	}
}

// BenchmarkReadHTMLLongPage: a long page of nested blocks, each checked for bylines, "Lire aussi"
// boxes and paywall teasers.
func BenchmarkReadHTMLLongPage(b *testing.B) {
	var page strings.Builder
	page.WriteString("<html><body><article><h1>Titre</h1>")
	for i := range 2000 {
		if i%100 == 0 {
			page.WriteString(`<div class="section"><div class="bloc">`)
		}
		page.WriteString(`<p>« Nous irons jusqu’au bout », a déclaré la ministre devant les députés, jeudi.</p><div class="meta"><span class="author">Par Jean Dupont</span></div>`)
		if i%100 == 99 {
			page.WriteString(`</div></div>`)
		}
	}
	page.WriteString("</article></body></html>")
	data := []byte(page.String())
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, _, err := Read("long.html", data, ReadOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestReadHTMLWhatTheBrowserShows: the text is what a reader sees: an article's own <header>
// (standfirst, byline) kept, a <q>'s quotation marks (French ones in a French page, English ones
// nested or in another language), no soft hyphen or zero-width space inside a word, no text hidden or
// for screen readers only; a hidden block of paragraphs (the rest of the article behind "Lire la
// suite") is kept.
func TestReadHTMLWhatTheBrowserShows(t *testing.T) {
	page := `<html lang="fr"><body><article>
<header><h1>Le titre</h1><p class="standfirst">Le chapô.</p><p class="byline">Par <span class="sr-only">l’auteur </span>Jean Dupont</p></header>
<p>Il a répondu <q>nous verrons <q>demain</q></q>, puis <q lang="en">maybe</q><span hidden> caché</span><span style="Display : none"> caché</span>.</p>
<p>Emmanuel Ma&shy;cron et un espace&#8203;zéro, le lien <a href="x">vers un site<span class="visually-hidden"> (nouvelle fenêtre)</span></a>.</p>
<div class="hidden" id="suite"><p>La suite de l’article.</p></div><span class="hidden">Fermer</span>
<footer><p>Jean Dupont est journaliste.</p></footer>
</article></body></html>`
	docs, _, err := Read("page.html", []byte(page), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	want := "Le titre\n\nLe chapô.\n\nPar Jean Dupont\n\nIl a répondu «\u00a0nous verrons “demain”\u00a0», puis “maybe”.\n\n" +
		"Emmanuel Macron et un espacezéro, le lien vers un site.\n\nLa suite de l’article."
	if docs[0].Text != want {
		t.Errorf("got\n%q\nwant\n%q", docs[0].Text, want)
	}
}
