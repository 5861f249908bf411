package store

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
)

// The structure of the file is checked by walking its pages ourselves, reading them
// with ReadAt from a file handle of our own, in the goroutine that asked.
//
// bbolt's own tx.Check walks the file on a goroutine of its own, where no fault
// guard of the caller reaches: a page that points outside the file makes the program
// die of SIGBUS. And a walk through bbolt's cursors, even guarded, follows a damaged
// branch that points back to its parent round and round, until the stack or the
// memory runs out, which no recover catches. Reading the pages as bytes faults
// never (a read past the end is an error), remembers every page it has seen (so a
// cycle is a "page referenced twice", not a loop), keeps its own stack of pages to
// visit (no recursion), and reads only the page headers, element tables and keys,
// never the large values. The records themselves are checked afterwards through
// bbolt (check.go), once the structure is known to be sound.
//
// The format is bbolt's on-disk format, version 2, little-endian (every platform
// Kemitraan runs on), as go.etcd.io/bbolt/internal/common defines it:
//
//	page header (16)    id u64, flags u16, count u16, overflow u32
//	branch element (16) pos u32, ksize u32, pgid u64        pos from the element
//	leaf element (16)   flags u32, pos u32, ksize u32, vsize u32
//	bucket value        root u64, sequence u64; root 0: an inline leaf page follows
//	freelist page       count ids (u64); count 0xFFFF: the first u64 is the count
//	meta (after header) magic, version, page size, flags u32; root bucket (16);
//	                    freelist, pgid (high water mark), txid, checksum u64
//
// It checks what bbolt's tx.Check checks (every page below the high water mark
// reachable once or free, of the right type, keys in order within a page and
// between a page and its parent) and what node.write guarantees besides: a page's
// keys and values lie one after the other right after its element table.

const (
	pageFlagBranch   = 0x01
	pageFlagLeaf     = 0x02
	pageFlagMeta     = 0x04
	pageFlagFreelist = 0x10
	leafFlagBucket   = 0x01
	elementSize      = 16
	bucketHeader     = 16
	noFreelist       = ^uint64(0)
	// maxWholeRead is how large a page run is read whole; larger runs (large values)
	// are read in pieces: the element table, then each key.
	maxWholeRead = 1 << 20
	// maxProblems bounds what a walk collects; Check counts the rest.
	maxProblems = 10_000
)

// structure is what a walk needs to know of the transaction it checks.
type structure struct {
	pageSize int
	txid     uint64
	root     uint64 // the root bucket's page
	hwm      uint64 // pages 0 … hwm-1 are in use
	live     bool   // the file may be written meanwhile (an open DB, not a copy)
}

// problems collects what a check found, bounded.
type problems struct {
	list  []string
	total int
}

func (p *problems) add(format string, args ...any) {
	p.total++
	if len(p.list) < maxProblems {
		p.list = append(p.list, clipText(fmt.Sprintf(format, args...), maxProblemText))
	}
}

// pageWalker reads pages of one file.
type pageWalker struct {
	f    io.ReaderAt
	s    structure
	out  *problems
	ctx  context.Context
	seen []uint64 // bit set of the pages reached
	free []uint64 // bit set of the free pages
}

func newBits(n uint64) []uint64 { return make([]uint64, (n+63)/64) }
func bit(b []uint64, i uint64) bool {
	return i/64 < uint64(len(b)) && b[i/64]&(1<<(i%64)) != 0
}
func setBit(b []uint64, i uint64) { b[i/64] |= 1 << (i % 64) }

