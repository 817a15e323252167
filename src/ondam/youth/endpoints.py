"""The youth app's start page. The youth app issue builds the paths behind it."""

from __future__ import annotations

from fastapi import APIRouter, Depends, Request
from fastapi.responses import Response

from ondam.centers import service as centers
from ondam.kit.csrf import csrf_protect
from ondam.kit.deps import DB
from ondam.kit.templates import render

router = APIRouter(dependencies=[Depends(csrf_protect)], include_in_schema=False)


@router.get("/")
async def start(request: Request, db: DB) -> Response:
    contacts = await centers.contacts(db)
    return render(request, "youth/start.html", {"contacts": contacts})
