"""Files the program writes for people to take elsewhere: CSV tables, privacy exports."""
