"""Files for people: the quarterly form as XLSX and CSV, and any table as CSV (no Qt here)."""
