"""Domain rules and values with no storage and no Qt: periods, status, units, values."""
