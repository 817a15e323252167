"""Imports every domain's tasks module so that their jobs are registered before a queue is built."""

from ondam.audit import tasks as audit_tasks
from ondam.auth import tasks as auth_tasks

__all__ = ["audit_tasks", "auth_tasks"]
