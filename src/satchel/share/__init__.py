"""Presentations out: QR payloads (single and animated), QR images, QR scanning, exports."""
