"""Lead score with reasons: fit + engagement, points and caps from scoring.toml, vectorised.

Pure module (stdlib + pandas/numpy). `score_frame` scores any number of leads at once, one numpy
operation per rule; `reasons` spells out, for one lead, every rule that gave it points.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import numpy as np
import pandas as pd

SCORING_CONFIG = Path(__file__).with_name("scoring.toml")
TIERS = ("hot", "warm", "cold")


@dataclass(frozen=True)
class Rule:
    part: str          # fit / engagement
    code: str
    field: str
    points: float      # for a yes/no field
    per: float         # for a count field: points per unit, up to `cap`
    cap: float
    reason: str


@dataclass(frozen=True)
class ScoringConfig:
    rules: tuple[Rule, ...]
    fit_cap: float
    engagement_cap: float
    half_life_days: float
    hot: float
    warm: float
    served_provinces: frozenset[str]
    target_age_groups: frozenset[str]
    target_occupations: frozenset[str]


def load_config(path: Path = SCORING_CONFIG) -> ScoringConfig:
    with path.open("rb") as handle:
        raw = tomllib.load(handle)
    rules = []
    for part in ("fit", "engagement"):
        for spec in raw[part]["rules"]:
            rules.append(Rule(part, spec["code"], spec["field"], float(spec.get("points", 0)),
                              float(spec.get("per", 0)), float(spec.get("cap", 0)), spec["reason"]))
    targets = raw["fit"].get("targets", {})
    return ScoringConfig(
        rules=tuple(rules), fit_cap=float(raw["fit"]["cap"]), engagement_cap=float(raw["engagement"]["cap"]),
        half_life_days=float(raw["engagement"]["half_life_days"]), hot=float(raw["tiers"]["hot"]),
        warm=float(raw["tiers"]["warm"]), served_provinces=frozenset(raw["fit"].get("served_provinces", [])),
        target_age_groups=frozenset(targets.get("age_groups", [])),
        target_occupations=frozenset(targets.get("occupations", [])),
    )


DEFAULT_CONFIG = load_config()


def _rule_points(rule: Rule, column: pd.Series) -> np.ndarray:
    values = column.to_numpy()
    if rule.per:
        return np.minimum(values.astype(np.float64) * rule.per, rule.cap or np.inf)
    return np.where(values.astype(bool), rule.points, 0.0)


def score_frame(leads: pd.DataFrame, now: datetime | None = None, config: ScoringConfig = DEFAULT_CONFIG,
                *, with_points: bool = False) -> pd.DataFrame:
    """Score every row of `leads` (feature columns as in scoring.toml; `days_since` for decay).

    Returns fit, engagement (decayed), score and tier; with `with_points`, also one `pts_<code>`
    column per rule (undecayed), from which the reasons are written.
    """
    fit = np.zeros(len(leads))
    engagement = np.zeros(len(leads))
    points = {}
    for rule in config.rules:
        got = _rule_points(rule, leads[rule.field])
        if rule.part == "fit":
            fit += got
        else:
            engagement += got
        if with_points:
            points[f"pts_{rule.code}"] = got
    fit = np.minimum(fit, config.fit_cap)
    days = leads["days_since"].to_numpy(dtype=np.float64) if "days_since" in leads else np.zeros(len(leads))
    decay = np.power(0.5, np.maximum(days, 0.0) / config.half_life_days)
    engagement = np.minimum(engagement, config.engagement_cap) * decay
    score = np.round(fit + engagement, 1)
    tier = np.where(score >= config.hot, "hot", np.where(score >= config.warm, "warm", "cold"))
    out = pd.DataFrame({"fit": np.round(fit, 1), "engagement": np.round(engagement, 1), "score": score,
                        "tier": tier, "decay": decay}, index=leads.index)
    for name, values in points.items():
        out[name] = values
    return out


def reasons(scored: Mapping, lead: Mapping, config: ScoringConfig = DEFAULT_CONFIG) -> list[dict]:
    """One lead's reasons: [{'code', 'points', 'n', 'text'}], from a `score_frame(with_points)` row."""
    out = []
    for rule in config.rules:
        got = float(scored[f"pts_{rule.code}"])
        if got <= 0:
            continue
        n = int(lead[rule.field]) if rule.per else None
        text = rule.reason.format(n=n)
        out.append({"code": rule.code, "part": rule.part, "points": round(got), "n": n,
                    "text": f"+{round(got)} {text}"})
    decay = float(scored["decay"])
    if decay < 0.999:
        out.append({"code": "decay", "part": "engagement", "points": None, "n": round(decay * 100),
                    "text": f"engagement ×{decay:.2f} since last seen"})
    return out


def features(contact: Mapping, now: datetime, config: ScoringConfig = DEFAULT_CONFIG,
             offered: frozenset[str] | None = None) -> dict:
    """The scoring features of one stored contact (a dict of its columns plus `phones`)."""
    segment = contact.get("segment") or {}
    intents = set(contact.get("intents") or ())
    interests = set(contact.get("interests") or ())
    province = contact.get("province")
    last_seen = contact.get("last_seen_at") or now
    return {
        "has_phone": bool(contact.get("phones")),
        "asked_call": "call_me" in intents,
        "wants_join": "join" in intents,
        "wants_advice": "advice" in intents,
        "questions": int(contact.get("question_count") or 0),
        "minigame": bool(contact.get("minigame")),
        "product_match": bool(interests & offered) if offered is not None else bool(interests),
        "province_served": bool(province) and (not config.served_provinces
                                               or province in config.served_provinces),
        "age_fit": segment.get("age_group") in config.target_age_groups,
        "occupation_fit": segment.get("occupation") in config.target_occupations,
        "household_size": int(segment.get("household_size") or 0),
        "days_since": max((now - last_seen).total_seconds() / 86400, 0.0),
    }


def synthetic_leads(n: int, seed: int = 7) -> pd.DataFrame:
    """`n` made-up leads with plausible feature frequencies, for the benchmark."""
    rng = np.random.default_rng(seed)
    return pd.DataFrame({
        "has_phone": rng.random(n) < 0.35, "asked_call": rng.random(n) < 0.15,
        "wants_join": rng.random(n) < 0.2, "wants_advice": rng.random(n) < 0.4,
        "questions": rng.poisson(0.8, n), "minigame": rng.random(n) < 0.25,
        "product_match": rng.random(n) < 0.6, "province_served": rng.random(n) < 0.8,
        "age_fit": rng.random(n) < 0.5, "occupation_fit": rng.random(n) < 0.4,
        "household_size": rng.integers(0, 7, n), "days_since": rng.exponential(5.0, n),
    })


def bench(n: int) -> dict:
    """Score `n` synthetic leads; the time covers scoring only, not making the data up."""
    import time

    leads = synthetic_leads(n)
    started = time.perf_counter()
    score_frame(leads)
    seconds = time.perf_counter() - started
    return {"leads": n, "seconds": round(seconds, 3), "leads_per_s": round(n / seconds) if seconds else None}
