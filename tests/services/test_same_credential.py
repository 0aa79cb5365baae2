"""The same credential received as JSON, as a baked PNG and as a baked SVG: every received file is kept,
the list shows one card (the first received, with the tags and collections of every copy), its picture is
the baked image, and deleting that card deletes the credential in all its wrappers."""

from __future__ import annotations

from satchel.model import ListQuery
from satchel.services.pictures import badge_pictures

FILES = ("peer/cred-valid-eddsa-rdfc-2022-ob3.json", "extra/baked-ob3-valid.png", "extra/baked-ob3-valid.svg")


def test_one_card_for_one_credential_in_three_wrappers(satchel, corpus_dir_path):
    ids = []
    for name in FILES:
        data = (corpus_dir_path / name).read_bytes()
        ids += satchel.import_bytes(data, source="test", filename=name.split("/")[1]).added
    assert len(set(ids)) == 3  # every received file is kept, verbatim
    satchel.tag(ids[0], ["portfolio"])
    cards = satchel.list()
    assert [c.id for c in cards] == [ids[0]] and satchel.count(ListQuery()) == 1
    assert satchel.count(ListQuery(tag="portfolio")) == 1
    formats = [fmt for _i, fmt in satchel.session.wallet().same_credential(ids[0])]
    assert formats == ["vc-json", "baked-png", "baked-svg"]
    png = (corpus_dir_path / FILES[1]).read_bytes()
    assert badge_pictures(satchel, cards) == {ids[0]: png}  # the JSON card shows the baked picture

    satchel.delete(ids[0])
    assert satchel.list() == [] and satchel.count(ListQuery()) == 0


def test_different_credentials_stay_apart(satchel, corpus_dir_path):
    for name in ("peer/cred-valid-eddsa-rdfc-2022-ob3.json", "extra/baked-ob3-v1-valid.png"):
        satchel.import_bytes((corpus_dir_path / name).read_bytes(), source="test", filename=name.split("/")[1])
    assert satchel.count(ListQuery()) == 2


def test_tags_and_collections_of_a_card_are_those_of_all_its_copies(satchel, corpus_dir_path):
    png, json_copy, svg = [
        satchel.import_bytes((corpus_dir_path / name).read_bytes(), source="test", filename=name.split("/")[1]).added[0]
        for name in (FILES[1], FILES[0], FILES[2])]  # the baked PNG first: it is the card
    wallet = satchel.session.wallet()
    # A copy tagged on its own (as a wallet from before content keys covered baked badges holds them).
    wallet._db.execute("INSERT INTO tags (credential_id, tag) VALUES (?, 'from-svg')", (svg,))
    [card] = satchel.list()
    assert card.id == png and card.tags == ("from-svg",)
    assert [c.id for c in satchel.list(ListQuery(tag="from-svg"))] == [png]

    satchel.tag(png, ["interview"])  # on the card: every copy
    satchel.tag(json_copy, ["python"])  # by another copy's id (satchel tag <id>): the same credential
    assert satchel.get(png).tags == satchel.get(svg).tags == ("from-svg", "interview", "python")
    assert satchel.tags() == [("from-svg", 1), ("interview", 1), ("python", 1)]
    assert satchel.count(ListQuery(tag="python")) == 1

    satchel.untag(png, ["from-svg", "interview"])  # removed from the card: from every copy
    assert satchel.get(png).tags == ("python",) and satchel.tags() == [("python", 1)]
    assert satchel.count(ListQuery(tag="from-svg")) == 0

    satchel.create_collection("Interview")
    satchel.add_to_collection("Interview", [png])
    assert satchel.get(svg).collections == ("Interview",) and satchel.collections() == [("Interview", 1)]
    satchel.remove_from_collection("Interview", [json_copy])
    assert satchel.get(png).collections == () and satchel.collections() == [("Interview", 0)]
