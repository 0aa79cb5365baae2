"""Satchel's own bugs met during a verification, logged for a bug report (under the calling module's
logger name). ``logging`` is loaded the first time one happens: a verdict does not need it, and it costs
about 5 ms of every cold start."""

from __future__ import annotations


def log_bug(logger: str, message: str, *args: object, exc: BaseException | None = None) -> None:
    """``logging.getLogger(logger).error(message, *args)`` with the exception (default: the one being
    handled) attached."""
    import logging

    logging.getLogger(logger).error(message, *args, exc_info=exc if exc is not None else True)
