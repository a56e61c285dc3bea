"""The one-regex ``collapse_blanks`` agrees with the character loop it replaced."""

from hypothesis import given, settings
from hypothesis import strategies as st

from transpiler.buildkit.shellword import collapse_blanks, collapse_blanks_reference

ALPHABET = st.sampled_from(list(" \t\r\n\x0b\x0cab'\"\\`$#"))


@settings(max_examples=2000, deadline=None)
@given(st.lists(ALPHABET, max_size=40).map("".join), st.sampled_from(["\\", "`"]))
def test_collapse_blanks_matches_reference(text, escape):
    assert collapse_blanks(text, escape) == collapse_blanks_reference(text, escape)
