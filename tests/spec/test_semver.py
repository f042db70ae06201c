import pytest

from playbooks.semver import Range, RangeError, Version

VERSIONS = [Version.parse(v) for v in ["1.0.0", "1.2.0", "1.2.5", "1.3.0-beta.1", "1.3.0", "2.0.0", "2.1.0-rc.1"]]


@pytest.mark.parametrize(
    "text, best",
    [
        ("^1.2", "1.3.0"),
        ("~1.2.3", "1.2.5"),
        (">=1.0 <2", "1.3.0"),
        ("1.2.0", "1.2.0"),
        ("1.x", "1.3.0"),
        ("*", "2.0.0"),
        ("<=1.2", "1.2.5"),
        (">1.2", "2.0.0"),
        ("1.2 || 2", "2.0.0"),
        ("^3", None),
    ],
)
def test_ranges_pick_the_highest_match_and_skip_prereleases(text, best):
    found = Range.parse(text).best(VERSIONS)
    assert (str(found) if found else None) == best


def test_prerelease_matches_only_when_the_range_asks_for_it():
    assert Range.parse("^1.3.0-beta.0").matches(Version.parse("1.3.0-beta.1"))
    assert not Range.parse("^1.2").matches(Version.parse("1.3.0-beta.1"))
    assert Range.parse("^1.2").matches(Version.parse("1.3.0-beta.1"), include_prerelease=True)
    assert str(Range.parse(">=2.1.0-rc.0").best(VERSIONS)) == "2.1.0-rc.1"


def test_semver_precedence_follows_the_spec():
    order = [
        "1.0.0-alpha",
        "1.0.0-alpha.1",
        "1.0.0-alpha.beta",
        "1.0.0-beta",
        "1.0.0-beta.2",
        "1.0.0-beta.11",
        "1.0.0-rc.1",
        "1.0.0",
    ]
    assert sorted(order, key=Version.parse) == order


@pytest.mark.parametrize("bad", ["", ">>1", "^a.b", "1.2.3.4", "~", "1 ||"])
def test_malformed_ranges_are_errors(bad):
    with pytest.raises(RangeError):
        Range.parse(bad)
