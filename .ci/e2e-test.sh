#!/usr/bin/env bash
# Real-window end-to-end test (issues 7 and 11): the Linux desktop program on its own
# Xvfb display (1366×768, no window manager), driven with the keyboard and the mouse
# through xdotool as a person would, on a new data file:
#   welcome → Isi profil sekolah → the school profile (a non-ASCII name) → Ctrl+S
#   → Mitra (Ctrl+3): a partner with contact person and signatory → Ctrl+S
#   → Ctrl+N: ONE partnership taken through ALL SEVEN stages, every form filled by
#     typing, every document of its stage made (surat permohonan, proposal, PKS,
#     laporan monev), a note on the timeline and a signed scan attached, the
#     agreement marked signed, and at stage 7 the renewal (Buat periode baru)
#   → the window closed as a window manager's close button does (WM_DELETE_WINDOW);
# then a shorter pass at FYNE_SCALE=1.25 over the same file: every stage, tab and
# section shown, a document made. After every step the window's geometry is read
# (xdotool getwindowgeometry) and the test fails if the window is larger than the
# 1366×728 work area of the laptop it is made for; every button is reached where
# the window shows it, without moving the window. At the end `kemitraan-cli list`
# must show period 1 at stage 7 and period 2 at stage 4, `pdftotext` must find the
# typed names in every PDF, and `kemitraan-cli verify` must find each PDF kept in the
# data file.
#
# Usage:  .ci/e2e-test.sh [path/to/kemitraan-cli]
#   The window program is built here with the e2e tag (a warm cache takes seconds):
#   that build writes, on SIGUSR1, what the window shows and where
#   (cmd/kemitraan/e2edump.go), and .ci/e2e/where finds a widget in it — "the entry
#   under Tujuan", "the button Simpan" — so that the script clicks where the window
#   shows things now, not at pixels measured once. A field a scroll hides is brought
#   into view with the mouse wheel, as a person would. The program people use has
#   no such hook.
# Environment:
#   E2E_ARTEFACTS   folder for the screenshots and logs (default: a new temp folder)
#   E2E_TIMEOUT     limit for the whole test in seconds (default 600)
#   E2E_KEEP=1      keep the data file and the documents (under the artefacts folder)
# Exit codes: 0 passed, 1 failed, 77 skipped because Xvfb is missing and cannot be
# installed (the only allowed skip), 124 over the time limit.
set -euo pipefail
cd "$(dirname "$0")/.."

. .ci/window-test.lib.sh
wt_begin "e2e test" E2E 600 "$@"
wt_log program.log

# ---------------------------------------------------------------------------
step "tools"
missing=()
command -v Xvfb >/dev/null || missing+=(xvfb)
command -v xdotool >/dev/null || missing+=(xdotool)
command -v import >/dev/null || missing+=(imagemagick)
command -v pdftotext >/dev/null || missing+=(poppler-utils)
command -v gcc >/dev/null || missing+=(gcc)
[ -e /usr/include/X11/Xlib.h ] || missing+=(libx11-dev)
wt_install "${missing[@]}"
# Only a machine without Xvfb may skip this test (issue 7); anything else missing fails it.
command -v Xvfb >/dev/null || skip "Xvfb is not installed and could not be installed; the real-window test did NOT run"
for tool in xdotool import compare pdftotext gcc; do
	command -v "$tool" >/dev/null || fail "$tool is not installed and could not be installed"
done

step "programs"
app=$work/kemitraan-e2e
note "building ./cmd/kemitraan with the e2e tag"
go build -tags migrated_fynedo,e2e -o "$app" ./cmd/kemitraan
if [ -n "${1:-}" ]; then
	cli=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
	[ -x "$cli" ] || fail "no such program: $1"
else
	cli=$work/kemitraan-cli
	CGO_ENABLED=0 go build -o "$cli" ./cmd/kemitraan-cli
fi
where=$work/where
go build -o "$where" ./.ci/e2e/where
# the window manager's close button, which Xvfb lacks (see .ci/e2e/wmclose.c)
gcc -O2 -Wall -o "$work/wmclose" .ci/e2e/wmclose.c -lX11
note "$("$app" --version 2>/dev/null)"

# ---------------------------------------------------------------------------
step "Xvfb"
# Its own display: the first free number from 120 up (the Wine test starts at 140).
wt_xvfb 120 139 1366x768x24

