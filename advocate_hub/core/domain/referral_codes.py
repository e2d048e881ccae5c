"""Short referral codes that survive being read aloud, typed from a sticker or scanned.

The alphabet is Crockford's base 32 (no I, L, O or U), so a code never contains look-alike characters.
"""

from __future__ import annotations

import random
import secrets

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 8
_LOOK_ALIKES = str.maketrans({"I": "1", "L": "1", "O": "0", "U": "V"})


def new_code(rng: random.Random | None = None) -> str:
    """A fresh random code; pass a seeded ``rng`` for reproducible demo data."""
    choose = (rng or secrets.SystemRandom()).choice
    return "".join(choose(ALPHABET) for _ in range(CODE_LENGTH))


def normalise_code(text: str) -> str:
    """Read a code as a person typed it: any case, with dashes or spaces, look-alikes mapped back."""
    return text.strip().upper().replace("-", "").replace(" ", "").translate(_LOOK_ALIKES)


def referral_link(base_url: str, code: str) -> str:
    return f"{base_url.rstrip('/')}/r/{code}?promo={code}"
