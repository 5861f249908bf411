package pdf

import (
	"bytes"
	"fmt"
	"math/big"
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/kemitraan/kemitraan/model"
)

// amountRE finds an amount as the documents print it: "Rp1.250.000,00", or in a
// table's rupiah column "1.250.000,00"; with the words that follow it, if any.
var amountRE = regexp.MustCompile(`(?:^|[^\d.])(?:Rp ?)?(\d{1,3}(?:\.\d{3})*),00\b(?: \(([^)]*)\))?`)

// footerRE is a page's footer, which pdftotext puts wherever the page breaks,
// within a sentence too.
var footerRE = regexp.MustCompile(`Kode dokumen: [0-9A-F-]+ Halaman \d+ dari \d+ (?:Paraf Pihak I Paraf Pihak II )?` +
	`Kode dan QR ini mencocokkan dokumen dengan arsip [^;]*; bukan tanda tangan elektronik tersertifikasi \(TTE BSrE\)\.? ?`)

// printedAmounts are the amounts in a document's text (flattened), each with its
// words in brackets ("" when none follow it).
func printedAmounts(t *testing.T, text string) map[model.Rupiah]string {
	t.Helper()
	out := map[model.Rupiah]string{}
	text = footerRE.ReplaceAllString(text, "")
	for _, m := range amountRE.FindAllStringSubmatch(text, -1) {
		var n big.Int
		if _, ok := n.SetString(strings.ReplaceAll(m[1], ".", ""), 10); !ok || !n.IsInt64() {
			t.Fatalf("cannot read the amount %q", m[0])
		}
		r := model.Rupiah(n.Int64())
		words := strings.TrimPrefix(m[2], "terbilang: ")
		if !strings.HasSuffix(words, " rupiah") {
			words = "" // a table's wrapped cell, "(uang)"
		}
		if words != "" && words != r.Words() {
			t.Errorf("%s printed with the words %q, want %q", m[0], words, r.Words())
		}
		if out[r] == "" {
			out[r] = words
		}
	}
	return out
}

// randomLines are 1 to 6 contribution lines of a business partner and of the school,
// in every form, with amounts from a thousand rupiah to near the bound, due in 2027.
func randomLines(rng *rand.Rand) []model.Contribution {
	n := 1 + rng.IntN(6)
	lines := make([]model.Contribution, n)
	budget := model.MaxRupiah / model.Rupiah(n)
	forms := []model.ContributionForm{model.FormMoney, model.FormGoods, model.FormServices}
	for i := range lines {
		c := model.Contribution{ID: model.ID(fmt.Sprintf("L%d", i+1)), From: model.GiverPartner, Kind: model.ContribBantuan,
			Form: forms[rng.IntN(len(forms))], What: fmt.Sprintf("Butir %d", i+1),
			Due: time.Date(2027, time.Month(1+rng.IntN(12)), 1+rng.IntN(28), 0, 0, 0, 0, time.UTC)}
		if i > 0 && rng.IntN(3) == 0 {
			c.From, c.Kind, c.Form, c.Due = model.GiverSchool, model.ContribSchool, model.FormMoney, time.Time{}
		}
		// a magnitude of 10^3 … 10^15, then any amount below it, in whole rupiah
		max := model.Rupiah(1)
		for k := 3 + rng.IntN(13); k > 0; k-- {
			max *= 10
		}
		if max > budget {
			max = budget
		}
		c.Amount = 1 + model.Rupiah(rng.Int64N(int64(max)))
		if rng.IntN(4) == 0 {
			c.Amount -= c.Amount % 1_000_000 // round millions, as most lines are
			if c.Amount == 0 {
				c.Amount = 1_000_000
			}
		}
		lines[i] = c
	}
	return lines
}

// sums are the totals a reader checks by hand: computed here with big integers,
// apart from the program's own sums.
type sums struct {
	partner, school, all     *big.Int
	planned, received        *big.Int // the partner's, in 2027
	cash, goods              *big.Int // planned, by form
	cashRecv, goodsRecv      *big.Int
	lines, receiptsPerAmount map[model.Rupiah]bool
}

func add(to *big.Int, r model.Rupiah) { to.Add(to, big.NewInt(int64(r))) }

func computeSums(lines []model.Contribution, receipts []model.Receipt) sums {
	s := sums{partner: new(big.Int), school: new(big.Int), all: new(big.Int), planned: new(big.Int), received: new(big.Int),
		cash: new(big.Int), goods: new(big.Int), cashRecv: new(big.Int), goodsRecv: new(big.Int),
		lines: map[model.Rupiah]bool{}, receiptsPerAmount: map[model.Rupiah]bool{}}
	form := map[model.ID]model.ContributionForm{}
	for _, c := range lines {
		s.lines[c.Amount] = true
		add(s.all, c.Amount)
		if c.From == model.GiverSchool {
			add(s.school, c.Amount)
			continue
		}
		form[c.ID] = c.Form
		add(s.partner, c.Amount)
		add(s.planned, c.Amount)
		if c.Form.InKind() {
			add(s.goods, c.Amount)
		} else {
			add(s.cash, c.Amount)
		}
	}
	for _, r := range receipts {
		add(s.received, r.Amount)
		if form[r.Line].InKind() {
			add(s.goodsRecv, r.Amount)
		} else {
			add(s.cashRecv, r.Amount)
		}
	}
	return s
}