// walkPages checks the structure of the file f as the transaction s describes it,
// adding what is wrong to out. It returns ctx's error when cancelled, and an error
// of its own only when the file cannot be read at all.
func walkPages(ctx context.Context, f io.ReaderAt, s structure, freelist uint64, out *problems) error {
	if s.pageSize < 512 || s.pageSize > 1<<20 || s.hwm < 2 || s.hwm > 1<<40 {
		out.add("halaman meta: ukuran halaman %d atau batas halaman %d tidak wajar", s.pageSize, s.hwm)
		return nil
	}
	w := &pageWalker{f: f, s: s, out: out, ctx: ctx, seen: newBits(s.hwm), free: newBits(s.hwm)}
	setBit(w.seen, 0)
	setBit(w.seen, 1)
	if freelist != noFreelist {
		if err := w.readFreelist(freelist); err != nil {
			return err
		}
	}
	if err := w.walkTree(s.root); err != nil {
		return err
	}
	if freelist == noFreelist {
		return nil // free pages are not written down: nothing to compare with
	}
	for id := uint64(2); id < s.hwm; id++ {
		if !bit(w.seen, id) && !bit(w.free, id) {
			out.add("halaman %d: tidak terjangkau dan tidak tercatat bebas", id)
		}
	}
	return nil
}

// header reads the header of page id: flags, count, overflow. ok is false (and the
// problem added) when the page is out of range or its header names another page.
func (w *pageWalker) header(id uint64) (flags, count uint16, overflow uint32, ok bool, err error) {
	if id < 2 || id >= w.s.hwm {
		w.out.add("halaman %d: di luar batas berkas (%d halaman)", id, w.s.hwm)
		return 0, 0, 0, false, nil
	}
	var h [pageHeader]byte
	if _, err := w.f.ReadAt(h[:], int64(id)*int64(w.s.pageSize)); err != nil {
		if errors.Is(err, io.EOF) {
			w.out.add("halaman %d: melewati akhir berkas", id)
			return 0, 0, 0, false, nil
		}
		return 0, 0, 0, false, err
	}
	le := binary.LittleEndian
	if got := le.Uint64(h[0:]); got != id {
		w.out.add("halaman %d: kepala halaman menyebut halaman %d", id, got)
		return 0, 0, 0, false, nil
	}
	flags, count, overflow = le.Uint16(h[8:]), le.Uint16(h[10:]), le.Uint32(h[12:])
	if id+uint64(overflow) >= w.s.hwm {
		w.out.add("halaman %d: %d halaman lanjutan melewati batas berkas", id, overflow)
		return 0, 0, 0, false, nil
	}
	return flags, count, overflow, true, nil
}

// claim marks the run of pages from id as reached; a page reached before, or free,
// is a problem, and claim reports false so that it is not walked again.
func (w *pageWalker) claim(id uint64, overflow uint32) bool {
	for i := id; i <= id+uint64(overflow); i++ {
		if bit(w.seen, i) {
			w.out.add("halaman %d: dirujuk lebih dari sekali", i)
			return false
		}
		if bit(w.free, i) {
			w.out.add("halaman %d: dipakai padahal tercatat bebas", i)
		}
	}
	for i := id; i <= id+uint64(overflow); i++ {
		setBit(w.seen, i)
	}
	return true
}

// readAt reads n bytes at off within the run of page id, which is size bytes long.
func (w *pageWalker) readAt(id uint64, off, n, size int) ([]byte, bool, error) {
	if off < 0 || n < 0 || off+n > size {
		return nil, false, nil
	}
	b := make([]byte, n)
	if _, err := w.f.ReadAt(b, int64(id)*int64(w.s.pageSize)+int64(off)); err != nil {
		if errors.Is(err, io.EOF) {
			w.out.add("halaman %d: melewati akhir berkas", id)
			return nil, false, nil
		}
		return nil, false, err
	}
	return b, true, nil
}

