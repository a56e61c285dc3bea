#include <stdio.h>

/* prints what a RUN after the build wrote under /run (/var/run): the runtime
   directory and file a service start or a `mkdir /var/run/x` leaves in the image */
int main(void) {
    char line[256];
    FILE *f = fopen("/var/run/motd/message", "r");
    if (!f) { perror("/var/run/motd/message"); return 1; }
    while (fgets(line, sizeof line, f)) fputs(line, stdout);
    fclose(f);
    return 0;
}
