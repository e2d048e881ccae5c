"""Files people bring into the program: CSV lists of advocates, checked row by row before anything is stored."""
