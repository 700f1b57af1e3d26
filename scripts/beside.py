"""
Run a web server with the scheduled-publishing loop beside it, and stop both together.

    python scripts/beside.py python manage.py runserver 127.0.0.1:8000

The loop (``manage.py run_scheduler``) inherits this environment, so it uses the same
settings and database as the server. Whichever way the server ends (Ctrl-C, a crash,
SIGTERM), the loop is stopped and this exits with the server's status.
"""

import signal
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(command):
    scheduler = subprocess.Popen([sys.executable, "manage.py", "run_scheduler"], cwd=ROOT)  # noqa: S603
    server = subprocess.Popen(command)  # noqa: S603 - the Makefile's own command line
    signal.signal(signal.SIGTERM, lambda *_: server.terminate())
    try:
        status = server.wait()
    except KeyboardInterrupt:
        status = server.wait()
    finally:
        scheduler.terminate()
        try:
            scheduler.wait(timeout=10)
        except subprocess.TimeoutExpired:
            scheduler.kill()
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
