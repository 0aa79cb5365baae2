"""The importers' JSON reader: the shared strict one of :mod:`satchel.strictjson`."""

from satchel.strictjson import nesting_depth, parse_json_safely

__all__ = ["nesting_depth", "parse_json_safely"]
