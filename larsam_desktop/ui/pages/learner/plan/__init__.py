"""The study-plan tab: ``panel`` (state, saving, checks), ``form``, ``revisions``,
``output`` (the printout's controls), ``printing`` (shared with the batch dialog); the
check's wording is ``services/plan_check_wording.py`` (no Qt)."""

from larsam_desktop.ui.pages.learner.plan.panel import PlanPanel

__all__ = ["PlanPanel"]
