"""Extra HTTP routes served by the Streamlit server itself (see server.py).

Why on the app's own port: Hugging Face Spaces exposes exactly one port, so Prometheus scrapes
``/metrics`` next to the app. On a public deployment set ``NETEST_METRICS_TOKEN`` and the
endpoint answers only to ``Authorization: Bearer <token>``.
"""
from __future__ import annotations

import hmac

from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from ops import metrics


def _authorised(request: Request, token: str | None) -> bool:
    if not token:
        return True
    given = request.headers.get("authorization", "")
    return hmac.compare_digest(given.encode(), f"Bearer {token}".encode())


async def metrics_endpoint(request: Request) -> Response:
    """Prometheus text exposition of ``ops.metrics.REGISTRY``."""
    from ops.settings import get_settings

    if not _authorised(request, get_settings().metrics_token):
        return PlainTextResponse("unauthorised\n", status_code=401,
                                 headers={"WWW-Authenticate": "Bearer"})
    return Response(metrics.render(), media_type=metrics.CONTENT_TYPE,
                    headers={"Cache-Control": "no-store"})


def extra_routes() -> list[Route]:
    """The routes ``server.py`` adds next to Streamlit's own."""
    return [Route("/metrics", metrics_endpoint, methods=["GET"])]
