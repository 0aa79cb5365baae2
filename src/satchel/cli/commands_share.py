"""Sharing commands: did, present, share, scan."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from satchel.cli import context
from satchel.cli.commands_verify import _print
from satchel.cli.parser import Subcommands
from satchel.errors import UsageError
from satchel.fsutil import atomic_write, ensure_private_dir

if TYPE_CHECKING:
    from satchel.services import Satchel


def register(sub: Subcommands) -> None:
    p = sub.add_parser("did", help="print your holder identity (did:key)")
    p.add_argument("--rotate", action="store_true", help="create a new holder key (old ones are kept)")
    p.add_argument("--all", action="store_true", help="list every holder key, old ones included")
    p.add_argument("--jwk", action="store_true",
                   help="print the active key as a public JWK (what an SD-JWT issuer binds to, cnf.jwk)")
    p.set_defaults(handler=cmd_did)

    p = sub.add_parser("present", help="sign a presentation of chosen credentials",
                       description="An SD-JWT credential is presented on its own, as <jwt>~<disclosures>~<kb-jwt>: "
                                   "--reveal keeps only the claims named (and the claims above them); without "
                                   "--reveal every claim is shown. The key binding JWT's nonce is the challenge "
                                   "and its aud the domain (your own DID when no domain is given).")
    p.add_argument("ids", nargs="+", metavar="ID")
    p.add_argument("--out", required=True, metavar="FILE",
                   help="where to write the VP JSON (or the SD-JWT presentation text)")
    p.add_argument("--challenge", help="the verifier's challenge (default: a fresh random one)")
    p.add_argument("--domain", help="the verifier's domain (for SD-JWT: the key binding JWT's aud); the fields "
                                    "shown are remembered for it ('satchel disclosures list')")
    p.add_argument("--reveal", action="append", metavar="POINTER",
                   help="JSON pointer of a claim to show, e.g. /given_name (SD-JWT) or "
                        "/credentialSubject/achievement/name (ecdsa-sd-2023); repeatable; 'satchel show ID --json' "
                        "lists an SD-JWT's under disclosable. With several credentials each one shows the pointers "
                        "that are its own (plus, for ecdsa-sd-2023, what its issuer made mandatory); credentials "
                        "that cannot hide fields are shown whole")
    p.set_defaults(handler=cmd_present)

    p = sub.add_parser("share", help="show chosen credentials as a signed QR bundle, or export them")
    p.add_argument("ids", nargs="+", metavar="ID")
    p.add_argument("--challenge", help="the verifier's challenge (default: a fresh random one)")
    p.add_argument("--domain", help="the verifier's domain; the fields shown are remembered for it, and a note "
                                    "names any field shown now that was hidden from it last time")
    p.add_argument("--ecc", choices=("L", "M", "Q", "H"), default="M", help="QR error correction (default M)")
    p.add_argument("--reveal", action="append", metavar="POINTER",
                   help="JSON pointer of a field to show, e.g. /given_name (SD-JWT) or "
                        "/credentialSubject/achievement/name (ecdsa-sd-2023); repeatable; without it every field is "
                        "shown; credentials that cannot hide fields are always shown whole")
    p.add_argument("--qr", metavar="PNG", help="write the QR image (only when the bundle fits one frame)")
    p.add_argument("--frames", metavar="DIR", help="write numbered PNG frames and an animated GIF")
    p.add_argument("--payload-out", metavar="FILE", help="write the payload text (one line per frame)")
    p.add_argument("--vp-out", metavar="FILE", help="also write the signed VP JSON")
    p.add_argument("--pdf", metavar="FILE", help="write a PDF: one page per credential, with the QR")
    p.add_argument("--terminal", action="store_true", help="print the QR code in the terminal")
    p.set_defaults(handler=cmd_share)

    p = sub.add_parser("scan", help="read a QR bundle from images, a video or a camera, and verify it",
                       description="Exit 0 when no check failed or is unknown (warnings allowed), 1 otherwise.")
    p.add_argument("images", nargs="*", metavar="IMAGE|VIDEO",
                   help="PNG, JPEG, GIF, BMP or WebP pictures (at most 40 megapixels), or one video file")
    p.add_argument("--camera", type=int, metavar="N", help="read from camera N instead of files")
    p.add_argument("--challenge", help="the challenge you gave the holder")
    p.add_argument("--domain", help="the domain you expect")
    p.add_argument("--offline", action="store_true", help="use only cached public documents")
    p.add_argument("--json", action="store_true")
    p.set_defaults(handler=cmd_scan)


def cmd_did(args: argparse.Namespace) -> int:
    satchel = context.unlocked(args)
    if args.rotate:
        print(satchel.rotate_holder_key())
    elif args.all:
        for key in satchel.holder_keys():
            print(f"{key.did}  created {key.created_at}{'  (active)' if key.active else ''}")
    elif args.jwk:
        import json
        print(json.dumps(satchel.holder_jwk()))
    else:
        print(satchel.holder_did())
    return 0


def _say_if_wider(satchel: Satchel, args: argparse.Namespace) -> None:
    """With --domain: name the fields this presentation shows that the last one for that domain kept hidden."""
    if not args.domain:
        return
    from satchel.i18n import t
    from satchel.model.disclosure import key_label
    for cred_id, fields in satchel.wider_than_last_time(args.ids, args.domain, args.reveal).items():
        name = satchel.get(cred_id).display.name or cred_id
        print(t("disclosures.wider", args.lang, domain=args.domain.strip(), name=name,
                fields=", ".join(key_label(f) for f in fields)), file=sys.stderr)


def cmd_present(args: argparse.Namespace) -> int:
    satchel = context.unlocked(args)
    _say_if_wider(satchel, args)
    if len(args.ids) == 1 and satchel.get(args.ids[0]).signed_form == "sd-jwt-vc":
        token, nonce = satchel.present_sd_jwt(args.ids[0], args.reveal, challenge=args.challenge,
                                              domain=args.domain)
        atomic_write(Path(args.out), (token + "\n").encode("ascii"), mode=0o600)
        print(f"Wrote {args.out} (challenge: {nonce})")
        return 0
    vp, nonce = satchel.present(args.ids, challenge=args.challenge, domain=args.domain, reveal=args.reveal)
    from satchel.services.sharing import write_json
    write_json(Path(args.out), vp)
    print(f"Wrote {args.out} (challenge: {nonce})")
    return 0


def cmd_share(args: argparse.Namespace) -> int:
    satchel = context.unlocked(args)
    _say_if_wider(satchel, args)
    bundle = satchel.share(args.ids, challenge=args.challenge, domain=args.domain, ecc=args.ecc,
                           reveal=args.reveal)
    n = len(bundle.frames)
    print(f"{n} QR frame(s), version {bundle.qr_version}, ECC {args.ecc}; challenge {bundle.challenge}",
          file=sys.stderr)
    if args.qr:
        if n > 1:
            raise UsageError(f"This bundle needs {n} frames; use --frames DIR for an animated code.")
        atomic_write(Path(args.qr), bundle.pngs[0])
    if args.frames:
        folder = Path(args.frames)
        if not folder.is_dir():  # a folder Satchel makes is 0700 (an existing one is left as it is)
            ensure_private_dir(folder)
        for i, png in enumerate(bundle.pngs, 1):
            atomic_write(folder / f"frame-{i:03d}.png", png)
        if bundle.gif:
            atomic_write(folder / "animated.gif", bundle.gif)
    if args.payload_out:
        atomic_write(Path(args.payload_out), ("\n".join(bundle.frames) + "\n").encode("ascii"))
    if args.vp_out:
        satchel.export_vp_json(bundle, Path(args.vp_out))
    if args.pdf:
        satchel.export_pdf(args.ids, Path(args.pdf), bundle, lang=args.lang)
    for cred_id, url in bundle.linkedin.items():
        print(f"LinkedIn ({cred_id}): {url}")
    if args.terminal or not (args.qr or args.frames or args.payload_out or args.vp_out or args.pdf):
        from satchel.services.sharing import terminal_qr
        for i, frame in enumerate(bundle.frames, 1):
            if n > 1:
                print(f"Frame {i}/{n}")
            print(terminal_qr(frame))
    return 0


def cmd_scan(args: argparse.Namespace) -> int:
    satchel = context.app(args)
    if args.camera is not None:
        result = satchel.scan_video(args.camera, challenge=args.challenge, domain=args.domain,
                                    on_progress=_progress)
    elif not args.images:
        raise UsageError("Give one or more images, a video file, or --camera N.")
    elif len(args.images) == 1 and not Path(args.images[0]).exists():
        from satchel.services.reading import read_capped
        read_capped(Path(args.images[0]))  # says there is no such file, in one sentence
    elif len(args.images) == 1 and not _is_image(Path(args.images[0])):
        result = satchel.scan_video(args.images[0], challenge=args.challenge, domain=args.domain,
                                    on_progress=_progress)
    else:
        from satchel.services.reading import read_capped
        result = satchel.scan_images([read_capped(Path(p)) for p in args.images],
                                     challenge=args.challenge, domain=args.domain)
    return _print([result.report], args)


def _is_image(path: Path) -> bool:
    return path.suffix.lower() in {".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp"}


def _progress(received: int, total: int) -> None:
    if total:
        print(f"\rParts received: {received}/{total}", end="", file=sys.stderr, flush=True)
