"""Job-description files (DOCX, ODT, PDF), their personalisation and their download counts."""
