package ui

import (
	"fmt"
	"testing"

	"github.com/kemitraan/kemitraan/model"
)

func TestZZStage4Texts(t *testing.T) {
	h := newHarness(t)
	pt := h.mustPartner("PT Maju Bersama", model.KindBisnis)
	p := h.mustPartnership("Bank Sampah Sekolah", pt.ID, model.NeedSarana, "Sampah terpilah", model.StagePerjanjian, model.StatusDraft)
	h.g.show(tabKemitraan)
	h.g.partnerships.open(p.ID)
	v := h.shown()
	for _, st := range []model.Stage{4, 5, 6, 7} {
		v.showStage(st)
		fmt.Printf("=== stage %d\n", st)
		for _, s := range h.texts() {
			fmt.Printf("%q\n", s)
		}
	}
}
