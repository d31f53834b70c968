"""Extra HTTP routes served by the Streamlit server itself (see server.py).

Why on the app's own port: Hugging Face Spaces exposes exactly one port, so Prometheus scrapes
``/metrics`` next to the app. On a public deployment set ``NETEST_METRICS_TOKEN`` and the
endpoint answers only to ``Authorization: Bearer <token>``.

``/_netest/ready`` is the load balancer's readiness check: 200 only when every check the
composition root registered (``set_readiness_checks``; server.py: database reachable, model
loaded) passes, else 503 with the failing names. Liveness stays Streamlit's ``/_stcore/health``.
ops/ stays a leaf: it knows checks only as named callables.
"""
from __future__ import annotations

import hmac
import json
from collections.abc import Callable, Mapping

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from ops import metrics
from ops.settings import get_settings


def _authorised(request: Request, token: str | None) -> bool:
    if not token:
        return True
    given = request.headers.get("authorization", "")
    return hmac.compare_digest(given.encode(), f"Bearer {token}".encode())


async def metrics_endpoint(request: Request) -> Response:
    """Prometheus text exposition of ``ops.metrics.REGISTRY``."""
    if not _authorised(request, get_settings().metrics_token):
        return PlainTextResponse("unauthorised\n", status_code=401,
                                 headers={"WWW-Authenticate": "Bearer"})
    return Response(metrics.render(), media_type=metrics.CONTENT_TYPE,
                    headers={"Cache-Control": "no-store"})


READY_PATH = "/_netest/ready"
ReadinessChecks = Mapping[str, Callable[[], bool]]
_readiness: dict[str, Callable[[], bool]] = {}


def set_readiness_checks(checks: ReadinessChecks) -> None:
    """Registers the named checks ``/_netest/ready`` runs (replacing earlier ones)."""
    _readiness.clear()
    _readiness.update(checks)


def readiness() -> dict[str, bool]:
    """Runs every registered check; a check that raises counts as failed. No checks: not ready
    (a server whose composition root wired nothing must not receive traffic)."""
    results: dict[str, bool] = {}
    for name, check in list(_readiness.items()):
        try:
            results[name] = bool(check())
        except Exception:  # noqa: BLE001 - a failing check is "not ready", never a 500
            results[name] = False
    return results


async def ready_endpoint(_request: Request) -> Response:
    """200 ``{"ready": true, ...}`` when the replica can serve researchers, else 503."""
    results = await run_in_threadpool(readiness)   # checks may touch the database
    ok = bool(results) and all(results.values())
    return Response(json.dumps({"ready": ok, "checks": results}, sort_keys=True) + "\n",
                    status_code=200 if ok else 503, media_type="application/json",
                    headers={"Cache-Control": "no-store"})


def extra_routes() -> list[Route]:
    """The routes ``server.py`` adds next to Streamlit's own."""
    return [Route("/metrics", metrics_endpoint, methods=["GET"]),
            Route(READY_PATH, ready_endpoint, methods=["GET", "HEAD"])]
