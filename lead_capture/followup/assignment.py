"""Who gets which lead: routing to a team by territory, then an agent by the team's strategy.

Pure (stdlib only). Strategies are a registry over a small base class: each only picks one agent
among the candidates the common rules left (present, under their daily cap, and — when someone in
the team has it — holding the skill for the lead's product). Loads are updated as leads are
given out, so one call assigns a whole session fairly.
"""

from __future__ import annotations

import heapq
from abc import ABC, abstractmethod
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import ClassVar


@dataclass
class AgentLoad:
    """One agent in one team, with the counts the strategies weigh (updated as tasks are given)."""

    user_id: int
    team_id: int
    skills: frozenset[str] = frozenset()
    daily_cap: int = 40
    assigned_today: int = 0
    open_tasks: int = 0
    last_assigned_at: datetime | None = None
    away: bool = False
    turn: int = 0  # round robin's place in the rotation, from last_assigned_at (0 = never)

    @property
    def has_room(self) -> bool:
        return not self.away and self.assigned_today < self.daily_cap


@dataclass(frozen=True)
class Lead:
    key: object  # the caller's handle (contact id, task id)
    province: str | None = None
    district: str | None = None
    interest: str | None = None  # product key


@dataclass(frozen=True)
class TeamRoute:
    team_id: int
    strategy: str
    provinces: frozenset[str] = frozenset()                 # the whole province
    districts: frozenset[tuple[str, str]] = frozenset()     # (province, district)


class AssignmentStrategy(ABC):
    """An order over a team's agents: the first candidate in it gets the next lead.

    Candidates are already filtered (present, under cap, skilled when possible), so a strategy is
    only its sort key; keys change only when an agent is given a lead, which keeps heaps valid.
    """

    name: ClassVar[str]

    @abstractmethod
    def key(self, agent: AgentLoad) -> tuple:
        """The strategy's preference: the candidate with the smallest key gets the lead."""

    def choose(self, lead: Lead, candidates: Sequence[AgentLoad]) -> AgentLoad:
        return min(candidates, key=self.key)


class LeastBusy(AssignmentStrategy):
    """Fewest open tasks; ties go to whoever was given work least recently."""

    name = "least_busy"

    def key(self, agent):
        return (agent.open_tasks, agent.turn, agent.user_id)


class RoundRobin(AssignmentStrategy):
    """Each agent in turn, in a stable rotation that survives restarts (last_assigned_at)."""

    name = "round_robin"

    def key(self, agent):
        return (agent.turn, agent.user_id)


class Territory(LeastBusy):
    """The team's territories bring it its leads (routing); inside the team, the least busy."""

    name = "territory"


STRATEGIES: dict[str, AssignmentStrategy] = {s.name: s for s in (LeastBusy(), RoundRobin(), Territory())}


def strategy_named(name: str) -> AssignmentStrategy:
    try:
        return STRATEGIES[name]
    except KeyError:
        raise ValueError(f"unknown assignment strategy {name!r} (expected one of "
                         f"{', '.join(sorted(STRATEGIES))})") from None


_UNSEEN = object()


def _fold(text: str | None) -> str:
    return (text or "").strip().casefold()


