"""The embedded sentence-embedding model. Never imports streamlit, db or analysis."""
