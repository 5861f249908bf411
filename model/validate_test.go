package model_test

import (
	"errors"
	"strings"
	"testing"

	"github.com/kemitraan/kemitraan/model"
)

func validSchool() model.School {
	s := model.NewSchool()
	s.Name = "SMP Negeri 1 Bandung"
	s.NPSN = "20219137"
	s.Address = "Jl. Kesatriaan No. 12, Kel. Cijagra, Kec. Lengkong"
	s.City = "Bandung"
	s.Email = "info@smpn1bandung.sch.id"
	s.PrincipalName = "Dra. Hj. Siti Rahmawati, M.Pd."
	s.PrincipalNIP = "196805121994032007"
	s.ShortName = "SMPN1-BDG"
	return s
}

// wantProblem checks that p holds exactly one problem with field, with the message.
func wantProblem(t *testing.T, p model.Problems, field, msg string) {
	t.Helper()
	e, ok := p.Field(field)
	if !ok {
		t.Errorf("no problem with %q in %v", field, p)
		return
	}
	if e.Message != msg {
		t.Errorf("problem with %q says %q, want %q", field, e.Message, msg)
	}
	if e.Key == "" || !strings.HasPrefix(e.Key, "validation.") {
		t.Errorf("problem with %q has translation key %q", field, e.Key)
	}
	if len(p) != 1 {
		t.Errorf("want only the problem with %q, got %v", field, p)
	}
	if p.Err() == nil || !strings.Contains(p.Err().Error(), msg) {
		t.Errorf("Problems.Err() = %v, want it to say %q", p.Err(), msg)
	}
}

const (
	msgRequired = "Wajib diisi."
	msgEmail    = "Alamat e-mail tidak valid, contoh: nama@sekolah.sch.id."
	msgNPSN     = "NPSN harus 8 digit angka."
	msgNIP      = "NIP harus 18 digit angka (boleh dikosongkan)."
	msgPaper    = "Ukuran kertas harus A4 atau F4."
	msgChoice   = "Pilih salah satu."
	msgTooLong  = "Terlalu panjang."
)

func TestSchoolValid(t *testing.T) {
	if p := validSchool().Validate(); p != nil {
		t.Fatalf("a complete profile has problems: %v", p)
	}
	if err := validSchool().Validate().Err(); err != nil {
		t.Fatalf("Err() = %v for a valid profile", err)
	}
	s := validSchool()
	s.PrincipalNIP = "19680512 199403 2 007" // as printed under signatures
	s.Paper = model.PaperF4
	s.Email, s.Phone, s.Website = "", "", ""
	if p := s.Validate(); p != nil {
		t.Errorf("NIP with spaces, F4, no e-mail: %v", p)
	}
}

