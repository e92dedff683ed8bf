package app

import (
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
)

// Fyne 2.7.1's file dialog lists places on its left (Home, Computer, Desktop, Documents…) under the
// names its code gives them, through no lang.L (dialog/file.go loadFavorites, file_unix.go
// getPlaces): a French user read "Home" and "Computer". translatePlaces names them in the
// interface's language, as the rest of the dialog is (its buttons and the "(Parent)" row go through
// lang, and fr.json says « Dossier parent » where Fyne's French said « Parent »).

// placeName is the interface's name of the place Fyne names name; a place it does not know keeps
// Fyne's name.
func placeName(name string) string {
	switch name {
	case "Home":
		return lang.X("file.place.home", "Home")
	case "App Files":
		return lang.X("file.place.app-files", "App Files")
	case "Computer":
		return lang.X("file.place.computer", "Computer")
	case "Desktop":
		return lang.X("file.place.desktop", "Desktop")
	case "Documents":
		return lang.X("file.place.documents", "Documents")
	case "Downloads":
		return lang.X("file.place.downloads", "Downloads")
	case "Music":
		return lang.X("file.place.music", "Music")
	case "Pictures":
		return lang.X("file.place.pictures", "Pictures")
	case "Videos":
		return lang.X("file.place.videos", "Videos")
	case "Movies":
		return lang.X("file.place.movies", "Movies")
	}
	return name
}

// translatePlaces finds the list of places of the file dialog whose content is o (the leading side
// of its split, dialog/file.go makeUI) and makes its rows show placeName of Fyne's names, the list
// as wide as the longest. It reports whether it found the list.
func translatePlaces(o fyne.CanvasObject) bool {
	switch o := o.(type) {
	case *fyne.Container:
		for _, c := range o.Objects {
			if translatePlaces(c) {
				return true
			}
		}
	case *container.Split:
		l, ok := o.Leading.(*widget.List)
		if !ok || l.CreateItem == nil || l.UpdateItem == nil || l.Length == nil {
			return translatePlaces(o.Leading) || translatePlaces(o.Trailing)
		}
		if _, ok := placeLabel(l.CreateItem()); !ok {
			return false
		}
		nameRows(l)
		l.Refresh() // measures its rows again, from the template
		o.Refresh() // the split gives the list its new least width
		return true
	}
	return false
}

// nameRows makes l's rows show placeName of what Fyne writes in them, and its template hold the
// longest of these names, which sets the list's width.
func nameRows(l *widget.List) {
	create, update := l.CreateItem, l.UpdateItem
	widest := ""
	for id := range l.Length() {
		item := create()
		update(id, item)
		if lb, _ := placeLabel(item); utf8.RuneCountInString(placeName(lb.Text)) > utf8.RuneCountInString(widest) {
			widest = placeName(lb.Text)
		}
	}
	l.CreateItem = func() fyne.CanvasObject {
		item := create()
		if lb, ok := placeLabel(item); ok && utf8.RuneCountInString(widest) > utf8.RuneCountInString(lb.Text) {
			lb.Text = widest
		}
		return item
	}
	l.UpdateItem = func(id widget.ListItemID, item fyne.CanvasObject) {
		update(id, item)
		if lb, ok := placeLabel(item); ok {
			setLabel(lb, placeName(lb.Text))
		}
	}
}

// placeLabel returns the label of a row of the file dialog's places: an icon's container beside it.
func placeLabel(item fyne.CanvasObject) (*widget.Label, bool) {
	c, ok := item.(*fyne.Container)
	if !ok || len(c.Objects) != 2 {
		return nil, false
	}
	lb, ok := c.Objects[1].(*widget.Label)
	return lb, ok
}
