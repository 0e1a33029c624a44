import pytest

pytestmark = pytest.mark.django_db


def test_home_page_renders_in_english(client, home_page):
    response = client.get("/en/")
    assert response.status_code == 200
    assert b'<html lang="en"' in response.content
