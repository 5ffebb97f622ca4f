"""Who gets which lead: territories, round robin, least busy, caps, skills, away (no database)."""

import random
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from lead_capture.followup.assignment import (
    STRATEGIES,
    AgentLoad,
    AssignmentStrategy,
    Lead,
    Router,
    TeamPool,
    TeamRoute,
    assign,
    strategy_named,
)

T = datetime(2026, 11, 24, 2, 0, tzinfo=UTC)


def pool(strategy: str, *agents: AgentLoad, team_id: int = 1) -> dict[int, TeamPool]:
    return {team_id: TeamPool(team_id, strategy_named(strategy), list(agents))}


def one_team(team_id: int = 1, strategy: str = "least_busy") -> Router:
    return Router([TeamRoute(team_id, strategy)])


def leads(n: int, **fields) -> list[Lead]:
    return [Lead(i, **fields) for i in range(n)]


def given(assignments) -> Counter:
    return Counter(a.user_id for a in assignments)


def test_the_three_strategies_are_registered_over_one_base_class():
    assert set(STRATEGIES) == {"territory", "round_robin", "least_busy"}
    assert all(isinstance(s, AssignmentStrategy) for s in STRATEGIES.values())
    with pytest.raises(ValueError, match="unknown assignment strategy 'random'.*least_busy"):
        strategy_named("random")


def test_round_robin_gives_each_agent_a_turn_in_order():
    pools = pool("round_robin", AgentLoad(1, 1), AgentLoad(2, 1), AgentLoad(3, 1))
    result = assign(leads(7), one_team(strategy="round_robin"), pools)
    assert [a.user_id for a in result] == [1, 2, 3, 1, 2, 3, 1]


def test_round_robin_continues_the_rotation_from_last_time():
    # Agent 2 was given work longest ago, then 3, then 1: the rotation resumes there.
    pools = pool("round_robin", AgentLoad(1, 1, last_assigned_at=T),
                 AgentLoad(2, 1, last_assigned_at=T - timedelta(hours=2)),
                 AgentLoad(3, 1, last_assigned_at=T - timedelta(hours=1)))
    result = assign(leads(4), one_team(strategy="round_robin"), pools)
    assert [a.user_id for a in result] == [2, 3, 1, 2]
    assert [a.user_id for a in pools[1].rotation()] == [3, 1, 2]  # what gets persisted


def test_round_robin_starts_with_agents_never_given_work():
    pools = pool("round_robin", AgentLoad(1, 1, last_assigned_at=T), AgentLoad(2, 1))
    assert [a.user_id for a in assign(leads(2), one_team(strategy="round_robin"), pools)] == [2, 1]


def test_round_robin_is_fair_over_many_leads_and_agents():
    rng = random.Random(6)
    agents = [AgentLoad(u, 1, daily_cap=1000, open_tasks=rng.randint(0, 9)) for u in range(1, 8)]
    counts = given(assign(leads(1000), one_team(strategy="round_robin"), pool("round_robin", *agents)))
    assert max(counts.values()) - min(counts.values()) <= 1


def test_least_busy_fills_up_the_agent_with_fewest_open_tasks_first():
    pools = pool("least_busy", AgentLoad(1, 1, open_tasks=5), AgentLoad(2, 1, open_tasks=0))
    result = assign(leads(7), one_team(), pools)
    assert [a.user_id for a in result][:5] == [2] * 5
    assert given(result) == {2: 6, 1: 1}  # then they take turns: 6 open each
    assert {a.open_tasks for a in pools[1].agents} == {6}


def test_daily_cap_is_never_exceeded_and_the_rest_waits_in_the_team_pool():
    pools = pool("round_robin", AgentLoad(1, 1, daily_cap=2), AgentLoad(2, 1, daily_cap=3, assigned_today=1))
    result = assign(leads(6), one_team(strategy="round_robin"), pools)
    assert given(result) == {1: 2, 2: 2, None: 2}
    assert all(a.team_id == 1 for a in result)


