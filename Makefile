# Kemitraan Sekolah — build, run and test.
#   make run    installs the build packages if missing (Debian/Ubuntu), then starts the program
#   make test   installs the build and test packages if missing, then runs every test
GO       ?= go
TAGS     := migrated_fynedo
ARGS     ?=
VERSION  := $(shell sed -n 's/^ *Version *= *"\(.*\)"/\1/p' FyneApp.toml)

# What Fyne (cgo, OpenGL, X11) needs to build on Debian/Ubuntu, and what the tests use
# to read PDFs back.
BUILD_PKGS := gcc libc6-dev pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev \
              libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev
TEST_PKGS  := $(BUILD_PKGS) poppler-utils
SUDO       := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

export LANG := C.UTF-8

.PHONY: run test deps test-deps build windows check clean

run: deps
	$(GO) run -tags $(TAGS) ./cmd/kemitraan $(ARGS)

test: test-deps
	$(GO) test -race -tags $(TAGS) ./...

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

# check is what CI runs before the tests: formatting, vet and staticcheck.
check: deps
	@unformatted=$$(gofmt -l $$(git ls-files '*.go')); \
	if [ -n "$$unformatted" ]; then echo "not gofmt-ed: $$unformatted"; exit 1; fi
	$(GO) vet -tags $(TAGS) ./...
	$(GO) run honnef.co/go/tools/cmd/staticcheck@v0.8.2 -tags $(TAGS) ./...

clean:
	rm -rf bin dist
