"""The 公文-format Word report engine: profile-driven styles, template filling, attachment tables."""
