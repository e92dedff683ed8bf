package formats

import (
	"strings"
	"testing"

	"github.com/glose-app/glose/annotate"
)

// A French news page as saved from a browser: the headline under a breadcrumb, a photo with its
// caption, share buttons, a tag list and a related-links box inside <article>, and a body whose class
// names "share" too.
const newsPageHTML = `<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Grève à la SNCF - Le Quotidien</title></head><body>
<header><a href="/">Le Quotidien</a></header>
<main><article>
<p class="breadcrumb"><a href="/">Accueil</a> › <a href="/eco">Économie</a></p>
<nav class="fil-ariane">Accueil › Société</nav>
<h1>Grève à la SNCF : la pression monte</h1>
<figure class="photo"><img src="quai.jpg" alt="Quai de gare"><figcaption>Des voyageurs attendent sur le quai. Photo Jérôme Câmara</figcaption></figure>
<div class="c-share__bar"><a href="https://facebook.com">Partager sur Facebook</a> <a href="https://x.com">Partager sur X</a></div>
<div role="navigation">Article précédent</div>
<div class="article-body share-enabled">
<p>« Nous ne lâcherons rien », a déclaré Laurent Brun.</p>
<p id="pub-300">Publicité</p>
</div>
<p class="tags">Mots-clés : SNCF, grève</p>
<div class="related-articles"><h3>À lire aussi</h3><ul><li>Autre article</li></ul></div>
</article></main></body></html>`

func TestReadHTMLNewsPageKeepsTheArticleOnly(t *testing.T) {
	docs, _, err := Read("greve.html", []byte(newsPageHTML), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	want := "Grève à la SNCF : la pression monte\n\nDes voyageurs attendent sur le quai. Photo Jérôme Câmara\n\n« Nous ne lâcherons rien », a déclaré Laurent Brun."
	if d.Text != want {
		t.Fatalf("text:\n%q\nwant\n%q", d.Text, want)
	}
	if d.Title != "Grève à la SNCF : la pression monte" || d.Segments[0].Kind != annotate.KindHeading {
		t.Fatalf("title %q, first segment %+v", d.Title, d.Segments[0])
	}
	if n := strings.Count(d.Text, "Grève à la SNCF"); n != 1 {
		t.Errorf("the headline is %d times in the text, want once", n)
	}
}

// TestReadHTMLHeadlineOutsideTheArticleComesFirst: a headline outside <article> comes first, then the
// standfirst (chapô) between them, part of the article; what else stands there (the author's
// portrait, the reading time) does not.
func TestReadHTMLHeadlineOutsideTheArticleComesFirst(t *testing.T) {
	page := `<html><body><h1>Le titre</h1><div class="intro"><p>Chapeau.</p></div><div class="meta"><span>Lecture 4 min</span></div><article><p>Premier paragraphe.</p></article></body></html>`
	docs, _, err := Read("page.html", []byte(page), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := docs[0].Text; got != "Le titre\n\nChapeau.\n\nPremier paragraphe." {
		t.Fatalf("got %q", got)
	}
}

// TestReadHTMLSiteNameHeadlineHasNoStandfirst: a site's name in an <h1> of the page's banner is no
// headline: the site's description after it is not taken for a standfirst.
func TestReadHTMLSiteNameHeadlineHasNoStandfirst(t *testing.T) {
	page := `<html><body><header><h1>Le Quotidien</h1><p class="description">Le journal de référence</p></header><main><article><p>Premier paragraphe.</p></article></main></body></html>`
	docs, _, err := Read("page.html", []byte(page), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if got := docs[0].Text; strings.Contains(got, "référence") {
		t.Errorf("got %q", got)
	}
}

// TestReadHTMLInsertedTextOnly: a "Lire aussi" link and a paywall's teaser go; sentences that start
// with the same words stay.
func TestReadHTMLInsertedTextOnly(t *testing.T) {
	page := `<html><body><article><p>Il vous reste 20 % de batterie, dit-il.</p><p><b>À lire aussi :</b> <a href="x">Un autre article</a></p>` +
		`<p>Lire aussi les mémoires de <a href="y">Simone Veil</a> éclaire le débat.</p><div class="x"><p>Il vous reste 62,5 % de cet article à lire.</p></div>` +
		`<p>La suite est réservée aux abonnés.</p></article></body></html>`
	docs, _, err := Read("page.html", []byte(page), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if want := "Il vous reste 20 % de batterie, dit-il.\n\nLire aussi les mémoires de Simone Veil éclaire le débat."; docs[0].Text != want {
		t.Errorf("got %q, want %q", docs[0].Text, want)
	}
}
