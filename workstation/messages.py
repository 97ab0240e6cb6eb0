"""Sentences the core composes for a person: a stable code, its parameters, the English text.

The core has no Qt and speaks English: the command line, ``--json``, the audit trail and the
exports read these sentences as they are. The window speaks the reviewer's language, so a
sentence also says what it is made of: ``code`` names its template in :data:`TEMPLATES` and
``params`` holds the values put into it. The window looks the code up in its own table of
translatable templates (``ui/core_messages.py``) and puts the same values into the translation.

A :class:`Message` *is* its English text (a ``str``), so every consumer that reads, stores,
compares or prints a sentence keeps working unchanged; a sentence built by joining others is a
plain ``str`` again and is shown in English. A parameter may itself be a :class:`Message` (a
part of the sentence that has its own wording), or a list of values, written joined by "; ".
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from workstation.message_texts import TEMPLATES


class Message(str):
    """English text that remembers its template's ``code`` and its ``params``."""

    code: str
    params: Mapping[str, Any]

    def __new__(cls, code: str, text: str, params: Mapping[str, Any] | None = None) -> Message:
        self = super().__new__(cls, text)
        self.code = code
        self.params = dict(params or {})
        return self

    def __reduce__(self) -> tuple:  # crosses process and thread boundaries intact
        return (Message, (self.code, str(self), dict(self.params)))

    def as_json(self) -> dict[str, Any]:
        """The code and parameters (nested sentences as their own code and parameters)."""
        return {"code": self.code, "params": {k: _to_json(v) for k, v in self.params.items()}}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Message | None:
        """The sentence back from :meth:`as_json`; None when its code is unknown (a newer program wrote it)."""
        code = data.get("code")
        if code not in TEMPLATES:
            return None
        try:
            params = {name: _from_json(value) for name, value in (data.get("params") or {}).items()}
            return message(code, **params)
        except (KeyError, ValueError, TypeError, IndexError):
            return None


def _to_json(value: Any) -> Any:
    if isinstance(value, Message):
        return value.as_json()
    if isinstance(value, (list, tuple)):
        return [_to_json(v) for v in value]
    return value


def _from_json(value: Any) -> Any:
    if isinstance(value, Mapping):
        found = Message.from_json(value)
        if found is None:
            raise ValueError("an unknown nested message")
        return found
    if isinstance(value, list):
        return [_from_json(v) for v in value]
    return value


LIST_SEPARATOR = "; "


def message(code: str, /, **params: Any) -> Message:
    """The sentence ``code`` with ``params`` filled in (KeyError for a code without a template)."""
    written = {k: LIST_SEPARATOR.join(map(str, v)) if isinstance(v, (list, tuple)) else v for k, v in params.items()}
    return Message(code, TEMPLATES[code].format(**written), params)


def message_of(error: BaseException) -> Message | None:
    """The sentence an error was raised with, when it was raised with one."""
    first = error.args[0] if error.args else None
    return first if isinstance(first, Message) else None


def stored_params(text: str) -> str:
    """What a stored sentence is made of, as JSON ('' for text that is not a Message)."""
    return json.dumps(text.as_json(), ensure_ascii=False, sort_keys=True) if isinstance(text, Message) else ""


def from_stored(text: str, params: str) -> str:
    """The stored English ``text`` as a Message again when ``params`` rebuilds exactly that text."""
    if not params:
        return text
    try:
        found = Message.from_json(json.loads(params))
    except (ValueError, TypeError, AttributeError):
        return text
    return found if found is not None and found == text else text
