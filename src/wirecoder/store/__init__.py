"""The incident store: documents, incidents, evidence, claims, reviews and runs in one database."""

from wirecoder.store.db import Store, StoreError

__all__ = ["Store", "StoreError"]
