from .deliverables import DeliverableIndexPage, DeliverablePage
from .events import EventIndexPage, EventPage
from .news import NewsIndexPage, NewsPage, NewsPageTag
from .partners import Partner, PartnerIndexPage, WorkingGroupIndexPage, WorkPackageIndexPage
from .practices import GoodPracticeIndexPage, GoodPracticePage
from .taxonomy import ThematicArea, WorkPackage

__all__ = [
    "DeliverableIndexPage",
    "DeliverablePage",
    "EventIndexPage",
    "EventPage",
    "GoodPracticeIndexPage",
    "GoodPracticePage",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageTag",
    "Partner",
    "PartnerIndexPage",
    "ThematicArea",
    "WorkPackage",
    "WorkPackageIndexPage",
    "WorkingGroupIndexPage",
]
