// Package annotate is Glose's domain model: a source document cut into segments, each with the
// translator's target text, labelled spans on either side, typed links between spans, and the entities
// that mentions refer to. It holds the edit operations (with undo), validation, offset conversion and the
// native JSON codec (format glose/1). It imports nothing graphical, so that the desktop app, the
// command-line tool and the tests all drive the same code.
//
// Offsets inside Go are byte offsets into UTF-8 strings, half-open [Start, End). Everything that leaves
// the program says its unit: the native JSON counts Unicode code points (see offsets.go).
package annotate

import "time"

// Format is the value of the "format" key of the native JSON.
const Format = "glose/1"

// Side says which text a span lies on.
type Side string

// The two sides of a document.
const (
	Source Side = "source" // the imported text, immutable
	Target Side = "target" // one segment's translation
)

// Status is how far a segment's translation has come.
type Status string

// Segment statuses, in the order a segment goes through them.
const (
	StatusNew        Status = "new"
	StatusDraft      Status = "draft"
	StatusTranslated Status = "translated"
	StatusReviewed   Status = "reviewed"
)

// Statuses lists the statuses in workflow order.
var Statuses = []Status{StatusNew, StatusDraft, StatusTranslated, StatusReviewed}

// Origin says who proposed a span or link.
type Origin string

// Origins: auto for a detector's suggestion awaiting confirmation, human for what a person made or accepted.
const (
	Auto  Origin = "auto"
	Human Origin = "human"
)

// Link types.
const (
	LinkSpeaker     = "speaker"     // QUOTE → the mention of who said it
	LinkCue         = "cue"         // QUOTE → the reporting verb (CUE)
	LinkTranslation = "translation" // source span → target span
)

// Segment kinds.
const (
	KindSentence = "sentence"
	KindHeading  = "heading"
	KindDateline = "dateline"
)

// Document is one article with its translation and annotations.
type Document struct {
	ID         string     // stable identifier, unique in a corpus
	Title      string     // human-readable title
	SourceLang string     // BCP 47 tag of the source, e.g. "fr"
	TargetLang string     // BCP 47 tag of the target, e.g. "en"
	Text       string     // the source text: NFC, LF line ends, immutable once imported
	Layout     Layout     // what the import kept of the source file's form beyond Text (CR LF, Markdown markup)
	Segments   []*Segment // in text order, non-overlapping
	Spans      []*Span    // source and target spans, in creation order
	Links      []*Link
	Entities   []*Entity
	Labels     []Label      // the label schema; DefaultLabels when the document names none
	Rejected   []*Rejection // suggestions a person rejected, not to be proposed again (rejected.go)
	Notes      []Note       // comments on the whole document, such as a translation tool's notes on its file
	Meta       Meta
	// TrackChanges says that edits of the English of confirmed segments keep the translator's version,
	// shown as changes to accept or reject (changes.go): a reviewer's switch, kept with the document.
	TrackChanges bool

	idx        *index   // lookups, rebuilt lazily; never serialised
	srcOff     *Offsets // offset conversion for Text
	srcOffText string   // the Text srcOff was built for
}

// Meta is where a document came from and who worked on it.
type Meta struct {
	Origin     string    // file name or URL it was imported from
	URL        string    // the article's web address, if known
	Created    time.Time // when it was imported (zero if unknown)
	Modified   time.Time // last save (zero if unknown)
	Annotators []string  // who has worked on it
	// Preannotated says when pre-annotation last ran on it, and with which model; nil when no run
	// was recorded (preannotated.go).
	Preannotated *Preannotation
	// Original is the file of a translation tool the document was imported from, kept whole so that
	// the export to its format writes the translations back into it (merge-back); nil when there is
	// none or it was too large to keep (see formats: XLIFF 2 and XLIFF 1.2).
	Original *Original
	// RemovedNotes are the IDs of the notes added in Glose and removed since (RemoveNote), so that an
	// update from a file exported before the removal does not bring them back (noteid.go).
	RemovedNotes []string
}

// The formats of an Original: an XLIFF 2 or an XLIFF 1.2 file (their names in formats).
const (
	OriginalXLIFF   = "xliff"
	OriginalXLIFF12 = "xliff12"
)

// Original is a translation tool's file, as its bytes, that a document was imported from.
type Original struct {
	Format string // the format's name in formats: OriginalXLIFF or OriginalXLIFF12
	Name   string // the file's name, without its folder
	File   int    // which of the file's documents this one is (XLIFF: its <file>, from 0)
	Data   []byte // the file as it was read; UTF-8
}

