"""The live hash index of a process, the bank version it reflects, and how stale it is.

No database code here: whoever reads the hash bank builds a :class:`~ondam.hashing.matcher.Matcher`, calls
:meth:`MatcherService.install` with the bank version it read (for example the largest change sequence number),
and later feeds changes through :meth:`MatcherService.apply` with the version they bring the index up to.
:func:`health_status` gives the small dict a readiness endpoint can include.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from ondam.hashing.matcher import Matcher
from ondam.kit.clock import utcnow

# OpenMediaMatch's goal: a new hash is matchable within 10 minutes.
DEFAULT_MAX_LAG_SECONDS = 600.0

HealthState = Literal["ok", "stale", "missing"]


class IndexNotReady(RuntimeError):
    """No index has been installed yet."""


@dataclass(frozen=True, slots=True)
class Staleness:
    """How far the index is behind the bank.

    ``versions_behind``: bank version minus the version the index reflects (never negative).
    ``age_seconds``: seconds since the index was last brought up to date (full build or applied changes);
    when the index is behind, the oldest change it lacks is at most this old.
    ``built_seconds_ago``: seconds since the last full build.
    """

    index_version: int
    bank_version: int
    versions_behind: int
    age_seconds: float
    built_seconds_ago: float


@dataclass(frozen=True, slots=True)
class _Installed:
    matcher: Matcher
    version: int
    built_at: datetime
    synced_at: datetime


class MatcherService:
    """Holds the current matcher; thread-safe. ``clock`` returns an aware UTC datetime (tests move it)."""

    def __init__(self, *, clock: Callable[[], datetime] = utcnow) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._installed: _Installed | None = None

    @property
    def ready(self) -> bool:
        return self._installed is not None

    @property
    def matcher(self) -> Matcher:
        installed = self._installed
        if installed is None:
            raise IndexNotReady("the hash index has not been built yet")
        return installed.matcher

    @property
    def version(self) -> int | None:
        installed = self._installed
        return None if installed is None else installed.version

    @property
    def built_at(self) -> datetime | None:
        installed = self._installed
        return None if installed is None else installed.built_at

    @property
    def synced_at(self) -> datetime | None:
        installed = self._installed
        return None if installed is None else installed.synced_at

    def install(self, matcher: Matcher, bank_version: int, *, built_at: datetime | None = None) -> None:
        """Swap in a freshly built matcher that reflects the bank at ``bank_version``.

        ``built_at`` is when the bank was read for it (defaults to now); pass the time the read started when
        the build took long, so the age is not understated.
        """
        when = self._clock() if built_at is None else built_at
        with self._lock:
            current = self._installed
            if current is not None and bank_version < current.version:
                raise ValueError(
                    f"refusing to install an index at bank version {bank_version}: "
                    f"the current one is at {current.version}"
                )
            self._installed = _Installed(matcher, bank_version, when, when)

    def apply(
        self,
        *,
        bank_version: int,
        added: Iterable[tuple[int, str]] = (),
        removed: Iterable[int] = (),
    ) -> None:
        """Apply the bank's changes up to ``bank_version`` (removals after additions) and record the sync.

        Call it with no changes to record that the index was checked and is current at ``bank_version``.
        """
        with self._lock:
            current = self._installed
            if current is None:
                raise IndexNotReady("the hash index has not been built yet")
            if bank_version < current.version:
                raise ValueError(
                    f"bank version went backwards: index at {current.version}, changes up to {bank_version}"
                )
            additions = list(added)
            if additions:
                current.matcher.add(additions)
            removals = list(removed)
            if removals:
                current.matcher.remove(removals)
            self._installed = _Installed(current.matcher, bank_version, current.built_at, self._clock())

    def staleness(self, bank_version: int, *, now: datetime | None = None) -> Staleness:
        """How far behind ``bank_version`` (the bank's current version) the index is, and how old it is."""
        installed = self._installed
        if installed is None:
            raise IndexNotReady("the hash index has not been built yet")
        moment = self._clock() if now is None else now
        return Staleness(
            index_version=installed.version,
            bank_version=bank_version,
            versions_behind=max(0, bank_version - installed.version),
            age_seconds=max(0.0, (moment - installed.synced_at).total_seconds()),
            built_seconds_ago=max(0.0, (moment - installed.built_at).total_seconds()),
        )


def health_status(
    service: MatcherService,
    bank_version: int,
    *,
    max_lag_seconds: float = DEFAULT_MAX_LAG_SECONDS,
    now: datetime | None = None,
) -> dict[str, object]:
    """A small dict for /readyz: ``status`` is ``ok``, ``stale`` or ``missing``.

    ``stale`` means the index lacks bank changes and has not been brought up to date for more than
    ``max_lag_seconds``. It holds no hash and no bank size.
    """
    if not service.ready:
        return {"status": "missing", "bank_version": bank_version}
    staleness = service.staleness(bank_version, now=now)
    stale = staleness.versions_behind > 0 and staleness.age_seconds > max_lag_seconds
    state: HealthState = "stale" if stale else "ok"
    return {
        "status": state,
        "index_version": staleness.index_version,
        "bank_version": staleness.bank_version,
        "versions_behind": staleness.versions_behind,
        "age_seconds": round(staleness.age_seconds, 1),
        "index_kind": service.matcher.kind,
    }
