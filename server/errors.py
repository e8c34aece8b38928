"""An API error with an HTTP status, a stable code and a sentence."""


class ApiError(Exception):
    def __init__(self, status: int, code: str, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.code = code
        self.detail = detail


def refuse_nul(where: str, value: str | None) -> None:
    """PostgreSQL text cannot hold NUL; a string stored in a column of its own must not
    carry one (``data`` is stored as JSON text, where it is escaped)."""
    if value and "\x00" in value:
        raise ApiError(422, "invalid_body", f"{where}: NUL characters are not allowed")
