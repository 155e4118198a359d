"""Translated names of the domain's enumerations, in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.conversation import Duration, ParticipantRole, Place

translate = QCoreApplication.translate  # lupdate finds translate("Context", "...") calls


def place_label(place: Place) -> str:
    return {
        Place.HOME: translate("Labels", "At home"),
        Place.OFFICE: translate("Labels", "At the office"),
        Place.PHONE: translate("Labels", "By phone"),
        Place.VIDEO: translate("Labels", "By video call"),
    }[place]


def participant_label(role: ParticipantRole) -> str:
    return {
        ParticipantRole.RESIDENT: translate("Labels", "Resident"),
        ParticipantRole.INFORMAL_CARER: translate("Labels", "Informal carer"),
        ParticipantRole.CLIENT_SUPPORTER: translate("Labels", "Client supporter"),
        ParticipantRole.INTERPRETER: translate("Labels", "Interpreter"),
        ParticipantRole.OTHER: translate("Labels", "Other"),
    }[role]


def duration_label(duration: Duration | None) -> str:
    if duration is None:
        return translate("Labels", "Not yet known")
    return {
        Duration.TEMPORARY: translate("Labels", "Temporary"),
        Duration.LONG_TERM: translate("Labels", "Long-term"),
        Duration.LIFELONG: translate("Labels", "Lifelong"),
    }[duration]
