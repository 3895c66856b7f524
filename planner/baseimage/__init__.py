"""Base images: what a version's `BaseImage` names in ECR, and whether it is fit to build on.

`reference` parses a BaseImage (pure); `platform` reads the platform from a manifest or an
image index (pure); `resolve` asks ECR about every image of a spec, one call per
repository; `preflight` turns those answers into plan errors and notes; `stale` finds live
versions built from a digest their tag no longer names (pure).
"""
