"""The `filmfacts` command (Typer). Commands are thin: parse, call one library function, print."""

from __future__ import annotations

from .app import app, main

__all__ = ["app", "main"]
