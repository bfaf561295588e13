# Two commands on a fresh machine: `make run` builds the seed briefing, `make test` runs the tests.
# Each creates or reuses .venv and installs what it needs, Debian packages too when run as root.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DEB_PACKAGES := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 fontconfig fonts-liberation2 \
	fonts-sil-padauk fonts-wqy-microhei fonts-noto-ui-core fonts-ddc-uchen fonts-sil-abyssinica \
	fonts-symbola poppler-utils

.PHONY: run test lint eval bench preview browser system-packages clean

run: $(VENV)/.installed
	$(BIN)/briefing build

test: $(VENV)/.installed-test
	$(BIN)/python -m pytest -q

lint: $(VENV)/.installed-test
	$(BIN)/ruff check briefing tests benchmarks

EVAL ?= ../shared/eval

# Quality figures on ../shared/eval: sentence splitting and ROUGE against the peers.
eval: $(VENV)/.installed-test
	$(BIN)/python benchmarks/segmentation.py
	$(BIN)/python benchmarks/stories.py
	$(BIN)/python benchmarks/stories.py --region
	$(BIN)/python benchmarks/stories.py --two-days
	$(BIN)/python benchmarks/news_sentence.py
	$(BIN)/python benchmarks/coming.py
	@if [ -d $(EVAL)/duc2003 ]; then \
	  $(BIN)/briefing evaluate $(EVAL)/duc2003 --words 100 --no-topic \
	    --algorithm default --algorithm default-mmr --algorithm lead --algorithm lexrank --algorithm textrank --algorithm lsa; \
	  $(BIN)/briefing evaluate $(EVAL)/duc2007 --words 250 \
	    --algorithm default --algorithm default-mmr --algorithm lead --algorithm lexrank; \
	else echo "no evaluation data at $(EVAL)"; fi

# Speed and memory: the scaling table against sumy (slow: sumy is quadratic) and a 1,000-article build.
bench: $(VENV)/.installed-test
	$(BIN)/python benchmarks/build.py
	$(BIN)/python benchmarks/ingest.py
	$(BIN)/python benchmarks/speed.py
	$(BIN)/python benchmarks/compute.py
	$(BIN)/python benchmarks/scale.py
	$(BIN)/python benchmarks/publish.py

# A PNG of today's PDF, for people to look at.
preview: run
	@pdf=$$(ls -t output/*/briefing.pdf | head -n 1); pdftoppm -r 80 -png -singlefile "$$pdf" "$${pdf%.pdf}" && echo "$${pdf%.pdf}.png"

system-packages:
	@missing=$$(for p in $(DEB_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || printf '%s ' $$p; done); \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
		echo "Installing Debian packages: $$missing"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	else \
		echo "Missing Debian packages (install them as root with apt-get, or your system's own): $$missing" >&2; \
	fi

# Debian's Chromium for the real-browser email test (the test skips, saying why, without it).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then echo "Installing chromium"; apt-get update -qq && \
	    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else echo "chromium is missing (install it as root): the browser test will skip" >&2; fi; }

$(VENV)/bin/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(VENV)/bin/python system-packages
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(VENV)/bin/python system-packages
	$(BIN)/python -m pip install -q -e ".[test]"
	touch $@ $(VENV)/.installed

clean:
	rm -rf $(VENV) output/2* .pytest_cache .ruff_cache
