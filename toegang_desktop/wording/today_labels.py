"""The words of today's work (Vandaag): what each kind of due item is called."""

from __future__ import annotations

from ..domain.today import TodayKind
from .translation import translate  # lupdate finds translate("Context", "...") calls


def today_kind_label(kind: TodayKind) -> str:
    return {
        TodayKind.AGREEMENT: translate("TodayLabels", "Agreement due"),
        TodayKind.LEGAL_TERM: translate("TodayLabels", "Legal term"),
        TodayKind.EVALUATION: translate("TodayLabels", "Evaluation due"),
        TodayKind.SIGNAL: translate("TodayLabels", "Signal not yet weighed"),
        TodayKind.NOT_FINAL: translate("TodayLabels", "Report not yet final"),
    }[kind]
