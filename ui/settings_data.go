package ui

// dataPanel is a tab of Pengaturan; ok is false until the panel is built.
func dataPanel(g *gui) (settingsPanel, bool) { return settingsPanel{}, false }
