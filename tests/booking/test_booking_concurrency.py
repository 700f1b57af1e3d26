"""Concurrent submissions on a SQLite file: all stored, none fails with "database is locked"."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_twenty_simultaneous_bookings_on_a_sqlite_file(tmp_path):
    database = tmp_path / "concurrency.sqlite3"
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
    }
    run = subprocess.run(  # noqa: S603 - our own interpreter and script
        [sys.executable, "-m", "tests.booking.booking_concurrency_probe"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    report = json.loads(run.stdout.strip().splitlines()[-1])
    assert report["vendor"] == "sqlite"
    assert report["database"] == str(database) and database.stat().st_size > 0
    assert report["journal_mode"] == "wal"
    assert report["results"] == ["302"] * 20, report["results"]
    assert report["stored"] == 20
    assert report["notified"] == 20
    assert "database is locked" not in run.stderr
