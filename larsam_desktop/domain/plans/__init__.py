"""Individual study plans (individuell studieplan): content, revisions, checks. Pure Python."""
