"""The rapporteur's workspace: import results, read every table, merge, generate the synthesis."""
