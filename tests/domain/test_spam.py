"""The spam-limit guard's rules: warn before the 3rd in a minute and the 10th in a day."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from contiple_desktop.domain.profile import ConnectionProfile
from contiple_desktop.domain.spam import (
    DAY_MS,
    MINUTE_MS,
    SPAM_SETTING,
    SpamLimit,
    SpamRecord,
    spam_warning,
    window_warning,
)

NOW = 1_800_000_000_000
PROFILE = ConnectionProfile("Office", "svc", "org", spam_blocking=True)


def test_no_warning_for_the_second_ticket_of_a_minute() -> None:
    assert window_warning([NOW - 5_000], NOW) is None


def test_warns_before_the_third_in_a_minute() -> None:
    warning = window_warning([NOW - 50_000, NOW - 10_000], NOW)
    assert warning is not None and warning.limit is SpamLimit.PER_MINUTE
    assert warning.count == 2 and warning.maximum == 3
    assert warning.frees_at_ms == NOW - 50_000 + MINUTE_MS
    assert warning.setting == SPAM_SETTING
    assert window_warning([NOW - 50_000, NOW - 10_000], warning.frees_at_ms) is None


def test_warns_before_the_tenth_in_a_day() -> None:
    times = [NOW - 3_600_000 * h for h in range(1, 10)]
    warning = window_warning(times, NOW)
    assert warning is not None and warning.limit is SpamLimit.PER_DAY and warning.count == 9
    assert warning.frees_at_ms == min(times) + DAY_MS


def test_the_limit_that_frees_last_is_reported() -> None:
    times = [NOW - 3_600_000 * h for h in range(1, 8)] + [NOW - 20_000, NOW - 10_000]
    warning = window_warning(times, NOW)
    assert warning is not None and warning.limit is SpamLimit.PER_DAY


def test_only_when_the_profile_says_the_service_blocks_spam() -> None:
    record = SpamRecord(((NOW - 2_000, "T1"), (NOW - 1_000, "T2")))
    assert spam_warning(PROFILE, record, NOW) is not None
    assert spam_warning(PROFILE.with_changes(spam_blocking=False), record, NOW) is None
    assert spam_warning(None, record, NOW) is None


def test_profile_flag_round_trips_and_old_files_read_as_off() -> None:
    assert ConnectionProfile.from_dict(PROFILE.to_dict()).spam_blocking
    plain = PROFILE.with_changes(spam_blocking=False)
    assert "spam_blocking" not in plain.to_dict()
    assert not ConnectionProfile.from_dict({**plain.to_dict(), "spam_blocking": "yes"}).spam_blocking


def test_block_lasts_a_day_from_the_first_refusal() -> None:
    record = SpamRecord().with_refusal(1001, NOW).with_refusal(1002, NOW + 5_000)
    assert record.block is not None and record.block.code == 1001
    assert record.active_block(NOW + DAY_MS - 1) is not None and record.active_block(NOW + DAY_MS) is None
    assert record.pruned(NOW + DAY_MS).block is None


@given(st.lists(st.integers(min_value=0, max_value=2 * DAY_MS), max_size=40))
def test_warning_means_the_next_ticket_would_be_refused(offsets: list[int]) -> None:
    times = [NOW - o for o in offsets]
    in_minute = sum(1 for t in times if 0 <= NOW - t < MINUTE_MS)
    in_day = sum(1 for t in times if 0 <= NOW - t < DAY_MS)
    refused = in_minute + 1 >= 3 or in_day + 1 >= 10
    warning = window_warning(times, NOW)
    assert (warning is not None) == refused
    if warning is not None:  # from frees_at on one more is fine, and not a moment before
        assert warning.frees_at_ms > NOW
        assert window_warning(times, warning.frees_at_ms) is None
        assert window_warning(times, warning.frees_at_ms - 1) is not None