class Router:
    """Routes leads to teams: a district's territory, else its province's, else a team without
    territories (the least loaded), else any team, so that no lead is left without a team."""

    def __init__(self, routes: Iterable[TeamRoute], load_per_team: Mapping[int, float] | None = None):
        self.routes = list(routes)
        self._by_district: dict[tuple[str, str], int] = {}
        self._by_province: dict[str, int] = {}
        # Lowest team id wins a territory claimed twice, so routing never depends on row order.
        for route in sorted(self.routes, key=lambda r: r.team_id, reverse=True):
            for province, district in route.districts:
                self._by_district[(_fold(province), _fold(district))] = route.team_id
            for province in route.provinces:
                self._by_province[_fold(province)] = route.team_id
        load = load_per_team or {}
        catch_all = [r.team_id for r in self.routes if not r.provinces and not r.districts]
        pool = catch_all or [r.team_id for r in self.routes]
        self._fallback = min(pool, key=lambda t: (load.get(t, 0.0), t)) if pool else None
        self._memo: dict[tuple, int | None] = {}

    def team_for(self, lead: Lead) -> int | None:
        place = (lead.province, lead.district)
        team = self._memo.get(place, _UNSEEN)
        if team is _UNSEEN:
            team = self._memo[place] = self._route(*place)
        return team

    def _route(self, province: str | None, district: str | None) -> int | None:
        province = _fold(province)
        if province:
            team = self._by_district.get((province, _fold(district)))
            if team is None:
                team = self._by_province.get(province)
            if team is not None:
                return team
        return self._fallback


class TeamPool:
    """The agents of one team and the strategy that divides its leads among them.

    One heap over every agent with room, and one per skill, ordered by the strategy's key; an
    agent given a lead is pushed again with a new version and stale entries are dropped when
    they surface, so a pick costs O(skills x log agents) even for 100,000 leads.
    """

    def __init__(self, team_id: int, strategy: AssignmentStrategy, agents: Iterable[AgentLoad]):
        self.team_id = team_id
        self.strategy = strategy
        self.agents = list(agents)
        self._by_id = {a.user_id: a for a in self.agents}
        # Rotation order from the persisted last_assigned_at: never-assigned first, then oldest.
        order = sorted(self.agents, key=lambda a: (a.last_assigned_at is not None,
                                                   a.last_assigned_at or datetime.min.replace(tzinfo=UTC),
                                                   a.user_id))
        for turn, agent in enumerate(order, start=1):
            agent.turn = turn
        self._turns = len(order)
        self._version = dict.fromkeys(self._by_id, 0)
        self._heaps: dict[str | None, list] = {None: []}
        for agent in self.agents:
            for skill in agent.skills:
                self._heaps.setdefault(skill, [])
            self._push(agent)

    def _push(self, agent: AgentLoad) -> None:
        if not agent.has_room:
            return
        entry = (self.strategy.key(agent), self._version[agent.user_id], agent.user_id)
        heapq.heappush(self._heaps[None], entry)
        for skill in agent.skills:
            heapq.heappush(self._heaps[skill], entry)

    def _top(self, heap: list) -> AgentLoad | None:
        while heap:
            _key, version, user_id = heap[0]
            agent = self._by_id[user_id]
            if version == self._version[user_id] and agent.has_room:
                return agent
            heapq.heappop(heap)
        return None

    def pick(self, lead: Lead) -> AgentLoad | None:
        """The agent for `lead` (skilled if any skilled agent has room), or None if nobody has room."""
        agent = None
        if lead.interest in self._heaps and lead.interest is not None:
            agent = self._top(self._heaps[lead.interest])
        if agent is None:
            agent = self._top(self._heaps[None])
        if agent is None:
            return None
        self._turns += 1
        agent.turn = self._turns
        agent.assigned_today += 1
        agent.open_tasks += 1
        self._version[agent.user_id] += 1
        self._push(agent)
        return agent

    def rotation(self) -> list[AgentLoad]:
        """Agents in the order they were last given work (oldest first): what to persist."""
        return sorted(self.agents, key=lambda a: a.turn)


@dataclass(frozen=True)
class Assignment:
    key: object
    team_id: int | None
    user_id: int | None  # None: the team's shared pool (every agent away or at their cap)


def assign(leads: Iterable[Lead], router: Router, pools: Mapping[int, TeamPool]) -> list[Assignment]:
    """A team and (when someone has room) an agent for each lead, in the order given."""
    out = []
    for lead in leads:
        team_id = router.team_for(lead)
        pool = pools.get(team_id) if team_id is not None else None
        agent = pool.pick(lead) if pool is not None else None
        out.append(Assignment(lead.key, team_id, agent.user_id if agent else None))
    return out
