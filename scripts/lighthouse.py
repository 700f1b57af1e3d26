"""
`make lighthouse`: Lighthouse's default mobile profile on every public page, in both
languages (``LIGHTHOUSE_PAGES=home,es-home`` audits only those).

Serves the production settings under gunicorn on loopback with a freshly seeded
SQLite database, runs the pinned npm ``lighthouse`` in Debian's Chromium, prints
one table and exits non-zero when any category scores below 100. Lighthouse
cannot reach Google from here, so the reCAPTCHA loader's absence from the
network log (before any interaction) is reported as well.
"""

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from demo.public_pages import EVERY_PAGE  # noqa: E402
from scripts.localprod import ROOT, build_site, get, gunicorn, prod_env  # noqa: E402

PORT = int(os.environ.get("LIGHTHOUSE_PORT", "8731"))
# Every public page in both languages unless LIGHTHOUSE_PAGES names some ("sot,es-sot").
ONLY = [name for name in os.environ.get("LIGHTHOUSE_PAGES", "").split(",") if name]
TARGET = 100
ATTEMPTS = 3
# Lighthouse's guidance on score variability: run several times and take the median run.
MEDIAN_OF = 3
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync"
RECAPTCHA_HOSTS = ("google.com/recaptcha", "gstatic.com/recaptcha", "recaptcha.net")
RESOURCE_TYPES = ["document", "stylesheet", "script", "image", "font", "other", "total"]


def run_lighthouse(url, out_dir):
    report = Path(out_dir) / "report.json"
    command = [
        str(ROOT / "node_modules" / ".bin" / "lighthouse"),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={report}",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={CHROME_FLAGS}",
        "--max-wait-for-load=30000",
    ]
    env = {**os.environ, "CHROME_PATH": shutil.which("chromium") or ""}
    for attempt in range(1, ATTEMPTS + 1):
        run = subprocess.run(command, env=env, timeout=180, stderr=subprocess.PIPE, text=True)
        if run.returncode == 0:
            return json.loads(report.read_text())
        # Lighthouse sometimes fails to record Chromium's trace (NO_NAVSTART) and says
        # to run it again; that says nothing about the page, so it gets another go.
        print(f"  {url}: Lighthouse failed (attempt {attempt}/{ATTEMPTS}):\n{run.stderr.strip()}")
    sys.exit(f"FAIL: Lighthouse could not audit {url} in {ATTEMPTS} attempts")


def audit(url, out_dir):
    """One report; when performance is below target, the median of ``MEDIAN_OF`` runs.

    Performance is the one category measured in time (TBT on a page with no JavaScript
    crossed 50 ms on a busy machine once in many runs); the others do not vary.
    """
    reports = [run_lighthouse(url, out_dir)]
    if _score(reports[0], "performance") < TARGET:
        reports += [run_lighthouse(url, out_dir) for _ in range(MEDIAN_OF - 1)]
        scores = sorted(_score(report, "performance") for report in reports)
        reports.sort(key=lambda report: _score(report, "performance"))
        print(f"  {url}: performance {scores}, taking the median")
    return reports[len(reports) // 2]


def _score(lhr, category):
    return round((lhr["categories"][category]["score"] or 0) * 100)


def summarise(name, lhr):
    audits = lhr["audits"]
    scores = {c: _score(lhr, c) for c in CATEGORIES}
    bytes_by_type = {
        item["resourceType"]: item["transferSize"]
        for item in audits["resource-summary"]["details"]["items"]
    }
    requests = [item["url"] for item in audits["network-requests"]["details"]["items"]]
    failing = [
        f"{c}: " + ", ".join(failed_audits(lhr, c)) for c in CATEGORIES if scores[c] < TARGET
    ]
    return {
        "page": name,
        **scores,
        "lcp": audits["largest-contentful-paint"]["numericValue"],
        "tbt": audits["total-blocking-time"]["numericValue"],
        "cls": audits["cumulative-layout-shift"]["numericValue"],
        "bytes": bytes_by_type,
        "recaptcha": any(host in url for url in requests for host in RECAPTCHA_HOSTS),
        "failing": failing,
    }


def failed_audits(lhr, category):
    refs = lhr["categories"][category]["auditRefs"]
    return [
        ref["id"] for ref in refs if ref["weight"] and (lhr["audits"][ref["id"]]["score"] or 0) < 1
    ]


def print_table(rows):
    header = "page        perf a11y  bp  seo   LCP ms  TBT ms    CLS  " + " ".join(
        f"{t[:6]:>7}" for t in RESOURCE_TYPES
    )
    print("\n" + header + "  reCAPTCHA before interaction")
    for r in rows:
        sizes = " ".join(f"{r['bytes'].get(t, 0) / 1024:6.1f}K" for t in RESOURCE_TYPES)
        print(
            f"{r['page']:<11} {r['performance']:>4} {r['accessibility']:>4} "
            f"{r['best-practices']:>3} {r['seo']:>4} {r['lcp']:>8.0f} {r['tbt']:>7.0f} "
            f"{r['cls']:>6.3f}  {sizes}  {'LOADED' if r['recaptcha'] else 'absent'}"
        )
    for r in rows:
        for line in r["failing"]:
            print(f"  {r['page']}: below {TARGET} in {line}")


def main():
    if not shutil.which("chromium"):
        sys.exit("make lighthouse needs Debian's chromium on PATH (apt-get install chromium)")
    if not (ROOT / "node_modules" / ".bin" / "lighthouse").exists():
        sys.exit("make lighthouse needs `npm ci` first (lighthouse is pinned in package.json)")
    rows = []
    with tempfile.TemporaryDirectory(prefix="lighthouse-") as workdir:
        env = prod_env(workdir, PORT)
        build_site(env)
        with gunicorn(env, PORT, workers=2):
            for name, path in EVERY_PAGE.items():
                if ONLY and name not in ONLY:
                    continue
                url = f"http://127.0.0.1:{PORT}{path}"
                status = get(url)[0]
                if status != 200:
                    sys.exit(f"FAIL: {path} answered HTTP {status}")
                rows.append(summarise(name, audit(url, workdir)))
    print_table(rows)
    below = [r["page"] for r in rows if r["failing"]]
    early = [r["page"] for r in rows if r["recaptcha"]]
    if below or early or not rows:
        sys.exit(
            f"FAIL: below {TARGET}: {below or 'none'}; reCAPTCHA loaded early: {early or 'none'}"
        )
    print(f"PASS: {len(rows)} pages at {TARGET} in every category, no early reCAPTCHA loader")


if __name__ == "__main__":
    main()
