import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

application = get_wsgi_application()

# Page-view beacons are answered before Django handles a request (indicators/beacon.py); imported once
# Django is set up.
from indicators.beacon import answer_beacons_first  # noqa: E402

application = answer_beacons_first(application)
