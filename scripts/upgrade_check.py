"""
`make upgrade-check`: the non-browser suite against the next Wagtail and Django, as a report.

Builds its own virtualenv (`.venv-upgrade`, never the project's), installs the pins, then
the newest Wagtail 8 and Django 6.0 over them. wagtail-seo and wagtail-cache declare
`wagtail<8`, so they stay at their pins and pip's resolver is told to look away (`--no-deps`
for the upgrade step): what breaks because of them is exactly what this job is for. Django
6.0 needs Python 3.12; where this machine has only 3.11, the job says so and runs Wagtail 8
on Django 5.2, which Wagtail 8 supports.

It exits 0 with a summary whatever the suite did (the job is allowed to fail), unless
`--strict` is given. The suite runs under a time cap (`UPGRADE_CHECK_MINUTES`, 25), one
process (`-n 0`), and its full output is kept in `.venv-upgrade/pytest.log`. `--reuse`
keeps an existing `.venv-upgrade`; test paths after the options run only those.
"""

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET  # noqa: S405  (our own pytest's report, not input)
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv-upgrade"
REPORT = VENV / "junit.xml"
LOG = VENV / "pytest.log"
WAGTAIL = "wagtail>=8.0,<9"
DJANGO = "Django>=6.0,<6.1"
# What Wagtail 8 itself needs that 7.4 did not (its own requirements, installed with it
# because the upgrade step runs without dependency resolution).
WAGTAIL_8_EXTRAS = ["django-ninja>=1.6.3,<2", "pydantic>=2,<3", "modelsearch>=1.3.2,<1.4"]


def python_for_django_6():
    for name in ("python3.13", "python3.12"):
        found = shutil.which(name)
        # A version manager's shim may exist without the interpreter behind it.
        if found and subprocess.run([found, "-c", "pass"], capture_output=True).returncode == 0:
            return found
    return None


def run(cmd, **kwargs):
    print("+", " ".join(str(part) for part in cmd), flush=True)
    return subprocess.run(cmd, cwd=ROOT, **kwargs)


def build_venv(python):
    if VENV.exists():
        shutil.rmtree(VENV)
    run([python, "-m", "venv", str(VENV)], check=True)
    pip = [str(VENV / "bin" / "python"), "-m", "pip", "install", "--quiet"]
    run([*pip, "--upgrade", "pip"], check=True)
    run([*pip, "-r", "requirements-dev.txt"], check=True)
    targets = [WAGTAIL] + ([DJANGO] if python_for_django_6() else [])
    upgraded = run([*pip, "--upgrade", *targets, *WAGTAIL_8_EXTRAS])
    if upgraded.returncode != 0:
        # Dependency resolution refused (the plugins' wagtail<8): install over them anyway.
        run([*pip, "--upgrade", "--no-deps", *targets], check=True)
        run([*pip, *WAGTAIL_8_EXTRAS], check=True)


def installed_versions():
    out = run(
        [str(VENV / "bin" / "python"), "-m", "pip", "list", "--format=freeze"],
        capture_output=True,
        text=True,
    ).stdout
    wanted = {"django", "wagtail", "wagtail-seo", "wagtail-cache", "wagtail-localize"}
    return [line for line in out.splitlines() if line.split("==")[0].lower() in wanted]


def run_suite(minutes, paths):
    cmd = [str(VENV / "bin" / "pytest"), "-m", "not browser", "-n", "0", "-q", "-rfE"]
    cmd += ["-p", "no:cacheprovider", f"--junitxml={REPORT}", *paths]
    started = time.monotonic()
    print("+", " ".join(cmd), flush=True)
    with open(LOG, "w") as log:
        suite = subprocess.Popen(cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
        try:
            suite.wait(timeout=minutes * 60)
            capped = False
        except subprocess.TimeoutExpired:
            # As Ctrl-C: pytest stops, then still writes its summary and the XML report.
            # A test that swallows the interrupt gets two minutes, then the suite is killed.
            suite.send_signal(signal.SIGINT)
            try:
                suite.wait(timeout=120)
            except subprocess.TimeoutExpired:
                suite.kill()
                suite.wait()
            capped = True
    lines = [line for line in LOG.read_text().splitlines() if line.strip()]
    outcome = next((line for line in reversed(lines) if " in " in line), f"exit {suite.returncode}")
    if capped:
        outcome += f" (stopped at the {minutes}-minute cap)"
    return outcome, time.monotonic() - started


def failure_kinds():
    """Failures and errors grouped by their first line, most common first."""
    if not REPORT.exists():
        return Counter()
    kinds = Counter()
    for case in ET.parse(REPORT).getroot().iter("testcase"):  # noqa: S314
        for problem in list(case.findall("failure")) + list(case.findall("error")):
            message = (problem.get("message") or problem.text or "").strip().splitlines()
            first = message[0] if message else "(no message)"
            kinds[re.sub(r"0x[0-9a-f]+|\d{3,}", "N", first)[:160]] += 1
    return kinds


def main():
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--strict", action="store_true", help="exit 1 when any test fails")
    parser.add_argument("--reuse", action="store_true", help="keep .venv-upgrade if it is there")
    parser.add_argument("paths", nargs="*", help="test files or folders (default: all of tests/)")
    args = parser.parse_args()
    minutes = int(os.environ.get("UPGRADE_CHECK_MINUTES", "25"))
    python = python_for_django_6()
    started = time.monotonic()
    if not (args.reuse and (VENV / "bin" / "pytest").exists()):
        build_venv(python or sys.executable)
    built = time.monotonic() - started
    outcome, took = run_suite(minutes, args.paths)
    kinds = failure_kinds()
    print("\n== Wagtail 8 upgrade check ==")
    if python is None:
        print("Django 6.0 needs Python >= 3.12; none here, so Django stays at 5.2.")
    print("installed:", ", ".join(installed_versions()))
    print(f"venv built in {built:.0f} s; suite: {outcome} in {took:.0f} s")
    for message, count in kinds.most_common(25):
        print(f"{count:5d}  {message}")
    failed = bool(kinds) or any(word in outcome for word in ("failed", "error", "cap"))
    return 1 if (args.strict and failed) else 0


if __name__ == "__main__":
    sys.exit(main())
