"""Translated names of the domain's enumerations, in one place."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..domain.conversation import Duration, ParticipantRole, Place


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def place_label(place: Place) -> str:
    return {
        Place.HOME: _t("At home"),
        Place.OFFICE: _t("At the office"),
        Place.PHONE: _t("By phone"),
        Place.VIDEO: _t("By video call"),
    }[place]


def participant_label(role: ParticipantRole) -> str:
    return {
        ParticipantRole.RESIDENT: _t("Resident"),
        ParticipantRole.INFORMAL_CARER: _t("Informal carer"),
        ParticipantRole.CLIENT_SUPPORTER: _t("Client supporter"),
        ParticipantRole.INTERPRETER: _t("Interpreter"),
        ParticipantRole.OTHER: _t("Other"),
    }[role]


def duration_label(duration: Duration | None) -> str:
    if duration is None:
        return _t("Not yet known")
    return {
        Duration.TEMPORARY: _t("Temporary"),
        Duration.LONG_TERM: _t("Long-term"),
        Duration.LIFELONG: _t("Lifelong"),
    }[duration]
