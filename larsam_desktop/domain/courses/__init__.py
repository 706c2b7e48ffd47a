"""Courses and grades: the catalogue, grading scales, a learner's course records."""
