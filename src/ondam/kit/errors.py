"""Domain errors carry their HTTP status; the web layer turns them into pages or JSON."""

from __future__ import annotations


class DomainError(Exception):
    status_code = 400
    code = "bad_request"

    def __init__(self, message: str = "", **detail: object) -> None:
        super().__init__(message or self.code)
        self.message = message or self.code
        self.detail = detail


class NotFound(DomainError):
    """Missing and forbidden look the same from outside."""

    status_code = 404
    code = "not_found"


class Forbidden(DomainError):
    """Only for actions on a record the user may already see (e.g. a read-only role trying to edit)."""

    status_code = 403
    code = "forbidden"


class Conflict(DomainError):
    status_code = 409
    code = "conflict"


class TooManyRequests(DomainError):
    status_code = 429
    code = "too_many_requests"
