package model

// What stage 4 asks depends on what it makes (an MoU, a PKS, both) and on who the
// partner is: a person acting for himself gives NIK, occupation and address; a company
// its legal name and the basis on which its signatory acts; a government body, a
// university, a foundation or a community the decree or power of attorney of its
// signatory. An MoU binds no amounts, so its part asks for no money and no clauses
// that only a PKS has.

// agreementChecklist is stage 4's checklist: the kind, the MoU's part, the PKS's part,
// the parties, then the signing.
func (ps Partnership) agreementChecklist(partner *Partner) Checklist {
	a := ps.Agreement
	c := Checklist{req("agreement.kind", "Bentuk perjanjian dipilih (MoU dan/atau PKS)", a.Kind.Valid())}
	if a.Kind.HasMoU() {
		c = append(c, ps.mouItems()...)
	}
	if a.Kind.HasPKS() {
		c = append(c, ps.pksItems(partner)...)
	}
	c = append(c, ps.partyItems(partner)...)
	if a.Kind.HasMoU() {
		c = append(c, req("mou.signed", "Tanggal penandatanganan MoU dicatat", !a.MoU.SignedDate.IsZero()))
	}
	if a.Kind.HasPKS() || !a.Kind.Valid() {
		c = append(c, req("agreement.signed", "Tanggal penandatanganan PKS dicatat", !a.SignedDate.IsZero()))
	}
	return c
}

// DocumentChecklist is what the partnership's stage 4 must hold before the MoU or the
// PKS prints: that document's part and the parties, not the signing.
func (ps Partnership) DocumentChecklist(kind DocumentKind, partner *Partner) Checklist {
	var c Checklist
	switch kind {
	case DocMoU:
		c = ps.mouItems()
	case DocPKS:
		c = ps.pksItems(partner)
	}
	return append(c, ps.partyItems(partner)...)
}

// req is a checklist line: text when met, its missing wording when not
// (missingWording), so that a list of what is missing never reads as done.
func req(key, text string, done bool) Requirement {
	if w, ok := missingWording[key]; ok && !done {
		text = w
	}
	return Requirement{Key: "check." + key, Text: text, Done: done}
}

func (ps Partnership) mouItems() Checklist {
	m := ps.Agreement.MoU
	return Checklist{
		req("mou.numbers", "Nomor MoU kedua pihak diisi", filled(m.SchoolNumber) && filled(m.PartnerNumber)),
		req("mou.dateplace", "Tanggal dan tempat penandatanganan MoU diisi", !m.Date.IsZero() && (filled(m.Place) || filled(ps.Agreement.Place))),
		req("mou.period", "Jangka waktu MoU (mulai dan berakhir) diisi", !m.Start.IsZero() && !m.End.IsZero() && !m.End.Before(m.Start)),
	}
}

