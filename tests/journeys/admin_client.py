"""The Wagtail admin over HTTP, as a browser submits its forms (no JavaScript)."""

from __future__ import annotations

from html.parser import HTMLParser

import requests


class FormFields(HTMLParser):
    """The fields a browser would submit from the form with the given id, with their initial values."""

    def __init__(self, form_id: str):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.fields: list[tuple[str, str]] = []
        self._textarea: str | None = None
        self._select: str | None = None
        self._select_options: list[tuple[str, bool]] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "form":
            self.inside = attributes.get("id") == self.form_id
        if not self.inside or "name" not in attributes and tag != "option":
            return
        if tag == "input":
            kind = attributes.get("type", "text")
            if kind in {"submit", "button", "file", "image"}:
                return
            if kind in {"checkbox", "radio"} and "checked" not in attributes:
                return
            self.fields.append((attributes["name"], attributes.get("value") or ("on" if kind == "checkbox" else "")))
        elif tag == "textarea":
            self._textarea = attributes["name"]
            self.fields.append((self._textarea, ""))
        elif tag == "select":
            self._select, self._select_options = attributes["name"], []
        elif tag == "option" and self._select is not None:
            self._select_options.append((attributes.get("value", ""), "selected" in attributes))

    def handle_data(self, data):
        if self._textarea is not None:
            name, text = self.fields[-1]
            self.fields[-1] = (name, text + data)

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "textarea":
            self._textarea = None
        elif tag == "select" and self._select is not None:
            chosen = [value for value, selected in self._select_options if selected]
            self.fields.extend((self._select, value) for value in chosen)
            self._select = None


def form_fields(html: str, form_id: str) -> dict[str, str]:
    parser = FormFields(form_id)
    parser.feed(html)
    return dict(parser.fields)


class AdminSession:
    """An editor logged in to the Wagtail admin of a running site."""

    def __init__(self, base_url: str, username: str, password: str, timeout: float = 120):
        self.base_url = base_url
        self.timeout = timeout
        self.http = requests.Session()
        self.http.get(f"{base_url}/admin/login/", timeout=timeout).raise_for_status()
        response = self.post("/admin/login/", {"username": username, "password": password})
        if response.status_code != 302:
            raise RuntimeError(f"Could not log in to the admin: {response.status_code}")

    def post(self, path: str, data: dict[str, str], **headers: str) -> requests.Response:
        data = {**data, "csrfmiddlewaretoken": self.http.cookies["csrftoken"]}
        return self.http.post(
            self.base_url + path,
            data=data,
            headers={"Referer": self.base_url + path, **headers},
            allow_redirects=False,
            timeout=self.timeout,
        )

    def page_form(self, path: str) -> dict[str, str]:
        """The page editor's form at this admin path, as a browser would submit it unchanged."""
        response = self.http.get(self.base_url + path, timeout=self.timeout)
        response.raise_for_status()
        return form_fields(response.text, "page-edit-form")