func (w *pageWalker) readFreelist(id uint64) error {
	flags, count, overflow, ok, err := w.header(id)
	if err != nil || !ok {
		return err
	}
	if flags != pageFlagFreelist {
		w.out.add("halaman %d: daftar halaman bebas bertanda %#x", id, flags)
		return nil
	}
	w.claim(id, overflow)
	size := (1 + int(overflow)) * w.s.pageSize
	n, start := int(count), pageHeader
	if count == 0xFFFF {
		b, ok, err := w.readAt(id, pageHeader, 8, size)
		if err != nil || !ok {
			return err
		}
		c := binary.LittleEndian.Uint64(b)
		if c > uint64(size/8) {
			w.out.add("halaman %d: %d halaman bebas tidak muat", id, c)
			return nil
		}
		n, start = int(c), pageHeader+8
	}
	b, ok, err := w.readAt(id, start, 8*n, size)
	if err != nil {
		return err
	}
	if !ok {
		w.out.add("halaman %d: %d halaman bebas tidak muat", id, n)
		return nil
	}
	for i := 0; i < n; i++ {
		f := binary.LittleEndian.Uint64(b[8*i:])
		switch {
		case f < 2 || f >= w.s.hwm:
			w.out.add("halaman bebas %d: di luar batas berkas", f)
		case bit(w.free, f):
			w.out.add("halaman %d: tercatat bebas dua kali", f)
		default:
			setBit(w.free, f)
		}
	}
	return nil
}

// frame is a page to visit, with the keys its subtree must lie within: at least lo,
// below hi (nil: no bound).
type frame struct {
	id     uint64
	lo, hi []byte
}

// walkTree walks the bucket tree whose root page is root, and the trees of the
// buckets it holds.
func (w *pageWalker) walkTree(root uint64) error {
	stack := []frame{{id: root}}
	for len(stack) > 0 {
		if err := w.ctx.Err(); err != nil {
			return err
		}
		fr := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		more, err := w.visit(fr)
		if err != nil {
			return err
		}
		stack = append(stack, more...)
	}
	return nil
}

// visit checks one branch or leaf page and returns the pages it leads to.
func (w *pageWalker) visit(fr frame) ([]frame, error) {
	id := fr.id
	flags, count, overflow, ok, err := w.header(id)
	if err != nil || !ok {
		return nil, err
	}
	if !w.claim(id, overflow) {
		return nil, nil
	}
	if flags != pageFlagBranch && flags != pageFlagLeaf {
		w.out.add("halaman %d: jenis halaman %#x, bukan cabang atau daun", id, flags)
		return nil, nil
	}
	size := (1 + int(overflow)) * w.s.pageSize
	var page []byte
	if size <= maxWholeRead {
		b, ok, err := w.readAt(id, 0, size, size)
		if err != nil || !ok {
			return nil, err
		}
		page = b
	}
	read := func(off, n int) ([]byte, bool, error) {
		if page != nil {
			if off < 0 || n < 0 || off+n > len(page) {
				return nil, false, nil
			}
			return page[off : off+n], true, nil
		}
		return w.readAt(id, off, n, size)
	}
	elems, ok, err := read(pageHeader, elementSize*int(count))
	if err != nil {
		return nil, err
	}
	if !ok {
		w.out.add("halaman %d: %d elemen tidak muat di halaman", id, count)
		return nil, nil
	}
	return w.elements(id, flags == pageFlagBranch, count, elems, size, read, fr)
}

