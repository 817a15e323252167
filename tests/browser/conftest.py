"""Browser tests: a real ``ondam serve`` process with demo data, driven by headless Debian Chromium.

The server runs as a subprocess against its own temporary data folder (SQLite, embedded job queue, in-memory
pub/sub), exactly as ``make run`` starts it, so these tests see the real CSP, cookies, redirects and static
files. Playwright uses the system Chromium at /usr/bin/chromium; nothing is downloaded.

Without /usr/bin/chromium every browser test is skipped, unless ONDAM_REQUIRE_BROWSER=1 (CI), which turns
the skip into a failure.

When a test that uses the live server fails, its report gets the tail of the server's log; if the server no
longer answers /healthz, it is first made to dump every thread's stack into that log (faulthandler on SIGABRT),
so a hang can be read from the CI output.

The sync Playwright API marks its own event loop as running between calls, so the browser is module-scoped:
it is closed before any later ``async def`` test (pytest-asyncio, session loop) runs.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyotp
import pytest
from playwright.sync_api import (
    Browser,
    BrowserContext,
    ConsoleMessage,
    Locator,
    Page,
    Response,
    ViewportSize,
    sync_playwright,
)

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--no-first-run",
]
PHONE: ViewportSize = {"width": 390, "height": 844}
STARTUP_TIMEOUT = 30.0
LOG_TAIL_LINES = 80
TOTP_STEP = 30
REPO_ROOT = Path(__file__).resolve().parents[2]
# `make screenshots` (ONDAM_SCREENSHOTS=1) refreshes the committed ones; ordinary runs write to a temp folder
# so that `make test` never changes tracked files.
SCREENSHOT_DIR = (
    REPO_ROOT / "docs" / "screenshots"
    if os.environ.get("ONDAM_SCREENSHOTS") == "1"
    else Path(tempfile.gettempdir()) / "ondam-screenshots"
)

# Collects Content-Security-Policy violations in every document (init scripts are not subject to the CSP).
CSP_WATCH = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (e) => {
  window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}`);
});
"""


@dataclass(frozen=True)
class DemoLogin:
    username: str
    password: str
    totp_secret: str
    role: str
    center: str | None


@dataclass
class LiveServer:
    base_url: str
    data_dir: Path
    logins: dict[str, DemoLogin]
    exit_url: str
    log: Path | None = None
    process: subprocess.Popen[bytes] | None = None
    _used_steps: dict[str, int] = field(default_factory=dict)

    def url(self, path: str) -> str:
        return self.base_url + path

    def totp_code(self, username: str) -> str:
        """A code the server accepts: it refuses a time step this user already used, so never repeat one.

        The server accepts the current step and one either side; after that, wait for the next step.
        """
        last = self._used_steps.get(username, -1)
        while True:
            now_step = int(time.time()) // TOTP_STEP
            step = max(now_step, last + 1)
            if step <= now_step + 1:
                break
            time.sleep(TOTP_STEP - time.time() % TOTP_STEP + 0.1)
        self._used_steps[username] = step
        return str(pyotp.TOTP(self.logins[username].totp_secret).generate_otp(step))


def parse_demo_logins(text: str) -> dict[str, DemoLogin]:
    """Read the table that ``ondam demo`` writes to ``<data_dir>/demo-logins.txt``."""
    logins: dict[str, DemoLogin] = {}
    in_table = False
    for line in text.splitlines():
        if line.startswith("user name"):
            in_table = True
            continue
        if not in_table or not line.strip():
            continue
        username, password, secret, role, center = line.split()
        logins[username] = DemoLogin(
            username, password, secret, role, None if center == "(national)" else center
        )
    return logins


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _child_env(data_dir: Path, exit_url: str) -> dict[str, str]:
    # Drop every ONDAM_* setting of the calling shell (database, Redis, keys...): the server must use the
    # embedded defaults in its own data folder whatever the developer or CI has exported.
    env = {k: v for k, v in os.environ.items() if not k.startswith("ONDAM_")}
    env.update(ONDAM_ENV="development", ONDAM_DATA_DIR=str(data_dir), ONDAM_QUICK_EXIT_URL=exit_url)
    # As behind the production proxy: a context made with ``new_context(ip=...)`` sends X-Forwarded-For and so
    # gets its own per-address rate limits (sign-in guessing, removal requests) instead of sharing 127.0.0.1's.
    env["ONDAM_TRUSTED_PROXIES"] = '["127.0.0.1"]'
    env["PYTHONFAULTHANDLER"] = "1"  # a SIGABRT writes every thread's stack to the log (see the report hook)
    return env


def _wait_until_healthy(proc: subprocess.Popen[bytes], url: str, log: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(
                f"ondam serve exited with {proc.returncode}:\n{log.read_text(errors='replace')}"
            )
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.1)
    raise RuntimeError(
        f"ondam serve did not answer {url} within {STARTUP_TIMEOUT:.0f} s:\n{log.read_text(errors='replace')}"
    )


def submit(page: Page, button: Locator, *, ok: bool = True) -> Response:
    """Click a form's submit button; return the response of the page it leads to (after any redirect).

    With ``ok`` (the default), a refused form fails at once with the page's message instead of a later
    time-out while waiting for a URL.
    """
    with page.expect_navigation() as navigation:
        button.click()
    response = navigation.value
    assert response is not None
    if ok and not response.ok:
        main = page.locator("main")
        body = main.inner_text() if main.count() else page.content()[:500]
        first = response.request.redirected_from or response.request
        raise AssertionError(
            f"{first.method} {first.url} ended in {response.status} at {response.url}: {body}"
        )
    return response


