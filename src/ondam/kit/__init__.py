"""Shared infrastructure. Nothing in kit/ imports a domain module or ondam.models."""
