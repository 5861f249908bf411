package ui

import (
	"context"
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/kemitraan/kemitraan/model"
)

// Pengaturan → Data → Backup ke…: a verified copy of the data file into a chosen
// folder (a USB stick), named kemitraan-cadangan-2026-11-26-0930.db, never over
// another backup.

func (d *dataView) chooseBackupFolder() {
	dlg := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil || u == nil {
			return
		}
		d.backupTo(u.Path())
	}, d.g.win)
	dlg.Resize(fyne.NewSize(760, 520))
	dlg.Show()
}

// backupTo writes a backup into dir, after a warning when dir is on a network share.
func (d *dataView) backupTo(dir string) {
	if f := d.g.opts.LooksLikeNetworkPath; f != nil && f(dir) {
		msg := widget.NewLabel(lang.L("data.network.target", map[string]string{"Path": dir}))
		msg.Wrapping = fyne.TextWrapWord
		c := dialog.NewCustomConfirm(lang.L("data.network.title"), lang.L("data.backup.anyway"), lang.L("action.cancel"),
			msg, func(ok bool) {
				if ok {
					d.startBackup(dir)
				}
			}, d.g.win)
		c.Resize(fyne.NewSize(520, 220))
		d.show(c)
		return
	}
	d.startBackup(dir)
}

func (d *dataView) startBackup(dir string) {
	var (
		info model.BackupInfo
		err  error
	)
	d.run(lang.L("data.backup.title"), lang.L("data.backup.writing", map[string]string{"Dir": dir}), true,
		func(ctx context.Context, p *progress) {
			info, err = d.ds.BackupContext(ctx, dir, d.g.opts.Now(), p.set)
		},
		func() {
			if err != nil {
				d.fail(lang.L("data.backup.failed", map[string]string{"Err": errText(err)}), err)
				return
			}
			d.info(lang.L("data.backup.title"), lang.L("data.backup.done", map[string]string{
				"Name": filepath.Base(info.Path), "Size": byteSize(info.Size), "Dir": filepath.Dir(info.Path)}))
		})
}
