"""Evaluation harness: gold questions, metrics, baselines side by side, report and gate."""
