// Package assets holds the files Glose ships inside its binaries: the sample article, the icon and the
// trained models. Third-party data among them is listed, with its licence, in NOTICE.
package assets

import _ "embed"

//go:embed sample-article.fr.txt
var sampleArticle []byte

// SampleArticleName is the file name of the built-in sample article.
const SampleArticleName = "sample-article.fr.txt"

// SampleArticle returns the built-in French sample article (plain UTF-8 text).
func SampleArticle() []byte { return append([]byte(nil), sampleArticle...) }
