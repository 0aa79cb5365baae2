"""Draw Satchel's app icon and the badge placeholder (run: python assets/make_assets.py).

Writes icon.png (1024 px, used by `flet build` and as the web favicon source), favicon.png (64 px),
icons/icon-192.png and icons/icon-512.png (web app manifest) and badge-placeholder.png (512 px, the
picture shown for a credential without its own image, and in the README).
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
BLUE = (31, 95, 139, 255)
LIGHT = (232, 241, 248, 255)
GOLD = (232, 176, 58, 255)
WHITE = (255, 255, 255, 255)
PURPLE = (106, 76, 147, 255)


def satchel_icon(size: int = 1024) -> Image.Image:
    """A rounded blue tile with a satchel: body, flap, clasp and handle."""
    s = size / 1024
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((0, 0, size - 1, size - 1), radius=int(220 * s), fill=BLUE)
    d.arc((int(372 * s), int(170 * s), int(652 * s), int(430 * s)), 180, 360, fill=LIGHT, width=int(46 * s))
    d.rounded_rectangle((int(212 * s), int(300 * s), int(812 * s), int(800 * s)), radius=int(70 * s), fill=LIGHT)
    d.rounded_rectangle((int(212 * s), int(300 * s), int(812 * s), int(520 * s)), radius=int(70 * s),
                        fill=(200, 220, 235, 255))
    d.rectangle((int(212 * s), int(470 * s), int(812 * s), int(520 * s)), fill=(200, 220, 235, 255))
    d.ellipse((int(452 * s), int(470 * s), int(572 * s), int(590 * s)), fill=GOLD)
    d.ellipse((int(487 * s), int(505 * s), int(537 * s), int(555 * s)), fill=BLUE)
    return img


def badge_placeholder(size: int = 512) -> Image.Image:
    """A plain rosette on a rounded tile: clearly 'a badge', clearly not a real issuer's image."""
    s = size / 512
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle((0, 0, size - 1, size - 1), radius=int(80 * s), fill=PURPLE)
    d.polygon([(int(190 * s), int(300 * s)), (int(150 * s), int(450 * s)), (int(215 * s), int(415 * s)),
               (int(250 * s), int(470 * s)), (int(270 * s), int(330 * s))], fill=LIGHT)
    d.polygon([(int(322 * s), int(300 * s)), (int(362 * s), int(450 * s)), (int(297 * s), int(415 * s)),
               (int(262 * s), int(470 * s)), (int(242 * s), int(330 * s))], fill=LIGHT)
    d.ellipse((int(136 * s), int(90 * s), int(376 * s), int(330 * s)), fill=WHITE)
    d.ellipse((int(176 * s), int(130 * s), int(336 * s), int(290 * s)), fill=GOLD)
    d.ellipse((int(206 * s), int(160 * s), int(306 * s), int(260 * s)), fill=WHITE)
    return img


def main() -> None:
    icon = satchel_icon()
    icon.save(HERE / "icon.png")
    icon.resize((64, 64), Image.LANCZOS).save(HERE / "favicon.png")
    (HERE / "icons").mkdir(exist_ok=True)
    for px in (192, 512):
        icon.resize((px, px), Image.LANCZOS).save(HERE / "icons" / f"Icon-{px}.png")
    badge_placeholder().save(HERE / "badge-placeholder.png")
    print("wrote icon.png, favicon.png, icons/Icon-192.png, icons/Icon-512.png, badge-placeholder.png")


if __name__ == "__main__":
    main()
