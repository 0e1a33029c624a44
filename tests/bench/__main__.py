"""`make bench`: runs every tests/bench/bench_<name>.py (or the names given) and prints its figures.

Each benchmark gets a database of its own, in a process of its own, so that what one builds
cannot skew or break the next.
"""

import importlib
import os
import pkgutil
import subprocess
import sys
import time

import django

import tests.bench


def benchmark_names():
    return sorted(
        m.name.removeprefix("bench_") for m in pkgutil.iter_modules(tests.bench.__path__) if m.name.startswith("bench_")
    )


def run_one(name):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    django.setup()

    from django.test.utils import setup_databases, setup_test_environment, teardown_databases

    setup_test_environment()
    module = importlib.import_module(f"tests.bench.bench_{name}")
    # A benchmark that brings its own servers and database (NEEDS_DATABASE = False) skips the test database.
    old_config = setup_databases(verbosity=0, interactive=False) if getattr(module, "NEEDS_DATABASE", True) else None
    try:
        print(f"\n== {name} ==", flush=True)
        started = time.perf_counter()
        module.run(report)
        print(f"   ({time.perf_counter() - started:.1f} s)", flush=True)
    finally:
        if old_config is not None:
            teardown_databases(old_config, verbosity=0)


def report(name, value, unit=""):
    if isinstance(value, float):
        value = f"{value:,.2f}"
    print(f"  {name:<56} {value:>14} {unit}", flush=True)


def main(selected):
    names = [name for name in benchmark_names() if not selected or name in selected]
    if len(names) == 1:
        run_one(names[0])
        return 0
    failed = [name for name in names if subprocess.run([sys.executable, "-m", "tests.bench", name]).returncode]  # noqa: S603
    if failed:
        print(f"\nFailed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    # --long: the mixed load of bench_stack runs 5 minutes instead of one (`make bench ARGS=--long`).
    if "--long" in sys.argv:
        os.environ["BENCH_LONG"] = "1"
    sys.exit(main({arg for arg in sys.argv[1:] if not arg.startswith("--")}))
