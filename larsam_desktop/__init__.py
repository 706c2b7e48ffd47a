"""LärSam Desktop: a case manager for study coaches at Swedish municipal learning centres."""

__version__ = "0.1.0"
APP_NAME = "LärSam Desktop"
