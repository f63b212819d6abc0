"""The aftercare assistant: shared settings, errors and the `aftercare` command."""
