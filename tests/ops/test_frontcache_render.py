"""The nginx configuration as rendered for a real server and for `make serve-prod`."""

import os
import subprocess
import sys

import pytest

from scripts import frontcache
from scripts.localprod import ROOT

PATHS = {"listen": "127.0.0.1:8000", "purge_listen": "127.0.0.1:8002", "upstream": "127.0.0.1:8001"}


def test_the_documented_render_creates_the_folders_nginx_needs(tmp_path):
    prefix = tmp_path / "nginx"
    prefix.mkdir()
    result = subprocess.run(  # noqa: S603 - our own script
        [sys.executable, "scripts/frontcache.py", "render", "--prefix", str(prefix),
         "--static-root", str(tmp_path / "static"), "--media-root", str(tmp_path / "media")],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert (prefix / "tmp").is_dir() and (prefix / "cache").is_dir()
    assert f"proxy_cache_path {prefix / 'cache'} " in result.stdout
    assert "\nuser " not in result.stdout  # nginx's own default unless --user is given


def test_started_as_root_the_workers_run_as_whoever_owns_the_media(tmp_path):
    """A checkout in a 0700 folder: only its owner can reach ./media, so the workers are it."""
    private = tmp_path / "private"
    (private / "media").mkdir(parents=True)
    private.chmod(0o700)
    conf = frontcache.prepare(
        tmp_path / "nginx", static_root=tmp_path, media_root=private / "media",
        load_module="", **PATHS,
    )  # fmt: skip
    lines = conf.read_text().splitlines()
    if os.geteuid() == 0:
        assert f"user {frontcache.file_owner(private / 'media')};" in lines
    else:
        assert not [line for line in lines if line.startswith("user ")]


@pytest.mark.parametrize("user", ["clinic", "clinic www-data"])
def test_an_explicit_user_is_written_as_given(tmp_path, user):
    text = frontcache.render(
        tmp_path, static_root=tmp_path, media_root=tmp_path, load_module="", user=user, **PATHS
    )
    assert f"user {user};" in text.splitlines()
