"""The schema version this app writes; kept apart from the migrations so that
opening an up-to-date database never has to load sqlite-utils (start-up time)."""

SCHEMA_VERSION = 5
