"""A throwaway PostgreSQL cluster for the team tests: Debian's `postgresql` package, initdb in
a temporary folder (as a dedicated non-root user when the tests run as root: initdb refuses
root), a free port on 127.0.0.1, SCRAM for every login, stopped at the end. Every wait has a
bound and fails with the server's log."""

from __future__ import annotations

import atexit
import contextlib
import glob
import os
import secrets
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import psycopg

OS_USER = "toegang-pgtest"
START_TIMEOUT_S = 30.0
STOP_TIMEOUT_S = 15.0


class NoPostgres(Exception):
    """PostgreSQL 15+ is not installed here (apt-get install postgresql)."""


def find_bin() -> Path:
    candidates = []
    for folder in glob.glob("/usr/lib/postgresql/*/bin"):
        try:
            major = int(Path(folder).parent.name)
        except ValueError:
            continue
        if major >= 15 and (Path(folder) / "initdb").is_file():
            candidates.append((major, Path(folder)))
    if not candidates:
        raise NoPostgres("no PostgreSQL 15+ under /usr/lib/postgresql (apt-get install postgresql)")
    return max(candidates)[1]


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _os_user() -> str | None:
    """The user the server runs as: ourselves, or (as root) a dedicated system user."""
    if os.geteuid() != 0:
        return None
    import pwd

    try:
        pwd.getpwnam(OS_USER)
    except KeyError:
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
                        OS_USER], check=True, capture_output=True, timeout=30)
    return OS_USER


@dataclass
class Cluster:
    bin: Path
    folder: Path
    port: int
    password: str
    superuser: str = "postgres"
    host: str = "127.0.0.1"
    process: subprocess.Popen[bytes] | None = field(default=None, repr=False)
    ca_pem: str = ""  # the test CA that signed the server's certificate (for localhost)
    argv: list[str] = field(default_factory=list, repr=False)  # how the server was started
    os_user: str | None = None

    @property
    def log_path(self) -> Path:
        return self.folder / "server.log"

    def log_tail(self, chars: int = 4000) -> str:
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")[-chars:]
        except OSError:
            return "(no server log)"

    def connect(self, user: str | None = None, password: str | None = None,
                dbname: str = "postgres", **kwargs: Any) -> psycopg.Connection[Any]:
        return psycopg.connect(host=self.host, port=self.port, dbname=dbname,
                               user=user or self.superuser,
                               password=self.password if password is None else password,
                               sslmode="disable", connect_timeout=5, autocommit=True, **kwargs)

    def launch(self) -> None:
        """Start the server (again) on the same data folder and port; returns when it accepts
        connections, or fails with its log."""
        log = open(self.log_path, "ab")  # noqa: SIM115 - the server writes it as long as it runs
        self.process = subprocess.Popen(self.argv, user=self.os_user, stdout=log,
                                        stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                        preexec_fn=_end_with_parent)
        log.close()
        deadline = time.monotonic() + START_TIMEOUT_S
        while True:
            code = self.process.poll()
            if code is not None:
                raise RuntimeError(f"postgres ended at start (exit code {code}):\n"
                                   f"{self.log_tail()}")
            try:
                self.connect().close()
                return
            except psycopg.OperationalError as error:
                if time.monotonic() > deadline:
                    raise RuntimeError(f"postgres did not accept connections within "
                                       f"{START_TIMEOUT_S:g} s ({error}):\n"
                                       f"{self.log_tail()}") from error
                time.sleep(0.05)

    def restart(self, mode: str = "fast") -> None:
        """The server restarted as `pg_ctl restart -m fast|immediate` would: fast ends every
        session and checkpoints; immediate quits at once (crash recovery at the start).
        Signals to our own postmaster (pg_ctl would need to run as the server's OS user)."""
        signals = {"fast": signal.SIGINT, "immediate": signal.SIGQUIT}
        process = self.process
        assert process is not None, "the cluster is not running"
        process.send_signal(signals[mode])
        try:
            process.wait(timeout=STOP_TIMEOUT_S)
        except subprocess.TimeoutExpired as error:
            raise RuntimeError(f"postgres did not stop ({mode}) within {STOP_TIMEOUT_S:g} s:\n"
                               f"{self.log_tail()}") from error
        self.launch()

    def stop(self) -> None:
        process, self.process = self.process, None
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGINT)  # fast shutdown: ends the open sessions
            try:
                process.wait(timeout=STOP_TIMEOUT_S)
            except subprocess.TimeoutExpired:
                process.kill()
                with contextlib.suppress(subprocess.TimeoutExpired):
                    process.wait(timeout=5)
        shutil.rmtree(self.folder, ignore_errors=True)


