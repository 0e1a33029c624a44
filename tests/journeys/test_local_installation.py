"""What `make run` exposes: its own secret key per installation, and only to this machine."""

import ast
import stat
import subprocess

from django.core import signing

import pytest

from tests.journeys.stack import PYTHON, REPO_ROOT, stack_environment

# Its `make run` installation (local_stack) is the one the other journeys share.
pytestmark = pytest.mark.slow_setup


def installation_key(var_dir):
    """The secret key that `make run`'s settings give the installation in `var_dir`."""
    result = subprocess.run(  # noqa: S603 - the project's settings
        [PYTHON, "-c", "from django.conf import settings; print(settings.SECRET_KEY)"],
        cwd=REPO_ROOT,
        env=stack_environment(var_dir, port=0),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_a_token_signed_by_one_installation_is_rejected_by_another(tmp_path):
    first, second = tmp_path / "first" / "var", tmp_path / "second" / "var"
    first_key, second_key = installation_key(first), installation_key(second)

    token = signing.dumps("unsubscribe:42", key=first_key, salt="forum")

    assert signing.loads(token, key=first_key, salt="forum") == "unsubscribe:42"
    with pytest.raises(signing.BadSignature):
        signing.loads(token, key=second_key, salt="forum")


def test_an_installation_keeps_its_secret_key_private_and_from_one_start_to_the_next(tmp_path):
    var_dir = tmp_path / "var"
    key = installation_key(var_dir)

    assert len(key) >= 50
    assert stat.S_IMODE((var_dir / "secret_key").stat().st_mode) == 0o600
    assert installation_key(var_dir) == key


def test_dev_settings_commit_no_secret_key():
    source = (REPO_ROOT / "config" / "settings" / "dev.py").read_text()
    assignments = [
        node
        for node in ast.walk(ast.parse(source))
        if isinstance(node, ast.Assign) and any(getattr(target, "id", "") == "SECRET_KEY" for target in node.targets)
    ]
    assert assignments, "dev.py sets SECRET_KEY"
    for assignment in assignments:
        # Names (of the variable, of the file) may appear; nothing as long as a key.
        literals = [node.value for node in ast.walk(assignment.value) if isinstance(node, ast.Constant)]
        assert all(len(value) < 20 for value in literals if isinstance(value, str)), ast.unparse(assignment)


def test_make_run_listens_on_this_machine_only(local_stack):
    assert f"Starting development server at http://127.0.0.1:{local_stack.port}/" in local_stack.log()
