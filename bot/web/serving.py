"""How `aftercare serve` runs uvicorn: which proxies are believed, how many connections a worker holds, what is logged.

uvicorn on its own believes X-Forwarded-For from loopback, which lets any local client (or a proxy on the same
host that passes the header through) choose the address its rate limit is counted under; here proxies are
believed only when `AFTERCARE_TRUSTED_PROXIES` names them. uvicorn has no timeout for a connection that never
finishes its headers; the body timeout is the app's (`bot.web.guards.BodyLimits`), the header timeout is the
reverse proxy's job (README, "Behind a reverse proxy").
"""

from __future__ import annotations

import copy
from typing import Any

from uvicorn.config import LOGGING_CONFIG

from aftercare.settings import Settings

KEEP_ALIVE_SECONDS = 5


def logging_config() -> dict[str, Any]:
    """uvicorn's own logging plus the service's loggers at INFO: its per-request line `request_id type ms`."""
    config = copy.deepcopy(LOGGING_CONFIG)
    # Propagating is harmless under uvicorn (the root logger has no handler) and keeps pytest's caplog working.
    config["loggers"]["aftercare"] = {"handlers": ["default"], "level": "INFO", "propagate": True}
    return config


def uvicorn_options(settings: Settings) -> dict[str, Any]:
    """Keyword arguments for `uvicorn.run` / `uvicorn.Config` besides the app, host, port and workers."""
    return {
        "proxy_headers": bool(settings.trusted_proxies),
        "forwarded_allow_ips": list(settings.trusted_proxies),
        "limit_concurrency": settings.max_connections,
        "timeout_keep_alive": KEEP_ALIVE_SECONDS,
        "log_config": logging_config(),
        "log_level": "info",
        # No access log: it would record clients' addresses; the service logs request id, answer type and latency.
        "access_log": False,
        "server_header": False,
    }
