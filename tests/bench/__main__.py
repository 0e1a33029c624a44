import importlib
import os
import pkgutil
import sys
import time

import django


def main(selected):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    django.setup()

    from django.test.utils import setup_databases, setup_test_environment, teardown_databases

    import tests.bench

    setup_test_environment()
    old_config = setup_databases(verbosity=0, interactive=False)
    try:
        names = [m.name for m in pkgutil.iter_modules(tests.bench.__path__) if m.name.startswith("bench_")]
        for name in sorted(names):
            if selected and name.removeprefix("bench_") not in selected:
                continue
            module = importlib.import_module(f"tests.bench.{name}")
            print(f"\n== {name.removeprefix('bench_')} ==", flush=True)
            started = time.perf_counter()
            module.run(report)
            print(f"   ({time.perf_counter() - started:.1f} s)", flush=True)
    finally:
        teardown_databases(old_config, verbosity=0)


def report(name, value, unit=""):
    if isinstance(value, float):
        value = f"{value:,.2f}"
    print(f"  {name:<56} {value:>14} {unit}", flush=True)


if __name__ == "__main__":
    main(set(sys.argv[1:]))
