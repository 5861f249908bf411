package store

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/kemitraan/kemitraan/model"
)

// The benchmarks read a file of benchPartnerships partnerships with benchEvents events
// each, of realistic sizes. It is built once, through Load in batches, and kept in the
// system's temporary folder (its name says its size and generator version), so later
// runs only read it. Delete it to build it again.
//
//	go test -run='^$' -bench=. -benchmem ./store/
//
// Peak memory of one list, from a compiled test binary:
//
//	go test -c -o /tmp/store.test ./store/ && cd store &&
//	/usr/bin/time -v /tmp/store.test -test.run='^$' -test.bench=OpenAndList -test.benchtime=1x
const (
	benchPartnerships = 10000
	benchEvents       = 20
	benchVersion      = 1 // change when the generated records change
)

func benchFile(b *testing.B) string {
	b.Helper()
	path := filepath.Join(os.TempDir(), fmt.Sprintf("kemitraan-bench-s%d-g%d-%dx%d.db", SchemaVersion, benchVersion, benchPartnerships, benchEvents))
	if _, err := os.Stat(path); err == nil {
		return path
	}
	start := time.Now()
	tmp := path + ".building"
	_ = os.Remove(tmp)
	db, err := Open(tmp)
	if err != nil {
		b.Fatal(err)
	}
	r := rand.New(rand.NewPCG(1, 2))
	base := time.Date(2020, 1, 6, 8, 0, 0, 0, time.UTC)
	partners := make([]model.Partner, benchPartnerships/10)
	for i := range partners {
		partners[i] = model.Partner{
			ID: model.NewID(base.Add(time.Duration(i) * time.Minute)), Name: fmt.Sprintf("%s %s %d", pick(r, partnerPrefixes), pick(r, words), i),
			Kind: model.PartnerKinds[i%len(model.PartnerKinds)], Address: sentence(r, 10), ContactPerson: "Budi Santoso, S.Pd.",
			Phone: "(022) 7302611", Email: fmt.Sprintf("mitra%d@contoh.co.id", i), SignatoryName: "Dr. Siti Aminah, M.Pd.",
			SignatoryPosition: "Ketua", CreatedAt: base, UpdatedAt: base,
		}
	}
	if err := db.Load(Records{Partners: partners}); err != nil {
		b.Fatal(err)
	}
	const batch = 500
	for first := 0; first < benchPartnerships; first += batch {
		var rec Records
		for i := first; i < first+batch && i < benchPartnerships; i++ {
			created := base.Add(time.Duration(i) * 3 * time.Hour)
			ps := benchPartnership(r, model.NewID(created), created, partners[r.IntN(len(partners))].ID)
			rec.Partnerships = append(rec.Partnerships, ps)
			for j := range benchEvents {
				e := model.Event{PartnershipID: ps.ID, Time: created.Add(time.Duration(j) * 26 * time.Hour),
					Kind: model.EventNote, Stage: model.Stage(1 + j*int(ps.Stage)/benchEvents), Text: sentence(r, 8+r.IntN(12))}
				switch {
				case j == 0:
					e.Kind, e.Text = model.EventCreated, "Kemitraan dibuat"
				case j%5 == 0:
					e.Kind, e.Participants, e.Minutes = model.EventMeeting, "Kepala sekolah, wakasek, mitra", sentence(r, 60)
				case j%3 == 0:
					e.Kind = model.EventStageMoved
				}
				rec.Events = append(rec.Events, e)
			}
		}
		if err := db.Load(rec); err != nil {
			b.Fatal(err)
		}
	}
	if err := db.Close(); err != nil {
		b.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		b.Fatal(err)
	}
	info, _ := os.Stat(path)
	b.Logf("built %s (%d MB) in %v", path, info.Size()>>20, time.Since(start).Round(time.Second))
	return path
}

