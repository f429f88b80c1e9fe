"""Request-body checking that answers like Discord: a 50035 "Invalid Form Body" with a field error tree."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from ._json import JSONObject, JSONValue
from .api_errors import field_error, invalid_form_body


class Spec:
    """A rule for one JSON value; `check` appends errors under `path` and returns the value."""

    nullable: bool = False

    def check(self, value: JSONValue, path: tuple[str, ...], errors: ErrorTree) -> JSONValue:
        raise NotImplementedError


@dataclass
class ErrorTree:
    """Collects field errors and renders Discord's nested `{"field": {"_errors": [...]}}` tree."""

    tree: JSONObject = field(default_factory=dict)

    def add(self, path: tuple[str, ...], code: str, message: str) -> None:
        node = self.tree
        for part in path:
            node = node.setdefault(part, {})
        node.setdefault("_errors", []).append(field_error(code, message))

    def raise_if_any(self) -> None:
        if self.tree:
            raise invalid_form_body(self.tree)


@dataclass(frozen=True)
class Str(Spec):
    min_length: int = 0
    max_length: int | None = None
    nullable: bool = False
    choices: tuple[str, ...] | None = None

    def check(self, value: JSONValue, path: tuple[str, ...], errors: ErrorTree) -> JSONValue:
        if not isinstance(value, str):
            errors.add(path, "STRING_TYPE_CONVERT", f'Could not interpret "{value}" as string.')
            return value
        if self.max_length is not None and not self.min_length <= len(value) <= self.max_length:
            if self.min_length:
                errors.add(
                    path,
                    "BASE_TYPE_BAD_LENGTH",
                    f"Must be between {self.min_length} and {self.max_length} in length.",
                )
            else:
                errors.add(path, "BASE_TYPE_MAX_LENGTH", f"Must be {self.max_length} or fewer in length.")
        if self.choices is not None and value not in self.choices:
            errors.add(path, "BASE_TYPE_CHOICES", f"Value must be one of {self.choices}.")
        return value


@dataclass(frozen=True)
class Int(Spec):
    minimum: int | None = None
    maximum: int | None = None
    nullable: bool = False
    choices: tuple[int, ...] | None = None

    def check(self, value: JSONValue, path: tuple[str, ...], errors: ErrorTree) -> JSONValue:
        if isinstance(value, bool) or not isinstance(value, int):
            errors.add(path, "NUMBER_TYPE_COERCE", f'Value "{value}" is not int.')
            return value
        if self.minimum is not None and value < self.minimum:
            errors.add(
                path, "NUMBER_TYPE_MIN", f"int value should be greater than or equal to {self.minimum}."
            )
        if self.maximum is not None and value > self.maximum:
            errors.add(path, "NUMBER_TYPE_MAX", f"int value should be less than or equal to {self.maximum}.")
        if self.choices is not None and value not in self.choices:
            errors.add(path, "BASE_TYPE_CHOICES", f"Value must be one of {self.choices}.")
        return value


@dataclass(frozen=True)
class Bool(Spec):
    nullable: bool = False

    def check(self, value: JSONValue, path: tuple[str, ...], errors: ErrorTree) -> JSONValue:
        if not isinstance(value, bool):
            errors.add(path, "BOOLEAN_TYPE_CONVERT", f'Could not interpret "{value}" as boolean.')
        return value


@dataclass(frozen=True)
class Snowflake(Spec):
    """A snowflake: Discord accepts a decimal string or an integer and returns an int here."""

    nullable: bool = False

    def check(self, value: JSONValue, path: tuple[str, ...], errors: ErrorTree) -> JSONValue:
        if (
            isinstance(value, bool)
            or not isinstance(value, int | str)
            or not str(value).isdigit()
            or int(value) >= 1 << 64
        ):
            errors.add(path, "NUMBER_TYPE_COERCE", f'Value "{value}" is not snowflake.')
            return value
        return int(value)