func rupiahOf(b *big.Int) model.Rupiah { return model.Rupiah(b.Int64()) }

// For random contribution lines, every amount printed anywhere in a PKS, its
// proposal (whose budget mirrors the lines) and the annual report is a line's or a
// sum computed from the lines, with its words; and the totals are printed.
func TestAmountsComeFromTheLines(t *testing.T) {
	if testing.Short() {
		t.Skip("renders many documents")
	}
	rng := rand.New(rand.NewPCG(12, 2026))
	for round := range 25 {
		lines := randomLines(rng)
		ps := samplePartnership()
		ps.ID, ps.PartnerID = "ps-1", "mitra-1"
		ps.CreatedAt = time.Date(2026, 9, 1, 0, 0, 0, 0, time.UTC)
		ps.Stage, ps.Status = model.StageMonev, model.StatusBerjalan
		ps.Agreement.Contributions = lines
		ps.Agreement.Meterai = false // "Rp10.000" is the stamp's, not an amount of the agreement
		ps.Agreement.SignedDate = agreementDate
		ps.Proposal.Budget = nil
		for _, c := range lines {
			paid := model.PartyPartner
			if c.From == model.GiverSchool {
				paid = model.PartySchool
			}
			ps.Proposal.Budget = append(ps.Proposal.Budget, model.BudgetItem{Item: c.What, Amount: c.Amount, PaidBy: paid})
		}
		// some lines received, in full or in part, in 2027
		ps.Receipts = nil
		for _, c := range lines {
			if c.From == model.GiverSchool || rng.IntN(3) == 0 {
				continue
			}
			amount := c.Amount
			if rng.IntN(2) == 0 {
				amount = 1 + model.Rupiah(rng.Int64N(int64(c.Amount)))
			}
			ps.Receipts = append(ps.Receipts, model.Receipt{Date: c.Due.AddDate(0, 0, 2), Line: c.ID, Amount: amount})
		}
		pt0 := samplePartner()
		if w := model.FundingWarnings(sampleSchool(), ps, &pt0); len(w) != 0 {
			t.Fatalf("round %d: the budget mirrors the lines, yet %v", round, w)
		}
		s := computeSums(lines, ps.Receipts)
		pt := samplePartner()
		pt.ID = ps.PartnerID

		// PKS: each line, the total, the partner's and the school's shares
		var buf bytes.Buffer
		if _, err := WritePKS(&buf, Agreement{School: sampleSchool(), Partner: pt, Partnership: ps}); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		pks := printedAmounts(t, flat(poppler(t, buf.Bytes(), "pdftotext", "-layout")))
		allowed := map[model.Rupiah]bool{rupiahOf(s.all): true, rupiahOf(s.partner): true, rupiahOf(s.school): true}
		for r := range s.lines {
			allowed[r] = true
		}
		for r := range pks {
			if !allowed[r] {
				t.Errorf("round %d: the PKS prints %s, neither a line nor a sum of the lines %v", round, r.Formal(), lines)
			}
		}
		for r := range s.lines {
			if _, ok := pks[r]; !ok {
				t.Errorf("round %d: the PKS does not print the line of %s", round, r.Formal())
			}
		}
		if _, ok := pks[rupiahOf(s.all)]; !ok && len(lines) > 1 {
			t.Errorf("round %d: the PKS does not print the total %s", round, rupiahOf(s.all).Formal())
		}

		// the proposal: its budget, with the shares and the total
		buf.Reset()
		if _, err := WriteProposal(&buf, Proposal{School: sampleSchool(), Partner: pt, Partnership: ps, Date: agreementDate}); err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		prop := printedAmounts(t, flat(poppler(t, buf.Bytes(), "pdftotext", "-layout")))
		for r := range prop {
			if !allowed[r] {
				t.Errorf("round %d: the proposal prints %s, neither a line nor a sum of the lines", round, r.Formal())
			}
		}
		if _, ok := prop[rupiahOf(s.all)]; !ok {
			t.Errorf("round %d: the proposal does not print the total %s", round, rupiahOf(s.all).Formal())
		}

		// the annual report of 2027: planned and received, by kind and in total
		buf.Reset()
		_, err := WriteAnnualReport(&buf, AnnualReport{School: sampleSchool(), Year: 2027, Partnerships: []model.Partnership{ps},
			Partners: []model.Partner{pt}, Today: time.Date(2028, 1, 15, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			t.Fatalf("round %d: %v", round, err)
		}
		annual := printedAmounts(t, flat(poppler(t, buf.Bytes(), "pdftotext", "-layout")))
		yearly := map[model.Rupiah]bool{0: true} // a category or kind without lines
		for _, b := range []*big.Int{s.planned, s.received, s.cash, s.goods, s.cashRecv, s.goodsRecv} {
			yearly[rupiahOf(b)] = true
		}
		for r := range annual {
			if !yearly[r] {
				t.Errorf("round %d: the annual report prints %s, not a sum of the lines (planned %s, received %s)",
					round, r.Formal(), rupiahOf(s.planned).Formal(), rupiahOf(s.received).Formal())
			}
		}
		for _, want := range []*big.Int{s.planned, s.received} {
			if _, ok := annual[rupiahOf(want)]; !ok {
				t.Errorf("round %d: the annual report does not print %s", round, rupiahOf(want).Formal())
			}
		}
	}
}
