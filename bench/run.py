"""Run every benchmark and write docs/benchmarks.md.

    .venv/bin/python bench/run.py [--sizes 1000,10000,100000] [--quick] [--seed N] [--output FILE]

--quick takes fewer repetitions and writes bench/out/benchmarks-quick.md unless --output is given.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench import (  # noqa: E402
    encryption_bench,
    pdf_bench,
    personal_data_bench,
    search_bench,
    startup_bench,
    write_bench,
)
from bench.generate import (  # noqa: E402
    DEFAULT_SEED,
    OUT_DIR,
    ensure_store,
    size_breakdown,
    store_key,
)
from bench.report import Report, SizeResult, markdown, text_table  # noqa: E402
from bench.timing import machine, settle  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
GENERATE = ROOT / "bench" / "generate.py"
DEFAULT_OUTPUT = ROOT / "docs" / "benchmarks.md"
FULL_RUNS = {"search": 9, "startup": 9, "autosave": 50, "dossier": 20}
QUICK_RUNS = {"search": 3, "startup": 3, "autosave": 15, "dossier": 7}


def parse_sizes(text: str) -> list[int]:
    sizes = sorted({int(part.replace("_", "")) for part in text.split(",") if part.strip()})
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError("sizes must be positive numbers, e.g. 1000,10000")
    return sizes


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def prepare_stores(sizes: list[int], seed: int) -> None:
    """Build missing stores in a child process, so this one measures with a clean heap."""
    for size in sizes:
        if (OUT_DIR / "stores" / store_key(size, seed) / "meta.json").exists():
            log(f"[{size:,}] store cached in bench/out/stores")
            continue
        log(f"[{size:,}] generating the store (cached afterwards)")
        subprocess.run([sys.executable, str(GENERATE), "--size", str(size), "--seed", str(seed)],
                       check=True, stdout=subprocess.DEVNULL)
    settle()


ENCRYPTION_MAX_SIZE = 10_000


def measure(size: int, seed: int, runs: dict[str, int]) -> SizeResult:
    started = time.perf_counter()
    store = ensure_store(size, seed)
    meta = replace(store.meta, file_bytes=store.paths.store.stat().st_size)  # after migrations
    result = SizeResult(meta, size_breakdown(store.paths.store))
    log(f"[{size:,}] search as you type")
    search_figures, _matches = search_bench.run(store, runs["search"])
    result.figures += search_figures
    log(f"[{size:,}] cold start and memory")
    result.figures += startup_bench.run(store, runs["startup"])
    log(f"[{size:,}] autosave and open dossier")
    result.figures += write_bench.run(store, runs["autosave"], runs["dossier"])
    if size <= ENCRYPTION_MAX_SIZE:  # a second, encrypted copy of the 1.5 GB store is too much
        log(f"[{size:,}] encryption at rest")
        result.figures += encryption_bench.measure(
            store.paths.store, OUT_DIR / "scratch" / "encryption", size, runs["search"])
    log(f"[{size:,}] done in {time.perf_counter() - started:.0f} s")
    return result


TEAM_BENCH = ROOT / "bench" / "team_laptop_bench.py"
TEAM_TIMEOUT_S = 900


def measure_team() -> str:
    """bench/team_laptop_bench.py in a child (it starts and stops its own PostgreSQL); without
    PostgreSQL 15+ the section says so instead of failing the whole run."""
    heading = ("\n## Team sync through the laptop (issue 16)\n\n"
               "`.venv/bin/python bench/team_laptop_bench.py` (its own throwaway PostgreSQL on "
               "loopback; docs/team-server.md for the server's own figures).\n\n")
    try:
        done = subprocess.run([sys.executable, str(TEAM_BENCH)], capture_output=True, text=True,
                              timeout=TEAM_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired as error:
        return heading + f"Not measured: it ran over {TEAM_TIMEOUT_S} s ({error}).\n"
    if done.returncode != 0 and "|" not in done.stdout:
        return heading + "Not measured:\n\n```\n" + done.stderr[-2000:] + "\n```\n"
    return heading + done.stdout.strip() + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Toegang Desktop benchmarks")
    parser.add_argument("--sizes", type=parse_sizes, default=parse_sizes("1000,10000,100000"),
                        help="numbers of residents, comma separated (default 1000,10000,100000)")
    parser.add_argument("--quick", action="store_true", help="fewer repetitions (indicative)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--output", type=Path, default=None, help="markdown file to write")
    args = parser.parse_args(argv)
    runs = QUICK_RUNS if args.quick else FULL_RUNS
    output: Path = args.output or (OUT_DIR / "benchmarks-quick.md" if args.quick else DEFAULT_OUTPUT)

    prepare_stores(args.sizes, args.seed)
    results = [measure(size, args.seed, runs) for size in args.sizes]
    command = ".venv/bin/python bench/run.py --sizes " + ",".join(map(str, args.sizes))
    command += " --quick" if args.quick else ""
    command += f" --seed {args.seed}" if args.seed != DEFAULT_SEED else ""
    report = Report(command, machine(), runs, results, args.quick)

    print()
    for key, value in report.machine.items():
        print(f"{key + ':':9} {value}")
    for result in results:
        print()
        print(text_table(result))
    log("PDF export of a full conversation (17 domains, 20 agreements)")
    pdf_lines = pdf_bench.measure()
    print("\n" + "\n".join(pdf_lines))
    pdf_section = ("\n## PDF export of a full conversation (17 domains, 20 agreements)\n\n"
                   "Median of 5; floor: a one-paragraph reportlab document in the same run.\n\n"
                   "```\n" + "\n".join(pdf_lines) + "\n```\n")
    log("personal-data check on its corpus")
    check_lines = personal_data_bench.measure()
    print("\n" + "\n".join(check_lines))
    check_section = ("\n## Personal-data check on its labelled corpus (issue 19)\n\n"
                     "`deduce` alongside: bench/personal_data_bench.py --deduce-python ...; "
                     "bench/findings.md.\n\n```\n" + "\n".join(check_lines) + "\n```\n")
    log("team sync through the laptop (its own throwaway PostgreSQL)")
    team_section = measure_team()
    print("\n" + team_section)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(markdown(report) + pdf_section + check_section + team_section,
                      encoding="utf-8")
    missed = sum(f.has_target and bool(f.missed) for r in results for f in r.figures)
    print(f"\n{missed} figure(s) missed their target. Written to {output}.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
