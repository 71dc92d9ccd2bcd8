"""The extractor's patterns are the same in every process: words that come from a set (state names, AP forms) are
put in a fixed order, so how long a page takes to read does not change with Python's hash seed."""

from __future__ import annotations

import os
import subprocess
import sys

from kg.extract.mentions import alternation

_PRINT = ("from kg.extract.gazetteer import state_pattern; from kg.extract.places import _ap_without_dot; "
          "print(state_pattern().pattern + _ap_without_dot().pattern)")


def test_words_of_one_length_come_in_a_fixed_order():
    assert alternation({"Ohio", "Iowa", "Utah", "Texas"}) == "Texas|Iowa|Ohio|Utah"


def test_the_state_patterns_do_not_change_with_the_hash_seed():
    def pattern(seed: str) -> str:
        env = {**os.environ, "PYTHONHASHSEED": seed}
        return subprocess.run([sys.executable, "-c", _PRINT], env=env, capture_output=True, text=True,
                              check=True).stdout

    assert pattern("1") == pattern("2")
