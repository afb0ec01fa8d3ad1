"""The review loop: what makes an event doubtful, the passage it was read from, what changed since
the last build, and the data the page needs to correct events offline."""
