"""The youth app as an installable web app: the manifest and the service worker (offline shell, outbox).

The worker is registered as a module worker (``pwa.mjs``; Chromium, Safari 15+ and recent Firefox run those):
it shares the outbox code with the pages. A browser that cannot run it has no worker: the pages still send
queued submissions when they are opened again and when the network comes back.

The manifest names the app only "Ondam" / "온담" with the plain icon: an icon on a home screen must not say what
it is for. The service worker (``web/static/js/sw.js``) is served from the root so that its scope is the whole
site; this module puts in front of it the list of shell pages and their versioned files, so that any change to
them changes the worker script and browsers update it. What the worker may keep is decided in the script: the
shell pages below (which render nothing about the visitor) and files under ``/static/`` only.
"""

from __future__ import annotations

import hashlib
import json
from functools import cache

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse, Response

from ondam.kit.i18n import current_locale
from ondam.kit.i18n import gettext_ as _
from ondam.kit.templates import STATIC_DIR, static_url

router = APIRouter(include_in_schema=False)

# The shell pages and the files each one needs offline: versioned URLs for what the page loads itself, plain URLs
# for modules imported by relative path. Only the start page's share is fetched when the worker installs (a first
# visit stays small on a phone's data plan); a page's share is fetched when the page is first opened.
SHELL: dict[str, tuple[str, ...]] = {
    "/": (
        "css/base.css",
        "css/youth.css",
        "css/device.css",
        "css/nolock.css",
        "js/quick-exit.mjs",
        "js/pwa.mjs",
        "js/pin-lock.mjs",
        "img/icon.svg",
    ),
    "/photos": ("css/photos.css", "js/photos.mjs", "js/photo-hash-worker.mjs"),
}
IMPORTED: dict[str, tuple[str, ...]] = {"/photos": ("js/offline-queue.mjs", "js/pdq.mjs")}
THEME_COLOUR = "#6b21a8"
# The worker is a module worker: it imports the outbox's database code and send() from the module the pages use
# (by its versioned URL, so a change to it is a new worker script too).
OUTBOX_MODULE = "js/offline-queue.mjs"


def _existing(paths: tuple[str, ...]) -> list[str]:
    return [p for p in paths if (STATIC_DIR / p).is_file()]


@cache
def service_worker_script() -> bytes:
    shell = {
        page: [static_url(p) for p in _existing(files)]
        + [f"/static/{p}" for p in _existing(IMPORTED.get(page, ()))]
        for page, files in SHELL.items()
    }
    body = (STATIC_DIR / "js" / "sw.js").read_bytes()
    outbox = static_url(OUTBOX_MODULE)
    version = hashlib.sha256(json.dumps([shell, outbox], sort_keys=True).encode() + body).hexdigest()[:12]
    head = (
        f"import {{ SYNC_TAG, sendPending }} from {json.dumps(outbox)};\n"
        f"const SHELL_VERSION = {json.dumps(version)};\nconst SHELL = {json.dumps(shell)};\n"
    )
    return head.encode() + body


@router.get("/sw.js")
async def service_worker() -> Response:
    return Response(
        service_worker_script(),
        media_type="text/javascript",
        headers={"service-worker-allowed": "/", "cache-control": "no-cache"},
    )


@router.get("/manifest.webmanifest")
async def manifest(request: Request) -> Response:
    name = _("Ondam")
    return JSONResponse(
        {
            "name": name,
            "short_name": name,
            "lang": current_locale.get(),
            "start_url": "/",
            "scope": "/",
            "id": "/",
            "display": "standalone",
            "background_color": "#fbfbfd",
            "theme_color": THEME_COLOUR,
            "icons": [
                {"src": static_url("img/icon.svg"), "sizes": "any", "type": "image/svg+xml"},
                {"src": static_url("img/icon-192.png"), "sizes": "192x192", "type": "image/png"},
                {"src": static_url("img/icon-512.png"), "sizes": "512x512", "type": "image/png"},
                {
                    "src": static_url("img/icon-maskable-512.png"),
                    "sizes": "512x512",
                    "type": "image/png",
                    "purpose": "maskable",
                },
            ],
        },
        media_type="application/manifest+json",
    )
