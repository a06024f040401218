"""Real servers for the deployment tests, on free ports of 127.0.0.1, stopped by the tests.

`nginx_proxy` renders the repository's deploy/nginx/pair-a-pair.conf with the test's paths and
runs Debian's nginx in front of a Django live server.
"""

import re
import shutil
import subprocess
from contextlib import contextmanager
from pathlib import Path

from testing.servers import free_port, wait_for_port  # noqa: F401  (the tests import them from here too)

ROOT = Path(__file__).resolve().parents[2]
NGINX_CONF = ROOT / "deploy" / "nginx" / "pair-a-pair.conf"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"


def render_site_conf(media_root, upstream):
    text = NGINX_CONF.read_text()
    text = text.replace("@MEDIA_ROOT@", str(media_root).rstrip("/")).replace("@UPSTREAM@", upstream)
    assert not re.search(r"@[A-Z_]+@", text), "a placeholder is left"
    return text


@contextmanager
def nginx_proxy(workdir, media_root, upstream):
    """Yields the base URL of nginx serving the site's configuration in front of `upstream`."""
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    port = free_port()
    (workdir / "site.conf").write_text(render_site_conf(media_root, upstream))
    temp = {name: workdir / name for name in ("body", "proxy", "fastcgi", "uwsgi", "scgi")}
    for folder in temp.values():
        folder.mkdir(exist_ok=True)
    (workdir / "nginx.conf").write_text(
        f"""daemon off;
master_process off;
worker_processes 1;
pid {workdir}/nginx.pid;
error_log {workdir}/error.log warn;
events {{ worker_connections 64; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log off;
    client_body_temp_path {temp["body"]};
    proxy_temp_path {temp["proxy"]};
    fastcgi_temp_path {temp["fastcgi"]};
    uwsgi_temp_path {temp["uwsgi"]};
    scgi_temp_path {temp["scgi"]};
    server {{
        listen 127.0.0.1:{port};
        server_name _;
        include {workdir}/site.conf;
    }}
}}
"""
    )
    check = subprocess.run(
        [NGINX, "-t", "-p", str(workdir), "-c", str(workdir / "nginx.conf")],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert check.returncode == 0, check.stderr
    process = subprocess.Popen(
        [NGINX, "-p", str(workdir), "-c", str(workdir / "nginx.conf")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        wait_for_port(port, process)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
