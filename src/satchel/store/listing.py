"""Listing, counting, filtering, searching and sorting credentials (``ListQuery``).

Search folds case and accents and needs every word of the query to occur somewhere in the name,
description, issuer name, subject name, achievement type or tags. It scans ``credential_search``, a
narrow table of pre-folded text, which stays in the page cache once read; see benchmarks/bench_store.py.
Sorting is stable (ties broken by the date added, then the id) and puts missing values last in both
directions. One credential received in several wrappers (JSON, baked PNG, baked SVG: the same
``content_key``) is listed and counted once, as the first one received; it matches a search, a tag or a
collection when any of its copies does.
"""

from __future__ import annotations

import json
from typing import Any

from satchel.errors import UsageError
from satchel.model import CredentialRecord, ListQuery, SortKey
from satchel.store.connection import Connection
from satchel.store.records import RECORD_COLUMNS, record_from_row
from satchel.store.text import search_terms

UNVERIFIED = "unverified"

_SORT_COLUMN = {
    SortKey.NAME: "c.name_key",
    SortKey.ISSUER: "c.issuer_key",
    SortKey.ISSUED: "c.issued",
    SortKey.ADDED: "c.added_at",
    # Most EU micro-credential elements first (the count is kept with the display fields).
    SortKey.EU: "(SELECT -json_extract(p.display_json, '$.extra.eu.present') FROM credential_payloads p "
                "WHERE p.credential_id = c.id)",
}
_EU_PRESENT = "json_extract(p.display_json, '$.extra.eu.present')"
_EU_TOTAL = "json_extract(p.display_json, '$.extra.eu.total')"


# The first received row of each credential stands for all the rows holding the same credential.
FIRST_OF_ITS_CREDENTIAL = ("(c.content_key IS NULL OR c.id = (SELECT d.id FROM credentials d "
                           "WHERE d.content_key = c.content_key ORDER BY d.added_at, d.rowid LIMIT 1))")


def _any_copy(source: str, id_column: str, condition: str) -> str:
    """Row "c" is a row of ``source`` meeting ``condition``, or holds the same credential as one: a card
    matches when any of its copies does. The second test reads only rows that have a content key (an
    index), so it costs little where copies are few; its parameters are the first test's, again."""
    return (f"(c.id IN (SELECT {id_column} FROM {source} WHERE {condition}) OR c.content_key IN "
            f"(SELECT d.content_key FROM {source} JOIN credentials d ON d.id = {id_column} "
            f"WHERE d.content_key IS NOT NULL AND {condition}))")


def _where(query: ListQuery) -> tuple[str, list[Any]]:
    clauses: list[str] = [FIRST_OF_ITS_CREDENTIAL]
    params: list[Any] = []
    terms = search_terms(query.search)
    if terms:
        matches = " AND ".join("instr(s.text, ?) > 0" for _ in terms)
        clauses.append(_any_copy("credential_search s", "s.credential_id", matches))
        params.extend(terms * 2)
    if query.tag is not None:
        clauses.append(_any_copy("tags t", "t.credential_id", "t.tag = ?"))
        params.extend([query.tag] * 2)
    if query.collection is not None:
        clauses.append(_any_copy("collection_items ci JOIN collections k ON k.id = ci.collection_id",
                                 "ci.credential_id", "k.name = ?"))
        params.extend([query.collection] * 2)
    if query.issuer is not None:
        clauses.append("(c.issuer_id = ? OR c.issuer_name = ?)")
        params.extend([query.issuer, query.issuer])
    if query.status is not None:
        status = str(getattr(query.status, "value", query.status))
        if status == UNVERIFIED:
            clauses.append("c.outcome IS NULL")
        else:
            clauses.append("c.outcome = ?")
            params.append(status)
    if query.eu_complete is not None:
        compare = "=" if query.eu_complete else "<"
        clauses.append(f"c.id IN (SELECT p.credential_id FROM credential_payloads p WHERE {_EU_PRESENT} {compare} "
                       f"{_EU_TOTAL})")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _order(query: ListQuery) -> str:
    try:
        column = _SORT_COLUMN[SortKey(query.sort)]
    except ValueError:
        raise UsageError("Credentials can be sorted by name, issuer, issued, added or eu.") from None
    direction = "DESC" if query.descending else "ASC"
    keys = [f"{column} IS NULL", f"{column} {direction}"]
    if column != "c.added_at":
        keys.append(f"c.added_at {direction}")
    keys.append(f"c.id {direction}")
    return " ORDER BY " + ", ".join(keys)


def _paging(query: ListQuery) -> tuple[str, list[int]]:
    if query.offset < 0 or (query.limit is not None and query.limit < 0):
        raise UsageError("Paging needs a limit and an offset of zero or more.")
    if query.limit is None and query.offset == 0:
        return "", []
    return " LIMIT ? OFFSET ?", [-1 if query.limit is None else query.limit, query.offset]


def list_ids(conn: Connection, query: ListQuery) -> list[str]:
    where, params = _where(query)
    paging, paging_params = _paging(query)
    sql = f"SELECT c.id FROM credentials c{where}{_order(query)}{paging}"
    return [row[0] for row in conn.execute(sql, params + paging_params)]


def verification_inputs(conn: Connection, ids: list[str]) -> list[tuple[str, str | None, str, bytes]]:
    """(id, name, signed form, exact bytes) of each of ``ids`` still stored, in the order given: what
    re-verifying needs, read in one query (no display fields, report, picture, tags or collections)."""
    if not ids:
        return []
    rows = conn.execute(
        "SELECT c.id, c.name, c.signed_form, p.raw FROM credentials c "
        "JOIN credential_payloads p ON p.credential_id = c.id WHERE c.id IN (SELECT value FROM json_each(?))",
        (json.dumps(ids),),
    ).fetchall()
    by_id = {row[0]: (row[0], row[1], row[2], bytes(row[3])) for row in rows}
    return [by_id[cid] for cid in ids if cid in by_id]


def list_records(conn: Connection, query: ListQuery) -> list[CredentialRecord]:
    """One page of records in the query's order; ``raw`` is left empty (``get`` loads it)."""
    ids = list_ids(conn, query)
    if not ids:
        return []
    rows = conn.execute(
        f"SELECT {RECORD_COLUMNS} FROM credentials c JOIN credential_payloads p ON p.credential_id = c.id "
        "WHERE c.id IN (SELECT value FROM json_each(?))",
        (json.dumps(ids),),
    ).fetchall()
    by_id = {row[0]: record_from_row(row) for row in rows}
    return [by_id[cid] for cid in ids if cid in by_id]


def count(conn: Connection, query: ListQuery) -> int:
    where, params = _where(query)
    return int(conn.execute(f"SELECT count(*) FROM credentials c{where}", params).fetchone()[0])


def same_credential(conn: Connection, cred_id: str) -> list[tuple[str, str]]:
    """(id, format) of every stored row holding the same credential as ``cred_id`` (itself included),
    first received first."""
    row = conn.execute("SELECT content_key FROM credentials WHERE id = ?", (cred_id,)).fetchone()
    if row is None:
        return []
    if row[0] is None:
        fmt = conn.execute("SELECT format FROM credentials WHERE id = ?", (cred_id,)).fetchone()[0]
        return [(cred_id, fmt)]
    return [(r[0], r[1]) for r in conn.execute(
        "SELECT id, format FROM credentials WHERE content_key = ? ORDER BY added_at, rowid", (row[0],))]