func (ps Partnership) pksItems(partner *Partner) Checklist {
	a := ps.Agreement
	pk := PartnerKind("")
	if partner != nil {
		pk = partner.Kind
	}
	c := Checklist{
		req("agreement.numbers", "Nomor PKS kedua pihak diisi", filled(a.SchoolNumber) && filled(a.PartnerNumber)),
		req("agreement.dateplace", "Tanggal dan tempat penandatanganan PKS diisi", !a.Date.IsZero() && filled(a.Place)),
		req("agreement.period", "Jangka waktu PKS (mulai dan berakhir) diisi", !a.Start.IsZero() && !a.End.IsZero() && !a.End.Before(a.Start)),
	}
	if m, ok := a.ParentMoU(); ok {
		if a.Kind == AgreementPKS {
			c = append(c, req("agreement.mouref", "Nomor dan tanggal MoU yang dilaksanakan diisi", filled(m.SchoolNumber) && !m.Date.IsZero()))
		}
		if !m.Start.IsZero() && !m.End.IsZero() && !a.Start.IsZero() && !a.End.IsZero() {
			c = append(c, req("agreement.withinmou", "Jangka waktu PKS berada di dalam jangka waktu MoU",
				!a.Start.Before(m.Start) && !a.End.After(m.End)))
		}
	}
	c = append(c,
		req("agreement.obligations", "Hak dan kewajiban kedua pihak diisi", nonEmpty(a.SchoolObligations) && nonEmpty(a.PartnerObligations)),
		req("agreement.funding", "Pembiayaan diisi (rincian kontribusi atau syaratnya)", len(a.Contributions) > 0 || filled(a.Funding)))
	if MentionsAmount(a.Funding) {
		c = append(c, req("agreement.fundingwords", "Syarat pembiayaan tidak menyebut jumlah uang", false))
	}
	if !ps.contributionsComplete(pk) {
		c = append(c, req("agreement.contributions", "Setiap baris kontribusi berisi uraian, jumlah, dan jenis yang sesuai dengan pemberinya", false))
	}
	for _, l := range a.Contributions {
		if l.Kind == ContribSumbangan {
			c = append(c, req("agreement.committee", "Sepengetahuan Komite Sekolah atas sumbangan dicatat", filled(a.CommitteeNote)))
			break
		}
	}
	c = append(c,
		req("agreement.dispute", "Penyelesaian perselisihan diisi", filled(a.Dispute)),
		req("agreement.forcemajeure", "Keadaan kahar diisi", filled(a.ForceMajeure)),
		req("agreement.notice", "Jangka waktu pemberitahuan diisi", a.NoticeDays > 0),
		req("agreement.personaldata", "Pengolahan data pribadi peserta didik atau orang tua dijawab (ya/tidak)", a.PersonalData == AnswerYes || a.PersonalData == AnswerNo),
	)
	// students placed at the partner (PKL) are personal data of minors the school
	// hands over (names, NISN, classes): the PKS needs its Pelindungan Data Pribadi pasal
	if a.PersonalData == AnswerNo && ps.placesStudents() {
		c = append(c, req("agreement.pklpersonaldata", "Pengolahan data pribadi dijawab «Ya» karena siswa PKL ditempatkan pada mitra", false))
	}
	return c
}

// placesStudents reports whether the partnership's link and match places students
// at the partner (structured PKL).
func (ps Partnership) placesStudents() bool {
	for _, l := range ps.LinkMatch {
		if l.Covers(LinkPKL) {
			return true
		}
	}
	return false
}

// contributionsComplete reports whether every contribution line says what it is,
// how much, who gives it and a kind the law allows for that giver.
func (ps Partnership) contributionsComplete(pk PartnerKind) bool {
	for _, l := range ps.Agreement.Contributions {
		if !filled(l.What) || l.Amount <= 0 || !l.From.Valid() || !l.KindAllowed(pk) {
			return false
		}
	}
	_, err := ps.Agreement.ContributionTotals()
	return err == nil
}

// partyItems ask for the signatories and what the partner's kind needs for the
// komparisi.
func (ps Partnership) partyItems(partner *Partner) Checklist {
	a := ps.Agreement
	c := Checklist{req("agreement.signatories", "Penanda tangan kedua pihak diisi",
		filled(a.SchoolSignatory.Name) && filled(a.PartnerSignatory.Name))}
	if partner == nil {
		return c
	}
	t := PartnerTerms(a, *partner)
	switch {
	case t.ActsForHimself:
		c = append(c, req("agreement.party.person", "NIK, pekerjaan, dan alamat mitra diisi",
			len(digitsOnly(t.NIK)) == 16 && filled(t.Occupation) && filled(t.Address)))
	case partner.Kind == KindBisnis:
		c = append(c,
			req("agreement.party.legalname", "Nama badan hukum mitra (PT, CV, koperasi, …) diisi", LegalEntityName(t.Name)),
			req("agreement.party.authority", "Jabatan dan dasar kewenangan penanda tangan mitra diisi (akta/anggaran dasar, atau surat kuasa Direksi)",
				filled(t.Signatory.Position) && filled(t.Signatory.Authority)))
	default:
		c = append(c, req("agreement.party.authority", "Jabatan dan dasar kewenangan penanda tangan mitra diisi (surat keputusan atau surat kuasa)",
			filled(t.Signatory.Position) && filled(t.Signatory.Authority)))
	}
	if a.Kind.HasPKS() {
		// the school's address for notices is its profile's, which every document needs
		c = append(c, req("agreement.correspondence", "Alamat korespondensi mitra diisi", filled(t.Notice)))
	}
	return c
}
