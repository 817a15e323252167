"""Ondam (온담): protecting children and adolescents from online sexual exploitation."""

__version__ = "0.1.0"
