"""European credentials from the command line: the Annex I checklist in `show`, sealed EDCs in `verify`."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).parents[1] / "formats" / "data" / "microcredentials"


def test_show_json_carries_the_eu_checklist(cli):
    code, out, err = cli("import", str(DATA / "Sample-MC-Annex1-signed.jsonld"))
    assert code == 0, err
    cred_id = out.split()[0]
    detail = cli.json("show", cred_id)
    eu = detail["eu_microcredential"]
    assert (eu["mandatory_present"], eu["mandatory_total"]) == (10, 11)
    learner = eu["elements"][0]
    assert learner == {"key": "learner", "mandatory": True, "present": True, "value": "Ana Andromeda",
                       "source_path": "/credentialSubject/fullName"}
    assert detail["name"] == "Digital micro-credential creation"
    assert detail["issuer"] == "ORGANIZACION TEST"  # the credential's issuer, whose seal it carries
    awarding = next(e for e in eu["elements"] if e["key"] == "awarding_body")
    assert awarding["value"] == "University of Zed"


def test_show_prints_the_count_and_what_is_missing(cli):
    _, out, _ = cli("import", str(DATA / "Sample-MC-Annex1-unsigned.jsonld"))
    cred_id = out.split()[0]
    code, out, _ = cli("show", cred_id)
    assert code == 0
    assert "EU micro-credential: 10 of 11 mandatory elements" in out
    assert "Notional workload: 2 ECTS" in out
    assert "Not stated: Quality assurance" in out
    code, out, _ = cli("--lang", "fr", "show", cred_id)
    assert "Microcertification européenne : 10 éléments obligatoires sur 11" in out
    assert "Non indiqué : Assurance qualité" in out


def test_verify_a_sealed_edc_offline(cli):
    code, out, _ = cli("verify", str(DATA / "Sample-MC-Annex1-signed.jsonld"), "--offline")
    assert code == 1  # could not be fully checked: the EU trusted lists are not in the cache
    assert "matches the credential exactly" in out
    assert "qualified EU seal needs the EU trusted lists" in out


def test_import_a_learner_record_then_pathway(cli):
    code, out, err = cli("import", str(DATA / "clr-data-science-record.json"))
    assert code == 0, err
    assert len(out.split()) == 3  # the record and the two credentials it holds
    rows = cli.json("list")
    assert {r["name"] for r in rows} == {"Data science certificate — learner record", "Data literacy",
                                         "Statistics for decisions"}
    code, out, _ = cli("pathway")
    assert "Data science certificate — 2 of 4 parts · 10 of 30 credits" in out
    assert "Capstone project (10 credits) — missing" in out
    [pathway] = cli.json("pathway")
    assert (pathway["held"], pathway["total"], pathway["held_credits"]) == (2, 4, 10)
    code, out, _ = cli("--lang", "fr", "pathway")
    assert "2 parties sur 4 · 10 crédits sur 30" in out
    # Importing the record again adds nothing: the record and its parts are all recognised.
    [again] = cli.json("import", str(DATA / "clr-data-science-record.json"))
    assert again["added"] == [] and len(again["existing"]) == 3


def test_link_only_credential_is_kept_never_verified_and_shared_as_a_link(cli, tmp_path):
    pdf = tmp_path / "certificate.pdf"
    pdf.write_bytes(b"%PDF-1.4\n% a certificate\n")
    code, out, err = cli("link", "add", "https://verify.example.org/cert/81", "--title", "Python for Everybody",
                         "--issuer", "Example MOOC", "--pdf", str(pdf))
    assert code == 0, err
    cred_id = out.strip().rsplit(" ", 1)[-1]
    [row] = cli.json("list")
    assert (row["name"], row["issuer"], row["status"], row["format"]) == (
        "Python for Everybody", "Example MOOC", "link_only", "link")
    # The same link kept twice is one record.
    code, out, _ = cli("link", "add", "https://verify.example.org/cert/81", "--title", "Python for Everybody",
                       "--issuer", "Example MOOC", "--pdf", str(pdf))
    assert len(cli.json("list")) == 1
    code, out, _ = cli("verify", cred_id)
    assert code == 1 and "lives only on its issuer's website (verify.example.org)" in out
    assert "[Link only]" in cli("list")[1]
    code, _, _ = cli("link", "pdf", cred_id, "--out", str(tmp_path / "back.pdf"))
    assert code == 0 and (tmp_path / "back.pdf").read_bytes() == pdf.read_bytes()
    code, _, err = cli("share", cred_id, "--qr", str(tmp_path / "q.png"))
    assert code == 1 and "shared as their links" in err



def test_a_bundle_with_a_link_only_credential_signs_the_others_and_lists_the_link(cli, corpus, tmp_path):
    import json

    _, out, _ = cli("import", str(corpus / "peer" / "cred-valid-eddsa-rdfc-2022-ob3.json"))
    badge = out.split()[0]
    _, out, _ = cli("link", "add", "https://verify.example.org/cert/82", "--title", "Data course")
    link = out.strip().rsplit(" ", 1)[-1]
    code, _, err = cli("share", badge, link, "--vp-out", str(tmp_path / "vp.json"), "--pdf",
                       str(tmp_path / "bundle.pdf"))
    assert code == 0, err
    vp = json.loads((tmp_path / "vp.json").read_text())
    assert len(vp["verifiableCredential"]) == 1
    assert (tmp_path / "bundle.pdf").read_bytes().startswith(b"%PDF")


def test_link_only_needs_an_https_link(cli):
    code, _, err = cli("link", "add", "http://insecure.example.org/c", "--title", "X")
    assert code == 2 and "https://" in err


def test_a_sealed_edc_travels_in_a_presentation_file_with_its_seal(cli, tmp_path):
    _, out, _ = cli("import", str(DATA / "Sample-MC-Annex1-signed.jsonld"))
    cred_id = out.split()[0]
    vp_path = tmp_path / "vp.json"
    code, _, err = cli("present", cred_id, "--out", str(vp_path), "--challenge", "4821")
    assert code == 0, err
    code, out, _ = cli("verify", str(vp_path), "--challenge", "4821", "--offline")
    assert "The electronic seal of ORGANIZACION TEST matches the credential exactly; a time-stamp" in out
    assert "The presentation answers your request." in out
    # Scanned or imported back, it is the very credential the wallet holds (its sealed bytes unchanged).
    [again] = cli.json("import", str(vp_path))
    assert again["existing"] == [cred_id]
    # With its pictures it is far too large for QR codes: said plainly, nothing half-written.
    code, _, err = cli("share", cred_id, "--qr", str(tmp_path / "code.png"))
    assert code == 1 and "QR frames" in err and not (tmp_path / "code.png").exists()


def test_list_filters_and_sorts_by_the_eu_checklist(cli, corpus):
    for path in (DATA / "educredentials-uvh_at_microcredential_full_1.json", DATA / "Sample-MC-Annex1-unsigned.jsonld",
                 corpus / "peer" / "cred-valid-eddsa-rdfc-2022-ob3.json"):
        assert cli("import", str(path))[0] == 0
    rows = cli.json("list", "--sort", "eu")
    counts = [r["eu_elements"]["present"] for r in rows]
    assert counts == sorted(counts, reverse=True) and counts[0] == 11
    assert [r["name"] for r in cli.json("list", "--eu", "complete")] == [
        "Microcredential Basisomzetting Kat naar Koffiezetapparaat"]
    assert len(cli.json("list", "--eu", "incomplete")) == 2
