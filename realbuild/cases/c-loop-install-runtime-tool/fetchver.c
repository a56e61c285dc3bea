/* runs the curl the image keeps at run time (a program that shells out to a tool) */
#include <stdio.h>
#include <stdlib.h>

int main(void) {
    puts("fetchver: the transfer tool this service runs:");
    fflush(stdout);
    int rc = system("curl --version | head -n 1 | cut -d ' ' -f 1");
    return rc == 0 ? 0 : 1;
}
