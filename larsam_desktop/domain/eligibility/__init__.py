"""The eligibility engine: admission rules as data, evaluated against a learner's transcript.

``rules`` holds the model, ``rule_files`` reads it from ``resources/rules``, ``standing``
works out which courses a transcript satisfies, ``requirements`` and ``examen`` evaluate
single requirements and examen audits, and ``engine`` puts them together per target.
"""
