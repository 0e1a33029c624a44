"""The home page, the standard pages and the site-wide settings.

The settings come first: the home page's sections (home/selectors.py) read the project's facts.
"""

from .pages import HomePage, StandardPage  # noqa: I001  (after the settings, see above)
from .settings import FundingStatement, ProjectFacts, SiteSettings

__all__ = ["FundingStatement", "HomePage", "ProjectFacts", "SiteSettings", "StandardPage"]
