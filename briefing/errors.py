"""The one exception type the command line turns into a one-line message."""


class BriefingError(Exception):
    """A problem with the user's input or set-up, reported as one line without a traceback."""
