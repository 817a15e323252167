"""Removal cases: URLs where a young person's images appeared, worked by removal officers until they are gone."""
