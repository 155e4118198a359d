"""Backup verbs: `backups` lists the copies, `backup` makes one now, `restore NAME` puts one
back. They need the key but no session, so they work on a damaged store too."""

from __future__ import annotations

from .common import Exit, say, translate
from .verbs import Context, Needs, Verbs


def register(verbs: Verbs) -> None:
    verbs.add("backups", translate("CommandLine", "list the backups of the store"),
              _backups, Needs.KEY)
    verbs.add("backup", translate("CommandLine", "make a verified backup of the store now"),
              _backup, Needs.KEY)
    restore = verbs.add("restore", translate("CommandLine", "put a backup in the place of the "
                                                            "store (the store is kept first)"),
                        _restore, Needs.KEY)
    restore.add_argument("name", metavar=translate("CommandLine", "NAME"),
                         help=translate("CommandLine", "the backup's file name, as 'backups' "
                                                       "lists it"))


def _backups(context: Context) -> int:
    from ..services.backups import BackupService
    from ..wording.backup_texts import kind_text, local_time, residents_text

    service = BackupService(context.folder, key=context.key)
    entries = service.list()
    if not entries:
        say(translate("CommandLine", "There are no backups in {folder} yet."),
            folder=service.folder)
        return Exit.OK
    say(translate("CommandLine", "Backups in {folder} (newest first):"), folder=service.folder)
    for entry in entries:
        print(f"  {local_time(entry):%d-%m-%Y %H:%M}  {residents_text(entry):<16}  "
              f"{kind_text(entry.kind):<18}  {entry.name}")
    return Exit.OK


def _backup(context: Context) -> int:
    from ..services.backups import BackupService
    from ..wording.backup_texts import residents_text

    made = BackupService(context.folder, key=context.key).back_up_now()
    say(translate("CommandLine", "Backup made and checked: {name} ({residents})."),
        name=made.name, residents=residents_text(made))
    return Exit.OK


def _restore(context: Context) -> int:
    from ..services.backups import BackupService
    from ..wording.backup_texts import local_time, restored_text

    name = context.args.name
    try:
        result = BackupService(context.folder, key=context.key).restore(name)
    except LookupError:
        say(translate("CommandLine", "There is no backup named {name}. Use 'backups' to see "
                                     "them."), to_stderr=True, name=name)
        return Exit.REFUSED
    print(restored_text(result, f"{local_time(result.restored):%d-%m-%Y %H:%M}"))
    return Exit.OK
