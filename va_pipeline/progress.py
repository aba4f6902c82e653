"""Progress bars on stderr for the command line (hidden when stderr is not a terminal)."""

from __future__ import annotations

from types import TracebackType

from tqdm import tqdm


class ProgressBars:
    """One tqdm bar per stage, created on first use.

    Pass `update` as the run's progress callback.
    """

    def __init__(self, *, enabled: bool = True) -> None:
        self.enabled = enabled
        self._bars: dict[str, tqdm] = {}

    def update(self, stage: str, n: int) -> None:
        if not self.enabled or n <= 0:
            return
        bar = self._bars.get(stage)
        if bar is None:
            # disable=None: tqdm hides itself when stderr is not a TTY (CI logs stay clean).
            bar = tqdm(desc=stage, unit=" " + stage, disable=None, leave=True, dynamic_ncols=True)
            self._bars[stage] = bar
        bar.update(n)

    def __enter__(self) -> ProgressBars:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        for bar in self._bars.values():
            bar.close()
