package demo

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/kemitraan/kemitraan/model"
)

// Timeline returns the timeline events of the sample's partnerships, consistent with
// their data: the creation, a meeting on the need, each approach to a candidate, each
// stage move, the negotiation meeting and the signing, activities done or cancelled,
// evaluations, the review, and why a partnership was cancelled or ended. Events are
// in time order.
func Timeline(d Data) []model.Event {
	partners := make(map[model.ID]model.Partner, len(d.Partners))
	for _, p := range d.Partners {
		partners[p.ID] = p
	}
	ended := map[string]string{}
	for _, pl := range plans() {
		ended[pl.title] = pl.ended
	}
	var events []model.Event
	for _, ps := range d.Partnerships {
		events = append(events, timeline(ps, partners, ended[ps.Title])...)
	}
	sort.SliceStable(events, func(i, j int) bool { return events[i].Time.Before(events[j].Time) })
	return events
}

const (
	principalRole = "Dra. Hj. Siti Rahmawati, M.Pd. (Kepala Sekolah)"
	humasRole     = "Drs. Asep Kurnia (Wakasek Humas)"
)

func timeline(ps model.Partnership, partners map[model.ID]model.Partner, endedReason string) []model.Event {
	times := stageTimes(ps)
	stageAt := func(t time.Time) model.Stage {
		s := model.StageKebutuhan
		for i := model.StagePenjajakan; i <= ps.Stage; i++ {
			if !t.Before(times[i]) {
				s = i
			}
		}
		return s
	}
	evs := make([]model.Event, 0, 24+len(ps.Activities)+len(ps.Evaluations))
	add := func(t time.Time, kind model.EventKind, text string) *model.Event {
		evs = append(evs, model.Event{PartnershipID: ps.ID, Time: t, Kind: kind, Stage: stageAt(t), Text: text})
		return &evs[len(evs)-1]
	}
	partner := partners[ps.PartnerID]

	add(ps.CreatedAt, model.EventCreated, fmt.Sprintf("Kemitraan dibuat; kebutuhan %s dicatat.", strings.ToLower(ps.Need.Category.Label())))

	// the team discusses the need before anyone is approached
	next := ps.UpdatedAt
	if ps.Stage > model.StageKebutuhan {
		next = times[model.StagePenjajakan]
	}
	if next.Sub(ps.CreatedAt) > 2*time.Hour {
		m := add(ps.CreatedAt.Add(next.Sub(ps.CreatedAt)/2).Truncate(time.Minute), model.EventMeeting,
			"Rapat tim kemitraan sekolah: pembahasan kebutuhan")
		m.Participants = strings.Join([]string{principalRole, "Wakasek Kurikulum", humasRole, "Ketua Komite Sekolah"}, "; ")
		prio := strings.ToLower(ps.Need.Priority.Label())
		if prio == "" {
			prio = "sedang"
		}
		m.Minutes = fmt.Sprintf("Kebutuhan \"%s\" dibahas berdasarkan data sekolah dan disepakati sebagai prioritas %s. "+
			"Wakasek Humas ditugaskan menjajaki calon mitra dan melaporkannya pada rapat berikutnya.", ps.Title, prio)
	}

	for s := model.StagePenjajakan; s <= ps.Stage; s++ {
		add(times[s], model.EventStageMoved, fmt.Sprintf("Lanjut dari tahap %d (%s) ke tahap %d (%s)", s-1, (s-1).Name(), s, s.Name()))
	}

	for _, c := range ps.Candidates {
		name := partners[c.PartnerID].Name
		for _, a := range c.Approaches {
			add(a.Date.Add(14*time.Hour), model.EventNote, fmt.Sprintf("Penjajakan %s: %s", name, a.Notes))
		}
	}

	a := ps.Agreement
	if ps.Stage >= model.StagePerjanjian {
		add(times[model.StagePerjanjian].Add(-2*time.Hour), model.EventEdited,
			fmt.Sprintf("Proposal kerja sama disampaikan kepada %s.", partner.Name))
		if when := times[model.StagePerjanjian].AddDate(0, 0, 7).Add(-1 * time.Hour); !a.Start.IsZero() {
			m := add(when, model.EventMeeting, "Rapat negosiasi naskah "+a.Kind.Label())
			m.Participants = strings.Join([]string{principalRole, humasRole, partner.ContactPerson, a.PartnerSignatory.Name}, "; ")
			m.Minutes = fmt.Sprintf("Para pihak membahas hak dan kewajiban masing-masing, jangka waktu %s sampai %s, "+
				"pembiayaan %s dari PIHAK KEDUA, keadaan kahar, dan penyelesaian perselisihan secara musyawarah. "+
				"Penandatanganan direncanakan di %s.", model.LongDate(a.Start), model.LongDate(a.End),
				partnerGives(a), model.PlaceDate(a.Place, a.Date))
		}
	}
	if m := a.MoU; a.Kind.HasMoU() && !m.SignedDate.IsZero() && ps.Stage >= model.StagePerjanjian {
		add(m.SignedDate.Add(13*time.Hour), model.EventEdited,
			fmt.Sprintf("Nota Kesepahaman ditandatangani di %s; nomor %s dan %s.",
				model.PlaceDate(m.Place, m.SignedDate), m.SchoolNumber, m.PartnerNumber))
	}
	if a.Kind.HasPKS() && !a.SignedDate.IsZero() && ps.Stage >= model.StagePerjanjian {
		add(a.SignedDate.Add(13*time.Hour), model.EventEdited,
			fmt.Sprintf("%s ditandatangani di %s dengan meterai Rp10.000; nomor %s dan %s.",
				"Perjanjian Kerja Sama", model.PlaceDate(a.Place, a.SignedDate), a.SchoolNumber, a.PartnerNumber))
	}

	archived := false
	for _, act := range ps.Activities {
		switch act.Status {
		case model.ActivityDone:
			add(act.Date.Add(14*time.Hour), model.EventActivity, "Kegiatan terlaksana: "+act.Title+". "+act.Description)
			if !archived && act.Date.AddDate(0, 0, 2).Before(ps.UpdatedAt) {
				archived = true
				add(act.Date.AddDate(0, 0, 2).Add(10*time.Hour), model.EventNote,
					"Foto dan daftar hadir kegiatan \""+act.Title+"\" diarsipkan oleh Wakasek Humas.")
			}
		case model.ActivityCancelled:
			add(act.Date.AddDate(0, 0, -1).Add(10*time.Hour), model.EventActivity, "Kegiatan dibatalkan: "+act.Title+". "+act.Description)
		}
	}
	for _, e := range ps.Evaluations {
		add(e.Date.Add(14*time.Hour), model.EventEvaluation, "Evaluasi dicatat. "+e.Findings)
	}
	if r := ps.Review; r.Decision != "" && !r.Date.IsZero() {
		m := add(r.Date.Add(9*time.Hour), model.EventMeeting, "Rapat peninjauan kemitraan")
		m.Participants = strings.Join([]string{principalRole, humasRole, "Ketua Komite Sekolah", a.PartnerSignatory.Name}, "; ")
		m.Minutes = r.Summary
		text := "Keputusan peninjauan: " + r.Decision.Label() + "."
		if ps.Status == model.StatusSelesai {
			text += " Status kemitraan menjadi Selesai."
		}
		add(r.Date.Add(11*time.Hour), model.EventEdited, text)
	}
	if endedReason != "" && (ps.Status == model.StatusDibatalkan || ps.Status == model.StatusSelesai) {
		add(ps.UpdatedAt, model.EventEdited, fmt.Sprintf("Status diubah menjadi %s: %s", ps.Status.Label(), endedReason))
	}
	sort.SliceStable(evs, func(i, j int) bool { return evs[i].Time.Before(evs[j].Time) })
	return evs
}

// partnerGives is what the agreement's lines say the partner gives, for the minutes.
func partnerGives(a model.Agreement) model.Rupiah {
	t, err := a.ContributionTotals()
	if err != nil {
		return 0
	}
	return t.Partner
}
