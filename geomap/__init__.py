"""geomap: diplomatic-activity reports → events → geocoded events → layered, offline maps."""
__version__ = "0.1.0"
