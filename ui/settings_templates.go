package ui

// templatesPanel is a tab of Pengaturan; ok is false until the panel is built.
func templatesPanel(g *gui) (settingsPanel, bool) { return settingsPanel{}, false }
