"""The period report of the learning loop: the aggregate of one store for a period, written
as PDF, CSV or aggregate file (JSON), and several aggregate files merged into one team report.

The writers get only an `Aggregate` (counts, no resident rows), so personal data cannot leak
into a report by construction. reportlab is imported only when a PDF is written.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

from ..domain.period_report import (
    Aggregate,
    ClockCounts,
    DuplicateAggregate,
    Period,
    PeriodMismatch,
    RuleCounts,
    last_full_quarter,
    merge,
)
from ..domain.resident import HouseholdMember
from ..export import aggregate_json, period_csv
from ..export.whole_file import ProtectedFiles
from ..store.database import Database
from ..store.learning_stats import LearningStats
from .content import active_checklist
from .conversations import ConversationService
from .dossiers import DossierService
from .recognition import RecognitionService

# The errors a caller handles when reading aggregate files, from one place.
AggregateFileError = aggregate_json.AggregateFileError
__all__ = ["Aggregate", "AggregateFileError", "PeriodMismatch", "PeriodReportFiles",
           "PeriodReportService", "default_days"]


def default_days(today: date) -> tuple[date, date]:
    """The first and last day of the period a report covers when none is given: the last full
    quarter (for the command line, which names days, not domain periods)."""
    period = last_full_quarter(today)
    return period.start, period.end


class PeriodReportFiles:
    """Writing a period report's files and reading aggregate files: no store needed (a
    coordinator may merge the files of several workstations without a store of their own)."""

    def __init__(self, protected: ProtectedFiles) -> None:
        self._protected = protected  # the data folder's own files: never a report's target

    def write_pdf(self, aggregate: Aggregate, path: Path, municipality: str = "") -> int:
        """Write the report as PDF; returns the page count. OSError when it cannot be written."""
        from ..export import period_pdf  # reportlab loads here, never at start-up

        return period_pdf.write_period_report(aggregate, path, municipality,
                                              protected=self._protected)

    def write_csv(self, aggregate: Aggregate, path: Path) -> None:
        period_csv.write_csv(aggregate, path, protected=self._protected)

    def write_aggregate(self, aggregate: Aggregate, path: Path) -> None:
        aggregate_json.write_aggregate(aggregate, path, protected=self._protected)

    @staticmethod
    def read_aggregates(paths: list[Path], level_names: tuple[str, ...] = ()) -> Aggregate:
        """The merged aggregate of several files. Raises AggregateFileError (which file, what
        is wrong; also a file given twice, a copy under another name, or two files of one
        workstation) or PeriodMismatch. The files hold counts, not words: the level names are
        those of the checklist in use here, or the standard one's when there is no store."""
        aggregates = [aggregate_json.read_aggregate(path) for path in paths]
        try:
            merged = merge(aggregates)
        except DuplicateAggregate as twice:
            code = "same_workstation" if twice.same_workstation else "duplicate"
            raise AggregateFileError(paths[twice.second], code, Path(paths[twice.first]).name) from twice
        merged.level_names = level_names or active_checklist(None)[0].level_names
        return merged


class PeriodReportService(PeriodReportFiles):
    def __init__(self, db: Database, conversations: ConversationService, dossiers: DossierService,
                 recognition: RecognitionService, today: Callable[[], date] = date.today, *,
                 protected: ProtectedFiles) -> None:
        super().__init__(protected)
        self._stats = LearningStats(db)
        self._conversations = conversations
        self._dossiers = dossiers
        self._recognition = recognition
        self._today = today

    def aggregate_days(self, start: date, end: date) -> Aggregate:
        """`aggregate` of the days from `start` through `end`."""
        return self.aggregate(Period(start, end))

    def aggregate(self, period: Period) -> Aggregate:
        """The counts of this store for the period (unsuppressed; suppress when showing)."""
        stats = self._stats
        previous = period.previous()
        result = Aggregate(period=period, generated_on=self._today(),
                           workstation=stats.store_id())
        result.bottlenecks = stats.bottlenecks(period)
        result.previous_bottlenecks = stats.bottlenecks(previous)
        result.signals_by_theme = stats.signals_by_theme(period)
        result.signals_by_area = stats.signals_by_area(period)
        result.previous_signals = sum(stats.signals_by_theme(previous).values())
        ids = stats.conversation_ids(period)
        result.conversations = len(ids)
        result.levels = stats.levels(period)
        labels = {d.key: d.label for d in self._conversations.checklist.domains}
        labels.update(stats.domain_labels())
        used = set(result.levels) | set(result.bottlenecks.by_domain) \
            | set(result.previous_bottlenecks.by_domain)
        result.domain_labels = {key: labels.get(key, key) for key in sorted(used)}
        result.level_names = self.level_names
        result.rules = self._rule_counts(period, ids)
        result.routes = stats.routes(period)
        clock = ClockCounts()
        as_of = self._today()  # an open investigation is judged on the day of the report
        for melding, finalised in stats.meldingen(period):
            clock.add(melding, finalised, as_of)
        result.clock = clock
        return result

    @property
    def level_names(self) -> tuple[str, ...]:
        """The level names of the checklist in use: the report says what the screen says."""
        return self._conversations.checklist.level_names

    def _rule_counts(self, period: Period, conversation_ids: list[int]) -> dict[str, RuleCounts]:
        """How often each rule fired in the period's conversations (signals are computed, not
        stored) and how often the professional confirmed or dismissed it."""
        counts = {rule.id: RuleCounts(rule.title) for rule in self._recognition.rules.rules}
        fired: Counter[str] = Counter()
        households: dict[int, list[HouseholdMember]] = {}
        for conversation_id in conversation_ids:
            conversation = self._conversations.load(conversation_id)
            if conversation is None:
                continue
            if conversation.resident_id not in households:
                resident = self._dossiers.resident(conversation.resident_id)
                households[conversation.resident_id] = list(resident.household) if resident else []
            household = households[conversation.resident_id]
            fired.update(s.rule_id for s in self._recognition.signals(conversation, household))
        for rule_id, n in fired.items():
            counts.setdefault(rule_id, RuleCounts(rule_id)).fired = n
        for rule_id, (title, confirmed, dismissed) in self._stats.decisions(period).items():
            entry = counts.setdefault(rule_id, RuleCounts(title))
            entry.confirmed, entry.dismissed = confirmed, dismissed
        return {k: v for k, v in counts.items() if v.fired or v.confirmed or v.dismissed}
