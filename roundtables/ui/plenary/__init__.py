"""The plenary report-back: a slide-like window for the projector, and its PDF handout."""
