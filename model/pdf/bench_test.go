package pdf

import (
	"bytes"
	"testing"

	"github.com/kemitraan/kemitraan/model"
)

// BenchmarkWritePKSSerif is BenchmarkWritePKS in the other face.
func BenchmarkWritePKSSerif(b *testing.B) {
	in := sampleAgreement()
	in.School.Face = model.FaceSerif
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if _, err := WritePKS(&buf, in); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkWritePKSEMeterai is a PKS prepared for e-Meterai; it reports the file's size.
func BenchmarkWritePKSEMeterai(b *testing.B) {
	in := sampleAgreement()
	in.Options.EMeterai = true
	var buf bytes.Buffer
	b.ReportAllocs()
	for b.Loop() {
		buf.Reset()
		if _, err := WritePKS(&buf, in); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(buf.Len()), "bytes/pdf")
}

// BenchmarkRequestLetters100 is a batch of 100 request letters in one process, as
// Cetak dokumen… prints them (without the data file's writes).
func BenchmarkRequestLetters100(b *testing.B) {
	l := sampleLetter()
	var buf bytes.Buffer
	for b.Loop() {
		for range 100 {
			buf.Reset()
			if _, err := WriteRequestLetter(&buf, l); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkTagFonts is the cost of naming the fonts as subsets in a written PKS.
func BenchmarkTagFonts(b *testing.B) {
	in := sampleAgreement()
	d := newDoc(in.School, meta{kind: "pks"})
	d.font("B", 12)
	d.line("PERJANJIAN KERJA SAMA", "C")
	d.font("", 12)
	d.line("Pada hari ini, Kamis, tanggal dua puluh enam", "J")
	d.code, d.pages = "0000-0000-0000", d.pdf.PageCount()
	d.footers()
	var buf bytes.Buffer
	if err := d.pdf.Output(&buf); err != nil {
		b.Fatal(err)
	}
	raw := buf.Bytes()
	for b.Loop() {
		if _, err := tagFonts(raw); err != nil {
			b.Fatal(err)
		}
	}
}
