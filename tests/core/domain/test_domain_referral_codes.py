"""Referral codes: generated from Crockford's alphabet, read back however a person typed them."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from advocate_hub.core.domain.referral_codes import (
    ALPHABET,
    CODE_LENGTH,
    new_code,
    normalise_code,
    referral_link,
)

seeds = st.integers(min_value=0, max_value=2**32)


def test_alphabet_is_crockford_base32() -> None:
    assert len(ALPHABET) == 32
    assert len(set(ALPHABET)) == 32
    assert not set("ILOU") & set(ALPHABET)
    assert ALPHABET.isupper()


def test_new_code_shape() -> None:
    code = new_code()
    assert len(code) == CODE_LENGTH == 8
    assert set(code) <= set(ALPHABET)


def test_new_code_without_rng_is_random() -> None:
    assert len({new_code() for _ in range(50)}) == 50


@given(seeds)
def test_new_code_uses_only_the_alphabet(seed: int) -> None:
    code = new_code(random.Random(seed))
    assert len(code) == CODE_LENGTH
    assert set(code) <= set(ALPHABET)


@given(seeds)
def test_new_code_is_deterministic_with_a_seed(seed: int) -> None:
    assert new_code(random.Random(seed)) == new_code(random.Random(seed))


def test_a_seeded_rng_gives_a_sequence_of_different_codes() -> None:
    rng = random.Random(7)
    codes = [new_code(rng) for _ in range(20)]
    assert len(set(codes)) == 20
    again = random.Random(7)
    assert codes == [new_code(again) for _ in range(20)]


def test_different_seeds_give_different_codes() -> None:
    assert new_code(random.Random(1)) != new_code(random.Random(2))


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("abcd2345", "ABCD2345"),
        ("ABCD-2345", "ABCD2345"),
        ("  abcd 2345 ", "ABCD2345"),
        ("ab-cd 23-45", "ABCD2345"),
        ("I1L1", "1111"),
        ("il", "11"),
        ("Oo0", "000"),
        ("Uu", "VV"),
        ("HELLO-WORLD", "HE110W0R1D"),
    ],
)
def test_normalise_code(typed: str, expected: str) -> None:
    assert normalise_code(typed) == expected


@given(seeds)
def test_normalise_round_trips_a_new_code(seed: int) -> None:
    code = new_code(random.Random(seed))
    assert normalise_code(code) == code


@given(seeds, st.data())
def test_normalise_undoes_how_people_type_codes(seed: int, data: st.DataObject) -> None:
    code = new_code(random.Random(seed))
    typed = ""
    for char in code:
        typed += data.draw(st.sampled_from([char, char.lower()]))
        typed += data.draw(st.sampled_from(["", "", "-", " "]))
    assert normalise_code(f" {typed} ") == code


@given(st.text(alphabet=ALPHABET + ALPHABET.lower() + "ILOUilou- ", max_size=20))
def test_normalise_lands_in_the_alphabet_and_is_idempotent(text: str) -> None:
    normal = normalise_code(text)
    assert set(normal) <= set(ALPHABET)
    assert normalise_code(normal) == normal


@pytest.mark.parametrize("base", ["https://example.com", "https://example.com/"])
def test_referral_link_embeds_the_code_twice(base: str) -> None:
    assert referral_link(base, "ABCD2345") == "https://example.com/r/ABCD2345?promo=ABCD2345"
