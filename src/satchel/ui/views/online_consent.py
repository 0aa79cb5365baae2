"""The consent steps of the online screen: who asks (as proven), for what, which stored credentials answer,
and Send / Decline. One set of widgets for an OpenID4VP verifier (one credential per query, radio buttons)
and a VC-API exchanger asking by example (any number per query, tick boxes; none ticked at first)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import flet as ft

from satchel.services.responding import not_offered
from satchel.ui.views.common import Screen
from satchel.ui.views.online_claims import claim_boxes, nothing_ticked
from satchel.ui.widgets.layout import notice, section


def asker(sc: Screen, who: str, proof: str | None) -> list[ft.Control]:
    """Who asks: the proven identity with how it was proven, or a warning that nothing is proven."""
    rows: list[ft.Control] = [ft.Text(sc.tr("online.asked_by", who=who), weight=ft.FontWeight.W_600)]
    rows.append(ft.Text(proof, size=13) if proof else notice(sc.tr("online.unverified_site"), "warning"))
    return rows


def no_match(sc: Screen) -> ft.Control:
    return notice(sc.tr("online.no_match"), "warning")


def send_or_decline(sc: Screen, host: str, send: Callable[..., Any], cancel: Callable[..., Any], *,
                    can_send: bool, working: bool) -> list[ft.Control]:
    return [ft.Text(sc.tr("online.sent_to", host=host), size=13),
            ft.Row([ft.FilledButton(sc.tr("online.send"), icon=ft.Icons.SEND, on_click=send,
                                    disabled=working or not can_send),
                    ft.TextButton(sc.tr("online.decline"), on_click=cancel, disabled=working)])]


def presentation_consent(sc: Screen, view: Any, choices: dict, choose, send, cancel, working: bool, *,
                         claims: tuple[dict, Callable[[str, str], None]] = ({}, lambda _q, _k: None)) -> ft.Control:
    """An OpenID4VP request: one credential per DCQL query; credentials that cannot prove they are the holder's, as
    the query requires, or that the verifier does not accept (vp_formats_supported), are named as not offered, with
    the reason, and never offered as a choice. ``claims``
    (ticks per query, toggle) are for the asked claims a chosen credential can hide
    (:mod:`satchel.ui.views.online_claims`)."""
    ticks, toggle_claim = claims
    proof = sc.tr(f"online.proof.{view.prefix}") if view.verified else None
    rows: list[ft.Control] = asker(sc, view.who, proof)
    complete = True
    for query in view.queries:
        asked = ", ".join(".".join(str(p) for p in path) for path in query.claims) or sc.tr("online.whole")
        rows.append(ft.Text(sc.tr("online.asks_for", format=query.format, asked=asked)))
        for _record_id, name, reason, value in query.unavailable:  # never offered: the reason, before consent
            rows.append(ft.Text(sc.tr("online.not_offered", name=name, reason=not_offered(reason, value, sc.lang)),
                                size=13, italic=True))
        if not query.matches:
            rows.append(no_match(sc))
            complete = complete and not query.required
            continue
        rows.append(ft.RadioGroup(
            value=choices.get(query.id),
            on_change=lambda e, qid=query.id: choose(qid, e.control.value),
            content=ft.Column([ft.Radio(value=record_id, label=name) for record_id, name in query.matches])))
        rows += claim_boxes(sc, query, choices.get(query.id), ticks, toggle_claim, view.remembers)
    empty = nothing_ticked(view, choices, ticks)
    if empty:
        rows.append(notice(sc.tr("online.tick_one"), "warning"))
    rows += send_or_decline(sc, view.response_host, send, cancel, can_send=complete and bool(choices) and not empty,
                            working=working)
    return section(sc.tr("online.respond_title"), *rows)


def exchange_consent(sc: Screen, request: Any, picked: frozenset[str], toggle: Callable[[str], None], send, cancel,
                     working: bool) -> ft.Control:
    """A VC-API exchanger asking by example: tick the credentials to send; each query needs one."""
    rows: list[ft.Control] = asker(sc, request.who, None)
    if request.named_origin:
        rows.append(ft.Text(sc.tr("online.named_origin", origin=request.named_origin), size=13))
    for query in request.queries:
        what = ", ".join(query.types) or sc.tr("online.by_example")
        rows.append(ft.Text(sc.tr("online.exchange_asks", what=what)))
        rows += [ft.Text(sc.tr("online.reason", reason=reason), size=13, italic=True) for reason in query.reasons]
        if not query.matches:
            rows.append(no_match(sc))
            continue
        rows += [ft.Checkbox(label=name, value=record_id in picked,
                             on_change=lambda _e, rid=record_id: toggle(rid)) for record_id, name in query.matches]
    complete = all(any(record_id in picked for record_id, _ in query.matches) for query in request.queries)
    if not complete and request.answerable:
        rows.append(ft.Text(sc.tr("online.choose_one"), size=13))
    rows += send_or_decline(sc, request.who, send, cancel, can_send=complete, working=working)
    return section(sc.tr("online.exchange_title"), *rows)


__all__ = ["asker", "exchange_consent", "no_match", "presentation_consent", "send_or_decline"]
