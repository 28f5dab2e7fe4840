"""Tests of the Qt interface: the kiosk a volunteer uses and the leader's console, driven by keys and clicks."""