n_shot=0
shot() { # shot NAME: the whole screen into the artefacts, numbered in order
	n_shot=$((n_shot + 1))
	import -display "$DISPLAY" -window root "$art/$(printf %03d "$n_shot")-$1.png"
}
# pause: a moment for the window to take an input (the layout the test reads next is
# written on the window's own goroutine, after the input's events)
pause() { sleep 0.08; }
# settle: wait until the window has stopped changing (two equal captures in a row),
# at most 5 s; Fyne draws a moment after an input. Before screenshots and checks.
settle() {
	local prev=$work/settle-a.png cur=$work/settle-b.png
	import -display "$DISPLAY" -window root "$prev"
	for _ in $(seq 25); do
		sleep 0.1
		import -display "$DISPLAY" -window root "$cur"
		[ "$(compare -metric AE "$prev" "$cur" null: 2>&1 || true)" = 0 ] && return 0
		mv "$cur" "$prev"
	done
}
alive() { kill -0 "$app_pid" 2>/dev/null || fail "the program exited unexpectedly"; }
keys() { alive; xdotool key --delay 40 "$@"; pause; }
# type_text TEXT: characters one by one: 150 ms apart when TEXT has a non-ASCII
# character (faster typing drops é and —), else 12 ms
type_text() {
	local delay=12
	LC_ALL=C grep -q '[^ -~]' <<<"$1" && delay=150
	alive
	xdotool type --delay "$delay" -- "$1"
	pause
}

# The window's layout, as its e2e build writes it on SIGUSR1.
lay=$work/layout.tsv
dump() {
	alive
	rm -f "$lay"
	kill -USR1 "$app_pid"
	for _ in $(seq 100); do
		[ -s "$lay" ] && return 0
		sleep 0.05
	done
	fail "the window wrote no layout within 5 s"
}
# find_at FLAGS…: "X Y" of the widget .ci/e2e/where finds with FLAGS, visible in the
# window; one a scroll hides is brought into view with the wheel over its scroll: as
# many clicks as where guesses, halved each time the field is passed, so that the
# turns close in on it.
find_at() {
	local out rc dir x y clicks button last='' most=80
	for _ in $(seq 40); do
		dump
		rc=0
		out=$("$where" "$lay" "$@" 2>"$work/where.err") || rc=$?
		case $rc in
		0) echo "$out"; return 0 ;;
		2)
			read -r dir x y clicks <<<"$out"
			clicks=${clicks:-4}
			if [ -n "$last" ] && [ "$dir" != "$last" ]; then most=$(((most + 1) / 2)); fi
			[ "$clicks" -gt "$most" ] && clicks=$most
			most=$clicks last=$dir
			xdotool mousemove "$x" "$y" # no --sync: it waits 15 s when the pointer is there already
			if [ "$dir" = below ]; then button=5; else button=4; fi
			xdotool click --repeat "$clicks" --delay 15 "$button"
			sleep 0.15
			;;
		*) return 1 ;;
		esac
	done
	echo "still hidden after 40 turns of the wheel" >>"$work/where.err"
	return 1
}
# tap FLAGS…: a left click on the widget where finds
tap() {
	local p t0=$SECONDS
	p=$(find_at "$@") || { shot not-found; cat "$work/where.err" >&2; fail "not in the window: $*"; }
	printf '%4ss %3ss  %s\n' "$SECONDS" "$((SECONDS - t0))" "$*" >>"$art/taps.txt"
	# shellcheck disable=SC2086 # "X Y" splits into two arguments
	xdotool mousemove $p click 1 # no --sync: it waits 15 s when the pointer is there already
	pause
}
# fill TEXT FLAGS…: click the field where finds, select what it holds, type TEXT
fill() {
	local text=$1
	shift
	tap "$@"
	keys ctrl+a
	type_text "$text"
}
# choose OPTION FLAGS…: open the select where finds and pick OPTION in its list
choose() {
	local option=$1
	shift
	tap -kind select "$@"
	tap -kind text -text "$option" -last
}
# shows TEXT: the window shows a text starting with TEXT (dialogs included)
shows() { dump; "$where" "$lay" -kind text -prefix "$1" >/dev/null 2>&1 || "$where" "$lay" -prefix "$1" >/dev/null 2>&1; }
must_show() { shows "$1" || { shot missing; fail "the window does not show \"$1\" (see the last screenshot)"; }; }

