"""The signals of one conversation as plain data, for `toegang-desktop signals` (JSON output)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..domain.conversation import Conversation
from ..domain.rules import Evidence, RuleSet, Signal


def signals_to_dict(
    conversation: Conversation, rules: RuleSet, signals: Sequence[Signal]
) -> dict[str, Any]:
    """The conversation id, the rule set used, and each signal with its evidence and the
    professional's decision on it (null while open), in the order of the rule file."""
    return {
        "conversation": conversation.id,
        "ruleset": {"id": rules.id, "version": rules.version},
        "signals": [_signal_dict(s, conversation) for s in signals],
    }


def _signal_dict(signal: Signal, conversation: Conversation) -> dict[str, Any]:
    decided = conversation.decisions.get(signal.rule_id)
    return {
        "rule_id": signal.rule_id,
        "title": signal.title,
        "kind": signal.kind.value,
        "explanation": signal.explanation,
        "evidence": [evidence_dict(e) for e in signal.evidence],
        "decision": None if decided is None
        else {"decision": decided.decision.value, "reason": decided.reason},
    }


def evidence_dict(evidence: Evidence) -> dict[str, Any]:
    """A marker, a household member, or (otherwise) a domain assessment."""
    if evidence.marker is not None:
        return {"marker": evidence.marker.value}
    if evidence.household_role is not None:
        return {"household_role": evidence.household_role.value, "name": evidence.household_name}
    return {
        "domain_key": evidence.domain_key, "label": evidence.label, "level": evidence.level,
        "wants_to_talk": evidence.wants_to_talk,
        "duration": evidence.duration.value if evidence.duration else None,
    }
