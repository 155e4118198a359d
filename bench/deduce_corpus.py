"""Run `deduce` over the personal-data corpus, in a Python that has deduce installed (it is not
a dependency of the app): prints JSON with the spans per case, the load and check times.

    /path/to/venv-with-deduce/bin/python bench/deduce_corpus.py

Deduce's tags are mapped to the corpus's kinds (datum counts as birth_date: deduce cannot tell
a birthday from another date); tags without a kind (instelling, leeftijd, url, id) are dropped.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.personal_data_corpus import load  # noqa: E402

TAGS = {"persoon": "name", "patient": "name", "locatie": "address", "bsn": "bsn",
        "datum": "birth_date", "telefoonnummer": "phone", "emailadres": "email"}


def main() -> int:
    corpus = load()
    started = time.perf_counter()
    from deduce import Deduce

    deduce = Deduce()
    loaded = time.perf_counter() - started
    spans, dropped, chars = [], set(), 0
    started = time.perf_counter()
    for case in corpus.cases:
        document = deduce.deidentify(case.text)
        chars += len(case.text)
        found = []
        for annotation in document.annotations:
            kind = TAGS.get(annotation.tag)
            if kind is None:
                dropped.add(annotation.tag)
                continue
            found.append((kind, int(annotation.start_char), int(annotation.end_char)))
        spans.append(found)
    checked = time.perf_counter() - started
    print(json.dumps({"load_seconds": loaded, "check_seconds": checked, "chars": chars,
                      "spans": spans, "dropped_tags": sorted(dropped)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
