"""
nginx as the front cache: find or install it, render deploy/nginx/clinic.conf.template, run it.

``make serve-prod`` and tests/ops/test_front_cache.py run it through ``running()``, with
its own prefix, pid file and temp folders, in the foreground, on loopback only. As a
command it prints the rendered configuration for a real server::

    .venv/bin/python scripts/frontcache.py render --prefix /srv/clinic/nginx \\
        --static-root /srv/clinic/current/static --media-root /srv/clinic/media \\
        --public-scheme https > /srv/clinic/nginx/nginx.conf

which also creates the prefix's ``tmp`` and ``cache`` folders nginx needs.
"""

import argparse
import contextlib
import grp
import os
import pwd
import re
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.localprod import own_process_group  # noqa: E402

TEMPLATE = ROOT / "deploy" / "nginx" / "clinic.conf.template"
PACKAGES = ["nginx", "libnginx-mod-http-cache-purge"]
PURGE_MODULE = "ngx_http_cache_purge_module.so"
POLICY_RC_D = Path("/usr/sbin/policy-rc.d")


def nginx_binary():
    return shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin:/usr/local/sbin")


def _build_options(nginx):
    # nginx -V prints its configure arguments on stderr.
    return subprocess.run([nginx, "-V"], capture_output=True, text=True).stderr


def load_module_line(nginx):
    """The ``load_module`` line the purge module needs; "" if built in; None if missing."""
    options = _build_options(nginx)
    found = re.search(r"--modules-path=(\S+)", options)
    modules = [Path(found.group(1))] if found else []
    modules += [Path("/usr/lib/nginx/modules"), Path("/usr/share/nginx/modules")]
    for folder in modules:
        if (folder / PURGE_MODULE).exists():
            return f"load_module {folder / PURGE_MODULE};"
    return "" if "cache_purge" in options else None


def missing_reason():
    """Why nginx with the purge module cannot run here, or None when it can."""
    nginx = nginx_binary()
    if not nginx:
        return "nginx is not installed (apt-get install nginx libnginx-mod-http-cache-purge)"
    if load_module_line(nginx) is None:
        return (
            "nginx's cache purge module is missing (apt-get install libnginx-mod-http-cache-purge)"
        )
    return None


def ensure_installed():
    """Install nginx and the purge module from Debian's packages, without starting the service.

    Debian's package starts nginx on port 80 of every interface unless policy-rc.d forbids
    it, so a temporary policy forbids it for the length of the install.
    """
    if missing_reason() is None:
        return
    if os.geteuid() != 0 or not shutil.which("apt-get"):
        sys.exit(f"{missing_reason()}; install it as root, then run this again.")
    print(f"Installing {' '.join(PACKAGES)} from Debian's packages (the service stays stopped)")
    own_policy = not POLICY_RC_D.exists()
    if own_policy:
        POLICY_RC_D.write_text(
            "#!/bin/sh\n# Written by scripts/frontcache.py during an install.\nexit 101\n"
        )
        POLICY_RC_D.chmod(0o755)
    try:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", *PACKAGES], check=True, env=env)
    finally:
        if own_policy:
            POLICY_RC_D.unlink()
    if missing_reason():
        sys.exit(missing_reason())


def render(
    prefix,
    listen,
    purge_listen,
    upstream,
    static_root,
    media_root,
    public_scheme="http",
    cache_max_size="256m",
    load_module=None,
    user=None,
):
    """The configuration text; every path absolute, every @NAME@ filled in.

    ``user`` ("name" or "name group") is who nginx's workers run as when it starts as
    root; without it nginx's own default (usually "nobody").
    """
    if load_module is None:
        load_module = load_module_line(nginx_binary()) or ""
    values = {
        "LOAD_MODULE": load_module,
        "USER": f"user {user};" if user else "",
        "PREFIX": Path(prefix).resolve(),
        "CACHE_DIR": Path(prefix).resolve() / "cache",
        "CACHE_MAX_SIZE": cache_max_size,
        "LISTEN": listen,
        "PURGE_LISTEN": purge_listen,
        "UPSTREAM": upstream,
        "STATIC_ROOT": Path(static_root).resolve(),
        "MEDIA_ROOT": Path(media_root).resolve(),
        "PUBLIC_SCHEME": public_scheme,
    }
    text = TEMPLATE.read_text()
    for name, value in values.items():
        text = text.replace(f"@{name}@", str(value))
    left = sorted(set(re.findall(r"@[A-Z_]+@", text)))
    if left:
        raise ValueError(f"unfilled placeholders in {TEMPLATE.name}: {left}")
    return text


