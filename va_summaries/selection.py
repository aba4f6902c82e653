"""One claimant's slice of the prepared table, selected by boolean flags without pandas."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd


@dataclass(frozen=True)
class FlagTable:
    """Boolean evidence flags for every prepared row, plus each row's finding dict."""

    matrix: np.ndarray
    """rows x flags, bool."""
    columns: dict[str, int]
    """flag name -> column of `matrix`."""
    records: list[dict[str, Any]]
    """Finding dicts, one per prepared row (same order)."""

    @classmethod
    def build(cls, flags: dict[str, pd.Series], records: list[dict[str, Any]]) -> FlagTable:
        """Stack named boolean Series (aligned with the prepared frame) into one matrix."""
        names = list(flags)
        if names:
            matrix = np.column_stack([flags[n].to_numpy(dtype=bool) for n in names])
        else:
            matrix = np.zeros((len(records), 0), dtype=bool)
        return cls(
            matrix.reshape(len(records), len(names)), {n: i for i, n in enumerate(names)}, records
        )


@dataclass(frozen=True)
class ClaimantRows:
    """Row positions of one claimant in chronological order, over a shared FlagTable."""

    positions: np.ndarray
    table: FlagTable

    def positions_where(self, flag: str) -> np.ndarray:
        """Row positions (into the shared table) of the claimant's rows with `flag`."""
        pos = self.positions
        return pos[self.table.matrix[pos, self.table.columns[flag]]]

    def where(self, flag: str) -> list[dict[str, Any]]:
        """The claimant's findings for which `flag` holds, chronological."""
        return [self.table.records[i] for i in self.positions_where(flag)]

    def any(self, flag: str) -> bool:
        """Whether any of the claimant's rows has `flag`."""
        return bool(self.positions_where(flag).size)

    def n_records(self, flag: str) -> int:
        """Distinct records among the rows with `flag` (a record and its copies count once)."""
        return len({r["record_id"] for r in self.where(flag)})
