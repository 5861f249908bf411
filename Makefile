# Kemitraan Sekolah — build, run and test.
#   make run    installs the build packages if missing (Debian/Ubuntu), then starts the program
#   make test   installs the build and test packages if missing, then runs every test
GO       ?= go
TAGS     := migrated_fynedo
ARGS     ?=
# The version, name, ID and build number are written once, in FyneApp.toml.
VERSION  := $(shell sed -n 's/^ *Version *= *"\(.*\)"/\1/p' FyneApp.toml)
APPNAME  := $(shell sed -n 's/^ *Name *= *"\(.*\)"/\1/p' FyneApp.toml)
APPID    := $(shell sed -n 's/^ *ID *= *"\(.*\)"/\1/p' FyneApp.toml)
APPBUILD := $(shell sed -n 's/^ *Build *= *\([0-9]*\).*/\1/p' FyneApp.toml)
FYNE     := $(CURDIR)/bin/fyne

# What Fyne (cgo, OpenGL, X11) needs to build on Debian/Ubuntu, and what the tests use
# to read PDFs back (poppler), scan their QR codes (zbar) and check their structure (qpdf).
BUILD_PKGS := gcc libc6-dev pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev \
              libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev
TEST_PKGS  := $(BUILD_PKGS) poppler-utils zbar-tools qpdf
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

export LANG := C.UTF-8

.PHONY: run test deps test-deps build windows dist e2e-test check clean

run: deps
	$(GO) run -tags $(TAGS) ./cmd/kemitraan $(ARGS)

# test runs every test under the race detector, then the layout walks without it
# (.ci/unit-tests.sh says how, and why the window's tests run as two halves at once).
# TEST_TIMEOUT stops a test process that hangs. cmd/kemitraan has no tests and is left
# out: go test would compile it for the race detector, running cgo over OpenGL's
# bindings for minutes; make check (go vet) and make build compile it.
TEST_TIMEOUT ?= 10m
test: test-deps
	GO=$(GO) TAGS=$(TAGS) TEST_TIMEOUT=$(TEST_TIMEOUT) .ci/unit-tests.sh

deps:
	@$(MAKE) --no-print-directory install-pkgs PKGS="$(BUILD_PKGS)"

test-deps:
	@$(MAKE) --no-print-directory install-pkgs PKGS="$(TEST_PKGS)"

