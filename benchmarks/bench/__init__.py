"""The benchmark harness: data sets, spawning probes, turning samples into figures."""
