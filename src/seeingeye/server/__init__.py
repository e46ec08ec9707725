"""HTTP surfaces: the OpenAI-compatible server and the shared image intake (data URLs, safe URL fetch)."""