// Segment is a sentence, heading or dateline of the source with its translation.
type Segment struct {
	ID        string
	Start     int    // byte offset into Document.Text
	End       int    // byte offset, exclusive
	Paragraph int    // 0-based paragraph index
	Kind      string // KindSentence, KindHeading or KindDateline
	Target    string // the translation, as the translator wrote it (NFC)
	Status    Status
	// Unit is the ID of the translation unit (XLIFF <unit>, <trans-unit>) that held the segment in the
	// file of a translation tool it was imported from, kept so that the tool can merge an export back;
	// the segments of a paragraph share it. "" when Glose segmented the text.
	Unit string
	// UnitSegment is the segment's ID inside that unit when it could not be ID, as tools number
	// segments within each unit and a document needs its segment IDs unique; "" when it is ID.
	UnitSegment string
	Notes       []Note // comments on the segment, such as a translation tool's notes on its unit
	// Locked is true for a segment that is not to be translated or changed: a unit a translation tool
	// marked translate="no", or one a translator locked once approved. Its English cannot be edited,
	// navigation to the next segment to translate and pretranslation pass it by; only a deliberate
	// unlock (Editor.SetLocked) makes it editable again.
	Locked bool
	// LockReason says who locked it, the client's file or a translator, so that the translator knows
	// whether unlocking it goes against the file; LockUnknown ("") when it is not locked, or was
	// locked in a file written before Glose recorded why.
	LockReason LockReason
	// QAIgnored are the issues of the quality checks a person ignored in the segment (qaignore.go);
	// nil when none.
	QAIgnored []QAIgnore
	// Codes are the markers of the inline codes of the French (a client's XLIFF file) the translator
	// placed in the English by hand (codeplace.go), which the export writes there exactly; nil when none.
	Codes []CodePlace
	// TranslatorTarget is the English as it was when the segment was last confirmed translated (the
	// translator's version), kept once someone edits it afterwards, so that a reviewer's changes can be
	// shown (changes.go); "" when the English is that version, or was never confirmed.
	TranslatorTarget string
}

// Note is a comment for whoever translates or reviews, as translation tools write them (XLIFF
// <note>): on a document, or on a segment.
type Note struct {
	// ID is its ID in the file it came from, or "" when it has none; a note added in Glose has one
	// from its creation (noteid.go), kept through its edits.
	ID        string
	Category  string // what kind of note it is, free ("comment", "instruction"), or ""
	Priority  int    // 1 (the highest) to 10, or 0 when not stated
	AppliesTo Side   // Source or Target when it is about one of the texts only, else ""
	Text      string
	// Glose is true for a note added in Glose (AddNote), which Glose may edit and delete; a note read
	// from a file (a client's, a translation tool's) is false, and Glose never changes it.
	Glose bool
}

// Span is a labelled range of text on one side.
type Span struct {
	ID         string
	Side       Side
	Segment    string  // for target spans, the ID of the segment whose Target holds the span
	Start      int     // byte offset into Document.Text (source) or Segment.Target (target)
	End        int     // exclusive
	Label      string  // a label name from the schema
	Origin     Origin  // Auto until a person confirms it
	Confidence float64 // in [0,1]; 1 for a span a person made or judged by itself (Vouched)
	Note       string  // free comment
	// Mention is what kind of words an entity mention is: a name ("" or MentionName, what a person
	// tags), a description ("le diplomate russe") or a pronoun ("il"). Pre-annotation puts the latter
	// two on the words that attribute a quote, so that the quote's speaker is shown where it is
	// written; exports for named-entity recognisers leave them out by default (they are no names).
	Mention MentionKind
}

// MentionKind says what kind of words an entity mention is, as coreference corpora tell them apart
// (OntoNotes and ACE: NAM, NOM, PRO). The zero value is a name.
type MentionKind string

// Mention kinds. A name is stored as "" (MentionName is accepted as its spelled-out form), so that
// spans made before mention kinds existed, and every span a person tags, are names.
const (
	MentionName    MentionKind = "name"    // a proper name, with or without a title: "Sergueï Lavrov", "M. Lavrov" (NAM)
	MentionNominal MentionKind = "nominal" // a description: "le diplomate russe", "le ministre" (NOM)
	MentionPronoun MentionKind = "pronoun" // a pronoun: "il", "elle", "a-t-il dit" (PRO)
)

// MentionKinds lists the mention kinds, names first.
var MentionKinds = []MentionKind{MentionName, MentionNominal, MentionPronoun}

// Valid reports whether k is a known mention kind ("" is a name).
func (k MentionKind) Valid() bool {
	return k == "" || k == MentionName || k == MentionNominal || k == MentionPronoun
}

// Norm returns k with a name as "", the form documents store.
func (k MentionKind) Norm() MentionKind {
	if k == MentionName {
		return ""
	}
	return k
}

// String returns k spelled out: "name" for "".
func (k MentionKind) String() string {
	if k == "" {
		return string(MentionName)
	}
	return string(k)
}

// IsName reports whether the span is a name, not a description or a pronoun.
func (s *Span) IsName() bool { return s.Mention.Norm() == "" }

// Link is a typed relation from one span to another.
type Link struct {
	ID         string
	Type       string // LinkSpeaker, LinkCue, LinkTranslation or a user type
	From       string // span ID
	To         string // span ID
	Origin     Origin
	Confidence float64
}

// Entity is a real-world referent shared by mentions in both languages.
type Entity struct {
	ID       string
	Type     string            // PER, ORG, LOC, MISC or a user label
	Names    map[string]string // canonical name per language tag ("fr", "en")
	Mentions []string          // span IDs, source and target
	// Proposed lists the language tags whose name a tool proposed (pre-annotation's English name,
	// made from the French one) and no person has set since: such a name follows a renaming of the
	// name it was made from (see RenameFollowing). A name not listed is a person's and stays.
	Proposed []string
}

// Accepted reports whether a person has confirmed the span.
func (s *Span) Accepted() bool { return s.Origin == Human }