func TestSchoolProblems(t *testing.T) {
	tests := []struct {
		name   string
		change func(*model.School)
		field  string
		msg    string
	}{
		{"no name", func(s *model.School) { s.Name = "" }, "name", msgRequired},
		{"blank name", func(s *model.School) { s.Name = "   " }, "name", msgRequired},
		{"long name", func(s *model.School) { s.Name = strings.Repeat("a", 201) }, "name", msgTooLong},
		{"no NPSN", func(s *model.School) { s.NPSN = "" }, "npsn", msgRequired},
		{"NPSN of 7 digits", func(s *model.School) { s.NPSN = "2021913" }, "npsn", msgNPSN},
		{"NPSN of 9 digits", func(s *model.School) { s.NPSN = "202191370" }, "npsn", msgNPSN},
		{"NPSN with a letter", func(s *model.School) { s.NPSN = "2021913A" }, "npsn", msgNPSN},
		{"NPSN with a space", func(s *model.School) { s.NPSN = "2021 9137" }, "npsn", msgNPSN},
		{"no address", func(s *model.School) { s.Address = "" }, "address", msgRequired},
		{"no city", func(s *model.School) { s.City = " " }, "city", msgRequired},
		{"no principal", func(s *model.School) { s.PrincipalName = "" }, "principal_name", msgRequired},
		{"NIP of 17 digits", func(s *model.School) { s.PrincipalNIP = "19680512199403200" }, "principal_nip", msgNIP},
		{"NIP with letters", func(s *model.School) { s.PrincipalNIP = "19680512199403200X" }, "principal_nip", msgNIP},
		{"NIP with dots", func(s *model.School) { s.PrincipalNIP = "19680512.199403.2.007" }, "principal_nip", msgNIP},
		{"no paper", func(s *model.School) { s.Paper = "" }, "paper", msgPaper},
		{"letter paper", func(s *model.School) { s.Paper = "Letter" }, "paper", msgPaper},
		{"lower-case a4", func(s *model.School) { s.Paper = "a4" }, "paper", msgPaper},
		{"pattern without {no}", func(s *model.School) { s.LetterPattern = "{kode}/{tahun}" }, "letter_pattern", "Pola nomor surat harus memuat {no}."},
		{"unknown placeholder", func(s *model.School) { s.LetterPattern = "{no}/{thn}" }, "letter_pattern", "Pola nomor surat memuat bagian yang tidak dikenal: {thn}"},
		{"logo too large", func(s *model.School) { s.Logo = make([]byte, model.MaxLogoBytes+1) }, "logo", "Logo terlalu besar (maksimal 2 MB)."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := validSchool()
			tt.change(&s)
			wantProblem(t, s.Validate(), tt.field, tt.msg)
		})
	}
}

func TestEmail(t *testing.T) {
	good := []string{
		"info@smpn1bandung.sch.id", "humas.smpn1@gmail.com", "kepala_sekolah@sekolah.sch.id",
		"a+mitra@b.co", "csr@bank-jabar.co.id", "nama@pendidikan.go.id", "X@Y.ID",
	}
	for _, e := range good {
		s := validSchool()
		s.Email = e
		if p := s.Validate(); p != nil {
			t.Errorf("e-mail %q refused: %v", e, p)
		}
	}
	bad := []string{
		"info", "info@", "@sekolah.sch.id", "info@sekolah", "info@sekolah.", "info@.sch.id",
		"info@sekolah..sch.id", "info sekolah@sch.id", "info@sekolah sch.id", "info@@sekolah.sch.id",
		"info@sekolah_1.sch.id", "info@-sekolah.sch.id", "info@sekolah-.sch.id", "info@sekolah.id-",
		"info@sekolah,sch.id", "Info Sekolah <info@sekolah.sch.id>", " info@sekolah.sch.id",
		"info@sekolah.sch.id ", "info@[10.0.0.1]", "info@sekolah.sch.id\n",
	}
	for _, e := range bad {
		s := validSchool()
		s.Email = e
		wantProblem(t, s.Validate(), "email", msgEmail)

		pt := validPartner()
		pt.Email = e
		wantProblem(t, pt.Validate(), "email", msgEmail)
	}
}

func validPartner() model.Partner {
	return model.Partner{
		Name: "Puskesmas Lengkong", Kind: model.KindPemerintah,
		Email: "puskesmas.lengkong@bandung.go.id", SignatoryName: "dr. Rina Marlina",
		SignatoryPosition: "Kepala",
	}
}