var (
	partnerPrefixes = []string{"PT", "CV", "Yayasan", "Komunitas", "Universitas", "Puskesmas", "Dinas"}
	words           = strings.Fields("siswa guru sekolah pelatihan literasi numerasi kegiatan laboratorium perpustakaan " +
		"pendampingan kesehatan gizi karier alumni orang tua komite program kurikulum merdeka proyek profil pelajar " +
		"pancasila kewirausahaan robotik bahasa seni budaya olahraga lingkungan sampah hijau digital teknologi mitra " +
		"bersama peningkatan mutu pembelajaran evaluasi hasil rapor asesmen nasional sarana prasarana beasiswa")
)

func pick(r *rand.Rand, list []string) string { return list[r.IntN(len(list))] }

func sentence(r *rand.Rand, n int) string {
	w := make([]string, n)
	for i := range w {
		w[i] = pick(r, words)
	}
	s := strings.Join(w, " ")
	return strings.ToUpper(s[:1]) + s[1:] + "."
}

func lines(r *rand.Rand, n, words int) []string {
	l := make([]string, n)
	for i := range l {
		l[i] = sentence(r, words)
	}
	return l
}

// benchPartnership is a partnership somewhere along its stages, filled as far as it got.
func benchPartnership(r *rand.Rand, id model.ID, created time.Time, partner model.ID) model.Partnership {
	ps := model.NewPartnership()
	ps.ID, ps.PartnerID = id, partner
	ps.Title = sentence(r, 6+r.IntN(4))
	ps.Stage = model.Stage(1 + r.IntN(7))
	ps.Status = model.Statuses[r.IntN(len(model.Statuses))]
	ps.Need = model.Need{Category: model.NeedCategories[r.IntN(len(model.NeedCategories))], Description: sentence(r, 40),
		Beneficiaries: []model.Beneficiary{model.BenefitSiswa, model.BenefitGuru}, Priority: model.PriorityTinggi}
	ps.CreatedAt, ps.UpdatedAt, ps.StageSince = created, created.Add(time.Duration(r.IntN(5000))*time.Hour), created
	ps.Candidates = []model.Candidate{{PartnerID: partner, Notes: sentence(r, 20),
		Approaches: []model.Approach{{Date: created, Notes: sentence(r, 15)}}}}
	if ps.Stage >= model.StageProposal {
		ps.Proposal = model.Proposal{Background: sentence(r, 120), Objectives: sentence(r, 40), Targets: sentence(r, 25),
			Activities: sentence(r, 40), SchoolRoles: lines(r, 3, 10), PartnerRoles: lines(r, 3, 10),
			EvaluationPlan: sentence(r, 30)}
		for i := range 6 {
			ps.Proposal.Schedule = append(ps.Proposal.Schedule, model.ScheduleItem{Date: created.AddDate(0, i, 0), Activity: sentence(r, 6), PIC: "Wakasek Kurikulum"})
		}
		for i := range 5 {
			ps.Proposal.Budget = append(ps.Proposal.Budget, model.BudgetItem{Item: sentence(r, 4), Amount: model.Rupiah(r.IntN(50) * 250000), PaidBy: []model.Party{model.PartySchool, model.PartyPartner}[i%2]})
		}
		ps.Proposal.Indicators = []model.Indicator{{Name: sentence(r, 5), Target: 120, Unit: "siswa"}, {Name: sentence(r, 5), Target: 80, Unit: "%"}}
	}
	if ps.Stage >= model.StagePerjanjian {
		a := &ps.Agreement
		a.Kind, a.SchoolNumber, a.PartnerNumber = model.AgreementPKS, "001/421.3/SMPN1-BDG/XI/2026", "PKS/045/2026"
		a.Date, a.Place, a.Start, a.End, a.NoticeDays = created.AddDate(0, 1, 0), "Bandung", created.AddDate(0, 1, 0), created.AddDate(1, 1, 0), 30
		a.SchoolObligations, a.PartnerObligations = lines(r, 4, 12), lines(r, 4, 12)
		a.Funding, a.Dispute, a.ForceMajeure = sentence(r, 20), sentence(r, 30), sentence(r, 30)
		a.SchoolSignatory = model.Signatory{Name: "Dra. Hj. Siti Rahmawati, M.Pd.", Position: "Kepala Sekolah", IDNumber: "196805121994032007"}
		a.PartnerSignatory = model.Signatory{Name: "Budi Hartono, S.T., M.B.A.", Position: "Direktur"}
		a.SignedDate = a.Date
	}
	if ps.Stage >= model.StageImplementasi {
		for i := range 3 {
			ps.Activities = append(ps.Activities, model.Activity{ID: model.NewID(created), Date: created.AddDate(0, 2+i, 0),
				Title: sentence(r, 5), Description: sentence(r, 30), People: "Kelas VIII", Status: model.ActivityDone})
		}
	}
	if ps.Stage >= model.StageMonev {
		ps.Evaluations = []model.Evaluation{{ID: model.NewID(created), Date: created.AddDate(0, 6, 0), Ratings: [model.NumBenefits]int{4, 3, 5, 4, 3},
			Findings: sentence(r, 40), FollowUp: sentence(r, 20)}}
	}
	return ps
}

