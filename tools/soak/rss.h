// Resident memory of this process (Linux /proc/self/statm), for the soak's leak check.
#pragma once

long resident_bytes();