# install-pkgs installs the Debian packages in PKGS that are missing; elsewhere
# (macOS, Windows) it does nothing: see the README for those systems.
.PHONY: install-pkgs
install-pkgs:
	@command -v dpkg-query >/dev/null || exit 0; \
	missing=$$(for p in $(PKGS); do \
	  dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  echo "installing: $$missing"; \
	  $(SUDO) apt-get update -q && \
	  $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $$missing; \
	fi

build: deps
	$(GO) build -tags $(TAGS) -o bin/kemitraan ./cmd/kemitraan
	CGO_ENABLED=0 $(GO) build -o bin/kemitraan-cli ./cmd/kemitraan-cli

# windows cross-compiles the desktop program and the CLI for 64-bit Windows.
windows:
	@$(MAKE) --no-print-directory install-pkgs PKGS="gcc-mingw-w64-x86-64"
	CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc \
	  $(GO) build -tags $(TAGS) -ldflags -H=windowsgui -o bin/kemitraan.exe ./cmd/kemitraan
	CGO_ENABLED=0 GOOS=windows GOARCH=amd64 $(GO) build -o bin/kemitraan-cli.exe ./cmd/kemitraan-cli

# wine-test starts the Windows build under Wine on Xvfb: window, save, clean exit.
.PHONY: wine-test
wine-test: windows
	.ci/wine-test.sh bin/kemitraan.exe

# dist packages the desktop program with fyne package (icon, name, version and build
# number from FyneApp.toml, in the Windows exe's resources and the Linux archive's
# .desktop file) and builds the CLI, for 64-bit Windows and Linux, into dist/:
#   kemitraan-$(VERSION)-windows-amd64.exe      kemitraan-cli-$(VERSION)-windows-amd64.exe
#   kemitraan-$(VERSION)-linux-amd64.tar.xz     kemitraan-cli-$(VERSION)-linux-amd64
# fyne package runs in cmd/kemitraan (the main package), which has no FyneApp.toml of
# its own, and gets the metadata as flags: so it cannot raise the Build number in FyneApp.toml (it
# does so after every run where it finds one). The check at the end makes sure.
DIST_FLAGS = --name "$(APPNAME)" --app-id $(APPID) \
             --app-version $(VERSION) --app-build $(APPBUILD) \
             --icon $(CURDIR)/assets/icon.png --tags $(TAGS) --release
dist:
	@$(MAKE) --no-print-directory install-pkgs PKGS="$(BUILD_PKGS) gcc-mingw-w64-x86-64 xz-utils"
	@test -n "$(VERSION)" -a -n "$(APPBUILD)" || { echo "no Version or Build in FyneApp.toml"; exit 1; }
	@test ! -e cmd/kemitraan/FyneApp.toml || { echo "cmd/kemitraan/FyneApp.toml: remove it, FyneApp.toml at the root is the only one"; exit 1; }
	GOBIN=$(CURDIR)/bin $(GO) install fyne.io/tools/cmd/fyne@v1.7.4
	mkdir -p dist
	cp FyneApp.toml dist/.FyneApp.toml.before
	rm -f "cmd/kemitraan/$(APPNAME).exe" "cmd/kemitraan/$(APPNAME).tar.xz"
	cd cmd/kemitraan && GOARCH=amd64 CC=x86_64-w64-mingw32-gcc \
	  $(FYNE) package --os windows $(DIST_FLAGS)
	mv "cmd/kemitraan/$(APPNAME).exe" dist/kemitraan-$(VERSION)-windows-amd64.exe
	cd cmd/kemitraan && GOARCH=amd64 $(FYNE) package --os linux $(DIST_FLAGS)
	mv "cmd/kemitraan/$(APPNAME).tar.xz" dist/kemitraan-$(VERSION)-linux-amd64.tar.xz
	CGO_ENABLED=0 GOOS=windows GOARCH=amd64 $(GO) build -trimpath -ldflags "-s -w" \
	  -o dist/kemitraan-cli-$(VERSION)-windows-amd64.exe ./cmd/kemitraan-cli
	CGO_ENABLED=0 GOOS=linux GOARCH=amd64 $(GO) build -trimpath -ldflags "-s -w" \
	  -o dist/kemitraan-cli-$(VERSION)-linux-amd64 ./cmd/kemitraan-cli
	@cmp -s FyneApp.toml dist/.FyneApp.toml.before || { echo "fyne package changed FyneApp.toml; restoring it"; \
	  cp dist/.FyneApp.toml.before FyneApp.toml; rm -f dist/.FyneApp.toml.before; exit 1; }
	@rm -f dist/.FyneApp.toml.before
	@ls -l dist

# e2e-test drives the Linux program's real window on Xvfb with xdotool, from the
# welcome to a printed request letter (.ci/e2e-test.sh; screenshots in the folder it prints).
e2e-test: build
	.ci/e2e-test.sh bin/kemitraan-cli

# check is what CI runs before the tests: formatting, vet and staticcheck.
check: deps
	@unformatted=$$(gofmt -l $$(git ls-files '*.go')); \
	if [ -n "$$unformatted" ]; then echo "not gofmt-ed: $$unformatted"; exit 1; fi
	$(GO) vet -tags $(TAGS) ./... ./.ci/testtimes ./.ci/e2e/where
	$(GO) vet -tags $(TAGS),e2e ./cmd/kemitraan ./ui
	$(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2 -tags $(TAGS) ./... ./.ci/testtimes ./.ci/e2e/where

clean:
	rm -rf bin dist
