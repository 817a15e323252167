"""Live counselling: conversations from the youth app and other channels, a risk-ordered queue, the console."""
