"""A QR code on white, animated through its parts when the presentation needs several frames."""

from __future__ import annotations

import asyncio

import flet as ft

from satchel.ui.strings import tr
from satchel.ui.theme import QR_BACKGROUND
from satchel.ui.viewmodels.sharing import FRAME_SECONDS, next_frame


@ft.component
def QrPlayer(pngs: tuple[bytes, ...], lang: str, size: int = 360, text_colour: str | None = None):
    index, set_index = ft.use_state(0)

    def animate():
        if len(pngs) < 2:
            return None

        async def loop():
            i = 0
            while True:
                await asyncio.sleep(FRAME_SECONDS)
                i = next_frame(i, len(pngs))
                set_index(i)
        task = ft.context.page.run_task(loop)
        return task.cancel

    ft.use_effect(animate, [pngs])
    current = index if index < len(pngs) else 0
    parts: list[ft.Control] = [ft.Container(
        content=ft.Image(src=pngs[current], width=size, height=size, fit=ft.BoxFit.CONTAIN,
                         gapless_playback=True, semantics_label=tr("share.qr_label", lang)),
        bgcolor=QR_BACKGROUND, padding=24, border_radius=12)]
    if len(pngs) > 1:
        parts.append(ft.Text(tr("share.frame", lang, index=current + 1, total=len(pngs)),
                             size=15, weight=ft.FontWeight.W_600, color=text_colour))
    return ft.Column(parts, horizontal_alignment=ft.CrossAxisAlignment.CENTER, spacing=8)
