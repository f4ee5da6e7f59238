"""Shared test set-up: golden updates, the generated packages on sys.path, a private cache."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"

# Every module the generator writes in black's layout is also run through black, and must come
# out unchanged (format.py raises LayoutError otherwise): each generation in the suite checks it.
os.environ["SDKFORGE_VERIFY_LAYOUT"] = "1"

# Every generated package is importable by its import name, as a user who vendored it would.
for folder in sorted(GENERATED.iterdir()) if GENERATED.is_dir() else []:
    if folder.is_dir() and (folder / "pyproject.toml").is_file() and str(folder) not in sys.path:
        sys.path.insert(0, str(folder))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite golden trees and transcripts from the current generator instead of comparing.",
    )


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Formatting results are cached on disk; tests use their own cache folder."""
    os.environ["SDKFORGE_CACHE_DIR"] = str(tmp_path_factory.mktemp("sdkforge-cache"))
