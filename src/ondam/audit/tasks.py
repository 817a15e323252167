from __future__ import annotations

import logging

from ondam.audit import service as audit
from ondam.audit.service import Actor
from ondam.kit.jobs import JobContext, job

log = logging.getLogger(__name__)


@job("audit.verify_chain", schedule={"hour": "3", "minute": "5"})
async def verify_chain(ctx: JobContext) -> bool:
    """Check the whole audit chain and record the result in the chain itself (daily, 03:05 UTC)."""
    result = await audit.verify(ctx.session)
    if not result.ok:
        log.error("audit chain verification FAILED: %s", "; ".join(result.problems[:5]))
    await audit.record(
        ctx.session,
        Actor.system("audit.verify_chain"),
        "audit.verify",
        object_type="audit",
        details={"ok": result.ok, "checked": result.checked, "head_seq": result.head_seq},
    )
    return result.ok
