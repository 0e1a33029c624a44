"""The production settings pass Django's deployment checklist and refuse to start half-configured."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def manage(*args, settings="production", **env):
    # A deployment sees only its own configuration, not the test run's (the browser tests set DJANGO_* flags).
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "SITE_URL"} and not key.startswith("DJANGO_")
    }
    environment.update(DJANGO_SETTINGS_MODULE=f"config.settings.{settings}", **env)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=environment, capture_output=True, text=True, timeout=120
    )


def test_production_settings_pass_the_deployment_checklist_without_warnings():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="example.org",
        SITE_URL="https://example.org",
        CACHE_URL="redis://127.0.0.1:6379/1",
    )
    assert result.returncode == 0, result.stderr + result.stdout


def test_production_refuses_to_start_without_a_secret_key():
    result = manage(
        "check", ALLOWED_HOSTS="example.org", SITE_URL="https://example.org", CACHE_URL="redis://127.0.0.1:6379/1"
    )
    assert result.returncode != 0
    assert "Set SECRET_KEY" in result.stderr


def test_production_refuses_to_start_without_its_public_address():
    for site_url in ["", "example.org", "https://example.org/site"]:
        result = manage(
            "check",
            SECRET_KEY=secrets.token_urlsafe(50),
            ALLOWED_HOSTS="example.org",
            SITE_URL=site_url,
            CACHE_URL="redis://127.0.0.1:6379/1",
        )
        assert result.returncode != 0
        assert "Set SITE_URL" in result.stderr


def _setting(name, settings, **env):
    result = manage(
        "shell",
        "--no-imports",
        "-c",
        f"from django.conf import settings; print(settings.{name})",
        settings=settings,
        **env,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_wagtail_e_mails_to_editors_link_to_the_public_address():
    production = {
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "example.org",
        "CACHE_URL": "redis://127.0.0.1:6379/1",
    }
    assert _setting("WAGTAILADMIN_BASE_URL", "production", SITE_URL="https://example.org/", **production) == (
        "https://example.org"
    )


def test_the_development_server_links_to_its_own_port():
    assert _setting("WAGTAILADMIN_BASE_URL", "dev", SITE_URL="http://localhost:8765") == "http://localhost:8765"
    assert _setting("SITE_URL", "dev") == "http://localhost:8000"  # runserver's default port
