"""Operations: settings, limits, metrics, error reporting, logs. Never imports streamlit."""
