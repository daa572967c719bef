"""The organiser's windows: the event editor and the library of past events."""
