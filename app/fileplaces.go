package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// placeName is the name, in the interface's language, of a place Fyne's file dialog lists on its
// left: Fyne 2.7.1 writes them in English whatever the language ("Home", "Computer", "Downloads":
// dialog/file.go, file_unix.go), and outside its lang bundle. Other names are the user's own.
func placeName(en string) string {
	switch en {
	case "Home":
		return lang.X("file.place.home", "Home")
	case "Computer":
		return lang.X("file.place.computer", "Computer")
	case "App Files":
		return lang.X("file.place.app-files", "App Files")
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
	return en
}

// localisePlaces finds the list of places of the file dialog whose content is o (the leading side of
// its split, dialog/file.go makeUI) and makes it write them in the interface's language, as wide as
// the widest of them needs ("Dossier personnel" for "Home"). It reports whether it found the list.
func localisePlaces(o fyne.CanvasObject) bool {
	switch o := o.(type) {
	case *fyne.Container:
		for _, c := range o.Objects {
			if localisePlaces(c) {
				return true
			}
		}
	case *container.Split:
		if l, ok := o.Leading.(*widget.List); ok {
			translatePlaces(l)
			o.Refresh()
			return true
		}
		return localisePlaces(o.Leading) || localisePlaces(o.Trailing)
	}
	return false
}

// translatePlaces makes the place list l name its places with placeName, its rows as wide as the
// widest name: Fyne measures the rows on a template row reading "Template Object".
func translatePlaces(l *widget.List) {
	create, update := l.CreateItem, l.UpdateItem
	if create == nil || update == nil {
		return
	}
	l.CreateItem = func() fyne.CanvasObject {
		row := create()
		if name := placeLabel(row); name != nil {
			name.SetText(widestPlace(name.Text))
		}
		return row
	}
	l.UpdateItem = func(id widget.ListItemID, row fyne.CanvasObject) {
		update(id, row)
		if name := placeLabel(row); name != nil {
			name.SetText(placeName(name.Text))
		}
	}
	l.Refresh()
}

// placeLabel is the label naming the place in a row of the place list, nil if the row is not one.
func placeLabel(row fyne.CanvasObject) *widget.Label {
	c, ok := row.(*fyne.Container)
	if !ok {
		return nil
	}
	for _, o := range c.Objects {
		if l, ok := o.(*widget.Label); ok {
			return l
		}
	}
	return nil
}

// widestPlace is the widest of template and the places' names in the interface's language.
func widestPlace(template string) string {
	size := theme.TextSize()
	widest, width := template, fyne.MeasureText(template, size, fyne.TextStyle{}).Width
	for _, en := range []string{"Home", "Computer", "App Files", "Desktop", "Documents", "Downloads", "Music", "Pictures", "Videos", "Movies"} {
		name := placeName(en)
		if w := fyne.MeasureText(name, size, fyne.TextStyle{}).Width; w > width {
			widest, width = name, w
		}
	}
	return widest
}
