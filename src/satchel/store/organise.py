"""Tags on credentials and named collections of credentials.

A credential held in several copies (the same credential received as JSON, baked PNG, baked SVG: one
card) is tagged and collected as one: a change applies to every copy, and counts are of credentials,
not of copies. (The card shows the union of its copies' tags and collections: store.records.)"""

from __future__ import annotations

from collections.abc import Iterable

from satchel.errors import UsageError
from satchel.store.connection import Connection, IntegrityError, transaction
from satchel.store.credentials import refresh_search, require, with_copies

MAX_LABEL = 200  # characters in a tag or a collection name


def clean_label(text: str, what: str) -> str:
    if not isinstance(text, str):
        raise UsageError(f"A {what} must be text.")
    label = " ".join(text.split())
    if not label:
        raise UsageError(f"A {what} cannot be empty.")
    if len(label) > MAX_LABEL:
        raise UsageError(f"A {what} can be at most {MAX_LABEL} characters long.")
    return label


def _clean_tags(tags: Iterable[str]) -> list[str]:
    if isinstance(tags, str):
        tags = [tags]
    return list(dict.fromkeys(clean_label(tag, "tag") for tag in tags))


def add_tags(conn: Connection, cid: str, tags: Iterable[str]) -> None:
    labels = _clean_tags(tags)
    with transaction(conn):
        require(conn, [cid])
        copies = with_copies(conn, [cid])
        conn.executemany("INSERT OR IGNORE INTO tags (credential_id, tag) VALUES (?, ?)",
                         [(copy, tag) for copy in copies for tag in labels])
        refresh_search(conn, copies)


def remove_tags(conn: Connection, cid: str, tags: Iterable[str]) -> None:
    labels = _clean_tags(tags)
    with transaction(conn):
        require(conn, [cid])
        copies = with_copies(conn, [cid])
        conn.executemany("DELETE FROM tags WHERE credential_id = ? AND tag = ?",
                         [(copy, tag) for copy in copies for tag in labels])
        refresh_search(conn, copies)


def tags(conn: Connection) -> list[tuple[str, int]]:
    rows = conn.execute("SELECT t.tag, count(DISTINCT coalesce(c.content_key, c.id)) FROM tags t "
                        "JOIN credentials c ON c.id = t.credential_id GROUP BY t.tag").fetchall()
    return sorted(((tag, n) for tag, n in rows), key=lambda item: (item[0].casefold(), item[0]))


def _collection_id(conn: Connection, name: str) -> int:
    row = conn.execute("SELECT id FROM collections WHERE name = ?", (name,)).fetchone()
    if row is None:
        raise UsageError("There is no collection with that name.")
    return int(row[0])


def create_collection(conn: Connection, name: str, created_at: str) -> None:
    label = clean_label(name, "collection name")
    with transaction(conn):
        try:
            conn.execute("INSERT INTO collections (name, created_at) VALUES (?, ?)", (label, created_at))
        except IntegrityError:
            raise UsageError("A collection with that name already exists.") from None


def delete_collection(conn: Connection, name: str) -> None:
    with transaction(conn):
        conn.execute("DELETE FROM collections WHERE id = ?", (_collection_id(conn, name),))


def rename_collection(conn: Connection, old: str, new: str) -> None:
    label = clean_label(new, "collection name")
    with transaction(conn):
        key = _collection_id(conn, old)
        try:
            conn.execute("UPDATE collections SET name = ? WHERE id = ?", (label, key))
        except IntegrityError:
            raise UsageError("A collection with that name already exists.") from None


def collections(conn: Connection) -> list[tuple[str, int]]:
    rows = conn.execute(
        """SELECT k.name, count(DISTINCT coalesce(c.content_key, c.id)) FROM collections k
           LEFT JOIN collection_items ci ON ci.collection_id = k.id
           LEFT JOIN credentials c ON c.id = ci.credential_id GROUP BY k.id"""
    ).fetchall()
    return sorted(((name, n) for name, n in rows), key=lambda item: (item[0].casefold(), item[0]))


def add_to_collection(conn: Connection, name: str, ids: Iterable[str]) -> None:
    with transaction(conn):
        key = _collection_id(conn, name)
        wanted = with_copies(conn, require(conn, ids))
        conn.executemany("INSERT OR IGNORE INTO collection_items (collection_id, credential_id) VALUES (?, ?)",
                         [(key, cid) for cid in wanted])


def remove_from_collection(conn: Connection, name: str, ids: Iterable[str]) -> None:
    with transaction(conn):
        key = _collection_id(conn, name)
        conn.executemany("DELETE FROM collection_items WHERE collection_id = ? AND credential_id = ?",
                         [(key, cid) for cid in with_copies(conn, ids)])