def make_folders(prefix):
    """The folders the rendered configuration names; nginx creates neither itself."""
    for folder in ("cache", "tmp"):
        (Path(prefix) / folder).mkdir(parents=True, exist_ok=True)


def file_owner(path):
    """``"user group"`` owning ``path``: who can read it even inside a private (0700) folder."""
    stat = Path(path).stat()
    return f"{pwd.getpwuid(stat.st_uid).pw_name} {grp.getgrgid(stat.st_gid).gr_name}"


def prepare(prefix, **options):
    """Write the configuration and its folders under ``prefix``; the config's path."""
    prefix = Path(prefix)
    # Purges sent while nginx was down were lost, so it starts with an empty cache.
    shutil.rmtree(prefix / "cache", ignore_errors=True)
    make_folders(prefix)
    if os.geteuid() == 0 and "user" not in options:
        # Started as root, nginx's workers would drop to "nobody", who cannot read media
        # in a checkout under a private folder (root's home, a container's /src): they run
        # as the media's owner instead, who can.
        options["user"] = file_owner(options["media_root"])
        prefix.chmod(prefix.stat().st_mode | 0o755)  # they keep the cache here
    conf = prefix / "nginx.conf"
    conf.write_text(render(prefix, **options))
    return conf


@contextlib.contextmanager
def running(prefix, port, purge_port, upstream_port, static_root, media_root, **options):
    """nginx in the foreground on 127.0.0.1:port (and :purge_port), stopped on the way out."""
    conf = prepare(
        prefix,
        listen=f"127.0.0.1:{port}",
        purge_listen=f"127.0.0.1:{purge_port}",
        upstream=f"127.0.0.1:{upstream_port}",
        static_root=static_root,
        media_root=media_root,
        **options,
    )
    nginx = nginx_binary()
    base = [nginx, "-p", str(prefix), "-c", str(conf), "-e", f"{prefix}/error.log"]
    subprocess.run([*base, "-t", "-q"], check=True)
    with own_process_group([*base, "-g", "daemon off;"]) as process:
        _wait_for_listener(f"http://127.0.0.1:{purge_port}/", process)
        yield process


def _wait_for_listener(url, process, timeout=20):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"nginx exited with {process.returncode}")
        try:
            urllib.request.urlopen(url, timeout=2)  # noqa: S310 - our own loopback port
            return
        except urllib.error.HTTPError:
            return  # it answered: 405 for a GET on the purge port
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nginx did not answer on {url} within {timeout} s")


def main():
    parser = argparse.ArgumentParser(description="nginx as the front cache.")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("install", help="install nginx and the purge module if missing")
    conf = commands.add_parser("render", help="print the configuration")
    conf.add_argument("--prefix", required=True, help="pid, logs, temp files and the cache")
    conf.add_argument("--listen", default="127.0.0.1:8000", help="where the TLS proxy connects")
    conf.add_argument("--purge-listen", default="127.0.0.1:8002", help="FRONTEND_CACHE_PURGE_URL")
    conf.add_argument("--upstream", default="127.0.0.1:8001", help="gunicorn's bind")
    conf.add_argument("--static-root", required=True, help="STATIC_ROOT of this release")
    conf.add_argument("--media-root", required=True, help="MEDIA_ROOT")
    conf.add_argument("--public-scheme", default="https", choices=["http", "https"])
    conf.add_argument("--cache-max-size", default="256m")
    conf.add_argument("--user", help="who the workers run as when nginx starts as root")
    args = vars(parser.parse_args())
    if args.pop("command") == "install":
        ensure_installed()
    else:
        make_folders(args["prefix"])
        print(render(**args))


if __name__ == "__main__":
    main()