def sign_in(
    page: Page, live_server: LiveServer, username: str, check: Callable[[str], None] | None = None
) -> None:
    """Sign a demo user in through the forms, as a person would; ``check`` runs on the code page."""
    login = live_server.logins[username]
    page.goto("/staff/login")
    page.locator("#username").fill(login.username)
    page.locator("#password").fill(login.password)
    submit(page, page.get_by_role("button", name="계속"))
    assert page.url == live_server.url("/staff/login/code")
    if check is not None:
        check("staff TOTP code")
    page.locator("#code").fill(live_server.totp_code(username))
    submit(page, page.get_by_role("button", name="로그인", exact=True))
    assert page.url == live_server.url("/staff")


@pytest.fixture(scope="session", autouse=True)
def _require_chromium() -> None:
    if CHROMIUM.exists():
        return
    reason = f"browser tests need Debian Chromium at {CHROMIUM} (apt-get install chromium)"
    if os.environ.get("ONDAM_REQUIRE_BROWSER") == "1":
        pytest.fail(f"ONDAM_REQUIRE_BROWSER=1 but {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def live_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    root = tmp_path_factory.mktemp("browser")
    data_dir = root / "data"
    bin_dir = Path(sys.executable).parent
    ondam = str(bin_dir / "ondam")
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    exit_url = f"{base_url}/healthz?exit=1"
    env = _child_env(data_dir, exit_url)
    # cwd is the temporary folder so that no .env file of the checkout is read.
    for command in ("migrate", "demo"):
        done = subprocess.run(
            [ondam, command], cwd=root, env=env, capture_output=True, text=True, timeout=120, check=False
        )
        if done.returncode != 0:
            pytest.fail(f"ondam {command} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    logins = parse_demo_logins((data_dir / "demo-logins.txt").read_text(encoding="utf-8"))
    missing = {"counsellor", "supervisor", "centerstaff"} - logins.keys()
    assert not missing, f"demo-logins.txt has no {sorted(missing)}"
    log = root / "serve.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [ondam, "serve", "--host", "127.0.0.1", "--port", str(port)],
            cwd=root,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait_until_healthy(proc, f"{base_url}/healthz", log)
        yield LiveServer(
            base_url=base_url, data_dir=data_dir, logins=logins, exit_url=exit_url, log=log, process=proc
        )
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(timeout=10)


def _answers(url: str, timeout: float) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return bool(response.status == 200)
    except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
        return False


def server_report(server: LiveServer) -> str:
    """The tail of the live server's log, after a stack dump if the server has stopped answering."""
    if server.log is None:
        return ""
    note = ""
    proc = server.process
    if proc is not None and proc.poll() is None and not _answers(server.url("/healthz"), timeout=5):
        note = "the server did not answer /healthz within 5 s; its threads' stacks (SIGABRT) are in the log\n"
        proc.send_signal(signal.SIGABRT)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            note += "(it did not exit after SIGABRT)\n"
    lines = server.log.read_text(encoding="utf-8", errors="replace").splitlines()
    return note + "\n".join(lines[-LOG_TAIL_LINES:])


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    outcome = yield
    report = outcome.get_result()  # type: ignore[attr-defined]
    if report.failed and "live_server" in getattr(item, "fixturenames", ()):
        server = item.funcargs.get("live_server")  # type: ignore[attr-defined]
        if isinstance(server, LiveServer):
            report.sections.append(("live server log (tail)", server_report(server)))


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def new_context(browser: Browser, live_server: LiveServer) -> Iterator[Callable[..., BrowserContext]]:
    """Make a phone-sized browser context (a separate device: own cookies and storage)."""
    made: list[BrowserContext] = []

    def make(
        locale: str = "ko-KR",
        *,
        javascript: bool = True,
        ip: str | None = None,
        viewport: ViewportSize = PHONE,
        scale: float = 2,
    ) -> BrowserContext:
        """``ip``: the client address the server sees (X-Forwarded-For from the trusted local proxy)."""
        context = browser.new_context(
            java_script_enabled=javascript,
            viewport=viewport,
            device_scale_factor=scale,
            extra_http_headers={"X-Forwarded-For": ip} if ip else None,
            is_mobile=True,
            has_touch=True,
            locale=locale,
            timezone_id="Asia/Seoul",
            base_url=live_server.base_url,
        )
        context.set_default_timeout(10_000)
        context.add_init_script(CSP_WATCH)
        made.append(context)
        return context

    yield make
    for context in made:
        context.close()


@dataclass
class PageProblems:
    """Console errors, uncaught exceptions and CSP violations seen by a page."""

    page: Page
    console: list[str] = field(default_factory=list)
    exceptions: list[str] = field(default_factory=list)

    def on_console(self, message: ConsoleMessage) -> None:
        # Chromium reports CSP violations and failed resource loads as console errors.
        if message.type == "error" or "Content Security Policy" in message.text:
            self.console.append(f"{message.type}: {message.text} ({message.location.get('url', '')})")

    def csp_violations(self) -> list[str]:
        return list(self.page.evaluate("window.__cspViolations || []"))

    def all(self) -> list[str]:
        return self.console + self.exceptions + [f"CSP: {v}" for v in self.csp_violations()]


@pytest.fixture
def page(new_context: Callable[..., BrowserContext]) -> Page:
    """A Korean-speaking phone (Accept-Language ko-KR), the audience of the youth app."""
    return new_context().new_page()


@pytest.fixture
def problems(page: Page) -> PageProblems:
    watch = PageProblems(page)
    page.on("console", watch.on_console)
    page.on("pageerror", lambda exc: watch.exceptions.append(f"uncaught: {exc}"))
    return watch
