package document

import (
	"strings"
	"testing"
	"time"

	"github.com/kemitraan/kemitraan/model"
)

// #11: a PDF's name says what it is.
func TestFileName(t *testing.T) {
	day := time.Date(2026, 12, 5, 0, 0, 0, 0, time.Local)
	for _, c := range []struct {
		kind  model.DocumentKind
		title string
		want  string
	}{
		{model.DocPKS, "Bank Sampah Sekolah", "PKS - Bank Sampah Sekolah - 2026-12-05.pdf"},
		{model.DocRequest, "Sékolah Çahaya: Literasi/Numerasi?", "Surat permohonan - Sékolah Çahaya- Literasi-Numerasi- - 2026-12-05.pdf"},
		{model.DocMonev, "Bank Sampah Sekolah — periode 2 (2027–2028)", "Laporan monev - Bank Sampah Sekolah — periode 2 (2027–2028) - 2026-12-05.pdf"},
		{model.DocProposal, "  ", "Proposal - 2026-12-05.pdf"},
	} {
		if got := FileName(c.kind, c.title, day); got != c.want {
			t.Errorf("FileName(%s, %q) = %q, want %q", c.kind, c.title, got, c.want)
		}
	}
	long := FileName(model.DocMoU, strings.Repeat("Kemitraan panjang sekali ", 20), day)
	if len(long) > 200 || !strings.HasPrefix(long, "MoU - Kemitraan") || !strings.HasSuffix(long, "- 2026-12-05.pdf") {
		t.Errorf("a long title: %q (%d bytes)", long, len(long))
	}
	if got := model.CleanFileName(long); got != long {
		t.Errorf("the name is not one the store keeps as it is: %q", got)
	}
}
