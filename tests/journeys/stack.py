"""The `make run` stack as a newcomer gets it, started for the journey tests.

A fresh installation in a temporary directory: its own var/ (SQLite database,
uploads, secret key, admin password), migrated, with the demo content and the
local administrator, then `scripts/run.sh` (the dev server, the task worker and
the scheduler loop) on a free port. Everything the processes print goes to one
log file, which the tests read.
"""

from __future__ import annotations

import fcntl
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from tests.ports import free_port

REPO_ROOT = Path(__file__).resolve().parents[2]
PYTHON = str(REPO_ROOT / ".venv" / "bin" / "python")
if not Path(PYTHON).exists():
    PYTHON = sys.executable

# What a newcomer's shell passes on; the test runner's own settings (PostgreSQL,
# the search server, test mail backends) must not leak into the stack.
INHERITED_VARIABLES = ("PATH", "HOME", "LANG", "LC_ALL", "TMPDIR", "TZ", "CHROMIUM_PATH")
SETUP_COMMANDS = (
    ["migrate", "--no-input", "-v", "0"],
    ["load_demo", "--if-empty"],
    ["ensure_admin"],
)
STARTUP_TIMEOUT = 300
SERVER_ERROR_LINE = re.compile(r'" 5\d\d \d+$')
LOCKED = "database is locked"
ADMIN_PASSWORD_FILE = "admin-password-of-the-tests"


def stack_environment(var_dir: Path, port: int) -> dict[str, str]:
    env = {name: os.environ[name] for name in INHERITED_VARIABLES if name in os.environ}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "config.settings.dev",
            "VAR_DIR": str(var_dir),
            "PORT": str(port),
            "PYTHONUNBUFFERED": "1",
        }
    )
    # The one exception: the search engine. `make run` starts one, as the suite's script does; here it
    # uses the suite's (under indexes of its own) rather than start a second on the same machine.
    if os.environ.get("SEARCH_URL"):
        env.update(SEARCH_URL=os.environ["SEARCH_URL"], SEARCH_INDEX_PREFIX=f"make-run-{port}")
    else:
        env["SEARCH"] = "db"
    return env


def manage(env: dict[str, str], *args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    """Run a management command of the project the way `make run` does."""
    return subprocess.run(  # noqa: S603 - the project's own manage.py
        [PYTHON, "manage.py", *args],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def install(var_dir: Path) -> None:
    """What `make run` does before serving: migrate, load the demo, create the admin (its password kept beside)."""
    var_dir.mkdir(parents=True, exist_ok=True)
    env = stack_environment(var_dir, port=0)  # nothing is served while installing
    with open(var_dir / "setup.log", "a") as setup_log:
        for command in SETUP_COMMANDS:
            result = manage(env, *command, timeout=STARTUP_TIMEOUT * 2)
            setup_log.write(result.stdout + result.stderr)
            if result.returncode:
                raise RuntimeError(f"manage.py {' '.join(command)} failed:\n{result.stderr[-3000:]}")
    login = re.search(r"Admin login: admin / (\S+)", result.stdout)
    if not login:
        raise RuntimeError(f"ensure_admin printed no login:\n{result.stdout}")
    (var_dir / ADMIN_PASSWORD_FILE).write_text(login.group(1))


def install_once(installed: Path) -> None:
    """The installation in `installed`, made by whichever process comes first (the others wait for it)."""
    installed.parent.mkdir(parents=True, exist_ok=True)
    with open(installed.parent / f"{installed.name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (installed / ADMIN_PASSWORD_FILE).exists():
            install(installed)


@dataclass
class LocalStack:
    """A running `make run` installation."""

    var_dir: Path
    port: int
    env: dict[str, str]
    log_path: Path
    admin_password: str = ""
    process: subprocess.Popen | None = field(default=None, repr=False)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def db_path(self) -> Path:
        return self.var_dir / "db.sqlite3"

    # --- lifecycle ------------------------------------------------------------

    def install_as(self, installed: Path) -> None:
        """A copy of the installation in `installed`, made there first by whichever test process comes first.

        Installing (migrating SQLite and loading the demo) takes minutes on two cores; the parallel
        test processes share one, each serving its own copy.
        """
        install_once(installed)
        # Not the cache: it holds what the installing commands computed for their own address.
        shutil.copytree(installed, self.var_dir, ignore=shutil.ignore_patterns("cache"))
        self.admin_password = (self.var_dir / ADMIN_PASSWORD_FILE).read_text()

    def start(self) -> None:
        log = open(self.log_path, "ab")  # noqa: SIM115 - the stack writes to it until stop()
        self.process = subprocess.Popen(  # noqa: S603 - the project's own script
            ["scripts/run.sh"],
            cwd=REPO_ROOT,
            env=self.env,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        log.close()
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"scripts/run.sh exited with {self.process.returncode}:\n{self.log()[-3000:]}")
            try:
                with urllib.request.urlopen(f"{self.url}/admin/login/", timeout=10) as response:  # noqa: S310
                    if response.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(1)
        self.stop()
        raise RuntimeError(f"The stack did not answer within {STARTUP_TIMEOUT} s:\n{self.log()[-3000:]}")

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        # run.sh leads its own process group: the server, the worker and the scheduler loop.
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=30)

    # --- what the tests read ----------------------------------------------------

    def log(self, since: int = 0) -> str:
        with open(self.log_path, "rb") as log:
            log.seek(since)
            return log.read().decode("utf-8", errors="replace")

    def log_size(self) -> int:
        return self.log_path.stat().st_size

    def problems_in_log(self, since: int = 0) -> list[str]:
        """Server errors, tracebacks and lock errors the processes printed since `since`."""
        return [
            line
            for line in self.log(since).splitlines()
            if SERVER_ERROR_LINE.search(line) or "Traceback" in line or LOCKED in line
        ]

    def query(self, sql: str, params: tuple = ()) -> list[tuple]:
        """Read the stack's SQLite database directly (a short read, no lock kept)."""
        with closing(sqlite3.connect(self.db_path, timeout=60)) as connection:
            return connection.execute(sql, params).fetchall()

    def locales_of(self, page_id: int, *, live_only: bool = False) -> set[str]:
        """The locales in which the page of this id exists (as itself, a translation or an alias)."""
        sql = """
            SELECT locale.language_code FROM wagtailcore_page AS page
            JOIN wagtailcore_locale AS locale ON locale.id = page.locale_id
            WHERE page.translation_key = (SELECT translation_key FROM wagtailcore_page WHERE id = ?)
        """
        if live_only:
            sql += " AND page.live"
        return {code for (code,) in self.query(sql, (page_id,))}


def start_local_stack(base_dir: Path, installed: Path) -> LocalStack:
    """A `make run` stack in `base_dir`, serving a copy of the installation in `installed`."""
    var_dir = base_dir / "var"
    port = free_port()
    stack = LocalStack(
        var_dir=var_dir,
        port=port,
        env=stack_environment(var_dir, port),
        log_path=base_dir / "stack.log",
    )
    stack.install_as(installed)
    stack.start()
    return stack


if __name__ == "__main__":
    # `make test` makes the shared installation while it prepares the other servers (scripts/test.sh).
    install_once(Path(sys.argv[1]))
