"""The deployment secret that signs request ids: from the settings, or generated once on a single machine.

Every worker and every machine of one deployment must sign with the same secret, or a vote sent to one instance
about another's answer is refused as unknown. On one machine the secret is generated on first start into
`secret_file` (mode 600), so all the workers there read the same one; several machines must be given one shared
`AFTERCARE_SECRET_KEY` instead.
"""

from __future__ import annotations

import logging
import os
import secrets
import stat
from pathlib import Path

from aftercare.errors import AftercareError
from aftercare.settings import Settings

log = logging.getLogger("aftercare.feedback")


def deployment_secret(settings: Settings) -> str:
    if settings.secret_key is not None:
        return settings.secret_key.get_secret_value().strip()
    try:
        return read_or_create_secret(settings.secret_file)
    except OSError as err:
        raise AftercareError(
            f"Cannot read or create the deployment secret at {settings.secret_file}: {err}. Make its folder writable, "
            "or set AFTERCARE_SECRET_KEY (the same value on every machine of the deployment).") from err


def read_or_create_secret(path: Path) -> str:
    """Read the secret, creating it first if it is missing.

    Workers starting together may all find it missing: each writes a complete candidate file and links it into
    place, which succeeds for exactly one; the others read the winner's. So nobody ever reads a half-written file.
    """
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        candidate = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
        fd = os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            os.write(fd, (secrets.token_urlsafe(48) + "\n").encode("ascii"))
            os.fsync(fd)
        finally:
            os.close(fd)
        try:
            os.link(candidate, path)
        except FileExistsError:
            pass  # another worker's secret is already in place
        finally:
            candidate.unlink()
    if stat.S_IMODE(path.stat().st_mode) & 0o077:
        log.warning("the deployment secret %s is readable by other users; run `chmod 600 %s`", path, path)
    secret = path.read_text(encoding="ascii").strip()
    if len(secret) < 32:
        raise AftercareError(f"The deployment secret in {path} is shorter than 32 characters: delete the file to "
                             "have a new one generated, or set AFTERCARE_SECRET_KEY.")
    return secret
