package model

import (
	"strings"
	"time"
)

// UpgradeFromV4 brings a partnership recorded before schema 5 (data files and export
// bundles of earlier versions) to the present form; a partnership already in it is
// left as it is. partner is its partner, nil when it has none.
//
//   - The partner's contribution, one amount (FundingAmount), becomes contribution
//     lines: the proposal's budget lines when they add up to it (the partner's and
//     the school's, with the kind the law gives each), else one line of the amount.
//   - An MoU was recorded in the agreement's own fields: they move to Agreement.MoU.
//   - (Wordings written as Go templates are turned into plain text with fields by
//     the caller, with clause.ConvertWordings: model imports only the standard
//     library.)
//   - Letters get their hal and addressee, and the agreement's numbers, typed by hand
//     before there was a register, are recorded in it.
func (ps *Partnership) UpgradeFromV4(partner *Partner) {
	pk := PartnerKind("")
	if partner != nil {
		pk = partner.Kind
	}
	a := &ps.Agreement
	if a.LegacyFundingAmount != 0 && len(a.Contributions) == 0 {
		amount := a.LegacyFundingAmount
		_, _, partnerPays := ps.Proposal.BudgetTotal()
		if partnerPays == amount {
			for _, b := range ps.Proposal.Budget {
				from := GiverPartner
				if b.PaidBy != PartyPartner {
					from = GiverSchool
				}
				a.Contributions = append(a.Contributions, Contribution{ID: lineID(ps, len(a.Contributions)), From: from,
					Kind: DeriveKind(pk, from), What: b.Item, Amount: b.Amount})
			}
		} else {
			a.Contributions = append(a.Contributions, Contribution{ID: lineID(ps, 0), From: GiverPartner,
				Kind: DeriveKind(pk, GiverPartner), What: "Pelaksanaan " + oneLine(ps.Title), Amount: amount})
		}
	}
	a.LegacyFundingAmount = 0

	if a.Kind == AgreementMoU && a.MoU.IsZero() {
		a.MoU = MoU{SchoolNumber: a.SchoolNumber, PartnerNumber: a.PartnerNumber, Date: a.Date, Place: a.Place,
			Start: a.Start, End: a.End, SignedDate: a.SignedDate}
		a.SchoolNumber, a.PartnerNumber = "", ""
		a.Date, a.Start, a.End, a.SignedDate = time.Time{}, time.Time{}, time.Time{}, time.Time{}
	}

	addressee := ""
	if partner != nil {
		addressee = partner.Addressee()
	}
	for i := range ps.Letters {
		l := &ps.Letters[i]
		if l.Subject == "" {
			l.Subject = Subject(DocumentKind(l.Kind), ps.Title)
		}
		if l.Addressee == "" {
			l.Addressee = addressee
		}
	}
	register := func(kind DocumentKind, number string, date time.Time) {
		if number = strings.TrimSpace(number); number == "" {
			return
		}
		for _, l := range ps.Letters {
			if SameNumber(l.Number, number) {
				return
			}
		}
		if date.IsZero() {
			date = ps.UpdatedAt
		}
		ps.Letters = append(ps.Letters, Letter{Kind: string(kind), Number: number, Date: date,
			Subject: Subject(kind, ps.Title), Addressee: addressee, Manual: true})
	}
	if a.Kind.HasPKS() {
		register(DocPKS, a.SchoolNumber, a.Date)
	}
	if a.Kind.HasMoU() {
		register(DocMoU, a.MoU.SchoolNumber, a.MoU.Date)
	}
}

// lineID is the ID of the n-th line made from an old record: the same every time the
// record is brought up to date (an export bundle imported twice), unique in its
// partnership.
func lineID(ps *Partnership, n int) ID {
	base := string(ps.ID)
	if len(base) != 20 {
		return NewID(ps.CreatedAt)
	}
	low := []byte("0000000000")
	for i, v := 9, n+1; i >= 0 && v > 0; i, v = i-1, v/32 {
		low[i] = crockford[v%32]
	}
	return ID(base[:10] + string(low))
}
