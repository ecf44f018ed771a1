"""briefing: cited answers about the Russia–Ukraine crisis of winter 2021–22."""
