package ui

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/kemitraan/kemitraan/model"
)

// PreferenceNotifiedOn is the preference key holding the day ("2006-01-02") the
// reminders were last announced with a system notification.
const PreferenceNotifiedOn = "reminders.notified_on"

// NotifyDue sends one system notification that sums up what needs attention today
// ("3 hal perlu perhatian: 1 perjanjian segera berakhir, …"), at most once a day and
// not at all when nothing is due. cmd/kemitraan calls it once the window shows; it
// reads the summaries only. It returns the reminders it counted.
func NotifyDue(a fyne.App, st Store, today time.Time) []model.Reminder {
	day := today.Format(time.DateOnly)
	prefs := a.Preferences()
	if prefs.String(PreferenceNotifiedOn) == day {
		return nil
	}
	sums, err := st.Summaries()
	if err != nil {
		return nil
	}
	due := model.Reminders(sums, today, model.DefaultReminderSettings())
	if len(due) == 0 {
		return nil
	}
	a.SendNotification(fyne.NewNotification(lang.L("notify.title"), dueSummary(due)))
	prefs.SetString(PreferenceNotifiedOn, day)
	return due
}

// dueSummary is "3 hal perlu perhatian: 1 perjanjian segera berakhir, 2 evaluasi jatuh tempo".
func dueSummary(due []model.Reminder) string {
	n := model.CountReminders(due)
	var parts []string
	for _, k := range model.ReminderKinds {
		if n[k] > 0 {
			parts = append(parts, lang.L("notify.kind."+string(k), map[string]int{"Count": n[k]}))
		}
	}
	return lang.L("notify.body", map[string]any{"Count": len(due), "Parts": strings.Join(parts, ", ")})
}
