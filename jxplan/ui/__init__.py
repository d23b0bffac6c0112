"""The Qt layer: windows and widgets that only mediate between the clerk and the services."""
