"""The benchmark's server: production settings, plus a bare view to measure the framework against."""

from config.settings.production import *  # noqa: F403

ROOT_URLCONF = "tests.bench.urls"
