package ner

import "strings"

// Persons' names that French writes its own way. A person's name is mostly the same in English, and
// pre-annotation gives a person the French name as the English one when it knows no other; for the
// names below that copy would be wrong ("Vladimir Poutine" for Vladimir Putin), and a translator
// copying it would be misled. The list is general knowledge written by hand, word by word: a surname
// or given name as French news spell it, and as English news do.

// personWords maps the folded French spelling of a word of a person's name to its English spelling.
var personWords = map[string]string{}

func init() {
	for _, p := range []namePair{
		// Russian, Ukrainian, Belarusian
		{"Poutine", "Putin"}, {"Eltsine", "Yeltsin"}, {"Lénine", "Lenin"}, {"Staline", "Stalin"},
		{"Khrouchtchev", "Khrushchev"}, {"Gorbatchev", "Gorbachev"}, {"Brejnev", "Brezhnev"},
		{"Choïgou", "Shoigu"}, {"Loukachenko", "Lukashenko"}, {"Porochenko", "Poroshenko"},
		{"Ianoukovitch", "Yanukovych"}, {"Timochenko", "Tymoshenko"}, {"Prigojine", "Prigozhin"},
		{"Zelenski", "Zelensky"}, {"Navalnaïa", "Navalnaya"},
		{"Soljenitsyne", "Solzhenitsyn"}, {"Tchaïkovski", "Tchaikovsky"}, {"Dostoïevski", "Dostoevsky"},
		{"Tolstoï", "Tolstoy"}, {"Tchekhov", "Chekhov"}, {"Pouchkine", "Pushkin"}, {"Gagarine", "Gagarin"},
		{"Chostakovitch", "Shostakovich"}, {"Rachmaninov", "Rachmaninoff"}, {"Kalachnikov", "Kalashnikov"},
		{"Kouleba", "Kuleba"}, {"Chmyhal", "Shmyhal"}, {"Iermak", "Yermak"},
		{"Dmitri", "Dmitry"}, {"Iouri", "Yuri"}, {"Evgueni", "Yevgeny"}, {"Ievgueni", "Yevgeny"},
		{"Guennadi", "Gennady"}, {"Viatcheslav", "Vyacheslav"}, {"Vassili", "Vasily"}, {"Ioulia", "Yulia"},
		{"Piotr", "Pyotr"}, {"Anatoli", "Anatoly"}, {"Ilia", "Ilya"}, {"Nikolaï", "Nikolai"},
		{"Sergueï", "Sergei"}, {"Mikhaïl", "Mikhail"}, {"Alexeï", "Alexei"}, {"Andreï", "Andrei"},
		// Arabic, Persian, Hebrew
		{"Netanyahou", "Netanyahu"}, {"Kadhafi", "Gaddafi"}, {"Khadafi", "Gaddafi"}, {"Mouammar", "Muammar"},
		{"Moubarak", "Mubarak"}, {"Sissi", "Sisi"}, {"Khomeiny", "Khomeini"}, {"Khomeyni", "Khomeini"},
		{"Rohani", "Rouhani"}, {"Oussama", "Osama"}, {"Bachar", "Bashar"}, {"Salmane", "Salman"},
		{"Abou", "Abu"}, {"Moqtada", "Muqtada"}, {"Ismaïl", "Ismail"},
		// Chinese and others French spells apart
		{"Mao Tsé-toung", "Mao Zedong"}, {"Tchang", "Chiang"}, {"Gengis", "Genghis"},
	} {
		personWords[foldString(p.fr)] = p.en
	}
}

// titleEnglish maps the titles that recognition keeps at the head of a person's name (nameTitles:
// "Père Johnson", "Sœur Emmanuelle") to their English where English writes another word: copied, "Père
// Johnson" was proposed as the English of a priest the article calls Father Johnson. "Abbé" (Abbé
// Pierre), "Saint" and "Lady" are written so in English too.
var titleEnglish = map[string]string{"père": "Father", "mère": "Mother", "sœur": "Sister", "soeur": "Sister",
	"frère": "Brother", "sainte": "Saint"}

// personEnglish returns the English of a person's name: its title's (titleEnglish), each word the list
// knows respelled, the other words of a Slavic name transliterated; it reports whether anything changed.
func personEnglish(name string) (string, bool) {
	if head, rest, ok := strings.Cut(name, " "); ok {
		if title, ok := titleEnglish[strings.ToLower(head)]; ok && strings.TrimSpace(rest) != "" {
			en, _ := personEnglish(strings.TrimSpace(rest))
			return title + " " + en, true
		}
	}
	if en, ok := personWords[foldString(name)]; ok { // a whole name of several words: "Mao Tsé-toung"
		return en, en != name
	}
	words := strings.Fields(name)
	known := false
	for i, w := range words {
		if en, ok := personWords[foldString(w)]; ok {
			words[i], known = en, true
		}
	}
	if !known {
		return transliterate(name)
	}
	out := strings.Join(words, " ")
	if looksSlavic(out) {
		out, _ = transliterate(out)
	}
	return out, out != name
}

// KeptInEnglish reports whether a name for which EnglishName knows no English is written the same in
// English, so that it may stand as its own English name: a person's name is, unless a word of it shows
// a French spelling of a Slavic name that English writes otherwise (ou for u, ch for sh: "Vassiliouk",
// "Chapochnikov"; Polish and South Slavic names, "Michalski", "Jovanov", keep their own spelling in
// French); a place's or an organisation's is only when the lists give it as its own English
// ("Washington", "Texas"): "Moscou" is Moscow, and an unknown "Trifouillis" may be anything.
func KeptInEnglish(name, label string) bool {
	name = strings.TrimSpace(name)
	if name == "" {
		return false
	}
	en, ok := EnglishName(name, label)
	if ok {
		return foldString(en) == foldString(name)
	}
	if label != "PER" {
		return false
	}
	if place, ok := sharedGazetteer().english[foldString(name)]; ok && foldString(place) != foldString(name) {
		return false // "Moscou" read as a person is still Moscow, not "Moscou"
	}
	for _, w := range strings.Fields(name) {
		if frenchSlavicSpelling(strings.ToLower(w)) {
			return false
		}
	}
	return true
}

// frenchSlavicSpelling reports whether a lower-case word is a Russian, Ukrainian or Belarusian surname
// as French spells it: a Slavic ending with ou (Koulikov, Vassiliouk) or ch for sh (Chapochnikov); a
// name in -ski also with ou (Poukhovski).
func frenchSlavicSpelling(w string) bool {
	french := strings.Contains(w, "ou")
	for _, e := range []string{"ov", "ev", "ova", "eva", "enko", "ouk", "itch"} {
		if strings.HasSuffix(w, e) && len(w) > len(e)+2 {
			return french || strings.Contains(strings.ReplaceAll(w, "tch", ""), "ch")
		}
	}
	for _, e := range []string{"ski", "sky"} {
		if strings.HasSuffix(w, e) && len(w) > len(e)+2 {
			return french
		}
	}
	return false
}
