"""The one place that reads the environment.

Every service address and secret comes from here, with an embedded default that
lets `make run` work on a fresh machine with nothing configured.
"""

from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
# A local .env file is optional; real deployments set the variables themselves.
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)
