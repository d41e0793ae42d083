"""geo/parse"""
