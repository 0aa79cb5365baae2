"""Badge pictures: the baked file itself, an image carried in the credential, and https images only with
the user's consent, downloaded once and kept in the wallet."""

from __future__ import annotations

import base64
import json

from satchel.errors import FetchFailed
from satchel.net import Response
from satchel.services import pictures
from satchel.services.pictures import badge_pictures

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 40
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>'


class CountingFetcher:
    def __init__(self, body: bytes) -> None:
        self.body = body
        self.urls: list[str] = []

    def get(self, url, *, accept=None, max_bytes=2_000_000, timeout=10.0):
        self.urls.append(url)
        if not self.body:
            raise FetchFailed("offline")
        return Response(url, 200, "image/png", self.body)


def test_sniff_and_caps():
    assert pictures.sniff(PNG) == "image/png" and pictures.sniff(SVG) == "image/svg+xml"
    assert pictures.sniff(b"GIF89a...") == "image/gif" and pictures.sniff(b"\xff\xd8\xff\xe0") == "image/jpeg"
    assert pictures.sniff(b'{"not": "an image"}') is None
    assert pictures.checked(PNG) == PNG and pictures.checked(b"<html>") is None
    assert pictures.checked(PNG + b"\x00" * pictures.MAX_PICTURE_BYTES) is None


def test_data_urls_must_hold_what_they_claim():
    good = "data:image/png;base64," + base64.b64encode(PNG).decode()
    assert pictures.data_url_bytes(good) == PNG
    lying = "data:image/png;base64," + base64.b64encode(b"<script>").decode()
    assert pictures.data_url_bytes(lying) is None
    assert pictures.data_url_bytes("data:text/html;base64,PGI+") is None
    assert pictures.data_url_bytes("https://example.org/a.png") is None


def test_a_baked_badge_is_its_own_picture(satchel, corpus_dir_path):
    for name in ("baked-ob3-valid.svg", "baked-ob3-v1-valid.png"):
        data = (corpus_dir_path / "extra" / name).read_bytes()
        cred_id = satchel.import_bytes(data, source="test", filename=name).added[0]
        [record] = [r for r in satchel.list() if r.id == cred_id]  # as the list gives it: without its bytes
        assert not record.raw and badge_pictures(satchel, [record]) == {cred_id: data}


def test_https_images_only_with_consent_once_and_kept_in_the_wallet(satchel, issue):
    cred_id = satchel.import_bytes(issue("Teamwork"), source="test").added[0]
    record = satchel.get(cred_id)
    assert record.display.image.startswith("https://")  # the achievement's image.id
    fetcher = CountingFetcher(PNG)
    satchel.fetcher = fetcher
    assert badge_pictures(satchel, [record], download=True) == {}  # not allowed: nothing is fetched
    assert fetcher.urls == []
    satchel.set_setting(pictures.DOWNLOAD_SETTING, True)
    assert badge_pictures(satchel, [record]) == {}  # allowed, but this call only reads what is kept
    assert badge_pictures(satchel, [record], download=True) == {cred_id: PNG}
    assert badge_pictures(satchel, [record], download=True) == {cred_id: PNG}
    assert fetcher.urls == [record.display.image]  # once
    satchel.fetcher = CountingFetcher(b"")
    assert badge_pictures(satchel, [record]) == {cred_id: PNG}  # kept in the wallet


def test_a_download_that_is_not_an_image_is_dropped(satchel, issue):
    cred_id = satchel.import_bytes(issue("Page"), source="test").added[0]
    satchel.set_setting(pictures.DOWNLOAD_SETTING, True)
    satchel.fetcher = CountingFetcher(json.dumps({"html": True}).encode())
    assert badge_pictures(satchel, [satchel.get(cred_id)], download=True) == {}
