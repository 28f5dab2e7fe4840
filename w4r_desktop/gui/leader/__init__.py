"""gui/leader"""
