# Glose: `make run` opens the desktop app on the built-in sample article; `make test` runs every check CI runs.
# Both install the system packages they need (scripts/deps.sh asks before using sudo).

GO        ?= go
STATICCHECK_VERSION := v0.8.2
FYNE_TOOLS_VERSION  := v1.7.4
TOOLS     := $(CURDIR)/.tools
export PATH := $(TOOLS)/bin:$(PATH)
# A real locale: Fyne picks the UI language from it and complains about "C".
RUN_LANG  ?= $(if $(filter C C.UTF-8 POSIX,$(or $(LANG),C)),en_US.UTF-8,$(LANG))

.PHONY: run test deps-run deps-test build cli lint unit gui-smoke bench bench-gui package clean

run: deps-run build
	LANG=$(RUN_LANG) ./bin/glose $(FILE)

build:
	$(GO) build -o bin/glose ./cmd/glose

cli:
	CGO_ENABLED=0 $(GO) build -o bin/glose-cli ./cmd/glose-cli

test: deps-test lint unit gui-smoke
	@echo "All checks passed."

deps-run:
	@scripts/deps.sh run

deps-test:
	@scripts/deps.sh test

$(TOOLS)/bin/staticcheck:
	GOBIN=$(TOOLS)/bin $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)

lint: $(TOOLS)/bin/staticcheck
	scripts/test.sh lint

unit:
	scripts/test.sh unit

gui-smoke: build
	scripts/test.sh gui

bench:
	scripts/bench.sh

bench-gui: build
	scripts/bench-gui.sh

$(TOOLS)/bin/fyne:
	GOBIN=$(TOOLS)/bin $(GO) install fyne.io/tools/cmd/fyne@$(FYNE_TOOLS_VERSION)

# A Linux desktop package (.tar.xz holding the binary, a .desktop entry and the icon) in dist/. The name,
# ID, icon, version and the .desktop entry's categories, comment and keywords come from
# cmd/glose/FyneApp.toml, which fyne reads in the directory it runs in; fyne bumps its Build number after
# packaging, which is undone so that the file stays as committed.
package: deps-run $(TOOLS)/bin/fyne
	mkdir -p dist
	cp cmd/glose/FyneApp.toml dist/.FyneApp.toml
	cd cmd/glose && fyne package --os linux --release
	mv dist/.FyneApp.toml cmd/glose/FyneApp.toml
	mv cmd/glose/*.tar.xz dist/
	@if command -v desktop-file-validate >/dev/null; then \
		tar -xOJf dist/Glose.tar.xz --wildcards '*.desktop' > dist/.glose.desktop && \
		desktop-file-validate dist/.glose.desktop && rm dist/.glose.desktop && echo "desktop entry valid"; fi

clean:
	rm -rf bin dist
