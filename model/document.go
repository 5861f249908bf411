package model

// DocumentKind is a kind of document the program prints from a partnership's data.
type DocumentKind string

// The documents the program prints (DOCUMENTS.md).
const (
	DocRequest  DocumentKind = "permohonan" // surat permohonan kerja sama, stage 2/3
	DocProposal DocumentKind = "proposal"   // proposal kerja sama, stage 3
	DocMoU      DocumentKind = "mou"        // nota kesepahaman, stage 4
	DocPKS      DocumentKind = "pks"        // perjanjian kerja sama, stage 4
	DocMonev    DocumentKind = "monev"      // laporan monitoring dan evaluasi, stage 6
	DocAnnual   DocumentKind = "tahunan"    // laporan tahunan kemitraan, all partnerships
	// An SMK's documents of a PKL activity under an agreement (pkl.go): the letter
	// that introduces the students to the DUDI, and a placement's monitoring sheet.
	DocPKLLetter     DocumentKind = "pengantar-pkl"  // surat pengantar PKL, one per activity
	DocPKLMonitoring DocumentKind = "monitoring-pkl" // lembar monitoring PKL, one per placement
)

// DocumentKinds lists the kinds in the order of the stages.
var DocumentKinds = []DocumentKind{DocRequest, DocProposal, DocMoU, DocPKS, DocMonev, DocAnnual, DocPKLLetter, DocPKLMonitoring}

var documentLabels = map[DocumentKind]string{
	DocRequest: "Surat permohonan", DocProposal: "Proposal", DocMoU: "MoU", DocPKS: "PKS",
	DocMonev: "Laporan monev", DocAnnual: "Laporan tahunan",
	DocPKLLetter: "Surat pengantar PKL", DocPKLMonitoring: "Lembar monitoring PKL",
}

// ForStudents reports whether documents of the kind list students, who are minors:
// an SMK's PKL documents, which only an SMK makes and whose footer says how the
// students' data may be used.
func (k DocumentKind) ForStudents() bool { return k == DocPKLLetter || k == DocPKLMonitoring }

// Label is the kind's short name in Bahasa Indonesia: "PKS", "Surat permohonan".
func (k DocumentKind) Label() string {
	if l, ok := documentLabels[k]; ok {
		return l
	}
	return string(k)
}

// Valid reports whether k is one of DocumentKinds.
func (k DocumentKind) Valid() bool { _, ok := documentLabels[k]; return ok }

// OwnerDocument is the Attachment.Owner of a document the program generated.
const OwnerDocument = "document"

// IsDocument reports whether the attachment is a document the program generated.
func (a Attachment) IsDocument() bool { return a.Owner == OwnerDocument }
