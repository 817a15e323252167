"""Risk detection: normalisation, signals, features and scoring of chat messages."""