// elements checks the element table of a page (or an inline page: id then names its
// bucket's page) and returns the pages its branches and buckets lead to.
func (w *pageWalker) elements(id uint64, branch bool, count uint16, elems []byte, size int,
	read func(off, n int) ([]byte, bool, error), fr frame) ([]frame, error) {
	le := binary.LittleEndian
	if branch && count == 0 {
		w.out.add("halaman %d: cabang tanpa elemen", id)
		return nil, nil
	}
	var (
		more []frame
		prev []byte
		keys [][]byte // of a branch: the bounds of its children
		kids []uint64
	)
	next := pageHeader + elementSize*int(count) // where the next key must start
	for i := 0; i < int(count); i++ {
		e := elems[elementSize*i:]
		at := pageHeader + elementSize*i
		var pos, ksize, vsize, eflags uint32
		if branch {
			pos, ksize = le.Uint32(e[0:]), le.Uint32(e[4:])
		} else {
			eflags, pos, ksize, vsize = le.Uint32(e[0:]), le.Uint32(e[4:]), le.Uint32(e[8:]), le.Uint32(e[12:])
		}
		if at+int(pos) != next {
			w.out.add("halaman %d elemen %d: isinya tidak di tempatnya (posisi %d, seharusnya %d)", id, i, at+int(pos), next)
			return more, nil
		}
		if ksize == 0 {
			w.out.add("halaman %d elemen %d: kunci kosong", id, i)
			return more, nil
		}
		key, ok, err := read(next, int(ksize))
		if err != nil {
			return more, err
		}
		if !ok {
			w.out.add("halaman %d elemen %d: kunci %d bita melewati halaman", id, i, ksize)
			return more, nil
		}
		key = bytes.Clone(key)
		next += int(ksize) + int(vsize)
		if next > size {
			w.out.add("halaman %d elemen %d: nilai %d bita melewati halaman", id, i, vsize)
			return more, nil
		}
		switch {
		case i == 0 && fr.lo != nil && bytes.Compare(key, fr.lo) < 0:
			w.out.add("halaman %d: kunci pertama %s di bawah kunci induknya %s", id, printable(key), printable(fr.lo))
		case i > 0 && bytes.Compare(key, prev) <= 0:
			w.out.add("halaman %d elemen %d: kunci %s tidak sesudah kunci sebelumnya %s", id, i, printable(key), printable(prev))
		case fr.hi != nil && bytes.Compare(key, fr.hi) >= 0:
			w.out.add("halaman %d elemen %d: kunci %s tidak di bawah kunci berikut di induknya %s", id, i, printable(key), printable(fr.hi))
		}
		prev = key
		if branch {
			keys = append(keys, key)
			kids = append(kids, le.Uint64(e[8:]))
			continue
		}
		switch eflags {
		case 0:
		case leafFlagBucket:
			v, ok, err := read(next-int(vsize), int(vsize))
			if err != nil {
				return more, err
			}
			if !ok || len(v) < bucketHeader {
				w.out.add("halaman %d: ember %s tanpa kepala", id, printable(key))
				continue
			}
			if root := le.Uint64(v[0:]); root != 0 {
				more = append(more, frame{id: root})
			} else if err := w.inline(id, key, bytes.Clone(v[bucketHeader:])); err != nil {
				return more, err
			}
		default:
			w.out.add("halaman %d elemen %d: tanda %#x tidak dikenal", id, i, eflags)
		}
	}
	for i, kid := range kids {
		hi := fr.hi
		if i+1 < len(keys) {
			hi = keys[i+1]
		}
		more = append(more, frame{id: kid, lo: keys[i], hi: hi})
	}
	return more, nil
}

// inline checks a bucket kept inside its parent's leaf: a leaf page in the value.
func (w *pageWalker) inline(parent uint64, name, p []byte) error {
	if len(p) < pageHeader {
		w.out.add("halaman %d: ember %s: halaman sisipan terpotong", parent, printable(name))
		return nil
	}
	le := binary.LittleEndian
	flags, count := le.Uint16(p[8:]), le.Uint16(p[10:])
	if flags != pageFlagLeaf {
		w.out.add("halaman %d: ember %s: halaman sisipan bertanda %#x", parent, printable(name), flags)
		return nil
	}
	read := func(off, n int) ([]byte, bool, error) {
		if off < 0 || n < 0 || off+n > len(p) {
			return nil, false, nil
		}
		return p[off : off+n], true, nil
	}
	elems, ok, _ := read(pageHeader, elementSize*int(count))
	if !ok {
		w.out.add("halaman %d: ember %s: %d elemen tidak muat", parent, printable(name), count)
		return nil
	}
	more, err := w.elements(parent, false, count, elems, len(p), read, frame{})
	if len(more) > 0 {
		w.out.add("halaman %d: ember %s: ember sisipan berisi ember", parent, printable(name))
	}
	return err
}

