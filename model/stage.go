package model

import "fmt"

// Stage is one of the seven stages every partnership moves through, 1 … 7.
type Stage int

// The seven stages, in order.
const (
	StageKebutuhan    Stage = iota + 1 // Identifikasi Kebutuhan
	StagePenjajakan                    // Penjajakan dan Identifikasi Mitra
	StageProposal                      // Pengembangan Proposal
	StagePerjanjian                    // Negosiasi dan Perjanjian
	StageImplementasi                  // Implementasi
	StageMonev                         // Monitoring dan Evaluasi
	StagePeninjauan                    // Peninjauan dan Perpanjangan
)

// Stages lists the seven stages in order.
var Stages = []Stage{StageKebutuhan, StagePenjajakan, StageProposal, StagePerjanjian, StageImplementasi, StageMonev, StagePeninjauan}

var stageNames = [...]string{
	"",
	"Identifikasi Kebutuhan",
	"Penjajakan dan Identifikasi Mitra",
	"Pengembangan Proposal",
	"Negosiasi dan Perjanjian",
	"Implementasi",
	"Monitoring dan Evaluasi",
	"Peninjauan dan Perpanjangan",
}

var stageKeys = [...]string{"", "kebutuhan", "penjajakan", "proposal", "perjanjian", "implementasi", "monev", "peninjauan"}

// Valid reports whether s is one of the seven stages.
func (s Stage) Valid() bool { return s >= StageKebutuhan && s <= StagePeninjauan }

// Name is the stage's name in Bahasa Indonesia.
func (s Stage) Name() string {
	if !s.Valid() {
		return ""
	}
	return stageNames[s]
}

// Key is a short stable identifier ("kebutuhan", "proposal", …), used for translation keys.
func (s Stage) Key() string {
	if !s.Valid() {
		return ""
	}
	return stageKeys[s]
}

// String is "3/7 Pengembangan Proposal", as lists show it.
func (s Stage) String() string {
	if !s.Valid() {
		return fmt.Sprintf("stage(%d)", int(s))
	}
	return fmt.Sprintf("%d/7 %s", int(s), s.Name())
}