func benchOpen(b *testing.B) *DB {
	b.Helper()
	path := benchFile(b)
	db, err := Open(path)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { _ = db.Close() })
	return db
}

// BenchmarkOpenAndList is what the program does to show its list: open the file, read
// every partnership's summary and every partner.
func BenchmarkOpenAndList(b *testing.B) {
	path := benchFile(b)
	b.ReportAllocs()
	for b.Loop() {
		db, err := Open(path)
		if err != nil {
			b.Fatal(err)
		}
		list, err := db.Summaries()
		if err != nil || len(list) != benchPartnerships {
			b.Fatalf("Summaries: %d, %v", len(list), err)
		}
		if _, err := db.Partners(); err != nil {
			b.Fatal(err)
		}
		if err := db.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkListFromRecords is the other way to build the list, for comparison: decode
// every full record into a struct of the list's fields only (encoding/json still
// scans all of each record).
func BenchmarkListFromRecords(b *testing.B) {
	db := benchOpen(b)
	b.ReportAllocs()
	for b.Loop() {
		var list []Summary
		err := db.view(func(tx *bolt.Tx) error {
			return tx.Bucket(bucketPartnerships).ForEach(func(k, v []byte) error {
				var ps struct {
					ID     model.ID     `json:"id"`
					Title  string       `json:"title"`
					Stage  model.Stage  `json:"stage"`
					Status model.Status `json:"status"`
					Need   struct {
						Category    model.NeedCategory
						Description string
					}
					PartnerID  model.ID  `json:"partner_id"`
					UpdatedAt  time.Time `json:"updated_at"`
					StageSince time.Time `json:"stage_since"`
					Agreement  struct{ Start, End time.Time }
				}
				if err := json.Unmarshal(v, &ps); err != nil {
					return err
				}
				list = append(list, Summary{ID: ps.ID, Title: ps.Title, Stage: ps.Stage, Status: ps.Status,
					Category: ps.Need.Category, Need: ps.Need.Description, PartnerID: ps.PartnerID, UpdatedAt: ps.UpdatedAt,
					StageSince: ps.StageSince, AgreementStart: ps.Agreement.Start, AgreementEnd: ps.Agreement.End})
				return nil
			})
		})
		if err != nil || len(list) != benchPartnerships {
			b.Fatalf("%d, %v", len(list), err)
		}
		sort.Slice(list, func(i, j int) bool { return list[i].UpdatedAt.After(list[j].UpdatedAt) })
	}
}

// BenchmarkPartnerships decodes every full record, for comparison.
func BenchmarkPartnerships(b *testing.B) {
	db := benchOpen(b)
	b.ReportAllocs()
	for b.Loop() {
		if list, err := db.Partnerships(); err != nil || len(list) != benchPartnerships {
			b.Fatalf("%d, %v", len(list), err)
		}
	}
}

// BenchmarkTimeline reads one partnership's timeline.
func BenchmarkTimeline(b *testing.B) {
	db := benchOpen(b)
	list, err := db.Summaries()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		id := list[i%len(list)].ID
		i += 7919
		if events, err := db.Events(id); err != nil || len(events) != benchEvents {
			b.Fatalf("Events(%s): %d, %v", id, len(events), err)
		}
	}
}
