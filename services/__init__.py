"""Plain-Python services between the pages and the engine/persistence layers.

Pages call these instead of juggling engine, repository, metrics and error handling themselves;
each function returns a small typed outcome the page renders, and none imports streamlit, so
all of it is tested without a browser.
"""
