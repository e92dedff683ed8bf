package app

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Fyne 2.7.1's file dialog lists places on its left (Home, Computer, Desktop, Documents…) with two
// faults Glose mends by showing a list of its own in their place, over Fyne's, which stays behind it:
//   - their names go through no lang.L (dialog/file.go loadFavorites, file_unix.go getPlaces): a
//     French user read "Home" and "Computer";
//   - getFavoriteLocations drops the folder after each one missing: its loop tests err where it
//     means err1, so that once a folder cannot be listed (no ~/Desktop) the next one is skipped
//     whatever it holds (~/Documents was never offered on a machine with no Desktop folder).
//
// The rows Fyne made keep working through Fyne's list (selecting row i there runs its own code, for
// the places only it knows, such as Windows's drives); the folders it dropped are found again as it
// meant to find them and open through the dialog's SetLocation.

// favouriteOrder is Fyne's order of the user's folders after the places (getFavoritesOrder).
func favouriteOrder() [6]string {
	if runtime.GOOS == "darwin" {
		return [6]string{"Desktop", "Documents", "Downloads", "Music", "Pictures", "Movies"}
	}
	return [6]string{"Desktop", "Documents", "Downloads", "Music", "Pictures", "Videos"}
}

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

// placeIcon is the icon Fyne gives the user's folder name (getFavoritesIcon).
func placeIcon(name string) fyne.Resource {
	switch name {
	case "Desktop":
		return theme.DesktopIcon()
	case "Documents":
		return theme.DocumentIcon()
	case "Downloads":
		return theme.DownloadIcon()
	case "Music":
		return theme.MediaMusicIcon()
	case "Pictures":
		return theme.MediaPhotoIcon()
	}
	return theme.MediaVideoIcon()
}

// placeRow is a row of the list of places: Fyne's row fyneID, or, at -1, a folder Fyne dropped.
type placeRow struct {
	name   string // Fyne's English name: placeName gives the one shown
	icon   fyne.Resource
	fyneID widget.ListItemID
	loc    fyne.ListableURI // for a folder Fyne dropped
}

// placesList is the list of places shown in a file dialog, over Fyne's.
type placesList struct {
	list    *widget.List
	places  []placeRow
	fyne    *widget.List // Fyne's, which its dialog keeps selecting as its folder changes
	syncing bool         // selecting a row to follow Fyne's list: no folder to open
}

// replacePlaces finds the list of places of the file dialog d whose content is o (the leading side
// of its split, dialog/file.go makeUI) and shows a placesList in its place. It reports whether it
// found the list.
func replacePlaces(o fyne.CanvasObject, d *dialog.FileDialog) bool {
	switch o := o.(type) {
	case *fyne.Container:
		for _, c := range o.Objects {
			if replacePlaces(c, d) {
				return true
			}
		}
	case *container.Split:
		l, ok := o.Leading.(*widget.List)
		if !ok || l.CreateItem == nil || l.UpdateItem == nil || l.Length == nil {
			return replacePlaces(o.Leading, d) || replacePlaces(o.Trailing, d)
		}
		if _, ok := placeLabel(l.CreateItem()); !ok {
			return false
		}
		p := newPlacesList(l, d)
		o.Leading = p.list
		o.Refresh() // the split gives the list its least width
		return true
	}
	return false
}

// newPlacesList lists Fyne's places, fl's rows, with the user's folders it dropped in their places,
// every name in the interface's language; choosing a row opens its folder in d.
func newPlacesList(fl *widget.List, d *dialog.FileDialog) *placesList {
	p := &placesList{places: withDropped(shownPlaces(fl)), fyne: fl}
	widest := ""
	for _, pl := range p.places {
		if n := placeName(pl.name); utf8.RuneCountInString(n) > utf8.RuneCountInString(widest) {
			widest = n
		}
	}
	p.list = widget.NewList(func() int { return len(p.places) },
		func() fyne.CanvasObject {
			item := fl.CreateItem() // Fyne's row, its icon padded as Fyne pads it
			if lb, ok := placeLabel(item); ok {
				lb.Text = widest // sets the list's width
			}
			return item
		},
		func(id widget.ListItemID, item fyne.CanvasObject) {
			c := item.(*fyne.Container)
			if ic, ok := c.Objects[0].(*fyne.Container); ok && len(ic.Objects) == 1 {
				if icon, ok := ic.Objects[0].(*widget.Icon); ok {
					icon.SetResource(p.places[id].icon)
				}
			}
			lb, _ := placeLabel(item)
			setLabel(lb, placeName(p.places[id].name))
		})
	p.list.OnSelected = func(id widget.ListItemID) {
		if p.syncing {
			return
		}
		if pl := p.places[id]; pl.fyneID >= 0 {
			fl.Select(pl.fyneID) // runs Fyne's code, which opens the folder
		} else {
			d.SetLocation(pl.loc)
		}
	}
	fl.OnUnselected = func(widget.ListItemID) { p.follow(-1) }
	selected := fl.OnSelected
	fl.OnSelected = func(id widget.ListItemID) {
		selected(id) // opens the folder
		p.follow(id)
	}
	p.follow(-1)
	return p
}

