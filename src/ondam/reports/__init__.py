"""Reports of online sexual exploitation from the youth app, and their review by counsellors."""