@dataclass(frozen=True)
class Permissions(Spec):
    """A permission bitset, sent as a decimal string (integers are accepted too)."""

    nullable: bool = False

    def check(self, value: JSONValue, path: tuple[str, ...], errors: ErrorTree) -> JSONValue:
        if (
            isinstance(value, bool)
            or not isinstance(value, int | str)
            or not str(value).isdigit()
            or int(value) >= 1 << 64
        ):
            errors.add(path, "NUMBER_TYPE_COERCE", f'Value "{value}" is not int.')
            return value
        return int(value)


@dataclass(frozen=True)
class OneOf(Spec):
    """A value that may take one of several shapes (Discord's nonce: an integer or a short string)."""

    options: tuple[Spec, ...]
    nullable: bool = False

    def check(self, value: JSONValue, path: tuple[str, ...], errors: ErrorTree) -> JSONValue:
        first = ErrorTree()
        for option in self.options:
            attempt = ErrorTree()
            cleaned = option.check(value, path, attempt)
            if not attempt.tree:
                return cleaned
            if not first.tree:
                first = attempt
        _merge(errors.tree, first.tree)
        return value


def _merge(into: JSONObject, other: JSONObject) -> None:
    for key, value in other.items():
        if key == "_errors":
            into.setdefault("_errors", []).extend(value)
        else:
            _merge(into.setdefault(key, {}), value)


@dataclass(frozen=True)
class Array(Spec):
    item: Spec
    max_items: int | None = None
    min_items: int = 0
    nullable: bool = False

    def check(self, value: JSONValue, path: tuple[str, ...], errors: ErrorTree) -> JSONValue:
        if not isinstance(value, list):
            errors.add(path, "LIST_TYPE_CONVERT", "Only iterables may be used in a ListType")
            return value
        if self.max_items is not None and not self.min_items <= len(value) <= self.max_items:
            errors.add(
                path,
                "BASE_TYPE_BAD_LENGTH",
                f"Must be between {self.min_items} and {self.max_items} in length.",
            )
        return [check_value(self.item, item, (*path, str(index)), errors) for index, item in enumerate(value)]


@dataclass(frozen=True)
class AnyObject(Spec):
    """An object whose inner shape the emulator stores as given (embeds, components, options)."""

    nullable: bool = False

    def check(self, value: JSONValue, path: tuple[str, ...], errors: ErrorTree) -> JSONValue:
        if not isinstance(value, dict):
            errors.add(path, "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType")
        return value


@dataclass(frozen=True)
class Obj(Spec):
    """An object with known fields; unknown fields are ignored, as Discord does."""

    fields: Mapping[str, Spec]
    required: Sequence[str] = ()
    nullable: bool = False

    def check(self, value: JSONValue, path: tuple[str, ...], errors: ErrorTree) -> JSONValue:
        if not isinstance(value, dict):
            errors.add(path, "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType")
            return value
        out: JSONObject = {}
        for name in self.required:
            if name not in value or value[name] is None:
                errors.add((*path, name), "BASE_TYPE_REQUIRED", "This field is required")
        for name, item in value.items():
            spec = self.fields.get(name)
            out[name] = item if spec is None else check_value(spec, item, (*path, name), errors)
        return out


def check_value(spec: Spec, value: JSONValue, path: tuple[str, ...], errors: ErrorTree) -> JSONValue:
    if value is None:
        return None
    return spec.check(value, path, errors)


def validate(spec: Obj, body: JSONValue) -> JSONObject:
    """Check a request body; raise a 50035 APIError listing every bad field, or return the cleaned body."""
    errors = ErrorTree()
    if not isinstance(body, dict):
        errors.add((), "MODEL_TYPE_CONVERT", "Only dictionaries may be used in a ModelType")
        errors.raise_if_any()
    cleaned = spec.check(body, (), errors)
    errors.raise_if_any()
    result: JSONObject = cleaned
    return result
