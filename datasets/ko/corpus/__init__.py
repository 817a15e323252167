"""Synthetic Korean corpus: generator and validator behind ``datasets/ko/build.py``."""
