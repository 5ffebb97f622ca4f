"""Calibration from outcomes: P(enrolled) per field value, naive-Bayes style, and its AUC.

Pure module (pandas/numpy). Each field value's rate is smoothed toward the all-unit rate
(p_v = (enrolled_v + m·p0) / (n_v + m)), so rare or unseen values fall back to it; the fields are
combined in odds form, log-odds(p) = log-odds(p0) + Σ (log-odds(p_v) − log-odds(p0)).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

_EPS = 1e-6


def _logit(p):
    p = np.clip(p, _EPS, 1 - _EPS)
    return np.log(p / (1 - p))


@dataclass
class Calibration:
    base_rate: float
    tables: dict[str, dict[str, float]]   # field -> value -> smoothed P(enrolled | value)
    counts: dict[str, dict[str, int]]

    def predict(self, frame: pd.DataFrame) -> np.ndarray:
        """P(enrolled) for each row; values never seen in training count as the all-unit rate."""
        base = _logit(self.base_rate)
        total = np.full(len(frame), base)
        for field, table in self.tables.items():
            rates = frame[field].astype(str).map(table).fillna(self.base_rate).to_numpy(dtype=np.float64)
            total += _logit(rates) - base
        return 1.0 / (1.0 + np.exp(-total))


def fit(frame: pd.DataFrame, fields: Sequence[str], outcome: str = "enrolled",
        smoothing: float = 2.0) -> Calibration:
    """Learn the smoothed rate of `outcome` (1/0) per value of each field."""
    y = frame[outcome].astype(float)
    base = float((y.sum() + 1.0) / (len(y) + 2.0))  # Laplace: never exactly 0 or 1
    tables, counts = {}, {}
    for field in fields:
        grouped = y.groupby(frame[field].astype(str)).agg(["sum", "count"])
        rates = (grouped["sum"] + smoothing * base) / (grouped["count"] + smoothing)
        tables[field] = {str(k): float(v) for k, v in rates.items()}
        counts[field] = {str(k): int(v) for k, v in grouped["count"].items()}
    return Calibration(base, tables, counts)


def auc(scores, outcomes) -> float | None:
    """Area under the ROC curve (Mann–Whitney, ties averaged); None without both outcomes."""
    s = pd.Series(np.asarray(scores, dtype=np.float64))
    y = np.asarray(outcomes).astype(bool)
    positives, negatives = int(y.sum()), int((~y).sum())
    if not positives or not negatives:
        return None
    ranks = s.rank(method="average").to_numpy()
    return float((ranks[y].sum() - positives * (positives + 1) / 2) / (positives * negatives))


def holdout_mask(n: int, share: float = 0.3, seed: int = 13) -> np.ndarray:
    return np.random.default_rng(seed).random(n) < share


def evaluate(frame: pd.DataFrame, fields: Sequence[str], *, rule_score: str = "score",
             outcome: str = "enrolled", share: float = 0.3, seed: int = 13) -> dict:
    """Train on part of the outcomes, report AUC of the model and of the rule score on the rest."""
    test = holdout_mask(len(frame), share, seed)
    train_frame, test_frame = frame[~test], frame[test]
    model = fit(train_frame, fields, outcome)
    y = test_frame[outcome].to_numpy()
    model_auc = auc(model.predict(test_frame), y) if len(test_frame) else None
    rule_auc = auc(test_frame[rule_score], y) if len(test_frame) and rule_score in test_frame else None
    return {
        "outcomes": int(len(frame)), "train": int(len(train_frame)), "test": int(len(test_frame)),
        "base_rate": round(model.base_rate, 4),
        "auc_model": None if model_auc is None else round(model_auc, 4),
        "auc_rule": None if rule_auc is None else round(rule_auc, 4),
        "rates": {f: {v: round(p, 4) for v, p in sorted(t.items())} for f, t in model.tables.items()},
    }


def synthetic_outcomes(n: int, seed: int = 5) -> pd.DataFrame:
    """Leads with a known answer: enrolment depends on occupation and a phone, not on province."""
    rng = np.random.default_rng(seed)
    occupation = rng.choice(["farmer", "trader", "worker", "student"], n, p=[0.3, 0.3, 0.2, 0.2])
    has_phone = rng.random(n) < 0.4
    province = rng.choice(["Hà Nội", "TP Hồ Chí Minh", "Đà Nẵng", "Cần Thơ"], n)
    known = {"farmer": 0.5, "trader": 0.3, "worker": 0.2, "student": 0.05}
    rate = pd.Series(occupation).map(known).to_numpy()
    rate = np.where(has_phone, np.minimum(rate * 1.6, 0.95), rate * 0.6)
    enrolled = rng.random(n) < rate
    # The rule score sees the phone but not the occupation.
    score = np.where(has_phone, 30.0, 0.0) + rng.normal(0, 5, n)
    return pd.DataFrame({"occupation": occupation, "has_phone": has_phone, "province": province,
                         "score": score, "enrolled": enrolled.astype(int), "true_rate": rate})
