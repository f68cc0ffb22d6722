"""Field accuracy on the modern example reports (``shared/examples/NAME.gold.json``).

    python bench/examples.py
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from wirecoder.evaluate.examples import FIELDS, load_examples, score_example
from wirecoder.ingest import iter_documents
from wirecoder.paths import examples_dir
from wirecoder.pipeline import Pipeline


def main() -> None:
    pipe = Pipeline()
    table = Table("example", "gold", "found", "missed", "spurious", *FIELDS, "claims found", title="modern examples")
    for name, path, gold in load_examples(examples_dir()):
        (raw,) = list(iter_documents([path]))
        rec = pipe.process(raw)
        s = score_example(gold, rec, name)
        acc = s.field_accuracy()
        n_gold = sum(1 for g in gold["incidents"] if not g.get("optional"))
        table.add_row(name, str(n_gold), str(len(s.matched)), str(len(s.missed)), str(len(s.spurious)),
                      *(f"{acc[f]:.0%}" for f in FIELDS), f"{s.claims_found}/{s.claims_gold}")
    Console(width=200).print(table)


if __name__ == "__main__":
    main()
