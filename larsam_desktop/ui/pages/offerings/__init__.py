"""The parts of the offerings page (``ui/pages/offerings_page.py``): the student group tab
and the meetings tab."""
