"""gui/kiosk"""
