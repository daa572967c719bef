"""The benchmark suite (``make bench``): ratios against baselines run side by side."""
