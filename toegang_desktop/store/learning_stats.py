"""The counts behind the period report, computed in SQL. Nothing here returns a resident, a
name or free text: only keys (category, domain, law, organisation, theme, area, rule, level)
with counts, and melding/report dates without anything that links them to a person."""

from __future__ import annotations

from collections import Counter
from datetime import date

from ..domain.period_report import BottleneckCounts, Period
from .database import Database

_IN_PERIOD = "BETWEEN ? AND ?"


def _span(period: Period) -> list[str]:
    return [period.start.isoformat(), period.end.isoformat()]


class LearningStats:
    def __init__(self, db: Database) -> None:
        self._db = db

    def store_id(self) -> str:
        """The store's own random id (migration 0010): which workstation made an aggregate."""
        return str(self._db.execute("SELECT store_id FROM store_identity WHERE id = 1").fetchone()[0])

    def _counter(self, sql: str, params: list[str]) -> Counter[str]:
        return Counter({str(key): int(n) for key, n in self._db.execute(sql, params) if key})

    def bottlenecks(self, period: Period) -> BottleneckCounts:
        span = _span(period)
        where = f"b.occurred_on {_IN_PERIOD}"
        total, solved = self._db.execute(
            f"SELECT count(*), count(solved_on) FROM bottlenecks b WHERE {where}", span).fetchone()
        return BottleneckCounts(
            total=int(total), solved=int(solved),
            by_category=self._counter(
                f"SELECT category, count(*) FROM bottlenecks b WHERE {where} GROUP BY category", span),
            by_domain=self._counter(
                "SELECT d.domain_key, count(*) FROM bottleneck_domains d"
                f" JOIN bottlenecks b ON b.id = d.bottleneck_id WHERE {where} GROUP BY d.domain_key",
                span),
            by_law=self._counter(
                "SELECT l.law, count(*) FROM bottleneck_laws l"
                f" JOIN bottlenecks b ON b.id = l.bottleneck_id WHERE {where} GROUP BY l.law", span),
            by_partner=self._counter(
                "SELECT p.organisation, count(*) FROM bottlenecks b"
                f" JOIN partners p ON p.id = b.partner_id WHERE {where} GROUP BY p.organisation_key",
                span),
        )

    def signals_by_theme(self, period: Period) -> Counter[str]:
        return self._counter(
            f"SELECT theme, count(*) FROM neighbourhood_signals WHERE noticed_on {_IN_PERIOD}"
            " GROUP BY theme", _span(period))

    def signals_by_area(self, period: Period) -> Counter[str]:
        """Per area as first written (case aside), so 'Oosterpark' and 'oosterpark' count once."""
        return self._counter(
            f"SELECT min(area), count(*) FROM neighbourhood_signals WHERE noticed_on {_IN_PERIOD}"
            " GROUP BY lower(area)", _span(period))

    def conversation_ids(self, period: Period) -> list[int]:
        return [int(i) for (i,) in self._db.execute(
            f"SELECT id FROM conversations WHERE held_on {_IN_PERIOD} ORDER BY id", _span(period))]

    def levels(self, period: Period) -> dict[str, Counter[int]]:
        """Per life domain how many conversations in the period gave each level 1-5."""
        found: dict[str, Counter[int]] = {}
        for key, level, n in self._db.execute(
                "SELECT a.domain_key, a.level, count(*) FROM domain_assessments a"
                " JOIN conversations c ON c.id = a.conversation_id"
                f" WHERE c.held_on {_IN_PERIOD} AND a.level IS NOT NULL"
                " AND coalesce(a.discussed, 1) = 1 GROUP BY a.domain_key, a.level", _span(period)):
            found.setdefault(str(key), Counter())[int(level)] = int(n)
        return found

    def domain_labels(self) -> dict[str, str]:
        """The label each domain key was last recorded with."""
        return {str(key): str(label) for key, label in self._db.execute(
            "SELECT a.domain_key, a.label FROM domain_assessments a"
            " JOIN (SELECT domain_key, max(conversation_id) AS newest FROM domain_assessments"
            "       GROUP BY domain_key) n"
            " ON n.domain_key = a.domain_key AND n.newest = a.conversation_id")}

    def decisions(self, period: Period) -> dict[str, tuple[str, int, int]]:
        """Per rule: (title, confirmed, dismissed) in conversations of the period."""
        found: dict[str, tuple[str, int, int]] = {}
        for rule_id, title, confirmed, dismissed in self._db.execute(
                "SELECT d.rule_id, max(d.rule_title), sum(d.decision = 'confirmed'),"
                " sum(d.decision = 'dismissed') FROM signal_decisions d"
                " JOIN conversations c ON c.id = d.conversation_id"
                f" WHERE c.held_on {_IN_PERIOD} GROUP BY d.rule_id", _span(period)):
            found[str(rule_id)] = (str(title), int(confirmed), int(dismissed))
        return found

    def routes(self, period: Period) -> Counter[str]:
        """How often each route choice and each connection was chosen in the period."""
        span = _span(period)
        row = self._db.execute(
            "SELECT count(*), sum(r.integrated_plan), sum(r.long_term_indication),"
            " sum(r.budget = 'custom'), sum(r.budget = 'bridging'), sum(r.escalation),"
            " sum(r.stays_involved) FROM conversation_routes r"
            f" JOIN conversations c ON c.id = r.conversation_id WHERE c.held_on {_IN_PERIOD}",
            span).fetchone()
        names = ("routes", "integrated_plan", "long_term_indication", "custom_budget",
                 "bridging_budget", "escalation", "stays_involved")
        counts = Counter({name: int(value or 0) for name, value in zip(names, row, strict=True)})
        for connection, n in self._db.execute(
                "SELECT k.connection, count(*) FROM route_connections k"
                f" JOIN conversations c ON c.id = k.conversation_id WHERE c.held_on {_IN_PERIOD}"
                " GROUP BY k.connection", span):
            counts[f"connection:{connection}"] = int(n)
        return +counts

    def meldingen(self, period: Period) -> list[tuple[date, date | None]]:
        """(melding, report made final) of the conversations whose melding is in the period."""
        return [(date.fromisoformat(m), date.fromisoformat(f) if f else None)
                for m, f in self._db.execute(
                    "SELECT melding_date, finalised_on FROM conversations"
                    f" WHERE melding_date {_IN_PERIOD}", _span(period))]
