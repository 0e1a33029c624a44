"""The production topology of `make stack` (scripts/stack.sh) on free ports and in a directory of its own.

Started by the stack tests (tests/stack) and by the mixed-load benchmark (tests/bench/bench_stack.py).
"""

import os
import signal
import socket
import subprocess
import zlib
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
DEFAULT_DIR = Path(os.environ.get("TEST_STACK_DIR", f"/tmp/clusterpolisee-test-stack-{zlib.crc32(bytes(REPO))}"))  # noqa: S108


class StackDidNotStart(RuntimeError):
    pass


def free_ports(count):
    """`count` distinct free ports (the sockets are held open together, so none is handed out twice)."""
    sockets = [socket.socket() for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


class Stack:
    def __init__(self, environ):
        self.environ = environ
        self.dir = Path(environ["STACK_DIR"])
        self.varnish = f"http://127.0.0.1:{environ['VARNISH_PORT']}"
        self.web = [f"http://127.0.0.1:{port}" for port in environ["STACK_WEB_PORTS"].split(",")]
        self.search = [f"http://127.0.0.1:{port}" for port in environ["STACK_SEARCH_PORTS"].split(",")]

    def script(self, *args, timeout=300):
        return subprocess.run(  # noqa: S603 - a fixed command
            ["scripts/stack.sh", *args],
            cwd=REPO,
            env=self.environ,
            check=True,
            timeout=timeout,
            capture_output=True,
            text=True,
        )

    def pid(self, name):
        return int((self.dir / name).read_text().strip())

    def pids(self):
        """{process name: pid} of every long-running process of the stack (from its pid files)."""
        found = {}
        for pid_file in sorted(self.dir.glob("**/*.pid")):
            try:
                found[str(pid_file.relative_to(self.dir).with_suffix(""))] = int(pid_file.read_text().split()[0])
            except (OSError, ValueError, IndexError):
                continue
        return found

    def kill_web(self, number):
        """The gunicorn instance dies with its workers, as when its machine fails."""
        master = self.pid(f"web-{number}.pid")
        children = subprocess.run(["pgrep", "-P", str(master)], capture_output=True, text=True).stdout.split()  # noqa: S607
        for pid in [master, *map(int, children)]:
            os.kill(pid, signal.SIGKILL)

    def kill_worker(self, number):
        os.kill(self.pid(f"worker-{number}.pid"), signal.SIGKILL)

    def kill_search_node(self, number):
        os.kill(self.pid(f"search-{number}/opensearch.pid"), signal.SIGKILL)

    def shell(self, code, timeout=180):
        """Python code run by `manage.py shell` with the stack's production settings."""
        return self.manage("shell", "--no-imports", timeout=timeout, input=code)

    def manage(self, *args, timeout=120, input=None):
        """`manage.py` with the stack's production settings."""
        return subprocess.run(  # noqa: S603 - a fixed command
            ["bash", "-c", self.command("manage.py " + " ".join(args))],  # noqa: S607
            cwd=REPO,
            check=True,
            timeout=timeout,
            capture_output=True,
            text=True,
            input=input,
        ).stdout

    def command(self, python_arguments):
        """A shell command running the project's Python with the stack's production settings."""
        return f". {self.dir}/env && exec .venv/bin/python {python_arguments}"


@contextmanager
def started_stack(extra_env="", **environ):
    """A new stack on free ports in DEFAULT_DIR (emptied first), stopped afterwards; `extra_env` is added
    to the environment of the site's processes (scripts/stack.sh, STACK_EXTRA_ENV)."""
    web1, web2, refresh1, refresh2, varnish, db, redis, search1, search2, transport1, transport2 = free_ports(11)
    environ = {
        **os.environ,
        "STACK_DIR": str(DEFAULT_DIR),
        "STACK_WEB_PORTS": f"{web1},{web2}",
        "STACK_REFRESH_PORTS": f"{refresh1},{refresh2}",
        "VARNISH_PORT": str(varnish),
        "STACK_DB_PORT": str(db),
        "STACK_REDIS_PORT": str(redis),
        "STACK_SEARCH_PORTS": f"{search1},{search2}",
        "STACK_SEARCH_TRANSPORT_PORTS": f"{transport1},{transport2}",
        "STACK_EXTRA_ENV": extra_env,
        **environ,
    }
    for name in ("DJANGO_SETTINGS_MODULE", "DATABASE_URL", "REDIS_URL", "SEARCH_URL", "CACHE_URL"):
        environ.pop(name, None)
    stack = Stack(environ)

    def stop():
        subprocess.run(["scripts/stack.sh", "stop"], cwd=REPO, env=environ, capture_output=True, timeout=180)  # noqa: S603, S607

    stop()
    subprocess.run(["rm", "-rf", str(DEFAULT_DIR)], check=True)  # noqa: S603, S607
    try:
        stack.script("start", timeout=900)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as error:
        stop()
        raise StackDidNotStart(f"the stack did not start: {getattr(error, 'stderr', '')}") from error
    try:
        yield stack
    finally:
        stop()