def _end_with_parent() -> None:
    """In the server's process before exec (after the change of user, which would clear it):
    a fast shutdown when the test process dies without its finalizers (killed by a timeout),
    so no server outlives the tests that started it."""
    import ctypes

    pr_set_pdeathsig = 1
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(pr_set_pdeathsig, signal.SIGINT)


STALE_AFTER_S = 3600.0


def _remove_stale_folders() -> None:
    """Folders of test clusters whose server no longer runs (a test process that was killed)."""
    for folder in Path(tempfile.gettempdir()).glob("toegang-pg-*"):
        # Only folders left alone for an hour: another test run's cluster may be starting
        # (initdb, no postmaster.pid yet) or restarting (a dead pid in postmaster.pid for a
        # moment); removing those broke that run's fixture.
        try:
            if time.time() - _newest_change(folder) < STALE_AFTER_S:
                continue
        except OSError:
            continue
        pid_file = folder / "data" / "postmaster.pid"
        try:
            pid = int(pid_file.read_text(encoding="ascii").split()[0])
            os.kill(pid, 0)
            continue  # still running: someone's live cluster
        except PermissionError:
            continue  # running as another user
        except (OSError, ValueError, IndexError):
            pass  # no server, or one that died with its test process
        shutil.rmtree(folder, ignore_errors=True)


def _newest_change(folder: Path) -> float:
    """The latest modification time of the folder, its data folder and the server log."""
    candidates = [folder, folder / "data", folder / "data" / "postmaster.pid", folder / "server.log"]
    return max(c.stat().st_mtime for c in candidates if c.exists())


def make_ca(name: str) -> tuple[Any, Any, str]:
    """A throwaway CA: (key, certificate, PEM)."""
    from datetime import UTC, datetime, timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(minutes=5)).not_valid_after(now + timedelta(days=2))
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    return key, cert, cert.public_bytes(serialization.Encoding.PEM).decode("ascii")


def _make_tls(folder: Path, user: str | None) -> str:
    """A CA and a server certificate for the name localhost (not for 127.0.0.1, so a check
    of the name can fail too); returns the CA's PEM."""
    from datetime import UTC, datetime, timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    ca_key, ca_cert, ca_pem = make_ca("Toegang test CA")
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
            .issuer_name(ca_cert.subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(minutes=5)).not_valid_after(now + timedelta(days=2))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost")]), critical=False)
            .sign(ca_key, hashes.SHA256()))
    key_path, cert_path = folder / "server.key", folder / "server.crt"
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    key_path.chmod(0o600)  # PostgreSQL refuses a key others can read
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    if user is not None:
        shutil.chown(key_path, user=user)
        shutil.chown(cert_path, user=user)
    return ca_pem


def start_cluster() -> Cluster:
    bin_dir = find_bin()
    _remove_stale_folders()
    user = _os_user()
    folder = Path(tempfile.mkdtemp(prefix="toegang-pg-"))
    cluster = Cluster(bin_dir, folder, _free_port(), secrets.token_urlsafe(18))
    atexit.register(cluster.stop)
    if user is not None:
        shutil.chown(folder, user=user)
    pwfile = folder / "pw"
    pwfile.write_text(cluster.password + "\n", encoding="utf-8")
    if user is not None:
        shutil.chown(pwfile, user=user)
    data = folder / "data"
    done = subprocess.run(
        [str(bin_dir / "initdb"), "-D", str(data), "-U", cluster.superuser, "--pwfile", str(pwfile),
         "--auth-local=scram-sha-256", "--auth-host=scram-sha-256", "-E", "UTF8",
         "--locale=C.UTF-8", "--no-sync", "--no-instructions"],
        user=user, capture_output=True, text=True, timeout=120, check=False)
    pwfile.unlink()
    if done.returncode != 0:
        cluster.stop()
        raise RuntimeError(f"initdb failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    cluster.ca_pem = _make_tls(folder, user)
    cluster.log_path.touch()
    if user is not None:
        shutil.chown(cluster.log_path, user=user)
    cluster.os_user = user
    cluster.argv = [
        str(bin_dir / "postgres"), "-D", str(data), "-p", str(cluster.port),
        "-c", "listen_addresses=127.0.0.1", "-c", f"unix_socket_directories={folder}",
        # A test server: speed over durability (the tests never crash the host).
        "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
        "-c", "max_connections=150", "-c", "shared_buffers=128MB",
        # TLS as in production, so the certificate check of team/connection.py is tested.
        "-c", "ssl=on", "-c", f"ssl_cert_file={folder / 'server.crt'}",
        "-c", f"ssl_key_file={folder / 'server.key'}"]
    try:
        cluster.launch()
    except RuntimeError:
        cluster.stop()
        raise
    return cluster
