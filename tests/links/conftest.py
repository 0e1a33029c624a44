from tests.newsletters.conftest import issue, newsletter_index  # noqa: F401  (an issue to send)
