"""machina's apps, each under an app config of our own.

machina's migrations create AutoField ids while the project's DEFAULT_AUTO_FIELD is
BigAutoField; each config here pins AutoField so that `makemigrations --check` stays
clean. machina finds these packages by their names (forum, forum_conversation, ...)
and falls back to its own modules for everything they do not define.
"""
