package assets

import _ "embed"

//go:embed icon.png
var icon []byte

// Icon returns Glose's application icon (PNG), for the window and the desktop entry.
func Icon() []byte { return append([]byte(nil), icon...) }
