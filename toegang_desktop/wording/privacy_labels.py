"""Dutch words for the access log's codes, the retention laws and the erasure reasons."""

from __future__ import annotations

from ..domain.access_log import Defect
from ..domain.personal_data import FALSE_ALARM_LOG_PREFIX
from ..domain.retention import ErasureReason, RetentionLaw
from .field_names import field_label
from .learning_messages import false_alarm_log_text
from .translation import translate  # lupdate finds translate("Context", "...") calls


def _actions() -> dict[str, str]:
    return {
        "view": translate("Privacy", "Viewed"),
        "search": translate("Privacy", "Searched"),
        "create": translate("Privacy", "Created"),
        "change": translate("Privacy", "Changed"),
        "export": translate("Privacy", "Exported"),
        "print": translate("Privacy", "Report made (PDF)"),
        "import": translate("Privacy", "Imported"),
        "delete": translate("Privacy", "Removed"),
        "restore": translate("Privacy", "Restored"),
        "log_export": translate("Privacy", "Access log exported"),
        "log_purge": translate("Privacy", "Old log lines removed"),
    }


def _details() -> dict[str, str]:
    return {
        "closed": translate("Privacy", "dossier closed"),
        "reopened": translate("Privacy", "dossier reopened"),
        "access_request": translate("Privacy", "access request"),
        "conversation": translate("Privacy", "conversation"),
        "json": translate("Privacy", "dossier file"),
        "retention": translate("Privacy", "retention period over"),
        "resident": translate("Privacy", "for the resident"),
        "file": translate("Privacy", "for the file"),
        "safety_record": translate("Privacy", "reporting code (restricted)"),
        "resident_changes": translate("Privacy", "history of corrected details"),
    }


def action_label(action: str, detail: str = "") -> str:
    """'Changed (surname)': the action, with its detail where it says something."""
    text = _actions().get(action, action)
    if not detail or action in ("log_export", "log_purge"):
        return text
    detail, _semicolon, blanked = detail.partition(";")  # a purge's counts (PurgeOutcome)
    if blanked:
        return f"{action_label(action, detail)}; {blanked_label(blanked)}"
    detail, plus, restricted = detail.partition("+")  # whether the restricted record went out
    extra = {"restricted": translate("Privacy", "with the restricted reporting-code record"),
             "withheld": translate("Privacy", "restricted reporting-code record withheld"),
             }.get(restricted, restricted) if plus else ""
    known = _details().get(detail)
    if known is None and detail.startswith("erasure."):
        known = erasure_label(detail.removeprefix("erasure."))
    if known is None and detail.startswith(FALSE_ALARM_LOG_PREFIX):
        known = false_alarm_log_text(detail.removeprefix(FALSE_ALARM_LOG_PREFIX))
    if known is None:
        known = _part_of_a_conversation(detail)
    if known is None:  # a field name, e.g. 'surname' or 'finances.own_words'
        known = field_label(detail)
    return f"{text} ({known}, {extra})" if extra else f"{text} ({known})"


def _part_of_a_conversation(detail: str) -> str | None:
    """The plan's agreements, a signal's decision, an investigation topic and the team's
    bottlenecks are logged by code ('agreement.2.removed', 'topic.needs'): in words."""
    # Here, not at the top: the window loads this module at start, labels loads the rules.
    from ..domain.investigation import Topic
    from .labels import topic_label

    kind, _, rest = detail.partition(".")
    removed = rest.endswith("removed")
    number = rest.removesuffix("removed").strip(".")
    if kind == "agreement":
        text = translate("Privacy", "agreement {number} removed") if removed else \
            translate("Privacy", "agreement {number}")
        return text.format(number=number)
    if kind == "signal":
        return translate("Privacy", "decision on a signal")
    if kind == "topic" and rest in {topic.value for topic in Topic}:
        return topic_label(Topic(rest))
    if kind == "bottleneck":
        return translate("Privacy", "bottleneck removed") if removed else \
            translate("Privacy", "bottleneck")
    return None


