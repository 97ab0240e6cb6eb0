"""python-markdown's inline phase, without trying patterns on texts they cannot match.

python-markdown tries every inline pattern (sixteen with our extensions) on every text of the
tree: a Python call, a registry lookup and a regular-expression search each, about 2.5 µs
even when the text lacks the character the pattern starts with. On a cited article of 1,000
words that was about 580 tries, a third of the time of its rendering. Every match of each
pattern gated here contains one of its trigger texts (a code span a backtick, a link "[", an
entity "&" …); a text holding none of them is passed over, as the pattern would have passed
it over after searching. The gate is checked against the text as it stands when the pattern's
turn comes (after earlier patterns took their matches out); a pattern whose regular expression
is not in the table (another extension's, or another python-markdown's) is tried on every text
as before. So the HTML is the same, byte for byte.

It also does not search again the texts of an element a pattern made (a citation's brackets,
numbers and commas) when they hold no placeholder, where python-markdown took each out and put
it back unchanged.
"""

from __future__ import annotations

import xml.etree.ElementTree as etree

import markdown
from markdown import util
from markdown.extensions import Extension
from markdown.treeprocessors import InlineProcessor

from workstation.citations import CITATION_RE

# The python-markdown versions whose private loops this module and its two siblings
# (``markdown_blocks``, ``markdown_passes``) follow, verified byte for byte: under another version
# the document is rendered by python-markdown's own processors (the same HTML, only slower).
VERIFIED_VERSIONS = ((3, 11),)


def gates_apply(version: str = markdown.__version__) -> bool:
    """Whether the gated processors may stand in for python-markdown's under ``version``."""
    try:
        major, minor = (int(part) for part in version.split(".")[:2])
    except ValueError:
        return False
    return (major, minor) in VERIFIED_VERSIONS


_LINK = r"(?<!\!)\["  # reference, link, short_reference
_IMAGE = r"\!\["  # image_link, image_reference, short_image_ref
# A pattern's regular expression: the texts one of which each of its matches holds. The regular
# expressions are python-markdown's (3.11) and ours; a match is all a pattern acts on.
GATES: dict[str, tuple[str, ...]] = {
    r"(?:(?<!\\)((?:\\{2})+)(?=`+)|(?<!\\)`)": ("`",),  # backtick
    r"\\(.)": ("\\",),  # escape
    r"\[\^([^\]]*)\]": ("[^",),  # footnote
    CITATION_RE.pattern: ("[",),  # citation
    _LINK: ("[",),
    _IMAGE: ("![",),
    r"<([A-Za-z][A-Za-z0-9+.-]*://[^<>]*)>": ("<",),  # autolink
    r"<([^<> !]+@[^@<> ]+)>": ("<",),  # automail
    r"  \n": ("  \n",),  # linebreak
    (  # html
        r"""(<(\/?+[a-zA-Z][^\s"'<>@]*+(?:\s+[^\s"'=<>]++(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s"'=<>]++))?+)*+"""
        r"""\s*+/?|!--(?:(?!<!--|-->).)*--|[?](?:(?!<[?]|[?]>).)*[?]|!\[CDATA\[(?:(?!<!\[CDATA\[|\]\]>).)*\]\])>)"""
    ): ("<",),
    r"(&(?:\#[0-9]+|\#x[0-9a-fA-F]+|[a-zA-Z0-9]+);)": ("&",),  # entity
    r"\*|_": ("*", "_"),  # em_strong
}


def pattern_triggers(pattern: object) -> tuple[str, ...] | None:
    """The trigger texts of an inline pattern; None: it is tried on every text."""
    compiled = getattr(pattern, "compiled_re", None)
    return GATES.get(compiled.pattern) if compiled is not None else None


class GatedInlineProcessor(InlineProcessor):
    """python-markdown's ``InlineProcessor``, passing a pattern over a text that holds none of its triggers."""

    def run(self, tree: etree.Element, ancestors: list[str] | None = None) -> etree.Element:
        # The registry in priority order, read once per document (each lookup sorted and indexed it).
        self._patterns = list(self.inlinePatterns)
        self._triggers = [pattern_triggers(pattern) for pattern in self._patterns]
        return super().run(tree, ancestors)

    def _InlineProcessor__handleInline(self, data: str, patternIndex: int = 0) -> str:  # noqa: N802, N803
        """The base class's loop over the patterns (its private method), with the gate."""
        if not isinstance(data, util.AtomicString):
            patterns, triggers = self._patterns, self._triggers
            apply = self._InlineProcessor__applyPattern
            startIndex = 0  # noqa: N806
            count = len(patterns)
            while patternIndex < count:
                texts = triggers[patternIndex]
                if texts is not None:
                    for text in texts:
                        if text in data:
                            break
                    else:  # no match possible: as the pattern's unmatched search returns
                        patternIndex += 1  # noqa: N806
                        startIndex = 0  # noqa: N806
                        continue
                data, matched, startIndex = apply(patterns[patternIndex], data, patternIndex, startIndex)  # noqa: N806
                if not matched:
                    patternIndex += 1  # noqa: N806
        return data


    def _InlineProcessor__processElementText(  # noqa: N802
        self, node: etree.Element, subnode: etree.Element, isText: bool = True,  # noqa: N803
    ) -> None:
        """The base class's method, returning at once for a text without placeholders.

        The base class takes such a text out and puts an equal one back (of the same kind,
        ``AtomicString`` or not) and inserts nothing: for the texts of each citation (the
        brackets, its numbers and commas) that was four calls apiece.
        """
        text = subnode.text if isText else subnode.tail
        if text is not None and self._InlineProcessor__placeholder_prefix not in text:
            return
        super()._InlineProcessor__processElementText(node, subnode, isText)


class GatedInlineExtension(Extension):
    """Replaces the inline phase (``"inline"``, priority 20) by :class:`GatedInlineProcessor`."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802
        md.treeprocessors.register(GatedInlineProcessor(md), "inline", 20)
