"""Image hashing: PDQ perceptual hashes and MD5/SHA-256 digests, computed the same way as in the browser."""
