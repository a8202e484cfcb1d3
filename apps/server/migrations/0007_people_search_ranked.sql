-- Ranked, bounded people name search and match candidates (filled in by the people search work).
SELECT 1;
