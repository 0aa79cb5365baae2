"""How the CLI prints records and reports (plain text or JSON)."""

from __future__ import annotations

import io
import json
import os
import sys
from dataclasses import asdict
from typing import TYPE_CHECKING, Any, TextIO
from urllib.parse import urlsplit

from satchel.i18n import check_title, render_check, t
from satchel.model import CheckStatus, VerificationReport

if TYPE_CHECKING:
    from satchel.model import CredentialRecord, DisplayFields
    from satchel.model.microcredential import AnnexChecklist

_MARK = {CheckStatus.OK: "ok", CheckStatus.WARNING: "warning", CheckStatus.FAILED: "FAILED",
         CheckStatus.UNKNOWN: "UNKNOWN"}


def quiet_closed_stdout() -> None:
    """The reader of stdout has gone (``| head``): point stdout at the null device, so that the flush at
    exit cannot fail again and turn the exit code into 120."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError, io.UnsupportedOperation):
        return  # not a real file (tests capture output): nothing is flushed at exit
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)


def emit_json(value: Any, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    out.write(json.dumps(value, ensure_ascii=False, indent=2, default=str) + "\n")


def record_summary(record: CredentialRecord) -> dict[str, Any]:
    d = record.display
    return {
        "id": record.id, "name": d.name, "issuer": d.issuer_name or d.issuer_id, "issuer_id": d.issuer_id,
        "subject": d.subject_name, "issued": d.issued, "valid_until": d.valid_until,
        "format": record.format, "added_at": record.added_at, "tags": list(record.tags),
        "collections": list(record.collections),
        "status": "link_only" if record.format == "link" else record.outcome or "unverified",
        "verified_at": record.verified_at, "sha256": record.sha256,
        "eu_elements": (record.display.extra or {}).get("eu"),
    }


def record_detail(record: CredentialRecord) -> dict[str, Any]:
    data = record_summary(record)
    data["display"] = asdict(record.display)
    data["source"] = record.source
    data["signed_form"] = record.signed_form
    disclosable = record.display.extra.get("disclosable")
    if isinstance(disclosable, list):
        data["disclosable"] = disclosable  # JSON pointers of the claims the holder may hide (SD-JWT VC)
    return data


def display_name(d: DisplayFields, lang: str) -> str:
    """The name, or where to find it ("Badge from example.org (details on the issuer's server)")."""
    if d.name:
        return d.name
    details = d.extra.get("details_url")
    if isinstance(details, str):
        return t("display.details_on_server", lang, host=urlsplit(details).hostname or details)
    return t("display.no_name", lang)


def display_issuer(d: DisplayFields, lang: str) -> str:
    if d.issuer_name or d.issuer_id:
        return str(d.issuer_name or d.issuer_id)
    return t("display.issuer_on_server" if d.extra.get("details_url") else "display.no_issuer", lang)


def print_list(records: list[CredentialRecord], lang: str, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    if not records:
        out.write("No credentials yet. Add one with: satchel import FILE\n")
        return
    for r in records:
        d = r.display
        status = t(f"outcome.{r.outcome}", lang) if r.outcome else t("outcome.unverified", lang)
        if r.format == "link":
            status = t("outcome.link_only", lang)
        issued = (d.issued or "")[:10]
        out.write(f"{r.id}  {display_name(d, lang)}  —  {display_issuer(d, lang)}  {issued}  [{status}]\n")


def print_detail(record: CredentialRecord, lang: str, out: TextIO | None = None) -> None:
    out = out or sys.stdout
    d = record.display
    issuer = " ".join(x for x in (d.issuer_name, f"({d.issuer_id})" if d.issuer_id else None) if x)
    rows = [("Id", record.id), ("Name", display_name(d, lang)), ("Description", d.description),
            ("Issuer", issuer or display_issuer(d, lang)),
            ("Subject", d.subject_name or d.subject_id), ("Achievement type", d.achievement_type),
            ("Criteria", d.criteria), ("Issued", d.issued), ("Valid from", d.valid_from),
            ("Valid until", d.valid_until), ("Format", record.format), ("Source", record.source),
            ("Added", record.added_at), ("Tags", ", ".join(record.tags)),
            ("Collections", ", ".join(record.collections)),
            ("Status", (t(f"outcome.{record.outcome}", lang) + f" (checked {record.verified_at})")
             if record.outcome else t("outcome.unverified", lang)),
            ("SHA-256", record.sha256)]
    for label, value in rows:
        if value:
            out.write(f"{label:>17}: {value}\n")
    for a in d.alignments:
        out.write(f"{'Aligned with':>17}: {a.get('targetName') or a.get('targetUrl')}\n")
    for rel in d.related:
        out.write(f"{'Related':>17}: {rel.get('name') or rel.get('id')}\n")


def print_checklist(checklist: AnnexChecklist, lang: str, out: TextIO | None = None) -> None:
    """``EU micro-credential: 10 of 11 mandatory elements``, each stated element, then what is missing."""
    out = out or sys.stdout
    summary = t("eu.summary", lang, present=checklist.mandatory_present, total=checklist.mandatory_total)
    colon = " :" if lang == "fr" else ":"
    out.write(f"\n{t('eu.title', lang)}{colon} {summary}\n")
    optional = [e for e in checklist.elements if e.present and not e.mandatory]
    for element in (e for e in checklist.elements if e.present and e.mandatory):
        out.write(f"  {t(f'eu.element.{element.key}', lang)}: {element.value}\n")
    if checklist.missing:
        names = ", ".join(t(f"eu.element.{key}", lang) for key in checklist.missing)
        out.write(f"  {t('eu.missing', lang, elements=names)}\n")
    if optional:
        out.write(f"{t('eu.optional', lang)}:\n")
        for element in optional:
            out.write(f"  {t(f'eu.element.{element.key}', lang)}: {element.value}\n")


def print_report(report: VerificationReport, lang: str, out: TextIO | None = None, indent: str = "") -> None:
    out = out or sys.stdout
    title = report.title or report.subject or report.kind
    out.write(f"{indent}{t('outcome.' + report.outcome.value, lang)} — {title}\n")
    if report.holder:
        out.write(f"{indent}  holder: {report.holder}\n")
    if report.issuer:
        out.write(f"{indent}  issuer: {report.issuer}\n")
    for check in report.checks:
        name = check_title(check, lang, in_credential=report.kind != "presentation")
        out.write(f"{indent}  [{_MARK[check.status]:>7}] {name}: {render_check(check, lang)}\n")
    for child in report.credentials:
        print_report(child, lang, out, indent + "    ")


def print_verify_all(summary: Any, lang: str, out: TextIO | None = None) -> None:
    """The result of `satchel verify --all`: counts per outcome, then each credential not verified."""
    out = out or sys.stdout
    out.write(t("verify_all.summary", lang, done=summary.done, total=summary.total,
                seconds=f"{summary.seconds:.1f}") + "\n")
    for outcome, count in summary.outcomes.items():
        if count:
            out.write(f"  {t('outcome.' + outcome, lang)}: {count}\n")
    for item in summary.not_verified:
        out.write(f"  {item.id}  {item.name or '(no name)'}  [{t('outcome.' + item.outcome, lang)}]\n")