def blanked_label(counts: str) -> str:
    """'names=2;streets=1;texts=1' (a purge's log detail) in words."""
    numbers = dict(part.partition("=")[::2] for part in counts.split(";"))

    def number(key: str) -> int:
        value = numbers.get(key, "0")
        return int(value) if value.isdigit() else 0

    return purge_blanked_text(number("names"), number("streets"), number("texts"))


def purge_blanked_text(names: int, streets: int, texts: int) -> str:
    """What a purge blanked in the learning loop, counts only (the screen, the command line
    and the access log's view say it alike)."""
    return translate("Privacy", "in %n text(s) of the bottlenecks and neighbourhood signals, "
                     "the resident's name or street was replaced by [verwijderd] "
                     "(names: %1, streets: %2)", "", texts) \
        .replace("%1", str(names)).replace("%2", str(streets))


def capitalised(text: str) -> str:
    """The text as the start of a sentence."""
    return text[:1].upper() + text[1:]


def result_label(result: str) -> str:
    return {
        "ok": translate("Privacy", "done"),
        "refused": translate("Privacy", "refused"),
        "failed": translate("Privacy", "failed"),
    }.get(result, result)


def retention_law_label(law: RetentionLaw) -> str:
    return {
        RetentionLaw.WMO: translate("Privacy", "Wmo 2015"),
        RetentionLaw.YOUTH: translate("Privacy", "Jeugdwet (youth care)"),
    }[RetentionLaw(law)]


def erasure_label(reason: str) -> str:
    return {
        ErasureReason.RESIDENT_REQUEST.value: translate(
            "Privacy", "Request of the resident (art. 17 AVG)"),
        ErasureReason.UNLAWFUL.value: translate("Privacy", "Should not have been recorded"),
        ErasureReason.DUPLICATE.value: translate("Privacy", "Duplicate dossier"),
        ErasureReason.WRONG_PERSON.value: translate("Privacy", "Registered by mistake"),
    }.get(str(reason), str(reason))


def defect_label(defect: Defect) -> str:
    """What is wrong with a line of the access log (the hash chain check)."""
    return {
        Defect.ALTERED: translate("CommandLine", "the line was changed"),
        Defect.CHAIN_BROKEN: translate("CommandLine", "a line was removed or inserted before it"),
        Defect.MISSING: translate("CommandLine", "lines are missing here"),
        Defect.TAIL_MISSING: translate("CommandLine", "the newest lines were removed"),
        Defect.WRONG_TYPE: translate("CommandLine", "a value of the wrong type (or no hash)"),
        Defect.PURGE_FORGED: translate(
            "CommandLine", "lines were removed without a purge that the log can prove"),
        Defect.UNREADABLE: translate("CommandLine", "the log's tables cannot be read"),
    }[defect]


# What a purge writes where a removed resident's name or street stood in a bottleneck or
# signal text: stored in the team's (Dutch) data, so not translated.
PURGED_TRACE = "[verwijderd]"


GLASS_ACTION = "break_glass"


def team_action_label(action: str) -> str:
    """What a professional did in the dossier according to the team server's log: the
    laptop's own actions as in the local log, plus the team's own (involve, hand over ...)."""
    team = {
        GLASS_ACTION: translate("Privacy", "Emergency access (break the glass)"),
        "involve": translate("Privacy", "Colleague involved"),
        "uninvolve": translate("Privacy", "Involvement ended"),
        "handover": translate("Privacy", "Coordination handed over"),
        "handover_propose": translate("Privacy", "Handover proposed"),
        "lease": translate("Privacy", "Taken along for a home visit"),
        "lease_return": translate("Privacy", "Returned after a home visit"),
        "case_bring": translate("Privacy", "Brought to the case discussion"),
        "pull": translate("Privacy", "Received on a laptop"),
        "push": translate("Privacy", "Changes sent from a laptop"),
        "team_history": translate("Privacy", "Team history viewed"),
        "access_request": translate("Privacy", "access request"),
    }.get(action)
    return team if team is not None else action_label(action)


def team_role_label(role: str) -> str:
    """A team member's role in words (the server's code otherwise)."""
    return {
        "professional": translate("Privacy", "Professional"),
        "team_leader": translate("Privacy", "Team leader"),
        "privacy_officer": translate("Privacy", "Privacy officer"),
    }.get(role, role)
