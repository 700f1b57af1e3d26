"""
`make serve-prod`: the single-server production layout on this machine, on loopback only.

    127.0.0.1:8000  nginx: /static/ and /media/ from disk, public pages cached
    127.0.0.1:8001  gunicorn with the production settings (still answers if nginx stops)
    127.0.0.1:8002  nginx's purge port, FRONTEND_CACHE_PURGE_URL for Wagtail

The database and settings come from the environment the Makefile passes (PROD_ENV);
static files are collected into a clean folder for this run, as a release does, and
nginx keeps its pid, logs, temp files and cache beside them. The Site is pointed at
SITE_URL (set_site_url) after migrating, as a release does, so a database seeded
under another address serves this one. Ctrl-C stops everything.
SERVE_PROD_PORT moves all three ports (PORT, PORT + 1, PORT + 2).
"""

import os
import signal
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scripts import frontcache  # noqa: E402
from scripts.localprod import ROOT, gunicorn, manage  # noqa: E402

PORT = int(os.environ.get("SERVE_PROD_PORT", "8000"))
APP_PORT, PURGE_PORT = PORT + 1, PORT + 2


def main():
    frontcache.ensure_installed()
    with tempfile.TemporaryDirectory(prefix="clinic-serve-prod-") as workdir:
        os.chmod(workdir, 0o755)  # noqa: S103 - nginx's workers (nobody) read static files here
        static_root = Path(workdir) / "static"
        media_root = Path(os.environ.get("MEDIA_ROOT", ROOT / "media"))
        media_root.mkdir(parents=True, exist_ok=True)
        env = {
            **os.environ,
            "STATIC_ROOT": str(static_root),
            "MEDIA_ROOT": str(media_root),
            "FRONTEND_CACHE_PURGE_URL": f"http://127.0.0.1:{PURGE_PORT}",
            "CLINIC_DETAILS_FILE": str(Path(workdir) / "clinic-details.json"),
        }
        manage(env, "collectstatic", "--noinput", "--verbosity", "0")
        manage(env, "migrate", "--noinput")
        manage(env, "set_site_url")
        nginx = frontcache.running(
            Path(workdir) / "nginx", PORT, PURGE_PORT, APP_PORT, static_root, media_root
        )
        with nginx, gunicorn(env, APP_PORT, app="config.wsgi:application", access_log="-"):
            print(f"\nServing http://127.0.0.1:{PORT}/ through nginx (X-Cache: HIT or MISS);")
            print(f"gunicorn alone answers on http://127.0.0.1:{APP_PORT}/. Ctrl-C stops both.\n")
            try:
                while True:
                    signal.pause()
            except KeyboardInterrupt:
                print("\nStopping nginx and gunicorn.")


def _interrupt(signum, frame):
    raise KeyboardInterrupt


if __name__ == "__main__":
    # Stopped by make or a terminal closing: the same clean stop as Ctrl-C.
    signal.signal(signal.SIGTERM, _interrupt)
    signal.signal(signal.SIGHUP, _interrupt)
    main()
