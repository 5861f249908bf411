package ui

// displayPanel is a tab of Pengaturan; ok is false until the panel is built.
func displayPanel(g *gui) (settingsPanel, bool) { return settingsPanel{}, false }
