"""Events: the schema (schema.py), its rules for one record (validate.py) and for whole columns
(checks.py), the readers (read.py) and writers (write.py), and the columnar table (columns.py).

    from geomap.events import read_table, read_events
    read_table("feed.jsonl").table      # a pyarrow Table in the schema's columns, and .problems
    read_events("curated.csv").events   # the same as `Event` objects, for small files
"""
from ..timeline import period_bounds
from .checks import Checked
from .read import READERS, json_lines, read_events, read_table, read_text
from .schema import (DATE_PRECISIONS, EVENT_TYPES, FIELD_NAMES, GEO_PRECISIONS, LIST_FIELDS, REQUIRED,
                     VENUE_BASES, Event, Problem, ReadResult, stable_id)
from .validate import event_from_record, validate, validate_records
from .write import csv_chunks, geojson_chunks, to_csv, to_geojson, to_jsonl

__all__ = ["Checked", "DATE_PRECISIONS", "EVENT_TYPES", "Event", "FIELD_NAMES", "GEO_PRECISIONS",
           "LIST_FIELDS", "Problem", "READERS", "REQUIRED", "ReadResult", "VENUE_BASES", "csv_chunks",
           "event_from_record", "geojson_chunks", "json_lines", "period_bounds", "read_events", "read_table",
           "read_text", "stable_id", "to_csv", "to_geojson", "to_jsonl", "validate", "validate_records"]
