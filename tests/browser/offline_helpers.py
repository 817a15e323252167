"""Shared pieces of the offline browser tests (/tell and /photos): waiting for the service worker, reading the
device outbox (IndexedDB ``ondam-outbox``), counting rows in the live server's database."""

from __future__ import annotations

import sqlite3
from contextlib import closing

from tests.browser.conftest import LiveServer

SW_READY = """async () => {
  const worker = (await navigator.serviceWorker.ready).active;
  if (worker.state !== "activated") {
    await new Promise((resolve) => worker.addEventListener("statechange", () => {
      if (worker.state === "activated") resolve();
    }));
  }
  return worker.state;
}"""


def _with_outbox(read: str, then: str) -> str:
    """A page script that opens the outbox, runs one ``read`` request on its store (``found`` is the result),
    closes it and ends with ``then``."""
    return f"""async () => {{
  const db = await new Promise((resolve, reject) => {{
    const req = indexedDB.open("ondam-outbox", 1);
    req.onupgradeneeded = () => req.result.createObjectStore("outbox", {{ keyPath: "key" }});
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  }});
  const found = await new Promise((resolve, reject) => {{
    const req = db.transaction("outbox").objectStore("outbox").{read};
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  }});
  db.close();
  {then}
}}"""


# What the outbox keeps: one entry per waiting submission, files as Blobs.
OUTBOX = _with_outbox(
    "getAll()",
    """return found.map((e) => ({
    key: e.key, kind: e.kind, state: e.state,
    blobs: (e.form || []).filter(([, v]) => typeof v !== "string").map(([n, v]) => [n, v.filename, v.blob.size]),
    fields: Object.fromEntries((e.form || []).filter(([, v]) => typeof v === "string")),
  }));""",
)

# How many submissions wait on the device.
OUTBOX_SIZE = _with_outbox("count()", "return found;")

# A copy of the first waiting entry (Blobs included) in ``window.__kept``, to send it again later.
STASH = _with_outbox("getAll()", "window.__kept = found[0];")


def count_rows(live_server: LiveServer, table: str) -> int:
    """Rows in a table of the live server's SQLite database (read-only)."""
    uri = f"file:{live_server.data_dir / 'ondam.sqlite3'}?mode=ro"
    with closing(sqlite3.connect(uri, uri=True)) as conn:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
