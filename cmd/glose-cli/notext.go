package main

// noTextMsg is the warning, after its place, about a document that holds no text: an empty or blank
// file (a download cut off, a wrong file) otherwise went through as a document of no segment, with
// exit status 0 and not a word, as the app says "It holds no text".
const noTextMsg = "it holds no text: there is nothing to translate or annotate"
