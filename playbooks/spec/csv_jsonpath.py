"""The JSONPath forms SageMaker batch transform accepts as a `DataProcessing` filter of CSV records.

Why a subset: for text/csv SageMaker takes each row as a JSON array of its fields and applies the
filter to it (AWS, "Associate Prediction Results with Input Records", batch-transform-data-processing.md,
"Supported JSONPath Operators"), so only the array operators mean anything: `$` (the whole row),
`$[*]`, `$[n]` (an index, negative counts from the end), `$[a:b]` (a slice, end exclusive, either side
may be omitted) and `$[a,b,...]` (a union of indexes and slices, e.g. `$[0,5:]`). A name such as
`$.features` only selects from JSON records. SageMaker limits an expression to 63 characters
(API_DataProcessing.md).

`parse` turns an expression into a selector (or says what is wrong and where); `select` applies it.
"""

from __future__ import annotations

import re

MAX_LENGTH = 63
FORMS = "$, $[n], $[a:b], $[a,b,...] (indexes from 0, negative from the end)"
Selector = tuple[int | slice, ...] | None  # None: the whole record

_INDEX = r"\s*-?\d+\s*"
_ITEM = re.compile(rf"^(?:(?P<index>{_INDEX})|(?P<start>{_INDEX})?:(?P<end>{_INDEX})?)$")


def parse(expression: str) -> Selector:
    """The selector of a CSV filter; ValueError naming the expected forms and the offending part."""
    if len(expression) > MAX_LENGTH:
        raise ValueError(f"is {len(expression)} characters long; SageMaker accepts at most {MAX_LENGTH}")
    text = expression.strip()
    if text == "$" or text.replace(" ", "") == "$[*]":
        return None
    if not (text.startswith("$[") and text.endswith("]")):
        hint = " (a field name selects from JSON records, not CSV columns)" if text.startswith("$.") else ""
        raise ValueError(f"{expression!r} is not a CSV column filter{hint}; expected one of {FORMS}")
    items: list[int | slice] = []
    for part in text[2:-1].split(","):
        match = _ITEM.match(part)
        if not match or not part.strip():
            raise ValueError(f"{expression!r}: {part.strip()!r} is neither an index nor a slice; expected one of {FORMS}")
        if match["index"] is not None:
            items.append(int(match["index"]))
        else:
            start, end = match["start"], match["end"]
            items.append(slice(int(start) if start else None, int(end) if end else None))
    return tuple(items)


def select(fields: list[str], selector: Selector) -> list[str]:
    """The fields of one record that `selector` keeps, in the expression's order.

    An index beyond the record is an error (IndexError), as a row that lacks the column cannot be
    filtered; a slice beyond it is simply shorter (JSONPath slice semantics).
    """
    if selector is None:
        return list(fields)
    kept: list[str] = []
    for item in selector:
        if isinstance(item, slice):
            kept.extend(fields[item])
        elif -len(fields) <= item < len(fields):
            kept.append(fields[item])
        else:
            raise IndexError(f"column {item} does not exist in a record of {len(fields)} column(s)")
    return kept
