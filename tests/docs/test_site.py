"""The docs site: a strict mkdocs build of every generated package, checked as a person would.

The site is built once (mkdocs --strict: a broken link or anchor fails), its search index and
offline-ness are checked, and then it is served on 127.0.0.1 and opened in headless Chromium
(Debian's, driven over the Chrome DevTools Protocol): one operation page shows its heading, its
parameter table and its example, search finds an operation, and the console stays clean. A
screenshot is kept in test-artifacts/docs-operation.png.
"""

from __future__ import annotations

import base64
import json
import os
import re
import shutil
import signal
import subprocess
import threading
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from generator.cli import app
from generator.site import SiteError, build_site, serve_site

from .helpers import GENERATED, ROOT, operations

CHROMIUM = shutil.which("chromium") or ("/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None)
ARTIFACTS = ROOT / "test-artifacts"
PAGE = "flowdash-actions/docs/executions.html"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(GENERATED, tmp_path_factory.mktemp("site") / "site")


def test_every_page_is_built(site: Path) -> None:
    assert (site / "index.html").is_file()
    for spec, resource, _ in operations():
        assert (site / spec.slug / "index.html").is_file()  # the README
        assert (site / spec.slug / "docs" / f"{resource.attribute}.html").is_file()
        assert (site / spec.slug / "docs" / "models.html").is_file()


def test_navigation_is_api_resource_operation(site: Path) -> None:
    page = (site / PAGE).read_text(encoding="utf-8")
    nav = page[page.index('<nav class="md-nav md-nav--primary') :]
    assert "Flowdash API: Actions" in nav
    assert re.search(r'href="executions.html"', nav)
    assert re.search(r'href="#create"', nav) and re.search(r'href="#get"', nav)  # the page's operations


def test_search_index_holds_every_operation(site: Path) -> None:
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"] for doc in index["docs"]}
    for spec, resource, operation in operations():
        assert f"{spec.slug}/docs/{resource.attribute}.html#{operation.name}" in locations
    create = next(d for d in index["docs"] if d["location"] == f"{PAGE}#create")
    assert create["title"] == "create" and "Create an Action Execution" in create["text"]


class _Resources(HTMLParser):
    """Every URL a page loads by itself (scripts, styles, images, frames), not the links it shows."""

    def __init__(self) -> None:
        super().__init__()
        self.loaded: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in ("script", "img", "iframe", "source", "audio", "video", "embed") and values.get("src"):
            self.loaded.append(values["src"] or "")
        if tag == "link" and values.get("href") and values.get("rel") not in ("canonical",):
            self.loaded.append(values["href"] or "")


def test_site_loads_nothing_from_the_network(site: Path) -> None:
    remote = re.compile(r"^(https?:)?//")
    for page in site.rglob("*.html"):
        parser = _Resources()
        parser.feed(page.read_text(encoding="utf-8"))
        assert not [u for u in parser.loaded if remote.match(u)], page
    for sheet in site.rglob("*.css"):
        urls = re.findall(r"url\(\s*['\"]?([^'\")]+)", sheet.read_text(encoding="utf-8"))
        assert not [u for u in urls if remote.match(u)], sheet
    assert "fonts.googleapis" not in "".join(p.read_text(encoding="utf-8") for p in site.rglob("*.html"))


def _one_package(tmp_path: Path) -> Path:
    generated = tmp_path / "generated"
    shutil.copytree(
        GENERATED / "flowdash-actions", generated / "flowdash-actions", ignore=shutil.ignore_patterns("flowdash")
    )
    return generated


def test_strict_build_fails_on_a_broken_anchor(tmp_path: Path) -> None:
    generated = _one_package(tmp_path)
    page = generated / "flowdash-actions" / "docs" / "actions.md"
    page.write_text(page.read_text(encoding="utf-8") + "\nSee [nowhere](models.md#no-such-model).\n", encoding="utf-8")
    with pytest.raises(SiteError, match="no-such-model"):
        build_site(generated, tmp_path / "site")


def test_cli_docs_build(tmp_path: Path) -> None:
    generated = _one_package(tmp_path)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["docs", "build", "--out", str(out), "--generated", str(generated)])
    assert result.exit_code == 0, result.output
    assert (out / "flowdash-actions" / "docs" / "executions.html").is_file()
    again = CliRunner().invoke(app, ["docs", "build", "--out", str(out), "--generated", str(generated)])
    assert again.exit_code == 0, again.output  # an earlier site is replaced
    for unsafe in (generated, tmp_path):  # mkdocs empties the output folder: never one holding other files
        refused = CliRunner().invoke(app, ["docs", "build", "--out", str(unsafe), "--generated", str(generated)])
        assert refused.exit_code == 2 and (generated / "flowdash-actions" / "README.md").is_file()
    empty = CliRunner().invoke(app, ["docs", "build", "--out", str(out), "--generated", str(tmp_path / "none")])
    assert empty.exit_code == 2
    assert "no generated package" in empty.output


# --- the browser -----------------------------------------------------------------------------------


