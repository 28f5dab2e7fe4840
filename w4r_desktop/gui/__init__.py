"""Everything Qt: the volunteer's kiosk and the leader's console."""
