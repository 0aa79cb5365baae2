"""Bundled JSON-LD context documents (data files; see index.json and SOURCES.md)."""
