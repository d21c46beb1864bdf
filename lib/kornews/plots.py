"""Plots for the notebooks. Each function takes a tidy DataFrame and returns a matplotlib
Figure; none calls plt.show() or changes global state (fonts are set up once, by
kornews.notebook.setup)."""

from __future__ import annotations

# --- term frequency (notebook 01) ---

# --- figures (notebook 02) ---

# --- section summaries (notebook 03) ---
