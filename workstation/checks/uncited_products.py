"""What a product is and how it is sold, which ``uncited_markers``' statistic patterns leave
alone: a product measured against other brands (promotion, not a finding to cite) and a
product's strength ("contains 4% coal tar solution": what it is made of)."""

from __future__ import annotations

# A product measured against other brands ("5 times more absorbable than other collagen
# brands") is promotion (promotional-language), not a statistic to cite.
AGAINST_BRANDS = (
    r"[^.;:!?]{0,60}?\bthan\s+(?:any\s+|all\s+)?(?:the\s+|its\s+)?(?:(?:other|leading|rival|"
    r"competing)\s+(?:[\w-]+\s+){0,2}?(?:brands?|products?)|competit(?:ors|ion)|"
    # "than any other moisturiser": against every rival of its kind
    r"(?<=any\s)other)\b"
)

# An ingredient of up to two words, then the form of the product it is in: "permethrin cream",
# "coal tar solution", "benzoyl peroxide wash".
PRODUCT_STRENGTH = (
    r"(?!of\b|in\b|to\b)(?:[a-z][\w-]*\s+){1,2}(?:solution|cream|gel|ointment|lotion|shampoo|spray|"
    r"wash|foam|drops|paste|toothpaste|mouthwash|powder|tincture|balm)\b"
)