// follow selects the row of Fyne's row id, or, at -1, the row of a folder Fyne dropped that the
// dialog shows now, else none: the list marks the folder shown as Fyne's does.
func (p *placesList) follow(id widget.ListItemID) {
	p.syncing = true
	defer func() { p.syncing = false }()
	shown := dialogFolder()
	for i, pl := range p.places {
		if (id >= 0 && pl.fyneID == id) || (id < 0 && pl.fyneID < 0 && shown != nil && storage.EqualURI(pl.loc, shown)) {
			p.list.Select(i)
			return
		}
	}
	p.list.UnselectAll()
}

// shownPlaces reads the rows of a list of places, Fyne's or the app's: each one's name and icon, as
// the list's code writes them, fyneID its row.
func shownPlaces(fl *widget.List) []placeRow {
	var rows []placeRow
	for id := range fl.Length() {
		item := fl.CreateItem()
		fl.UpdateItem(id, item)
		lb, _ := placeLabel(item)
		row := placeRow{name: lb.Text, fyneID: id}
		if ic, ok := item.(*fyne.Container).Objects[0].(*fyne.Container); ok && len(ic.Objects) == 1 {
			if icon, ok := ic.Objects[0].(*widget.Icon); ok {
				row.icon = icon.Resource
			}
		}
		rows = append(rows, row)
	}
	return rows
}

// withDropped returns rows with the user's folders Fyne dropped (see the file's comment) in their
// places, in Fyne's order.
func withDropped(rows []placeRow) []placeRow {
	home, err := os.UserHomeDir()
	if err != nil {
		return rows
	}
	has := map[string]bool{}
	for _, r := range rows {
		has[r.name] = true
	}
	var out []placeRow // Home, App Files and the places first, then the user's folders
	for _, r := range rows {
		if !isFavourite(r.name) {
			out = append(out, r)
		}
	}
	for _, name := range favouriteOrder() {
		if has[name] {
			for _, r := range rows {
				if r.name == name {
					out = append(out, r)
				}
			}
			continue
		}
		if loc := favouriteFolder(home, name); loc != nil {
			out = append(out, placeRow{name: name, icon: placeIcon(name), fyneID: -1, loc: loc})
		}
	}
	return out
}

// isFavourite reports whether name is one of the user's folders Fyne lists after the places.
func isFavourite(name string) bool {
	order := favouriteOrder()
	return slices.Contains(order[:], name)
}

// favouriteFolder finds the user's folder name as Fyne means to (getFavoriteLocation): where
// xdg-user-dir says on Linux and the BSDs, when it names a folder other than home, else home's
// subfolder of that name; nil when there is no such folder to list.
func favouriteFolder(home, name string) fyne.ListableURI {
	path := filepath.Join(home, name)
	if runtime.GOOS != "windows" && runtime.GOOS != "darwin" {
		if out, err := exec.Command("xdg-user-dir", strings.ToUpper(name)).Output(); err == nil {
			if p := strings.TrimSuffix(string(out), "\n"); p != "" && filepath.Clean(p) != filepath.Clean(home) {
				path = p
			}
		}
	}
	if st, err := os.Stat(path); err != nil || !st.IsDir() {
		return nil
	}
	l, err := storage.ListerForURI(storage.NewFileURI(path))
	if err != nil {
		return nil
	}
	return l
}

// fyneLastFolder is the preference Fyne 2.7.1's file dialog writes the folder it shows to each time
// it shows another (dialog/file.go setLocation, lastFolderKey): the only way to read it, which
// FileDialog does not offer.
const fyneLastFolder = "fyne:fileDialogLastFolder"

// dialogFolder returns the folder the file dialog shows, nil when it cannot be read.
func dialogFolder() fyne.URI {
	a := fyne.CurrentApp()
	if a == nil {
		return nil
	}
	u, err := storage.ParseURI(a.Preferences().String(fyneLastFolder))
	if err != nil {
		return nil
	}
	return u
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
