"""The credential detail page: labelled facts, the verification report in sentences, stacking."""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from satchel.i18n import check_title, render_check, t
from satchel.model import CredentialRecord, DisplayFields, VerificationReport
from satchel.ui.viewmodels.formatting import age_parts, format_date
from satchel.ui.viewmodels.listing import details_host, record_status

MAX_RAW_CHARS = 60_000


@dataclass(frozen=True)
class CheckLine:
    title: str
    status: str  # ok | warning | failed | unknown
    sentence: str


@dataclass(frozen=True)
class Link:
    title: str
    url: str | None
    note: str | None


@dataclass(frozen=True)
class Detail:
    id: str
    name: str | None
    description: str | None
    image: bytes | None
    status: str
    facts: tuple[tuple[str, str], ...]  # (ui key of the label, value)
    criteria: str | None
    alignments: tuple[Link, ...]
    related: tuple[Link, ...]
    checks: tuple[CheckLine, ...]
    checked: tuple[str, int] | None  # age of the stored report, as (age key, n)
    tags: tuple[str, ...]
    collections: tuple[str, ...]
    link: str | None = None  # a link-only record: the issuer's page, opened from the detail page


def _on_server(d: DisplayFields, lang: str) -> str | None:
    """"Badge from example.org (details on the issuer's server)" for a badge known only by its URL."""
    host = details_host(d)
    return t("display.details_on_server", lang, host=host) if host else None


def detail(record: CredentialRecord, report: VerificationReport | None, lang: str, now: datetime,
           picture: bytes | None = None) -> Detail:
    d = record.display
    facts = [
        ("detail.issuer", d.issuer_name or d.issuer_id or (t("display.issuer_on_server", lang)
                                                           if details_host(d) else "")),
        ("detail.subject", d.subject_name or d.subject_id or ""),
        ("detail.type", d.achievement_type or ""),
        ("detail.issued", format_date(d.issued, lang)),
        ("detail.valid_from", format_date(d.valid_from, lang) if d.valid_from != d.issued else ""),
        ("detail.valid_until", format_date(d.valid_until, lang)),
        ("detail.added", format_date(record.added_at, lang)),
        ("detail.format", _format_label(record, d.vc_version, lang)),
    ]
    own = report is not None and report.kind != "presentation"
    checks = tuple(CheckLine(check_title(c, lang, in_credential=own), c.status.value, render_check(c, lang))
                   for c in (report.checks if report else ()))
    outcome = report.outcome.value if report else record.outcome
    return Detail(
        id=record.id, name=d.name or d.achievement_name or _on_server(d, lang), description=d.description,
        image=picture,
        status=record_status(record, outcome), facts=tuple((k, v) for k, v in facts if v), criteria=d.criteria,
        alignments=tuple(_link(a, "targetName", "targetUrl", "targetFramework") for a in d.alignments),
        related=tuple(_link(r, "name", "id", "achievementType") for r in d.related),
        checks=checks, checked=age_parts(report.verified_at if report else record.verified_at, now),
        tags=record.tags, collections=record.collections,
        link=d.public_url if record.signed_form == "link-only" and _https(d.public_url) else None)


def _https(url: str | None) -> bool:
    return isinstance(url, str) and url.startswith("https://")


def _format_label(record: CredentialRecord, version: str | None, lang: str = "en") -> str:
    """'Open Badge 3.0 (W3C credential 2.0) · badge picture (PNG)': words a learner knows."""
    if version == "ob2":
        kind = t("ui.format.ob2", lang)
    elif version:
        kind = t("ui.format.vc", lang, version=version)
    else:
        kind = ""
    wrapper = t(f"ui.format.{record.format}", lang) if f"ui.format.{record.format}" in FORMAT_KEYS else record.format
    return f"{kind} · {wrapper}" if kind else wrapper


FORMAT_KEYS = {f"ui.format.{f}" for f in ("vc-json", "vc-jwt", "ob2-json", "ob2-jws", "baked-png", "baked-svg",
                                          "jades-json", "link")}


def _link(item: dict[str, Any], name_key: str, url_key: str, note_key: str) -> Link:
    name = item.get(name_key) or item.get("name") or item.get(url_key) or "?"
    url = item.get(url_key)
    note = item.get(note_key)
    return Link(str(name), url if isinstance(url, str) and url.startswith("https://") else None,
                str(note) if note else None)


def raw_text(raw: bytes) -> str | None:
    """The stored bytes for reading: pretty JSON when they are JSON, else the text (capped).

    None for binary containers (a baked PNG badge): those are exported, not shown.
    """
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None
    with contextlib.suppress(ValueError):  # not JSON (a JWT, say): shown as it is
        text = json.dumps(json.loads(text), indent=2, ensure_ascii=False)
    if len(text) > MAX_RAW_CHARS:
        return text[:MAX_RAW_CHARS] + "\n…"
    return text


def decoded_token(raw: bytes) -> str | None:
    """A signed token (JWT / JWS, SD-JWT) decoded for reading: its header and its content as pretty JSON.
    Nothing is verified here; None when ``raw`` is not a compact token."""
    try:
        text = raw.decode("ascii").strip()
    except UnicodeDecodeError:
        return None
    parts = text.split("~")[0].split(".")
    if len(parts) != 3 or not parts[0].startswith("eyJ"):
        return None
    out = []
    for label, part in (("header", parts[0]), ("payload", parts[1])):
        try:
            value = json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))
        except (ValueError, binascii.Error):
            return None
        out.append(f"// {label}\n{json.dumps(value, indent=2, ensure_ascii=False)}")
    text = "\n\n".join(out)
    return text[:MAX_RAW_CHARS] + "\n…" if len(text) > MAX_RAW_CHARS else text


MAX_SUGGESTIONS = 6


def suggest(typed: str, names: tuple[str, ...], have: tuple[str, ...]) -> tuple[str, ...]:
    """Tags or collections already in the wallet that start with (then contain) what is typed, minus
    those this credential already has; nothing before the first letter is typed."""
    needle = typed.strip().casefold()
    if not needle:
        return ()
    kept = [n for n in names if n not in have and n.casefold() != needle]
    starts = [n for n in kept if n.casefold().startswith(needle)]
    inside = [n for n in kept if needle in n.casefold() and n not in starts]
    return tuple((starts + inside)[:MAX_SUGGESTIONS])
