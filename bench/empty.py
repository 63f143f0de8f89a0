# Empty program: measures interpreter start-up (and shutdown) only.
