"""The panels of the learner page: pathway, courses, eligibility."""
