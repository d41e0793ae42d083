"""geo/build"""