# done_step NAME: a screenshot, and the window's geometry read: never larger than
# the 1366×728 work area (a 1366×768 laptop with its 40-pixel taskbar)
done_step() {
	local g w h
	alive
	settle
	shot "$1"
	g=$(xdotool getwindowgeometry "$wid" | sed -n 's/.*Geometry: //p')
	w=${g%x*} h=${g#*x}
	printf '%-40s %s\n' "$1" "$g" >>"$art/geometry.txt"
	if [ "$w" -gt 1366 ] || [ "$h" -gt 728 ]; then
		fail "after \"$1\" the window is ${g}, larger than the 1366×728 work area"
	fi
	note "$1: window $g"
}

# start_program SCALE: the program on the data file at FYNE_SCALE=SCALE, with its
# own preferences (language, theme; Fyne keeps them under XDG_CONFIG_HOME) and its
# own home (where the file dialog opens)
db=$work/data/kemitraan.db
mkdir -p "$work/data" "$work/config" "$work/home"
start_program() {
	HOME=$work/home XDG_CONFIG_HOME=$work/config LANG=C.UTF-8 FYNE_SCALE=$1 KEMITRAAN_E2E_LAYOUT=$lay \
		"$app" --db "$db" >>"$log" 2>&1 &
	app_pid=$!
	timeout 60 xdotool search --sync --onlyvisible --name 'Kemitraan' >"$work/wid" 2>/dev/null &
	local search_pid=$!
	while kill -0 "$search_pid" 2>/dev/null; do
		kill -0 "$app_pid" 2>/dev/null || { kill "$search_pid" 2>/dev/null || true; fail "the program exited before showing its window"; }
		sleep 0.1
	done
	wid=$(head -n 1 "$work/wid")
	[ -n "$wid" ] || { shot no-window || true; fail "no window named Kemitraan within 60s"; }
	# mapped before Fyne has drawn in it: wait until it is not one colour
	local drawn=''
	for _ in $(seq 100); do
		if import -display "$DISPLAY" -window "$wid" "$work/probe.png" 2>/dev/null &&
			[ "$(convert "$work/probe.png" -format '%[fx:standard_deviation>0.01]' info:)" = 1 ]; then
			drawn=1 && break
		fi
		sleep 0.1
	done
	[ -n "$drawn" ] || { shot blank; fail "the window stayed blank for 10s"; }
	xdotool windowfocus --sync "$wid"
	settle
}
# close_program: the window's close button (WM_DELETE_WINDOW); the program must end
close_program() {
	"$work/wmclose" "$wid"
	local rc=''
	for _ in $(seq 300); do
		kill -0 "$app_pid" 2>/dev/null || { wait "$app_pid" && rc=0 || rc=$?; break; }
		sleep 0.1
	done
	if [ -z "$rc" ]; then
		shot not-closed
		fail "the program still runs 30s after its window was closed (a question left open? see the screenshot)"
	fi
	app_pid=''
	[ "$rc" = 0 ] || fail "the program exited with code $rc"
}
# wait_pdf PATTERN: the PDF a document button made, in the documents folder
wait_pdf() {
	local f=''
	for _ in $(seq 150); do
		f=$(find "$work/data/dokumen" -name "$1" 2>/dev/null | head -n 1)
		[ -n "$f" ] && break
		sleep 0.1
	done
	[ -n "$f" ] || { shot no-pdf; fail "no PDF $1 in $work/data/dokumen 15s after the button"; }
	echo "$f"
}
save() { keys ctrl+s; settle; must_show "Tersimpan"; }
advance() { # advance N: Lanjut ke tahap berikutnya, to stage N
	tap -kind button -text "Lanjut ke tahap berikutnya" -enabled
	must_show "Pindah ke tahap $1"
}
tab() { tap -kind text -text "$1"; } # a tab of the partnership: the topmost text of that name
# take_options: the options a document asks for first (date, cover letter, Sifat,
# Tembusan…), taken as they are offered: Buat
take_options() {
	settle
	if shows "Buat "; then
		dump
		if "$where" "$lay" -kind button -text Buat -last >/dev/null 2>&1; then tap -kind button -text Buat -last; fi
	fi
}
# make_document BUTTON PATTERN: the Dokumen tab's button, the document's options
# (Buat), the PDF; the dialog that says where it is closed with OK
make_document() {
	tab Dokumen
	tap -kind button -text "$1" -enabled
	take_options
	local pdf
	pdf=$(wait_pdf "$2")
	settle
	must_show "PDF disimpan di"
	done_step "$(basename "$pdf" .pdf)"
	tap -kind button -text OK -last
	note "made $pdf"
	tab Tahap
}

# ===========================================================================
step "start the program on a new data file (100 %)"
start_program 1
done_step welcome

step "welcome → Isi profil sekolah; the school profile"
# the welcome gives the keyboard to Isi profil sekolah: Space takes it, and the
# profile opens with the cursor in the school's name
keys space
type_text "SMP Négeri 1 Bandung — Uji"
fill "20219123" -kind entry -right NPSN
fill "Jl. Belitung No. 8" -kind entry -right Alamat
fill "Bandung" -kind entry -right Kota/Kabupaten
choose SMP -right Jenjang
fill "PEMERINTAH KOTA BANDUNG" -kind entry -right "Pemerintah daerah"
fill "DINAS PENDIDIKAN" -kind entry -right Dinas
fill "Dra. Siti Aminah, M.Pd." -kind entry -right "Nama kepala sekolah"
fill "196805121994032005" -kind entry -right "NIP kepala sekolah"
fill "SMPN1-BDG" -kind entry -right "Kode sekolah"
done_step profile-typed
keys ctrl+s
must_show "Profil sekolah tersimpan"
done_step profile-saved

step "Mitra (Ctrl+3): a new partner"
keys ctrl+3
fill "PT Maju Bersama" -kind entry -right "Nama mitra"
choose Bisnis/DUDI -right "Jenis mitra"
fill "Jl. Asia Afrika No. 10, Bandung" -kind entry -right Alamat
fill "Budi Santoso" -kind entry -right Narahubung
fill "022-7654321" -kind entry -right Telepon
fill "Ir." -kind entry -right "Gelar depan"
fill "Rina Wulandari" -kind entry -right "Nama penanda tangan (tanpa gelar)"
choose Ibu -right Sapaan
fill "Direktur" -kind entry -right "Jabatan penanda tangan"
fill "Akta Pendirian PT Maju Bersama Nomor 12 Tahun 2010" -kind entry -right "Dasar kewenangan"
keys ctrl+s
must_show "Tersimpan"
done_step partner-saved

step "stage 1: Ctrl+N, the need"
keys ctrl+n # an empty partnership, the cursor in its title
type_text "Bank Sampah Sekolah"
choose "Sarana dan Prasarana" -below "Kategori kebutuhan"
fill "Sampah plastik kantin menumpuk; siswa perlu belajar memilah dan menabung hasilnya." -kind entry -below "Uraian kebutuhan"
tap -kind check -text Siswa
tap -kind text -text Tinggi
save
done_step stage-1
advance 2
done_step stage-2

step "stage 2: a candidate, an approach, the partner chosen; the request letter"
tap -kind button -text "Tambah calon mitra"
choose "PT Maju Bersama (Bisnis/DUDI)" -ph "Pilih mitra"
fill "Punya program CSR lingkungan" -kind entry -ph "Catatan tentang calon mitra ini"
tap -kind button -text "Tambah pendekatan"
fill "20/11/2026" -kind entry -ph hh/bb/tttt
fill "Kunjungan ke kantor CSR; mitra berminat" -kind entry -ph "Kunjungan, telepon, surat… dan hasilnya"
choose "PT Maju Bersama (Bisnis/DUDI)" -below "Mitra terpilih"
save
done_step stage-2-filled
make_document "Cetak surat permohonan" "Surat permohonan - Bank Sampah Sekolah - *.pdf"
advance 3

step "stage 3: the proposal"
fill "Sekolah menghasilkan 20 kg sampah plastik sepekan." -kind entry -below "Latar belakang"
fill "Sampah plastik berkurang separuh dalam satu semester." -kind entry -below Tujuan
fill "600 siswa dan 40 guru" -kind entry -below Sasaran
fill "Pelatihan pemilahan, penimbangan sepekan sekali, tabungan siswa." -kind entry -below "Bentuk kegiatan"
tap -kind button -text Tambah -below "Peran sekolah"
fill "Menyediakan tempat penimbangan" -kind entry -ph "Satu peran per baris" -below "Peran sekolah"
tap -kind button -text Tambah -below "Peran mitra"
fill "Melatih petugas bank sampah" -kind entry -ph "Satu peran per baris" -below "Peran mitra"
tap -kind button -text Tambah -below Jadwal
fill "Sosialisasi bank sampah" -kind entry -ph Kegiatan -below Jadwal
fill "03/12/2026" -kind entry -ph hh/bb/tttt -below Jadwal
fill "Wakasek kesiswaan" -kind entry -ph "Penanggung jawab" -below Jadwal
tap -kind button -text Tambah -below "Rencana anggaran"
fill "Timbangan digital" -kind entry -ph Uraian -below "Rencana anggaran"
fill "1500000" -kind entry -ph Rp0 -below "Rencana anggaran"
choose Mitra -below "Rencana anggaran" -text Sekolah
fill "Angket siswa dan timbangan bulanan." -kind entry -below "Rencana evaluasi" -label 2
tap -kind button -text Tambah -below "Indikator keberhasilan"
fill "Sampah plastik tertimbang" -kind entry -ph Indikator
fill "200" -kind entry -ph Target
fill "kg" -kind entry -ph Satuan
save
done_step stage-3-filled
make_document "Buat proposal" "Proposal - Bank Sampah Sekolah - *.pdf"
advance 4

step "stage 4: the agreement (the proposal's offers taken), the PKS, signed, a scan attached, a note"
while shows "Proposal (tahap 3)" || shows "Menurut anggaran proposal"; do
	tap -kind button -text Isikan
done
choose "Perjanjian Kerja Sama (PKS)" -below "Bentuk perjanjian"
fill "421.3/015/SMPN1-BDG/XII/2026" -kind entry -below "Nomor pihak sekolah"
fill "045/CSR-MB/XII/2026" -kind entry -below "Nomor pihak mitra"
fill "01/12/2026" -kind entry -below "Tanggal perjanjian"
fill "Bandung" -kind entry -below Tempat
fill "01/12/2026" -kind entry -below Mulai
fill "30/11/2027" -kind entry -below Berakhir
fill "30" -kind entry -below "Pemberitahuan (hari)"
# the partner's signatory and its basis come from Mitra; the school's basis is typed
fill "Keputusan Wali Kota Bandung Nomor 821/123-BKPSDM/2024" -kind entry -below "Dasar kewenangan" -label 2
tap -kind text -text Tidak -below "Mengolah data pribadi peserta didik/orang tua?"
fill "PARA PIHAK sepakat menyelesaikannya melalui Pengadilan Negeri Bandung." -kind entry -below "Penyelesaian perselisihan"
fill "Para pihak saling memberi tahu secara tertulis." -kind entry -below "Keadaan kahar"
save
done_step stage-4-filled
make_document "Buat PKS" "PKS - Bank Sampah Sekolah - *.pdf"
tap -kind button -text "Tandai ditandatangani" -enabled
# it asks on which day both parties signed, offering the agreement's date
must_show "Tanggal penandatanganan"
tap -kind button -text "Tandai ditandatangani" -last -enabled
must_show "Tersimpan"
done_step stage-4-signed
# the signed scan, from the home folder the file dialog opens in
cp "$(find "$work/data/dokumen" -name 'PKS - *.pdf' | head -n 1)" "$work/home/pindaian.pdf"
tab Lampiran
tap -kind button -text "Lampirkan berkas"
tap -kind text -text pindaian -last
tap -kind button -text Buka -last -enabled
must_show "pindaian.pdf terlampir"
done_step attachment
tab Linimasa
tap -kind button -text Catatan
type_text "Mitra menyerahkan naskah bertanda tangan."
tap -kind button -text Simpan -last
must_show "Mitra menyerahkan naskah bertanda tangan."
done_step note
tab Tahap
advance 5

step "stage 5: the schedule as activities, one done"
tap -kind button -text Isikan
choose Terlaksana -text Direncanakan
fill "Sosialisasi di aula untuk semua kelas." -kind entry -ph Uraian
fill "OSIS dan petugas PT Maju Bersama" -kind entry -ph "Pelaksana dan peserta"
save
done_step stage-5-filled
advance 6

step "stage 6: an evaluation; the monitoring report"
tap -kind button -text "Tambah evaluasi"
fill "120" -kind entry -right "Sampah plastik tertimbang"
choose "4 — Sangat baik" -right "Sumber Daya Tambahan"
choose "3 — Baik" -right "Keahlian"
fill "Siswa antusias menabung sampah." -kind entry -right Temuan
fill "Tambah jadwal penimbangan." -kind entry -right "Tindak lanjut"
done_step evaluation-dialog
tap -kind button -text "Catat evaluasi" -last
save
done_step stage-6-filled
make_document "Buat laporan monev" "Laporan monev - Bank Sampah Sekolah - *.pdf"
advance 7

step "stage 7: the review, extended; the next period"
fill "Tujuan tercapai; sekolah ingin melanjutkan." -kind entry -below "Ringkasan peninjauan"
tap -kind text -text Perpanjang
fill "05/12/2026" -kind entry -below "Tanggal keputusan"
save
done_step stage-7-filled
tap -kind button -text "Buat periode baru" -enabled
must_show "Bank Sampah Sekolah — periode 2"
done_step renewed

step "close the window"
close_program
note "exited with code 0"

# ===========================================================================
step "check the data file and the documents"
"$cli" --db "$db" list | tee "$art/list.txt"
grep -P '^\S+\s+7/7 .*Bank Sampah Sekolah\s+PT Maju Bersama\s*$' "$art/list.txt" >/dev/null ||
	fail "period 1 is not at stage 7 with PT Maju Bersama: see $art/list.txt"
grep -P '^\S+\s+4/7 .*Bank Sampah Sekolah\s+PT Maju Bersama\s*$' "$art/list.txt" >/dev/null ||
	fail "period 2 is not at stage 4 with PT Maju Bersama: see $art/list.txt"
n=0
while IFS= read -r -d '' pdf; do
	n=$((n + 1))
	txt=$art/$(basename "$pdf" .pdf).txt
	pdftotext -layout "$pdf" "$txt"
	cp "$pdf" "$art/"
	for want in "SMP Négeri 1 Bandung — Uji" "PT Maju Bersama"; do
		grep -qF "$want" "$txt" || fail "$(basename "$pdf") lacks \"$want\": see $txt"
	done
	"$cli" --db "$db" verify "$pdf" >>"$art/verify.txt" || fail "kemitraan-cli verify: $(basename "$pdf") is not the document kept in the data file"
	note "$(basename "$pdf"): the school, the partner; kept in the data file"
done < <(find "$work/data/dokumen" -name '*.pdf' -print0)
[ "$n" = 4 ] || fail "$n PDFs in the documents folder, want the letter, the proposal, the PKS and the report"
grep -qF "Permohonan Kerja Sama" "$art/Surat permohonan - Bank Sampah Sekolah - "*.txt || fail "the letter lacks \"Permohonan Kerja Sama\""
grep -qF "Ir. Rina Wulandari" "$art/PKS - Bank Sampah Sekolah - "*.txt || fail "the PKS lacks the partner's signatory"

# ===========================================================================
step "125 %: every stage, tab and section of the renewed partnership"
start_program 1.25
done_step "125-start"
keys ctrl+2 # Kemitraan opens on the partnership changed last: period 2
must_show "Bank Sampah Sekolah — periode 2"
for stage in Kebutuhan Penjajakan Proposal Perjanjian Implementasi Monev Peninjauan; do
	tap -kind text -text "$stage" -maxy 400
	for b in Simpan "Lanjut ke tahap berikutnya"; do
		find_at -kind button -text "$b" >/dev/null || fail "at 125 %, stage $stage: $b is not in the window"
	done
	done_step "125-stage-$stage"
done
find_at -kind button -text "Tandai ditandatangani" >/dev/null 2>&1 ||
	{ tap -kind text -text Perjanjian -maxy 400; find_at -kind button -text "Tandai ditandatangani" >/dev/null || fail "at 125 %, Tandai ditandatangani is not in the window"; }
for t in Linimasa Lampiran Dokumen Tahap; do
	tab "$t"
	done_step "125-tab-$t"
done
tab Dokumen
tap -kind button -text "Buat proposal" -enabled
take_options
wait_pdf "Proposal - Bank Sampah Sekolah — periode 2 *.pdf" >/dev/null
settle
must_show "PDF disimpan di"
find_at -kind button -text "Buka folder" -last >/dev/null || fail "at 125 %, Buka folder is not in the window"
done_step "125-document"
tap -kind button -text OK -last
keys ctrl+3
done_step "125-mitra"
find_at -kind button -text Simpan >/dev/null || fail "at 125 %, Mitra's Simpan is not in the window"
keys ctrl+4
for t in "Profil Sekolah" "Template Pasal" Data "Tampilan dan Bahasa"; do
	tap -kind text -text "$t"
	done_step "125-pengaturan-$t"
done
tap -kind text -text "Profil Sekolah"
find_at -kind button -text Simpan >/dev/null || fail "at 125 %, Profil's Simpan is not in the window"
keys ctrl+1
done_step "125-beranda"
close_program

failed=0
step "passed in $((SECONDS - started))s; artefacts in $art (geometry after each step: geometry.txt)"
