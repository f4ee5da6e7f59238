"""`sdkforge docs`: build or preview the docs site of every generated package.

Exit codes as for the other commands: 0 success, 2 invalid input (no generated packages, mkdocs
missing, a strict build that reported problems: every problem is printed).
"""

from __future__ import annotations

import signal
import sys
import tempfile
from pathlib import Path
from typing import Annotated

import typer

__all__ = ["docs_app"]

docs_app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="The docs site: every generated package's README, resource pages and models (mkdocs-material).",
)

GENERATED = Path("generated")
SITE = Path("site")

Generated = Annotated[
    Path, typer.Option("--generated", help="Folder of the generated packages.", file_okay=False, dir_okay=True)
]


def _build(generated: Path, out: Path) -> None:
    from .site import SiteError, build_site  # mkdocs and the docs renderer: only for this command

    try:
        build_site(generated, out)
    except SiteError as exc:
        print(f"sdkforge: {exc}", file=sys.stderr)
        raise typer.Exit(2) from exc


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


@docs_app.command()
def build(
    out: Annotated[Path, typer.Option("--out", help="Output folder of the static site.")] = SITE,
    generated: Generated = GENERATED,
) -> None:
    """Build the static site (mkdocs --strict): a broken link or anchor fails the build."""
    _build(generated, out)
    print(f"{out.as_posix()}: site built from {generated.as_posix()}/ (open {out.as_posix()}/index.html)")


@docs_app.command()
def serve(
    port: Annotated[int, typer.Option("--port", help="Port on 127.0.0.1 (0 picks a free one).")] = 8000,
    generated: Generated = GENERATED,
) -> None:
    """Build the site into a temporary folder and serve it on 127.0.0.1 until interrupted."""
    with tempfile.TemporaryDirectory(prefix="sdkforge-site-") as temp:
        site = Path(temp) / "site"
        _build(generated, site)
        from .site import serve_site

        server = serve_site(site, port=port)
        host, bound = server.server_address[:2]
        print(f"serving the docs site on http://{host!s}:{bound}/ (Ctrl-C stops)")
        signal.signal(signal.SIGTERM, _interrupt)  # a terminated server still removes its temporary site
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            server.server_close()
