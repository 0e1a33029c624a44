# machina looks these up under our app package, which does not change them.
from machina.apps.forum_conversation.forum_attachments.cache import *  # noqa: F403
