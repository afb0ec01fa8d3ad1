# Two entry points for a fresh machine: `make maps` and `make test`. Each sets up what it needs.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed

.PHONY: maps test vendor install bench clean

maps: $(STAMP) vendor
	$(BIN)/geomap build --out output

test: $(STAMP) vendor
	$(BIN)/python -m pytest -q

install: $(STAMP)

# An editable install: the build hook leaves the assets to `make vendor`, so no isolated build
# environment is needed.
$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip 'setuptools>=77'
	$(BIN)/python -m pip install -q --no-build-isolation -e '.[test]'
	touch $(STAMP)

# Leaflet and Natural Earth geodata come from the npm registry as tarballs, pinned by version and
# integrity (no npm needed); `geomap build` itself never fetches anything. The page frame folium
# makes is baked here too. `vendor.py --check` says whether geomap/_vendor is current for the lock,
# the scripts, the page code and the installed folium; only then is nothing done.
vendor: $(STAMP)
	@$(BIN)/python scripts/vendor.py --check || $(BIN)/python scripts/vendor.py

clean:
	rm -rf $(VENV) geomap/_vendor .cache build dist output/*.html output/*.geojson