@dataclass
class DevTools:
    """A minimal Chrome DevTools Protocol session over one page's websocket."""

    socket: Any
    events: list[dict[str, Any]] = field(default_factory=list)
    next_id: int = 0

    def send(self, method: str, timeout: float = 30, **params: Any) -> dict[str, Any]:
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            self.socket.settimeout(max(0.1, deadline - time.monotonic()))
            message = json.loads(self.socket.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise AssertionError(f"{method}: {message['error']}")
                result: dict[str, Any] = message.get("result", {})
                return result
            self.events.append(message)
        raise TimeoutError(method)

    def wait_for(self, event: str, timeout: float = 30) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        for seen in self.events:
            if seen.get("method") == event:
                return seen
        while time.monotonic() < deadline:
            self.socket.settimeout(max(0.1, deadline - time.monotonic()))
            message = json.loads(self.socket.recv())
            self.events.append(message)
            if message.get("method") == event:
                return message
        raise TimeoutError(event)

    def evaluate(self, expression: str) -> Any:
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise AssertionError(f"{expression}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def poll(self, expression: str, timeout: float = 15) -> Any:
        deadline = time.monotonic() + timeout
        while True:
            value = self.evaluate(expression)
            if value or time.monotonic() > deadline:
                return value
            time.sleep(0.2)

    def errors(self) -> list[str]:
        found: list[str] = []
        for event in self.events:
            method, params = event.get("method"), event.get("params", {})
            if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
                found.append(" ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", [])))
            elif method == "Runtime.exceptionThrown":
                found.append(json.dumps(params.get("exceptionDetails", {}))[:500])
            elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
                found.append(f"{params['entry'].get('text')} {params['entry'].get('url', '')}")
        return found


@pytest.fixture
def served(site: Path) -> Iterator[str]:
    server = serve_site(site, port=0)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def chromium(tmp_path: Path) -> Iterator[DevTools]:
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (scripts/setup.sh test installs Debian's chromium)")
    import websocket  # websocket-client, from the test extra

    profile = tmp_path / "profile"
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--no-proxy-server",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--hide-scrollbars",
        "--window-size=1280,1400",
        f"--user-data-dir={profile}",
        "--remote-debugging-port=0",
        "about:blank",
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    socket = None
    try:
        active = profile / "DevToolsActivePort"
        deadline = time.monotonic() + 30
        while not (active.is_file() and active.read_text().strip()) and time.monotonic() < deadline:
            assert process.poll() is None, "chromium exited at start"
            time.sleep(0.1)
        port = int(active.read_text().split()[0])
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        targets = json.loads(opener.open(f"http://127.0.0.1:{port}/json/list", timeout=10).read())
        page = next(t for t in targets if t.get("type") == "page")
        socket = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=30, suppress_origin=True)
        tools = DevTools(socket)
        for domain in ("Page", "Runtime", "Log"):
            tools.send(f"{domain}.enable")
        yield tools
    finally:
        if socket is not None:
            socket.close()
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)


_OPERATION_CHECK = """
(() => {
  const heading = document.getElementById("create");
  if (!heading) return {heading: false};
  const section = [];
  for (let node = heading.nextElementSibling; node && node.tagName !== "H2"; node = node.nextElementSibling) {
    section.push(node);
  }
  const table = section.map((n) => (n.tagName === "TABLE" ? n : n.querySelector("table")))
    .find((n) => n && n.querySelector("th") && n.querySelector("th").textContent.trim() === "name");
  const examples = section.filter((n) => n.querySelector && n.querySelector("pre code"))
    .map((n) => n.querySelector("pre code").textContent);
  return {
    heading: heading.tagName === "H2" && heading.textContent.includes("create"),
    headers: table ? [...table.querySelectorAll("th")].map((th) => th.textContent.trim()) : [],
    rows: table ? [...table.querySelectorAll("tbody tr")].map((tr) => tr.cells[0].textContent.trim()) : [],
    example: examples.some((code) => code.includes("client.executions.create(")),
    title: document.title,
  };
})()
"""


@pytest.mark.browser
def test_operation_page_in_a_browser(served: str, chromium: DevTools) -> None:
    chromium.send("Page.navigate", url=f"{served}/{PAGE}#create")
    chromium.wait_for("Page.loadEventFired")
    found = chromium.poll(_OPERATION_CHECK)
    assert found["heading"], found
    assert found["headers"] == ["name", "in", "type", "required", "default", "example", "description"]
    assert found["rows"] == ["workflow_id", "task_id", "action_id", "performed_by"]
    assert found["example"], "the usage example is not on the page"
    assert "create" in found["title"] or "executions" in found["title"]

    chromium.evaluate('document.getElementById("create").scrollIntoView(); true')
    time.sleep(0.3)
    shot = chromium.send("Page.captureScreenshot", format="png")
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "docs-operation.png").write_bytes(base64.b64decode(shot["data"]))

    # search (a web worker over search/search_index.json) finds the waiter of the operation's resource
    chromium.evaluate(
        """(() => { const input = document.querySelector("input.md-search__input");
        input.focus(); input.value = "wait"; input.dispatchEvent(new Event("keyup", {bubbles: true}));
        input.dispatchEvent(new Event("input", {bubbles: true})); return true; })()"""
    )
    hits = chromium.poll('[...document.querySelectorAll(".md-search-result__item a")].map((a) => a.href)')
    assert any("executions.html" in h for h in hits or []), hits

    assert chromium.errors() == []
