"""The pre-pass takes out exactly what crosses its limits: one past each is plain text, the limit itself is not."""

from __future__ import annotations

from workstation.rendering import (
    MAX_LINE_MARKUP,
    MAX_MIXED_RUN,
    MAX_PARAGRAPH_MARKUP,
    MAX_RUN,
    neutralize,
)


def taken_out(body: str) -> tuple[str, ...]:
    return neutralize(body).plain


def test_a_line_with_one_markup_character_too_many_is_plain_text() -> None:
    at_limit = "[ " * MAX_LINE_MARKUP
    assert taken_out(at_limit) == ()
    assert taken_out(at_limit + "[") == ((at_limit + "[").strip(),)
    assert taken_out("word " * 100) == ()  # long, without markup


def test_a_paragraph_with_too_much_markup_is_plain_text_however_long_it_is() -> None:
    line = "[x" * 100  # 100 markup characters a line, 200 characters long
    at_limit = "\n".join([line] * (MAX_PARAGRAPH_MARKUP // 100))
    assert taken_out(at_limit) == ()
    over = at_limit + "\n["
    assert len(taken_out(over)) == MAX_PARAGRAPH_MARKUP // 100 + 1
    assert len(taken_out("Intro.\n\n" + over + "\n\n" + over)) == 2 * (MAX_PARAGRAPH_MARKUP // 100 + 1)
    long_plain = "\n".join(["words without markup " * 20] * 30)  # far longer than the limit
    assert taken_out(long_plain) == ()


def test_runs_one_past_their_limit_are_plain_text() -> None:
    assert taken_out("a " + "*" * MAX_RUN + " b") == ()
    assert taken_out("a " + "*" * (MAX_RUN + 1) + " b") == ("*" * (MAX_RUN + 1),)
    mixed = "*_" * (MAX_MIXED_RUN // 2)
    assert taken_out("a " + mixed + " b") == ()
    assert taken_out("a " + mixed + "` b") == (mixed + "`",)
