"""Guarantee 8, risky locations: network shares and cloud-synced folders are recognised."""

from __future__ import annotations

from pathlib import PurePosixPath, PureWindowsPath

import pytest

from toegang_desktop.domain.storage_location import (
    LocationRisk,
    RiskyLocation,
    as_pure_path,
    assess_location,
)

NETWORK = RiskyLocation(LocationRisk.NETWORK, "")


def _cloud(service: str) -> RiskyLocation:
    return RiskyLocation(LocationRisk.CLOUD_SYNC, service)


@pytest.mark.parametrize("text", [
    r"\\fileserver\wijkteam\Toegang",
    r"\\fileserver.gemeente.local\home$\jjansen\Toegang Desktop",
    "//fileserver/wijkteam/Toegang",
    r"\\?\UNC\fileserver\wijkteam\Toegang",
    r"\\?\unc\fileserver\wijkteam",
    r"\\10.0.0.5\data",
    r"\\wsl$\Debian\home\kim",
])
def test_network_shares_are_risky(text: str) -> None:
    path = as_pure_path(text)
    assert isinstance(path, PureWindowsPath)
    assert assess_location(path) == NETWORK


@pytest.mark.parametrize("text", [
    r"C:\Users\kim\AppData\Local\Toegang\Toegang Desktop",
    r"D:\Toegang",
    r"\\?\C:\Users\kim\AppData\Local\Toegang",
    r"C:\Users\kim\Documents\Boxing\Toegang",  # not "Box"
    r"C:\Users\kim\Dropboxes\Toegang",  # not "Dropbox"
    r"C:\Data\MyDriveLetters\Toegang",
])
def test_local_windows_folders_are_fine(text: str) -> None:
    assert assess_location(as_pure_path(text), environ={}, is_network_drive=lambda _d: False) is None


@pytest.mark.parametrize(("text", "service"), [
    (r"C:\Users\kim\OneDrive\Documenten\Toegang", "OneDrive"),
    (r"C:\Users\kim\OneDrive - Gemeente Voorbeeld\Toegang", "OneDrive"),
    (r"C:\Users\kim\onedrive - gemeente voorbeeld\toegang", "OneDrive"),
    (r"C:\Users\kim\Dropbox\Toegang", "Dropbox"),
    (r"C:\Users\kim\Dropbox (Gemeente Voorbeeld)\Toegang", "Dropbox"),
    (r"G:\My Drive\Toegang", "Google Drive"),
    (r"G:\Mijn Drive\Toegang", "Google Drive"),
    (r"C:\Users\kim\Google Drive\Toegang", "Google Drive"),
    (r"C:\Users\kim\iCloudDrive\Toegang", "iCloud Drive"),
    (r"C:\Users\kim\Box\Toegang", "Box"),
    (r"C:\Users\kim\Box Sync\Toegang", "Box"),
    (r"C:\Users\kim\Nextcloud\Toegang", "Nextcloud"),
    (r"C:\Users\kim\ownCloud - Gemeente\Toegang", "ownCloud"),
])
def test_cloud_sync_folders_on_windows_are_risky(text: str, service: str) -> None:
    assert assess_location(as_pure_path(text), environ={}) == _cloud(service)


@pytest.mark.parametrize(("text", "service"), [
    ("/home/kim/Dropbox/toegang", "Dropbox"),
    ("/home/kim/Nextcloud/werk/toegang", "Nextcloud"),
    ("/Users/kim/Library/CloudStorage/OneDrive-GemeenteVoorbeeld/toegang", "OneDrive"),
    ("/Users/kim/Library/CloudStorage/GoogleDrive-kim@example.org/My Drive/toegang", "Google Drive"),
    ("/Users/kim/Library/Mobile Documents/com~apple~CloudDocs/toegang", "iCloud Drive"),
])
def test_cloud_sync_folders_on_posix_are_risky(text: str, service: str) -> None:
    path = as_pure_path(text)
    assert isinstance(path, PurePosixPath)
    assert assess_location(path) == _cloud(service)


@pytest.mark.parametrize("text", [
    "/home/kim/.local/share/Toegang/Toegang Desktop",
    "/tmp/pytest-of-root/toegang",
    "/home/kim/boxes/toegang",
    "/srv/onedrivers/toegang",
])
def test_local_posix_folders_are_fine(text: str) -> None:
    assert assess_location(as_pure_path(text), environ={}) is None


@pytest.mark.parametrize("variable", ["OneDrive", "OneDriveCommercial", "OneDriveConsumer"])
def test_a_renamed_onedrive_folder_is_found_through_the_environment(variable: str) -> None:
    environ = {variable: r"C:\Users\kim\Werkmap Gemeente"}
    inside = as_pure_path(r"C:\Users\kim\werkmap gemeente\Toegang")  # Windows ignores case
    assert assess_location(inside, environ=environ) == _cloud("OneDrive")
    assert assess_location(as_pure_path(r"C:\Users\kim\Werkmap Gemeente"), environ=environ) \
        == _cloud("OneDrive")
    beside = as_pure_path(r"C:\Users\kim\Werkmap Gemeente 2\Toegang")
    assert assess_location(beside, environ=environ) is None


def test_an_empty_onedrive_variable_marks_nothing() -> None:
    assert assess_location(as_pure_path(r"C:\Toegang"), environ={"OneDrive": ""}) is None


def test_a_mapped_network_drive_is_risky() -> None:
    asked: list[str] = []

    def is_network_drive(letter: str) -> bool:
        asked.append(letter)
        return letter == "S:"

    assert assess_location(as_pure_path(r"s:\Wijkteam\Toegang"), {}, is_network_drive) == NETWORK
    assert assess_location(as_pure_path(r"C:\Toegang"), {}, is_network_drive) is None
    assert asked == ["S:", "C:"]


def test_paths_are_read_in_their_own_form() -> None:
    assert isinstance(as_pure_path(r"C:\x"), PureWindowsPath)
    assert isinstance(as_pure_path("C:/x"), PureWindowsPath)
    assert isinstance(as_pure_path("//server/share"), PureWindowsPath)
    assert isinstance(as_pure_path("/home/kim"), PurePosixPath)
