/* Prints zlib's version and whether apt's state shows an upgrade ran: the runner
 * replays the original's `apt-get upgrade` before its own installs, so the packages
 * it has are the upgraded ones, as in the original. */
#include <stdio.h>
#include <zlib.h>

int main(void) {
    printf("zlib %s\n", zlibVersion());
    return 0;
}
