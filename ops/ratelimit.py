"""A thread-safe sliding-window rate limiter keyed per workspace (or per session).

Why sliding window and not a token bucket: the rule researchers read ("at most N analyses per
minute") is exactly what a sliding window enforces, and the retry delay it reports is exact
(when the oldest counted request leaves the window). Only fresh analyses are meant to be
counted; cached pages are free. The clock is injectable so tests do not sleep.
"""
from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable

from ops.settings import get_settings

#: keys not seen for this many windows are forgotten (bounded memory with many visitors)
_IDLE_WINDOWS_BEFORE_EVICTION = 2


class RateLimiter:
    """At most ``per_minute`` accepted calls per key in any ``window_seconds`` window."""

    def __init__(
        self,
        per_minute: int,
        window_seconds: float = 60.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if per_minute < 1:
            raise ValueError("per_minute must be at least 1")
        if window_seconds <= 0:
            raise ValueError("window_seconds must be positive")
        self.limit = int(per_minute)
        self.window = float(window_seconds)
        self._clock = clock
        self._hits: dict[str, deque[float]] = {}
        self._lock = threading.Lock()
        self._last_sweep = clock()

    @classmethod
    def from_settings(cls, settings: object, clock: Callable[[], float] = time.monotonic) -> RateLimiter:
        return cls(
            per_minute=int(getattr(settings, "rate_limit_per_minute", 30)),
            window_seconds=float(getattr(settings, "rate_limit_window_seconds", 60.0)),
            clock=clock,
        )

    def check(self, key: str) -> tuple[bool, float]:
        """Counts one attempt for ``key``; returns (allowed, seconds until the next is allowed).

        A refused attempt is not counted, so hammering the button does not extend the wait.
        """
        now = self._clock()
        with self._lock:
            self._sweep(now)
            hits = self._hits.setdefault(key, deque())
            cutoff = now - self.window
            while hits and hits[0] <= cutoff:
                hits.popleft()
            if len(hits) < self.limit:
                hits.append(now)
                return True, 0.0
            return False, max(0.0, hits[0] + self.window - now)

    def remaining(self, key: str) -> int:
        """How many more attempts ``key`` may make right now (does not count one)."""
        now = self._clock()
        with self._lock:
            hits = self._hits.get(key)
            if not hits:
                return self.limit
            return self.limit - sum(1 for t in hits if t > now - self.window)

    def reset(self, key: str | None = None) -> None:
        with self._lock:
            if key is None:
                self._hits.clear()
            else:
                self._hits.pop(key, None)

    def __len__(self) -> int:
        """Number of keys currently tracked."""
        with self._lock:
            return len(self._hits)

    def _sweep(self, now: float) -> None:
        if now - self._last_sweep < self.window:
            return
        self._last_sweep = now
        horizon = now - self.window * _IDLE_WINDOWS_BEFORE_EVICTION
        for k in [k for k, d in self._hits.items() if not d or d[-1] <= horizon]:
            del self._hits[k]


def rate_limit_message(retry_after: float) -> str:
    """The Portuguese message shown when a researcher is over the limit."""
    seconds = max(1, math.ceil(retry_after))
    return f"Muitas análises em pouco tempo; tente de novo em {seconds} s."


_shared: RateLimiter | None = None
_shared_lock = threading.Lock()


def get_rate_limiter() -> RateLimiter:
    """The process-wide limiter for fresh analyses, configured from settings (created once)."""
    global _shared
    with _shared_lock:
        if _shared is None:
            _shared = RateLimiter.from_settings(get_settings())
        return _shared
