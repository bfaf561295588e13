"""The exceptions the command line turns into one line and an exit status."""

INTERNAL = "internal error while reading; please report it"  # a bug, not the user's input


class BriefingError(Exception):
    """A problem with the user's input or set-up, reported as one line without a traceback."""

    exit_code = 1


class DeliveryError(BriefingError):
    """The message could not be delivered (after retries, or for a permanent reason)."""

    exit_code = 3


class AlreadySent(BriefingError):
    """The day's briefing was sent before; sending again needs --force."""

    exit_code = 4


class NotAllDelivered(BriefingError):
    """Email, chat or both failed; the exit status says which (3 email, 5 chat, 6 both)."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code
