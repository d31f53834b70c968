"""The NET-EST engine: ingest, segmentation, alignment, strategy detection, readability.

Pure Python; never imports streamlit or db. The one entry point is ``analysis.pipeline.analyze``.
"""
ENGINE_VERSION = "0.2.0"
