"""Discord's REST error bodies, raised inside route handlers and rendered by the REST app."""

from __future__ import annotations

from ._json import JSONObject


class APIError(Exception):
    """An error response: HTTP status, Discord JSON error code and message, optional field errors."""

    def __init__(self, status: int, code: int, message: str, errors: JSONObject | None = None) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status = status
        self.code = code
        self.message = message
        self.errors = errors
        self.extra: JSONObject = {}
        """More top-level body fields (`retry_after` and `global` on a slowmode 429)."""

    def body(self) -> JSONObject:
        body: JSONObject = {"message": self.message, "code": self.code, **self.extra}
        if self.errors is not None:
            body["errors"] = self.errors
        return body


def field_error(code: str, message: str) -> JSONObject:
    """One entry of an `_errors` list."""
    return {"code": code, "message": message}


def invalid_form_body(errors: JSONObject) -> APIError:
    return APIError(400, 50035, "Invalid Form Body", errors)


def not_found() -> APIError:
    return APIError(404, 0, "404: Not Found")


def method_not_allowed() -> APIError:
    return APIError(405, 0, "405: Method Not Allowed")


def unauthorized() -> APIError:
    return APIError(401, 0, "401: Unauthorized")


def invalid_json() -> APIError:
    return APIError(400, 50109, "The request body contains invalid JSON.")


def missing_access() -> APIError:
    return APIError(403, 50001, "Missing Access")


def missing_permissions() -> APIError:
    return APIError(403, 50013, "Missing Permissions")


def empty_message() -> APIError:
    return APIError(400, 50006, "Cannot send an empty message")


def unknown(kind: str) -> APIError:
    """`Unknown <kind>` with the code Discord uses for it."""
    codes = {
        "Account": 10001,
        "Application": 10002,
        "Channel": 10003,
        "Guild": 10004,
        "Invite": 10006,
        "Member": 10007,
        "Message": 10008,
        "Overwrite": 10009,
        "Role": 10011,
        "Token": 10012,
        "User": 10013,
        "Emoji": 10014,
        "Webhook": 10015,
        "Ban": 10026,
        "Interaction": 10062,
        "Application Command": 10063,
    }
    # Discord's wording: "Unknown Channel", but "Unknown interaction" and "Unknown application command".
    wording = {"Interaction": "interaction", "Application Command": "application command"}
    return APIError(404, codes[kind], f"Unknown {wording.get(kind, kind)}")


def already_acknowledged() -> APIError:
    return APIError(400, 40060, "Interaction has already been acknowledged.")


def internal_server_error() -> APIError:
    return APIError(500, 0, "500: Internal Server Error")