func TestPartnerProblems(t *testing.T) {
	if p := validPartner().Validate(); p != nil {
		t.Fatalf("valid partner: %v", p)
	}
	for _, k := range model.PartnerKinds {
		pt := validPartner()
		pt.Kind = k
		if p := pt.Validate(); p != nil {
			t.Errorf("kind %q refused: %v", k, p)
		}
		if k.Label() == "" {
			t.Errorf("kind %q has no label", k)
		}
	}
	tests := []struct {
		name   string
		change func(*model.Partner)
		field  string
		msg    string
	}{
		{"no name", func(p *model.Partner) { p.Name = " " }, "name", msgRequired},
		{"long name", func(p *model.Partner) { p.Name = strings.Repeat("b", 201) }, "name", msgTooLong},
		{"no kind", func(p *model.Partner) { p.Kind = "" }, "kind", msgChoice},
		{"unknown kind", func(p *model.Partner) { p.Kind = "swasta" }, "kind", msgChoice},
		{"bad e-mail", func(p *model.Partner) { p.Email = "puskesmas@lengkong" }, "email", msgEmail},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pt := validPartner()
			tt.change(&pt)
			wantProblem(t, pt.Validate(), tt.field, tt.msg)
		})
	}
}

func TestAddressee(t *testing.T) {
	tests := []struct {
		p    model.Partner
		want string
	}{
		{validPartner(), "Kepala Puskesmas Lengkong"},
		{model.Partner{Name: "Bapak Ir. Hendra Gunawan", Kind: model.KindIndividu, SignatoryName: "Ir. Hendra Gunawan", SignatoryPosition: "Alumni"}, "Ir. Hendra Gunawan"},
		{model.Partner{Name: "Komite Sekolah", Kind: model.KindKomunitas, SignatoryName: "H. Asep Saepudin"}, "H. Asep Saepudin"},
		{model.Partner{Name: "Batik Kujang", Kind: model.KindBisnis}, "Batik Kujang"},
	}
	for _, tt := range tests {
		if got := tt.p.Addressee(); got != tt.want {
			t.Errorf("Addressee() = %q, want %q", got, tt.want)
		}
	}
}

func TestPartnershipProblems(t *testing.T) {
	valid := func() model.Partnership {
		ps := model.NewPartnership()
		ps.Title = "Gerakan Literasi Sekolah bersama Perpustakaan Daerah"
		ps.Need.Category = model.NeedAkademik
		return ps
	}
	if p := valid().Validate(); p != nil {
		t.Fatalf("valid partnership: %v", p)
	}
	if ps := model.NewPartnership(); ps.Stage != model.StageKebutuhan || ps.Status != model.StatusDraft {
		t.Errorf("NewPartnership starts at %v, %v", ps.Stage, ps.Status)
	}
	tests := []struct {
		name   string
		change func(*model.Partnership)
		field  string
		msg    string
	}{
		{"no title", func(p *model.Partnership) { p.Title = "" }, "title", msgRequired},
		{"blank title", func(p *model.Partnership) { p.Title = "\t " }, "title", msgRequired},
		{"long title", func(p *model.Partnership) { p.Title = strings.Repeat("c", 301) }, "title", msgTooLong},
		{"no category", func(p *model.Partnership) { p.Need.Category = "" }, "category", msgChoice},
		{"unknown category", func(p *model.Partnership) { p.Need.Category = "olahraga" }, "category", msgChoice},
		{"stage 0", func(p *model.Partnership) { p.Stage = 0 }, "stage", msgChoice},
		{"stage 8", func(p *model.Partnership) { p.Stage = 8 }, "stage", msgChoice},
		{"unknown status", func(p *model.Partnership) { p.Status = "aktif" }, "status", msgChoice},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := valid()
			tt.change(&ps)
			wantProblem(t, ps.Validate(), tt.field, tt.msg)
		})
	}
}

func TestProblemsError(t *testing.T) {
	var s model.School
	p := s.Validate()
	if len(p) < 5 {
		t.Fatalf("an empty profile has only %d problems: %v", len(p), p)
	}
	var target model.Problems
	if !errors.As(p.Err(), &target) || len(target) != len(p) {
		t.Errorf("errors.As(Problems) failed")
	}
	if got := p.Error(); !strings.Contains(got, "name: Wajib diisi.") || !strings.Contains(got, "; ") {
		t.Errorf("Problems.Error() = %q", got)
	}
	if _, ok := p.Field("website"); ok {
		t.Errorf("empty website reported as a problem")
	}
}
