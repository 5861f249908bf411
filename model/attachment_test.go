package model_test

import (
	"bytes"
	"errors"
	"testing"

	"github.com/kemitraan/kemitraan/model"
)

var (
	pdfData = []byte("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n")
	pngData = append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 32)...)
	jpgData = append([]byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00"), make([]byte, 32)...)
	exeData = append([]byte("MZ\x90\x00\x03\x00\x00\x00\x04\x00"), make([]byte, 64)...)
)

func TestCheckAttachmentAccepted(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		mime string
	}{
		{"PKS bertanda tangan.pdf", pdfData, "application/pdf"},
		{"SCAN.PDF", pdfData, "application/pdf"},
		{"foto kegiatan.png", pngData, "image/png"},
		{"daftar hadir.jpg", jpgData, "image/jpeg"},
		{"IMG_2026.JPEG", jpgData, "image/jpeg"},
	}
	for _, tt := range tests {
		mime, err := model.CheckAttachment(tt.name, tt.data)
		if err != nil || mime != tt.mime {
			t.Errorf("%s: %q, %v; want %q", tt.name, mime, err, tt.mime)
		}
	}
}

func TestCheckAttachmentRefused(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		key  string
	}{
		{"PKS.pdf", exeData, "validation.attachmentcontent"},  // a program renamed
		{"foto.jpg", exeData, "validation.attachmentcontent"}, // a program renamed
		{"setup.exe", exeData, "validation.attachmenttype"},   // a program
		{"foto.png", jpgData, "validation.attachmentcontent"}, // content and name disagree
		{"foto.jpg", pdfData, "validation.attachmentcontent"}, // content and name disagree
		{"surat.docx", []byte("PK\x03\x04"), "validation.attachmenttype"},
		{"tanpa ekstensi", pdfData, "validation.attachmenttype"},
		{"kosong.pdf", nil, "validation.attachmentempty"}, // #11: an empty file says so
		{"kosong.jpg", []byte{}, "validation.attachmentempty"},
		{"terpotong.pdf", []byte("\x00\x00\x00"), "validation.attachmentcontent"},
		{"besar.pdf", append(append([]byte(nil), pdfData...), make([]byte, model.MaxAttachmentBytes)...), "validation.attachmentsize"},
	}
	for _, tt := range tests {
		mime, err := model.CheckAttachment(tt.name, tt.data)
		var fe model.FieldError
		if !errors.As(err, &fe) || fe.Key != tt.key || fe.Field != "file" || fe.Message == "" {
			t.Errorf("%s: %q, %v; want %s", tt.name, mime, err, tt.key)
			continue
		}
		if mime != "" {
			t.Errorf("%s: refused but type %q", tt.name, mime)
		}
	}
}

func TestCheckAttachmentSizeLimit(t *testing.T) {
	if model.MaxAttachmentBytes != 25*1024*1024 {
		t.Errorf("limit %d", model.MaxAttachmentBytes)
	}
	exact := make([]byte, model.MaxAttachmentBytes)
	copy(exact, pdfData)
	if _, err := model.CheckAttachment("tepat 25 MB.pdf", exact); err != nil {
		t.Errorf("exactly 25 MB refused: %v", err)
	}
	over := append(exact, 0)
	if _, err := model.CheckAttachment("lebih.pdf", over); err == nil || !bytes.Contains([]byte(err.Error()), []byte("25 MB")) {
		t.Errorf("25 MB + 1 byte: %v", err)
	}
}
