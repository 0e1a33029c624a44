from tests.forums.conftest import forums  # noqa: F401  (the forums, to be notified of posts)
from tests.knowledge.conftest import areas, site_tree, work_packages  # noqa: F401  (pages to link to)
from tests.newsletters.conftest import issue, newsletter_index  # noqa: F401  (an issue to send)