@pytest.mark.parametrize("strategy", sorted(STRATEGIES))
def test_caps_hold_for_every_strategy_with_random_loads(strategy):
    rng = random.Random(strategy)
    agents = [AgentLoad(u, 1, daily_cap=rng.randint(1, 30), assigned_today=rng.randint(0, 5),
                        open_tasks=rng.randint(0, 20), skills=frozenset(rng.sample(["a", "b", "c"], 1)))
              for u in range(1, 12)]
    room = {a.user_id: max(0, a.daily_cap - a.assigned_today) for a in agents}
    work = [Lead(i, interest=rng.choice(["a", "b", None])) for i in range(400)]
    counts = given(assign(work, one_team(strategy=strategy), pool(strategy, *agents)))
    assert all(counts[u] <= room[u] for u in room)
    assert counts[None] == max(0, 400 - sum(room.values()))  # nobody idle while leads wait


def test_away_agents_get_no_leads():
    pools = pool("least_busy", AgentLoad(1, 1, away=True), AgentLoad(2, 1, open_tasks=50))
    assert given(assign(leads(3), one_team(), pools)) == {2: 3}


def test_everyone_away_leaves_the_leads_in_the_team_pool():
    pools = pool("least_busy", AgentLoad(1, 1, away=True))
    assert [(a.team_id, a.user_id) for a in assign(leads(2), one_team(), pools)] == [(1, None), (1, None)]


def test_a_health_insurance_lead_goes_to_an_agent_who_knows_health_insurance():
    pools = pool("least_busy", AgentLoad(1, 1, skills=frozenset({"bhxh_voluntary"})),
                 AgentLoad(2, 1, skills=frozenset({"bhyt_household"}), open_tasks=30))
    result = assign(leads(3, interest="bhyt_household"), one_team(), pools)
    assert given(result) == {2: 3}


def test_without_a_skilled_agent_with_room_anyone_in_the_team_takes_the_lead():
    pools = pool("least_busy", AgentLoad(1, 1),
                 AgentLoad(2, 1, skills=frozenset({"bhyt_household"}), daily_cap=1))
    result = assign(leads(3, interest="bhyt_household"), one_team(), pools)
    assert [a.user_id for a in result] == [2, 1, 1]


def test_territory_sends_each_lead_to_the_team_of_its_district_or_province():
    router = Router([
        TeamRoute(1, "territory", provinces=frozenset({"Hà Nội"})),
        TeamRoute(2, "territory", districts=frozenset({("Hà Nội", "Cầu Giấy")})),
        TeamRoute(3, "territory", provinces=frozenset({"Huế"})),
        TeamRoute(4, "least_busy"),  # no territory: takes the rest
    ])
    assert router.team_for(Lead(1, "Hà Nội", "Đống Đa")) == 1
    assert router.team_for(Lead(2, "Hà Nội", "Cầu Giấy")) == 2
    assert router.team_for(Lead(3, " hà nội ", "cầu giấy")) == 2
    assert router.team_for(Lead(4, "Huế")) == 3
    assert router.team_for(Lead(5, "Cà Mau")) == 4
    assert router.team_for(Lead(6, None)) == 4


def test_territory_team_divides_its_leads_least_busy_first():
    router = Router([TeamRoute(1, "territory", provinces=frozenset({"Huế"})), TeamRoute(2, "round_robin")])
    pools = pool("territory", AgentLoad(10, 1, open_tasks=2), AgentLoad(11, 1)) | pool(
        "round_robin", AgentLoad(20, 2), team_id=2)
    result = assign([Lead(i, "Huế") for i in range(3)] + [Lead(9, "Cà Mau")], router, pools)
    assert [(a.team_id, a.user_id) for a in result] == [(1, 11), (1, 11), (1, 10), (2, 20)]


def test_leads_outside_every_territory_still_get_a_team():
    router = Router([TeamRoute(1, "territory", provinces=frozenset({"Huế"})),
                     TeamRoute(2, "territory", provinces=frozenset({"Cà Mau"}))], {1: 9.0, 2: 1.0})
    assert router.team_for(Lead(1, "Hà Nội")) == 2  # the less loaded team: nobody is forgotten


def test_no_team_at_all_leaves_leads_unassigned():
    assert [(a.team_id, a.user_id) for a in assign(leads(1), Router([]), {})] == [(None, None)]


def test_hundred_thousand_leads_are_assigned_quickly():
    import time

    agents = [AgentLoad(u, 1, daily_cap=10_000, skills=frozenset({"a"} if u % 2 else {"b"}))
              for u in range(200)]
    work = [Lead(i, interest="a" if i % 3 else None) for i in range(100_000)]
    started = time.perf_counter()
    result = assign(work, one_team(), pool("least_busy", *agents))
    assert time.perf_counter() - started < 5
    assert given(result)[None] == 0
