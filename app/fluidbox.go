package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// fluidVBox is Fyne's VBox for objects whose height follows their width: fluid texts (newFluidText)
// and the containers holding them. A VBox reads its objects' minimum heights before it gives them
// their new width, at which a fluid text breaks its lines anew: after a resize, the Proposals tab's
// offers kept the heights of the old width until Fyne's canvas noticed, which it does for only one of
// the containers whose minimum size changed in a frame (see qaLayout). This one gives each object
// its width first, then stacks them at the heights they take there.
type fluidVBox struct{}

var _ fyne.Layout = fluidVBox{}

// newFluidVBox returns a container stacking objs at the heights they take at its width.
func newFluidVBox(objs ...fyne.CanvasObject) *fyne.Container {
	return &fyne.Container{Layout: fluidVBox{}, Objects: objs}
}

func (fluidVBox) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range objs {
		if !o.Visible() {
			continue
		}
		h := heightAt(o, size.Width)
		placeAgain(o, fyne.NewPos(0, y), fyne.NewSize(size.Width, h))
		y += h + theme.Padding()
	}
}

// MinSize is the VBox's: the widest object's width, the heights and the paddings between them.
func (fluidVBox) MinSize(objs []fyne.CanvasObject) fyne.Size {
	var w, h float32
	n := 0
	for _, o := range objs {
		if o.Visible() {
			m := o.MinSize()
			w, h, n = max(w, m.Width), h+m.Height, n+1
		}
	}
	return fyne.NewSize(w, h+theme.Padding()*float32(max(n-1, 0)))
}
