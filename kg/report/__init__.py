"""``kg report``: one offline HTML page that tells what the graph knows about awards.

Per award a timeline plot of winners by year, the longest streaks, the most decorated
places with the officials and programs behind them, and the facts documents disagree on;
every fact links to its document and evidence sentence further down the same page.
"""

from __future__ import annotations

from kg.report.data import ReportData, gather
from kg.report.page import render_report, report_html

__all__ = ["ReportData", "gather", "render_report", "report_html"]