// metaPage is a meta page as the file holds it.
type metaPage struct {
	pageSize uint32
	root     uint64
	freelist uint64
	pgid     uint64
	txid     uint64
}

// Offsets within a meta page (after the page header).
const (
	pageHeader = 16
	metaSize   = 64 // magic … txid, checksum
	metaSummed = 56 // the bytes the checksum covers
	boltMagic  = 0xED0CDAED
	boltFormat = 2
)

// readMetaAt reads the meta page at off; ok is false when it is not a valid one
// (magic, version, checksum).
func readMetaAt(f io.ReaderAt, off int64) (m metaPage, ok bool) {
	var buf [pageHeader + metaSize]byte
	if _, err := f.ReadAt(buf[:], off); err != nil {
		return m, false
	}
	b := buf[pageHeader:]
	le := binary.LittleEndian
	if le.Uint16(buf[8:]) != pageFlagMeta || le.Uint32(b[0:]) != boltMagic || le.Uint32(b[4:]) != boltFormat {
		return m, false
	}
	h := fnv.New64a()
	_, _ = h.Write(b[:metaSummed])
	if h.Sum64() != le.Uint64(b[metaSummed:]) {
		return m, false
	}
	return metaPage{pageSize: le.Uint32(b[8:]), root: le.Uint64(b[16:]), freelist: le.Uint64(b[32:]),
		pgid: le.Uint64(b[40:]), txid: le.Uint64(b[48:])}, true
}

// findMeta finds a valid meta page as bbolt does: the first page, else the second
// at each page size bbolt may have used.
func findMeta(f io.ReaderAt) (metaPage, bool) {
	if m, ok := readMetaAt(f, 0); ok {
		return m, true
	}
	for size := int64(1024); size <= 1<<16; size *= 2 {
		if m, ok := readMetaAt(f, size); ok && int64(m.pageSize) == size {
			return m, true
		}
	}
	return metaPage{}, false
}

// checkMetas checks both meta pages of the file against the transaction s: one of
// them must be the meta the transaction was read from and say what it saw (a copy
// made by bbolt's WriteTo has the newest meta on page 0, a file written in place on
// page txid % 2), and the other must be valid too: else bbolt may have fallen back
// to the older one, silently dropping the last change, or would when the newer one
// is damaged. It returns the freelist's page.
func checkMetas(f io.ReaderAt, s structure, out *problems) (freelist uint64, ok bool) {
	var metas [2]metaPage
	var valid [2]bool
	cur := -1
	for i := range 2 {
		metas[i], valid[i] = readMetaAt(f, int64(i)*int64(s.pageSize))
		if valid[i] && metas[i].txid == s.txid && cur < 0 {
			cur = i
		}
	}
	if cur < 0 {
		for i := range 2 {
			if !valid[i] {
				out.add("halaman meta %d: rusak", i)
			}
		}
		out.add("halaman meta: tidak ada yang menyebut transaksi %d yang dibaca", s.txid)
		return 0, false
	}
	m := metas[cur]
	if m.root != s.root || m.pgid != s.hwm || int(m.pageSize) != s.pageSize {
		out.add("halaman meta %d: akar %d, batas %d; dibaca akar %d, batas %d", cur, m.root, m.pgid, s.root, s.hwm)
		return 0, false
	}
	if !valid[1-cur] {
		out.add("halaman meta %d: rusak (perubahan terakhir mungkin hilang)", 1-cur)
	}
	if m.freelist != noFreelist && (m.freelist < 2 || m.freelist >= s.hwm) {
		out.add("halaman meta %d: daftar halaman bebas di halaman %d, di luar batas", cur, m.freelist)
		return 0, false
	}
	return m.freelist, true
}
